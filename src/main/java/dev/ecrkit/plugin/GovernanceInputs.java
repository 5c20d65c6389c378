package dev.ecrkit.plugin;

import dev.ecrkit.inputs.TagArgs;
import dev.ecrkit.inputs.PullRequestRuleArgs;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import dev.ecrkit.GovernanceArgs;
import dev.ecrkit.stack.ObservabilityConfig;
import java.util.List;

/**
 * Inputs of the plugin's {@code ecrkit:index:Governance}, standalone pull request rules for an existing repository:
 * the Java builder names of {@link GovernanceArgs} ({@link ObservabilityConfig#GOVERNANCE_INPUTS}). {@code rules}
 * items are {@link PullRequestRuleArgs} (the shape of a repository's {@code pullRequestRules}, read by the same
 * reader); {@code repositoryPolicy} is {@code REGISTER} or {@code STATEMENTS_ONLY}; {@code tags} is a list of
 * {@code {key, value}}. Converted by {@link ObservabilityConfig#governanceArgs}. No static fields.
 */
final class GovernanceInputs extends ResourceArgs {
    @Import(name = "repositoryName", required = true)
    private String repositoryName;
    @Import(name = "repositoryArn", required = true)
    private String repositoryArn;
    @Import(name = "rules", required = true)
    private List<PullRequestRuleArgs> rules;
    @Import(name = "repositoryPolicy")
    private String repositoryPolicy;
    @Import(name = "basePolicy")
    private String basePolicy;
    @Import(name = "tags")
    private List<TagArgs> tags;

    private GovernanceInputs() {
    }

    /** The Java args, through the pull request rule reader. */
    GovernanceArgs toArgs() {
        return PluginInputs.convert(this, ObservabilityConfig::governanceArgs);
    }
}
