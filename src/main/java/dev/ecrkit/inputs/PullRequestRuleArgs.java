package dev.ecrkit.inputs;

import com.pulumi.core.annotations.Import;

/**
 * One pull request rule ({@code pullRequestRules} of a Repository, {@code rules} of a Governance): the Terraform
 * module's object, same fields as the stack config (docs/governance.md). Schema type
 * {@code ecrkit:index:PullRequestRule}.
 */
public final class PullRequestRuleArgs {
    @Import(name = "name", required = true)
    private String name;
    @Import(name = "type", required = true)
    private String type;
    @Import(name = "enabled")
    private Boolean enabled;
    @Import(name = "conditions")
    private PullRequestRuleConditionsArgs conditions;
    @Import(name = "actions")
    private PullRequestRuleActionsArgs actions;

    private PullRequestRuleArgs() {
    }
}
