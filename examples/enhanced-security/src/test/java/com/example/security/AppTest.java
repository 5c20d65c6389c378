package com.example.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.pulumi.test.Mocks;
import com.pulumi.test.PulumiTest;
import com.pulumi.test.TestOptions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import static org.junit.jupiter.api.Assertions.assertTrue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Runs the program under the Pulumi mock engine and checks what it registers. */
class AppTest {
    record Registered(String type, String name, Map<String, Object> inputs) {
    }

    /** Records every resource; answers ARNs, ids and URLs like AWS would, for account 123456789012 in us-east-1. */
    static final class RecordingMocks implements Mocks {
        final List<Registered> registered = Collections.synchronizedList(new ArrayList<>());

        @Override
        public CompletableFuture<ResourceResult> newResourceAsync(ResourceArgs args) {
            registered.add(new Registered(args.type, args.name, args.inputs));
            var state = new HashMap<String, Object>(args.inputs);
            String service = args.type.startsWith("aws:") ? args.type.substring(4, args.type.indexOf('/')) : "x";
            state.put("arn", "arn:aws:" + service + ":us-east-1:123456789012:" + args.name);
            if (args.type.equals("aws:ecr/repository:Repository")) {
                state.put("arn", "arn:aws:ecr:us-east-1:123456789012:repository/" + args.inputs.get("name"));
                state.put("repositoryUrl", "123456789012.dkr.ecr.us-east-1.amazonaws.com/" + args.inputs.get("name"));
                state.put("registryId", "123456789012");
            }
            if (args.type.equals("aws:kms/key:Key")) {
                state.put("keyId", args.name + "-id");
            }
            return CompletableFuture.completedFuture(ResourceResult.of(Optional.of(args.name + "-id"), state));
        }

        @Override
        public CompletableFuture<Map<String, Object>> callAsync(CallArgs args) {
            // getCallerIdentity, getRegion and getPartition read the fields they need from this one answer
            return CompletableFuture.completedFuture(Map.ofEntries(Map.entry("accountId", "123456789012"),
                    Map.entry("arn", "arn:aws:iam::123456789012:user/test"), Map.entry("userId", "AIDATEST"),
                    Map.entry("id", "test"), Map.entry("name", "us-east-1"), Map.entry("region", "us-east-1"),
                    Map.entry("description", "US East (N. Virginia)"), Map.entry("endpoint", "ec2.us-east-1.amazonaws.com"),
                    Map.entry("partition", "aws"), Map.entry("dnsSuffix", "amazonaws.com"),
                    Map.entry("reverseDnsPrefix", "com.amazonaws")));
        }

        List<Registered> ofType(String type) {
            synchronized (registered) {
                return registered.stream().filter(r -> r.type().equals(type)).toList();
            }
        }

        Registered one(String type) {
            var all = ofType(type);
            assertEquals(1, all.size(), type);
            return all.get(0);
        }

        /** Type -> how many, for every registered resource. */
        Map<String, Long> counts() {
            var out = new TreeMap<String, Long>();
            synchronized (registered) {
                registered.forEach(r -> out.merge(r.type(), 1L, Long::sum));
            }
            return out;
        }
    }

    @AfterEach
    void cleanup() {
        PulumiTest.cleanup();
    }

    private static RecordingMocks run() {
        var mocks = new RecordingMocks();
        var result = PulumiTest.withMocks(mocks)
                .withOptions(TestOptions.builder().projectName("ecrkit-example-enhanced-security").stackName("test").preview(false).build())
                .runTest(App::stack);
        assertEquals(0, result.exitCode(), String.join("\n", result.errors()));
        return mocks;
    }

    @Test
    void enhancedSecurity_createsTheRepositoryAndTheRegistrySecuritySettings() {
        var mocks = run();
        assertEquals(Map.ofEntries(
                Map.entry("ecrkit:index:Registry", 1L),
                Map.entry("ecrkit:index:Logging", 1L), Map.entry("aws:cloudwatch/logGroup:LogGroup", 1L),
                Map.entry("aws:cloudwatch/eventRule:EventRule", 1L), Map.entry("aws:cloudwatch/eventTarget:EventTarget", 1L),
                Map.entry("aws:cloudwatch/logResourcePolicy:LogResourcePolicy", 1L),
                Map.entry("aws:ecr/accountSetting:AccountSetting", 2L),
                Map.entry("aws:ecr/registryScanningConfiguration:RegistryScanningConfiguration", 1L),
                Map.entry("ecrkit:index:PullThroughCache", 1L),
                Map.entry("aws:ecr/pullThroughCacheRule:PullThroughCacheRule", 2L),
                Map.entry("ecrkit:index:Repository", 1L),
                Map.entry("aws:ecr/repository:Repository", 1L),
                Map.entry("aws:ecr/repositoryPolicy:RepositoryPolicy", 1L),
                Map.entry("aws:ecr/lifecyclePolicy:LifecyclePolicy", 1L),
                Map.entry("ecrkit:index:KmsKey", 1L),
                Map.entry("aws:kms/key:Key", 1L),
                Map.entry("aws:kms/alias:Alias", 1L)), mocks.counts());
        assertEquals("ENHANCED", mocks.one("aws:ecr/registryScanningConfiguration:RegistryScanningConfiguration")
                .inputs().get("scanType"));
        // enable_logging: the repository's events go to /aws/ecr/<name>, kept 90 days
        var logGroup = mocks.one("aws:cloudwatch/logGroup:LogGroup").inputs();
        assertEquals("/aws/ecr/enhanced-security-repo", logGroup.get("name"));
        assertEquals(90L, ((Number) logGroup.get("retentionInDays")).longValue());
        assertEquals("arn:aws:cloudwatch:us-east-1:123456789012:" + mocks.one("aws:cloudwatch/logGroup:LogGroup").name(),
                mocks.one("aws:cloudwatch/eventTarget:EventTarget").inputs().get("arn"), "the rule delivers to the log group");
        assertTrue(String.valueOf(mocks.one("aws:cloudwatch/eventRule:EventRule").inputs().get("eventPattern"))
                .contains("\"repository-name\":[\"enhanced-security-repo\"]"));
        var repo = mocks.one("aws:ecr/repository:Repository").inputs();
        assertEquals("IMMUTABLE", repo.get("imageTagMutability"));
        assertEquals("KMS", ((List<?>) repo.get("encryptionConfigurations")).stream()
                .map(c -> ((Map<?, ?>) c).get("encryptionType")).findFirst().orElseThrow());
        String policy = (String) mocks.one("aws:ecr/repositoryPolicy:RepositoryPolicy").inputs().get("policy");
        assertTrue(policy.contains("\"ecr:ResourceTag/Environment\": \"dev\""), policy);
        assertTrue(policy.contains("arn:aws:iam::123456789012:role/ECRSecurePushRole"), policy);
    }
}
