package dev.ecrkit.plugin;

import dev.ecrkit.inputs.TagArgs;
import dev.ecrkit.inputs.PullRequestRuleArgs;
import com.pulumi.core.annotations.Import;
import dev.ecrkit.inputs.Input;
import com.pulumi.resources.ResourceArgs;
import dev.ecrkit.GovernanceArgs;
import dev.ecrkit.stack.ObservabilityConfig;
import java.util.List;

/**
 * Inputs of the plugin's {@code ecrkit:index:Governance}, standalone pull request rules for an existing repository:
 * the Java builder names of {@link GovernanceArgs} (declared here with {@link Input}, once). {@code rules}
 * items are {@link PullRequestRuleArgs} (the shape of a repository's {@code pullRequestRules}, read by the same
 * reader); {@code repositoryPolicy} is {@code REGISTER} or {@code STATEMENTS_ONLY}; {@code tags} is a list of
 * {@code {key, value}}. Converted by {@link ObservabilityConfig#governanceArgs}. No static fields.
 */
public final class GovernanceInputs extends ResourceArgs {
    @Input(doc = "Required. The governed repository")
    @Import(name = "repositoryName", required = true)
    private String repositoryName;
    @Input(doc = "Required. The governed repository's ARN")
    @Import(name = "repositoryArn", required = true)
    private String repositoryArn;
    @Input(doc = "Required, at least one: the shape of a repository's `pullRequestRules`", moduleDefault = "[]")
    @Import(name = "rules", required = true)
    private List<PullRequestRuleArgs> rules;
    @Input(doc = "REGISTER (the component registers the repository policy) or STATEMENTS_ONLY",
            moduleDefault = "REGISTER")
    @Import(name = "repositoryPolicy")
    private String repositoryPolicy;
    @Input(doc = "Policy JSON the rules' statements are appended to (REGISTER only)")
    @Import(name = "basePolicy")
    private String basePolicy;
    @Input(doc = "Tags of every taggable resource", moduleDefault = "{}")
    @Import(name = "tags")
    private List<TagArgs> tags;

    private GovernanceInputs() {
    }

    /** The Java args, through the pull request rule reader. */
    GovernanceArgs toArgs() {
        return PluginInputs.convert(this, ObservabilityConfig::governanceArgs);
    }
}
