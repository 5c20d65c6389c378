package dev.ecrkit.docs;

import com.pulumi.aws.ecr.Repository;
import com.pulumi.aws.kms.Key;
import dev.ecrkit.Logging;
import dev.ecrkit.LoggingArgs;
import java.util.Map;

/** The Java snippet of docs/logging.md for the standalone Logging component. */
final class LoggingComponentSnippets {
    private LoggingComponentSnippets() {
    }

    static void component(Repository repo, Key key) {
        // snippet: component
        new Logging("orders-logging", LoggingArgs.builder()
                .repositoryName("team/orders")                 // or an Output from another resource
                .repositoryArn(repo.arn())                     // optional: partition, Region and account are read from it
                .retentionInDays(731)
                .kmsKeyArn(key.arn())                          // optional
                .tags(Map.of("Team", "orders"))
                .build(), null);
        // end-snippet
    }
}
