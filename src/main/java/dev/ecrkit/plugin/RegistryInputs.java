package dev.ecrkit.plugin;

import dev.ecrkit.inputs.TagArgs;
import dev.ecrkit.inputs.RepositoryCreationTemplateArgs;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import dev.ecrkit.RegistryArgs;
import dev.ecrkit.stack.RegistryConfig;
import java.util.List;

/**
 * Inputs of the plugin's {@code ecrkit:index:Registry}: ecrkit's own {@code ecrkit:registry} shape (docs/registry.md),
 * same keys and fields ({@link RegistryConfig#REGISTRY_SHAPE}), converted by the stack program's reader
 * ({@link RegistryConfig#registryArgs}). Every input is optional; a group that is set creates its resources. Maps of
 * strings ({@code tags}, {@code resourceTags}) are lists of {@code {key, value}}. No static fields.
 */
final class RegistryInputs extends ResourceArgs {
    @Import(name = "replication")
    private ReplicationArgs replication;
    @Import(name = "scanning")
    private RegistryScanningArgs scanning;
    @Import(name = "accountSettings")
    private AccountSettingsArgs accountSettings;
    @Import(name = "registryPolicy")
    private String registryPolicy;
    @Import(name = "pullThroughCacheRules")
    private List<PullThroughCacheRuleArgs> pullThroughCacheRules;
    @Import(name = "repositoryCreationTemplates")
    private List<RepositoryCreationTemplateArgs> repositoryCreationTemplates;
    @Import(name = "tags")
    private List<TagArgs> tags;
    @Import(name = "pullTimeUpdateExclusions")
    private List<String> pullTimeUpdateExclusions;
    @Import(name = "replicationSourceAccounts")
    private List<String> replicationSourceAccounts;

    private RegistryInputs() {
    }

    /** The Java args, through the stack program's {@code ecrkit:registry} reader. */
    RegistryArgs toArgs() {
        return PluginInputs.convert(this, RegistryConfig::registryArgs);
    }
}
