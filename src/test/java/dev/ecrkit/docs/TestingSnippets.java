package dev.ecrkit.docs;

import com.pulumi.test.Mocks;
import dev.ecrkit.Logging;
import dev.ecrkit.LoggingArgs;
import dev.ecrkit.stack.PlanMocks;
import dev.ecrkit.testing.Failure;
import dev.ecrkit.testing.MockStack;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/** The Java snippets of docs/testing.md besides its example project (run by {@link SnippetsTest}). */
final class TestingSnippets {
    private TestingSnippets() {
    }

    static List<String> failure() {
        // snippet: failure
        Failure failure = MockStack.builder().build().failure(ctx -> new Logging("app-logs", LoggingArgs.builder()
                .repositoryName("team/app")
                .retentionInDays(8)
                .build(), null));
        // [retentionInDays: must be 0 (never expire) or one of 1, 3, 5, 7, 14, ..., got 8]
        List<String> problems = failure.problems();
        // end-snippet
        return problems;
    }

    // snippet: own-mocks
    /** Your own mocks for your own resources; the provider functions ecrkit calls are answered by PlanMocks. */
    static final class MyMocks implements Mocks {
        private final PlanMocks ecrkit = PlanMocks.builder().region("eu-west-1").build();

        @Override
        public CompletableFuture<ResourceResult> newResourceAsync(ResourceArgs args) {
            var outputs = new java.util.HashMap<String, Object>(args.inputs);
            outputs.put("arn", "arn:aws:service:eu-west-1:123456789012:" + args.name);
            return CompletableFuture.completedFuture(ResourceResult.of(Optional.of(args.name + "-id"), outputs));
        }

        @Override
        public CompletableFuture<Map<String, Object>> callAsync(CallArgs args) {
            return ecrkit.callAsync(args);   // getPartition, getRegion, getCallerIdentity, kms.getAlias, kms.getKey
        }
    }
    // end-snippet
}
