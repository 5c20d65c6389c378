package dev.ecrkit.docs;

import dev.ecrkit.Repository;
import dev.ecrkit.RepositoryArgs;
import dev.ecrkit.governance.PullRequestRule;
import dev.ecrkit.governance.Severity;

/** The Java snippets of docs/governance.md. */
final class GovernanceSnippets {
    private GovernanceSnippets() {
    }

    static void rules(String topicArn) {
        // snippet: rules
        new Repository("app", RepositoryArgs.builder()
                .name("team/app")
                .pullRequestRules(
                        PullRequestRule.approval("release-approval").tagPatterns("v*")
                                .allowedPrincipals("arn:aws:iam::123456789012:role/release-pipeline")
                                .requireApprovalCount(2).notificationTopicArn(topicArn).build(),
                        PullRequestRule.securityScan("vulnerability-gate").severityThreshold(Severity.HIGH)
                                .webhookUrl("https://hooks.example.com/ecr").build())
                .build(), null);
        // end-snippet
    }
}
