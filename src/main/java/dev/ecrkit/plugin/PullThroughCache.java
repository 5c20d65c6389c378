package dev.ecrkit.plugin;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import dev.ecrkit.inputs.PullThroughCacheInputs;
import dev.ecrkit.stack.RegistryConfig;
import java.util.List;
import java.util.Map;

/**
 * {@code ecrkit:index:PullThroughCache} for other languages: registers exactly what {@link dev.ecrkit.PullThroughCache}
 * registers (through {@link dev.ecrkit.PullThroughCache#register}), from {@link PullThroughCacheInputs} converted by
 * {@link RegistryConfig#pullThroughCacheArgs(PullThroughCacheInputs)}. Outputs: the Java component's, same names and
 * types. A {@code Registry} with {@code pullThroughCacheRules} creates one of these
 * itself; use this component for rules managed apart from the rest of the registry.
 */
final class PullThroughCache extends ComponentResource {
    @Export(name = "rules", refs = {List.class, Map.class, String.class, String.class}, tree = "[0,[1,2,3]]")
    Output<List<Map<String, String>>> rules;
    @Export(name = "roleArn", refs = {String.class}, tree = "[0]")
    Output<String> roleArn;

    /** The one constructor construct calls; invalid inputs throw before anything is registered. */
    public PullThroughCache(String name, PullThroughCacheInputs inputs, ComponentResourceOptions options) {
        super(dev.ecrkit.PullThroughCache.TYPE, name, null,
                PluginInputs.validated(options, () -> RegistryConfig.pullThroughCacheArgs(inputs)));
        var out = dev.ecrkit.PullThroughCache.register(this, name, RegistryConfig.pullThroughCacheArgs(inputs));
        registerOutputs(PluginOutputs.export(this, out.toMap()));
    }
}
