package dev.ecrkit.docs;

import dev.ecrkit.EventLogPolicy;
import dev.ecrkit.EventLogPolicyArgs;
import dev.ecrkit.Repository;
import dev.ecrkit.RepositoryArgs;
import dev.ecrkit.observability.LoggingSettings;
import java.util.List;

/** The Java snippets of docs/logging.md (the standalone component: {@link LoggingComponentSnippets}). */
final class LoggingSnippets {
    private LoggingSnippets() {
    }

    static void repository() {
        // snippet: repository
        new Repository("orders", RepositoryArgs.builder()
                .name("team/orders")
                .logging(LoggingSettings.builder().retentionInDays(365).build())
                .build(), null);
        // end-snippet
    }

    static void sharedPolicy() {
        // snippet: shared-policy
        var logging = LoggingSettings.builder().retentionInDays(365).createResourcePolicy(false).build();
        for (String name : List.of("team/orders", "team/payments", "team/billing")) {
            new Repository(name.replace('/', '-'), RepositoryArgs.builder().name(name).logging(logging).build(), null);
        }
        new EventLogPolicy("event-logs", EventLogPolicyArgs.builder()
                .policyName("platform-ecr-event-logs")                     // unique per account and Region
                .repositoryNames("team/orders", "team/payments", "team/billing")  // see below; optional for short names
                .build(), null);
        // end-snippet
    }
}
