package dev.ecrkit.inputs;

import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import dev.ecrkit.RegistryArgs;
import java.util.Map;
import java.util.List;

/**
 * The one declaration of ecrkit's own registry shape: the keys of the stack config's {@code ecrkit:registry}
 * (docs/registry.md) and the inputs of the plugin's {@code ecrkit:index:Registry}, same names. The stack program binds
 * {@code ecrkit:registry} into this class, pulumi-java fills it for a plugin caller, and one conversion
 * ({@code dev.ecrkit.stack.RegistryConfig#registryArgs}) builds {@code RegistryArgs} for both. Every input is
 * optional; a group that is set creates its resources. Maps of strings ({@code tags}, {@code resourceTags}) are lists of
 * {@code {key, value}} ({@link TagArgs}). The inputs that name a builder method ({@link Input#java}) are set by
 * it generically. Read by reflection only: no static fields (they would become inputs).
 */
public final class RegistryInputs extends ResourceArgs {
    @Input(doc = "Replication rules of the registry (at most 10)")
    @Import(name = "replication")
    private ReplicationArgs replication;
    @Input(doc = "The registry scanning configuration: scan type and at most 2 rules")
    @Import(name = "scanning")
    private RegistryScanningArgs scanning;
    @Input(doc = "Account settings to manage; a setting left out is left as it is")
    @Import(name = "accountSettings")
    private AccountSettingsArgs accountSettings;
    @Input(doc = "The registry policy, a JSON document",
            java = @Input.Java(owner = RegistryArgs.Builder.class, name = "registryPolicy",
                    params = String.class))
    @Import(name = "registryPolicy")
    private String registryPolicy;
    @Input(doc = "Pull-through cache rules, one per ecrRepositoryPrefix (at most 50)")
    @Import(name = "pullThroughCacheRules")
    private List<PullThroughCacheRuleArgs> pullThroughCacheRules;
    @Input(doc = "Repository creation templates, one per prefix")
    @Import(name = "repositoryCreationTemplates")
    private List<RepositoryCreationTemplateArgs> repositoryCreationTemplates;
    @Input(doc = "Tags of the IAM role a pull-through cache rule with createRole gets",
            java = @Input.Java(owner = RegistryArgs.Builder.class, name = "tags", params = Map.class))
    @Import(name = "tags")
    private List<TagArgs> tags;
    @Input(doc = "IAM role or user ARNs whose pulls do not update an image's last-pull time",
            java = @Input.Java(owner = RegistryArgs.Builder.class, name = "pullTimeUpdateExclusions",
                    params = List.class))
    @Import(name = "pullTimeUpdateExclusions")
    private List<String> pullTimeUpdateExclusions;
    @Input(doc = "Accounts allowed to replicate into this registry (a statement merged into the registry policy)",
            java = @Input.Java(owner = RegistryArgs.Builder.class, name = "replicationSourceAccounts",
                    params = List.class))
    @Import(name = "replicationSourceAccounts")
    private List<String> replicationSourceAccounts;
    @Input(doc = "Activate Amazon Inspector's ECR scanning for this account (an inspector2 Enabler); not with scan type BASIC")
    @Import(name = "inspector")
    private InspectorArgs inspector;

    private RegistryInputs() {
    }
}
