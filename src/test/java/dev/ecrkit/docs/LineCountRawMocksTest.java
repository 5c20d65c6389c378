package dev.ecrkit.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.pulumi.test.Mocks;
import com.pulumi.test.PulumiTest;
import com.pulumi.test.TestOptions;
import dev.ecrkit.Encryption;
import dev.ecrkit.Repository;
import dev.ecrkit.RepositoryArgs;
import dev.ecrkit.ecr.EncryptionType;
import dev.ecrkit.ecr.ImageTagMutability;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The same test with raw pulumi-java Mocks (counted in docs/testing.md): what the kit saves. */
class LineCountRawMocksTest {
    static final class RecordingMocks implements Mocks {
        final ConcurrentLinkedQueue<ResourceArgs> registered = new ConcurrentLinkedQueue<>();

        @Override
        public CompletableFuture<ResourceResult> newResourceAsync(ResourceArgs args) {
            registered.add(args);
            var outputs = new HashMap<String, Object>(args.inputs);
            outputs.put("arn", "arn:aws:kms:us-east-1:123456789012:key/" + args.name);
            return CompletableFuture.completedFuture(ResourceResult.of(Optional.of(args.name + "-id"), outputs));
        }

        @Override
        public CompletableFuture<Map<String, Object>> callAsync(CallArgs args) {
            return CompletableFuture.completedFuture(switch (args.token) {
                case "aws:index/getPartition:getPartition" -> Map.of("partition", "aws");
                case "aws:index/getRegion:getRegion" -> Map.of("name", "us-east-1");
                case "aws:index/getCallerIdentity:getCallerIdentity" -> Map.of("accountId", "123456789012");
                default -> Map.of();
            });
        }
    }

    @AfterEach
    void cleanup() {
        PulumiTest.cleanup();
    }

    @Test
    void oneRepository() {
        var mocks = new RecordingMocks();
        var result = PulumiTest.withMocks(mocks)
                .withOptions(TestOptions.builder().projectName("test").stackName("test").build())
                .runTest(ctx -> new Repository("orders", RepositoryArgs.builder().name("team/orders")
                        .imageTagMutability(ImageTagMutability.IMMUTABLE)
                        .encryption(Encryption.kmsWithNewKey(EncryptionType.KMS)).build(), null));
        assertEquals(0, result.exitCode(), String.join("\n", result.errors()));
        List<Mocks.ResourceArgs> repositories = mocks.registered.stream()
                .filter(r -> r.type.equals("aws:ecr/repository:Repository")).toList();
        assertEquals(1, repositories.size());
        assertEquals("team/orders", repositories.get(0).inputs.get("name"));
        assertEquals("IMMUTABLE", repositories.get(0).inputs.get("imageTagMutability"));
    }
}
