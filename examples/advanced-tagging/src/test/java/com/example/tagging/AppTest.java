package com.example.tagging;

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
                .withOptions(TestOptions.builder().projectName("ecrkit-example-advanced-tagging").stackName("test").preview(false).build())
                .runTest(App::stack);
        assertEquals(0, result.exitCode(), String.join("\n", result.errors()));
        return mocks;
    }

    @Test
    void advancedTagging_fiveRepositoriesTaggedByTheirStrategy() {
        var mocks = run();
        assertEquals(Map.of("ecrkit:index:Registry", 1L,
                "aws:ecr/registryScanningConfiguration:RegistryScanningConfiguration", 1L,
                "ecrkit:index:Repository", 5L, "aws:ecr/repository:Repository", 5L,
                "aws:ecr/lifecyclePolicy:LifecyclePolicy", 4L, "ecrkit:index:KmsKey", 2L, "aws:kms/key:Key", 2L,
                "aws:kms/alias:Alias", 2L), mocks.counts());
        assertEquals(Map.ofEntries(Map.entry("CreatedBy", "Pulumi"), Map.entry("ManagedBy", "Pulumi"),
                Map.entry("Environment", "development"), Map.entry("Owner", "platform-team"),
                Map.entry("Project", "advanced-tagging-demo"), Map.entry("CostCenter", "engineering-demo"),
                Map.entry("BillingProject", "user-service-prod"), Map.entry("ResourceType", "ECR"),
                Map.entry("Service", "ECR"), Map.entry("Billable", "true"), Map.entry("DataClass", "internal"),
                Map.entry("BackupPolicy", "daily"), Map.entry("Name", "cost-allocation-repo")),
                tags(mocks, "cost-allocation-repo"));
        var compliance = tags(mocks, "compliance-repo");
        assertEquals("Required", compliance.get("SecurityReview"));
        assertEquals("true", compliance.get("PciCompliant"));
        var sdlc = tags(mocks, "sdlc-repo");
        assertEquals("github-actions", sdlc.get("ciCdPipeline"));
        assertEquals("weekend", sdlc.get("maintenanceWindow"));
        var custom = tags(mocks, "custom-defaults-repo");
        assertEquals("data-cc-003", custom.get("cost_center"));
        assertEquals("analytics-team", custom.get("team_slack"));
        assertEquals(Map.of("Environment", "production", "Owner", "legacy-team", "ManagedBy", "Terraform",
                "Application", "legacy-service", "Name", "legacy-repo"), tags(mocks, "legacy-repo"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> tags(RecordingMocks mocks, String repository) {
        return (Map<String, String>) mocks.ofType("aws:ecr/repository:Repository").stream()
                .filter(r -> r.inputs().get("name").equals(repository)).findFirst().orElseThrow().inputs().get("tags");
    }
}
