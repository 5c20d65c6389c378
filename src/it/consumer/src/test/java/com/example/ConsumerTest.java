package com.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pulumi.test.Mocks;
import com.pulumi.test.PulumiTest;
import com.pulumi.test.TestOptions;
import dev.ecrkit.Encryption;
import dev.ecrkit.Repository;
import dev.ecrkit.RepositoryArgs;
import dev.ecrkit.lifecycle.LifecycleTemplate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.Test;

/** What a user writes after adding the dependency: a Repository under the Pulumi mock engine. */
class ConsumerTest {
    record Registered(String type, String name, Map<String, Object> inputs) {
    }

    static final String KEY_ARN = "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab";

    static final class RecordingMocks implements Mocks {
        final ConcurrentLinkedQueue<Registered> registered = new ConcurrentLinkedQueue<>();

        @Override
        public CompletableFuture<ResourceResult> newResourceAsync(ResourceArgs args) {
            registered.add(new Registered(args.type, args.name, args.inputs));
            var state = new HashMap<String, Object>(args.inputs);
            state.put("arn", "arn:aws:ecr:eu-west-1:123456789012:repository/" + args.name);
            state.put("repositoryUrl", "123456789012.dkr.ecr.eu-west-1.amazonaws.com/" + args.inputs.get("name"));
            return CompletableFuture.completedFuture(ResourceResult.of(Optional.of(args.name + "-id"), state));
        }

        @Override
        public CompletableFuture<Map<String, Object>> callAsync(CallArgs args) {
            if (args.token.equals("aws:kms/getAlias:getAlias")) {
                // the repository receives the alias's key ARN (ecrkit resolves an alias with kms.getAlias)
                return CompletableFuture.completedFuture(Map.of("arn", "arn:aws:kms:eu-west-1:123456789012:alias/orders",
                        "id", "arn:aws:kms:eu-west-1:123456789012:alias/orders", "name", "alias/orders",
                        "targetKeyArn", KEY_ARN, "targetKeyId", "1234abcd-12ab-34cd-56ef-1234567890ab"));
            }
            return CompletableFuture.completedFuture(Map.of("accountId", "123456789012", "name", "eu-west-1"));
        }
    }

    @Test
    void repositoryWithTemplateAndKms_registersRepositoryAndLifecyclePolicy() {
        var mocks = new RecordingMocks();
        var result = PulumiTest.withMocks(mocks)
                .withOptions(TestOptions.builder().projectName("consumer").stackName("test").build())
                .runTest(ctx -> new Repository("orders", RepositoryArgs.builder()
                        .name("team/orders")
                        .encryption(Encryption.kms("alias/orders"))
                        .lifecyclePolicyTemplate(LifecycleTemplate.PRODUCTION)
                        .build(), null));
        assertEquals(0, result.exitCode(), String.join("\n", result.errors()));
        var types = mocks.registered.stream().map(Registered::type).toList();
        assertTrue(types.containsAll(List.of("ecrkit:index:Repository", "aws:ecr/repository:Repository",
                "aws:ecr/lifecyclePolicy:LifecyclePolicy")), types.toString());
        var repo = mocks.registered.stream().filter(r -> r.type().equals("aws:ecr/repository:Repository")).findFirst().orElseThrow();
        assertEquals("team/orders", repo.inputs().get("name"));
        assertEquals(List.of(Map.of("encryptionType", "KMS", "kmsKey", KEY_ARN)), repo.inputs().get("encryptionConfigurations"));
        var lifecycle = mocks.registered.stream().filter(r -> r.type().equals("aws:ecr/lifecyclePolicy:LifecyclePolicy")).findFirst().orElseThrow();
        assertEquals(LifecycleTemplate.PRODUCTION.policy().toJson(), lifecycle.inputs().get("policy"));
    }
}
