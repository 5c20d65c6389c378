package dev.ecrkit.inputs;

import com.pulumi.core.annotations.Import;
import dev.ecrkit.governance.PullRequestRule;

/**
 * {@code actions} of a {@link PullRequestRuleArgs}: the stack config's fields (docs/governance.md); numbers are schema
 * {@code number} (a fraction is an error). Schema type {@code ecrkit:index:PullRequestRuleActions}. Each field names
 * the rule builder method it sets ({@link Input#java}).
 */
public final class PullRequestRuleActionsArgs {
    @Input(doc = "Approvals asked for (1-10; informational)",
            moduleDefault = "" + PullRequestRule.DEFAULT_REQUIRE_APPROVAL_COUNT,
            java = {@Input.Java(owner = PullRequestRule.Builder.class, name = "requireApprovalCount", params = int.class)})
    @Import(name = "requireApprovalCount")
    private Double requireApprovalCount;
    @Input(doc = "An existing SNS standard topic notified",
            java = {@Input.Java(owner = PullRequestRule.Builder.class, name = "notificationTopicArn", params = String.class)})
    @Import(name = "notificationTopicArn")
    private String notificationTopicArn;
    @Input(doc = "An https:// webhook notified",
            java = {@Input.Java(owner = PullRequestRule.Builder.class, name = "webhookUrl", params = String.class)})
    @Import(name = "webhookUrl")
    private String webhookUrl;
    @Input(doc = "A Secrets Manager secret whose string signs the webhook body", ecrkitOnly = true,
            java = {@Input.Java(owner = PullRequestRule.Builder.class, name = "webhookSecretArn", params = String.class)})
    @Import(name = "webhookSecretArn")
    private String webhookSecretArn;
    @Input(doc = "Deny pushes by other principals (approval, ci_integration) or quarantine (security_scan)",
            moduleDefault = "" + PullRequestRule.DEFAULT_BLOCK_ON_FAILURE,
            java = {@Input.Java(owner = PullRequestRule.Builder.class, name = "blockOnFailure", params = boolean.class)})
    @Import(name = "blockOnFailure")
    private Boolean blockOnFailure;
    @Input(doc = "Hours an approval may take (1-168; informational)",
            moduleDefault = "" + PullRequestRule.DEFAULT_APPROVAL_TIMEOUT_HOURS,
            java = {@Input.Java(owner = PullRequestRule.Builder.class, name = "approvalTimeoutHours", params = int.class)})
    @Import(name = "approvalTimeoutHours")
    private Double approvalTimeoutHours;

    private PullRequestRuleActionsArgs() {
    }
}
