package dev.ecrkit.inputs;

import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import java.util.List;

/**
 * The one declaration of a standalone {@code PullThroughCache}'s inputs (the plugin's
 * {@code ecrkit:index:PullThroughCache}): {@code rules}, each in the shape of an {@code ecrkit:registry} rule, and
 * {@code tags}, converted by {@code dev.ecrkit.stack.RegistryConfig#pullThroughCacheArgs}. No static fields.
 */
public final class PullThroughCacheInputs extends ResourceArgs {
    @Input(doc = "The rules, at least one")
    @Import(name = "rules", required = true)
    private List<PullThroughCacheRuleArgs> rules;
    @Input(doc = "Tags of the IAM role a rule with createRole gets")
    @Import(name = "tags")
    private List<TagArgs> tags;

    private PullThroughCacheInputs() {
    }
}
