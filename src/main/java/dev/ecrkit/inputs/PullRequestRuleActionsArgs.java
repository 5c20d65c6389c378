package dev.ecrkit.inputs;

import com.pulumi.core.annotations.Import;

/**
 * {@code actions} of a {@link PullRequestRuleArgs}: the stack config's fields (docs/governance.md); numbers are schema
 * {@code number} (a fraction is an error). Schema type {@code ecrkit:index:PullRequestRuleActions}.
 */
public final class PullRequestRuleActionsArgs {
    @Import(name = "requireApprovalCount")
    private Double requireApprovalCount;
    @Import(name = "notificationTopicArn")
    private String notificationTopicArn;
    @Import(name = "webhookUrl")
    private String webhookUrl;
    @Import(name = "webhookSecretArn")
    private String webhookSecretArn;
    @Import(name = "blockOnFailure")
    private Boolean blockOnFailure;
    @Import(name = "approvalTimeoutHours")
    private Double approvalTimeoutHours;

    private PullRequestRuleActionsArgs() {
    }
}
