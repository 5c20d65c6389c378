package dev.ecrkit.plugin;

import dev.ecrkit.inputs.TagArgs;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import dev.ecrkit.PullThroughCacheArgs;
import dev.ecrkit.stack.RegistryConfig;
import java.util.List;

/**
 * Inputs of the plugin's {@code ecrkit:index:PullThroughCache}: {@code rules} (at least one, each in the shape of an
 * {@code ecrkit:registry} rule) and {@code tags} (of the IAM role a rule with {@code createRole} gets, as a list of
 * {@code {key, value}}), converted by the stack program's rule reader ({@link RegistryConfig#pullThroughCacheArgs}).
 * No static fields.
 */
final class PullThroughCacheInputs extends ResourceArgs {
    @Import(name = "rules", required = true)
    private List<PullThroughCacheRuleArgs> rules;
    @Import(name = "tags")
    private List<TagArgs> tags;

    private PullThroughCacheInputs() {
    }

    /** The Java args, through the stack program's rule reader. */
    PullThroughCacheArgs toArgs() {
        return PluginInputs.convert(this, RegistryConfig::pullThroughCacheArgs);
    }
}
