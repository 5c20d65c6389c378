package dev.ecrkit.inputs;

import com.pulumi.core.annotations.Import;
import dev.ecrkit.governance.PullRequestRule;
import dev.ecrkit.governance.RuleType;

/**
 * One pull request rule ({@code pullRequestRules} of a Repository, {@code rules} of a Governance): the Terraform
 * module's object, same fields as the stack config (docs/governance.md). Schema type
 * {@code ecrkit:index:PullRequestRule}. Each field names the rule builder method it sets ({@link Input#java}).
 */
public final class PullRequestRuleArgs {
    @Input(doc = "Required. Keys the rule's resources and its Sid",
            java = {@Input.Java(owner = PullRequestRule.class, name = "builder", params = {String.class, RuleType.class})})
    @Import(name = "name", required = true)
    private String name;
    @Input(doc = "Required. approval, security_scan or ci_integration",
            java = {@Input.Java(owner = PullRequestRule.class, name = "builder", params = {String.class, RuleType.class})})
    @Import(name = "type", required = true)
    private String type;
    @Input(doc = "A disabled rule deploys nothing", moduleDefault = "" + PullRequestRule.DEFAULT_ENABLED,
            java = {@Input.Java(owner = PullRequestRule.Builder.class, name = "enabled", params = boolean.class)})
    @Import(name = "enabled")
    private Boolean enabled;
    @Input(doc = "Which pushes the rule reacts to")
    @Import(name = "conditions")
    private PullRequestRuleConditionsArgs conditions;
    @Input(doc = "What the rule does")
    @Import(name = "actions")
    private PullRequestRuleActionsArgs actions;

    private PullRequestRuleArgs() {
    }
}
