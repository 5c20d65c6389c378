package dev.ecrkit.plugin;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import dev.ecrkit.inputs.RegistryInputs;
import dev.ecrkit.stack.RegistryConfig;
import java.util.List;
import java.util.Map;

/**
 * {@code ecrkit:index:Registry} for other languages: registers exactly what {@link dev.ecrkit.Registry} registers
 * (through {@link dev.ecrkit.Registry#register}), from {@link RegistryInputs} converted by
 * {@link RegistryConfig#registryArgs(RegistryInputs)}. Outputs: the Java component's, same
 * names; the maps of mixed values ({@code replicationStatus}, {@code scanningStatus}, {@code creationTemplateStatus},
 * {@code repositoryCreationTemplates}) are their JSON text.
 */
final class Registry extends ComponentResource {
    @Export(name = "registryId", refs = {String.class}, tree = "[0]")
    Output<String> registryId;
    @Export(name = "replicationStatus", refs = {String.class}, tree = "[0]")
    Output<String> replicationStatus;
    @Export(name = "replicationRegions", refs = {List.class, String.class}, tree = "[0,1]")
    Output<List<String>> replicationRegions;
    @Export(name = "scanningStatus", refs = {String.class}, tree = "[0]")
    Output<String> scanningStatus;
    @Export(name = "scanRepositoryFilters", refs = {List.class, String.class}, tree = "[0,1]")
    Output<List<String>> scanRepositoryFilters;
    @Export(name = "accountSettings", refs = {Map.class, String.class, String.class}, tree = "[0,1,2]")
    Output<Map<String, String>> accountSettings;
    @Export(name = "registryPolicyConfigured", refs = {Boolean.class}, tree = "[0]")
    Output<Boolean> registryPolicyConfigured;
    @Export(name = "pullThroughCacheRules", refs = {List.class, Map.class, String.class, String.class},
            tree = "[0,[1,2,3]]")
    Output<List<Map<String, String>>> pullThroughCacheRules;
    @Export(name = "pullThroughCacheRoleArn", refs = {String.class}, tree = "[0]")
    Output<String> pullThroughCacheRoleArn;
    @Export(name = "creationTemplateStatus", refs = {String.class}, tree = "[0]")
    Output<String> creationTemplateStatus;
    @Export(name = "repositoryCreationTemplates", refs = {String.class}, tree = "[0]")
    Output<String> repositoryCreationTemplates;

    /** The one constructor construct calls; invalid inputs throw before anything is registered. */
    public Registry(String name, RegistryInputs inputs, ComponentResourceOptions options) {
        super(dev.ecrkit.Registry.TYPE, name, null, PluginInputs.validated(options, () -> RegistryConfig.registryArgs(inputs)));
        var out = dev.ecrkit.Registry.register(this, name, RegistryConfig.registryArgs(inputs));
        registerOutputs(PluginOutputs.export(this, out.toMap()));
    }
}
