package com.example.pullrequestrules;

import com.pulumi.Context;
import com.pulumi.Pulumi;
import dev.ecrkit.Repository;
import dev.ecrkit.RepositoryArgs;
import dev.ecrkit.governance.PullRequestRule;
import dev.ecrkit.governance.Severity;
import dev.ecrkit.lifecycle.LifecycleTemplate;
import dev.ecrkit.observability.LoggingSettings;

/**
 * terraform-aws-ecr examples/pull-request-rules: an approval rule, a security-scan rule and a CI webhook rule on one
 * repository, with the compliance lifecycle template and logging. In ecrkit each rule does what its type says
 * (docs/governance.md): notifications on matching pushes, scan results at or above the threshold with the failing tag
 * quarantined, a webhook that posts the repository, tag and digest, and a repository policy Deny for pushers not
 * listed in allowedPrincipals. The module example's own SNS topic and approval role are outside the module: the topic
 * ARN and principal below stand for them.
 */
public final class App {
    static final String TOPIC = "arn:aws:sns:us-east-1:123456789012:ecr-approvals";
    static final String CI_ROLE = "arn:aws:iam::123456789012:role/ci-pipeline";

    private App() {
    }

    public static void main(String[] args) {
        Pulumi.run(App::stack);
    }

    /** The program (the test runs it under the Pulumi mock engine). */
    static void stack(Context ctx) {
        var repo = new Repository("ecr-governed", RepositoryArgs.builder()
                .name("governed-app")
                .scanOnPush(true)
                .lifecyclePolicyTemplate(LifecycleTemplate.COMPLIANCE)
                .logging(LoggingSettings.builder().retentionInDays(90).build())
                .pullRequestRules(
                        PullRequestRule.approval("production-approval")
                                .tagPatterns("prod-*", "release-*")
                                .allowedPrincipals(CI_ROLE)          // everyone else is denied push and tag actions
                                .requireApprovalCount(2)            // informational: travels in the notification
                                .notificationTopicArn(TOPIC)
                                .build(),
                        PullRequestRule.securityScan("security-gate")
                                .severityThreshold(Severity.HIGH)
                                .blockOnFailure(true)               // quarantines the failing tag
                                .notificationTopicArn(TOPIC)
                                .build(),
                        PullRequestRule.ciIntegration("ci-webhook")
                                .webhookUrl("https://ci.example.com/hooks/ecr")
                                .build())
                .build(), null);
        ctx.export("repositoryUrl", repo.repositoryUrl);
        ctx.export("pullRequestRules", repo.pullRequestRules);
    }
}
