package dev.ecrkit.docs;

import com.pulumi.aws.ecr.Repository;
import dev.ecrkit.Governance;
import dev.ecrkit.GovernanceArgs;
import dev.ecrkit.governance.PullRequestRule;

/** The Java snippet of docs/governance.md for a repository ecrkit did not create. */
final class GovernanceExistingSnippets {
    private GovernanceExistingSnippets() {
    }

    static void existingRepository(Repository repo, String topicArn, String existingPolicyJson) {
        // snippet: existing-repository
        new Governance("app-rules", GovernanceArgs.builder()
                .repositoryName(repo.name()).repositoryArn(repo.arn())
                .rules(PullRequestRule.ciIntegration("ci").notificationTopicArn(topicArn).build())
                .basePolicy(existingPolicyJson)          // optional: statements the repository policy must keep
                .build(), null);
        // end-snippet
    }
}
