package dev.ecrkit.inputs;

import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import dev.ecrkit.GovernanceArgs;
import dev.ecrkit.governance.PullRequestRule;
import java.util.List;
import java.util.Map;

/**
 * Inputs of the plugin's {@code ecrkit:index:Governance}, standalone pull request rules for an existing repository:
 * the Java builder names of {@link GovernanceArgs} (declared here with {@link Input}, once). {@code rules}
 * items are {@link PullRequestRuleArgs} (the shape of a repository's {@code pullRequestRules}, read by the same
 * reader); {@code repositoryPolicy} is {@code REGISTER} or {@code STATEMENTS_ONLY}; {@code tags} is a list of
 * {@code {key, value}}. Each input names the builder method it sets ({@link Input#java}); converted by
 * {@code dev.ecrkit.stack.ObservabilityConfig#governanceArgs}. No static fields.
 */
public final class GovernanceInputs extends ResourceArgs {
    @Input(doc = "Required. The governed repository",
            java = {@Input.Java(owner = GovernanceArgs.Builder.class, name = "repositoryName", params = String.class)})
    @Import(name = "repositoryName", required = true)
    private String repositoryName;
    @Input(doc = "Required. The governed repository's ARN",
            java = {@Input.Java(owner = GovernanceArgs.Builder.class, name = "repositoryArn", params = String.class)})
    @Import(name = "repositoryArn", required = true)
    private String repositoryArn;
    @Input(doc = "Required, at least one: the shape of a repository's `pullRequestRules`", moduleDefault = "[]",
            java = {@Input.Java(owner = GovernanceArgs.Builder.class, name = "rules", params = PullRequestRule[].class)})
    @Import(name = "rules", required = true)
    private List<PullRequestRuleArgs> rules;
    @Input(doc = "REGISTER (the component registers the repository policy) or STATEMENTS_ONLY",
            moduleDefault = "REGISTER",
            java = {@Input.Java(owner = GovernanceArgs.Builder.class, name = "repositoryPolicy", params = GovernanceArgs.RepositoryPolicyMode.class)})
    @Import(name = "repositoryPolicy")
    private String repositoryPolicy;
    @Input(doc = "Policy JSON the rules' statements are appended to (REGISTER only)",
            java = {@Input.Java(owner = GovernanceArgs.Builder.class, name = "basePolicy", params = String.class)})
    @Import(name = "basePolicy")
    private String basePolicy;
    @Input(doc = "Tags of every taggable resource", moduleDefault = "{}",
            java = {@Input.Java(owner = GovernanceArgs.Builder.class, name = "tags", params = Map.class)})
    @Import(name = "tags")
    private List<TagArgs> tags;

    private GovernanceInputs() {
    }
}
