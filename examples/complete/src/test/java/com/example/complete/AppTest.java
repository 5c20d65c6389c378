package com.example.complete;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.example.support.RecordingMocks;
import com.pulumi.test.PulumiTest;
import com.pulumi.test.TestOptions;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import static org.junit.jupiter.api.Assertions.assertTrue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Runs the program under the Pulumi mock engine and checks what it registers. */
class AppTest {
    @AfterEach
    void cleanup() {
        PulumiTest.cleanup();
    }

    private static RecordingMocks run() {
        var mocks = new RecordingMocks();
        var result = PulumiTest.withMocks(mocks)
                .withOptions(TestOptions.builder().projectName("ecrkit-example-complete").stackName("test").preview(false).build())
                .runTest(App::stack);
        assertEquals(0, result.exitCode(), String.join("\n", result.errors()));
        return mocks;
    }

    @Test
    void complete_createsThreeRepositoriesWithTheirKeysPoliciesAndTheAccountSettings() {
        var mocks = run();
        assertEquals(Map.ofEntries(Map.entry("ecrkit:index:Registry", 1L),
                Map.entry("aws:ecr/accountSetting:AccountSetting", 2L),
                Map.entry("ecrkit:index:Repository", 3L), Map.entry("aws:ecr/repository:Repository", 3L),
                Map.entry("aws:ecr/repositoryPolicy:RepositoryPolicy", 2L),
                Map.entry("aws:ecr/lifecyclePolicy:LifecyclePolicy", 3L),
                Map.entry("ecrkit:index:KmsKey", 3L), Map.entry("aws:kms/key:Key", 3L), Map.entry("aws:kms/alias:Alias", 3L),
                // enable_logging on complete-ecr-repo: a log group fed by an EventBridge rule, no role
                Map.entry("ecrkit:index:Logging", 1L), Map.entry("aws:cloudwatch/logGroup:LogGroup", 1L),
                Map.entry("aws:cloudwatch/eventRule:EventRule", 1L), Map.entry("aws:cloudwatch/eventTarget:EventTarget", 1L),
                Map.entry("aws:cloudwatch/logResourcePolicy:LogResourcePolicy", 1L)), mocks.counts());
        assertEquals(14L, ((Number) mocks.one("aws:cloudwatch/logGroup:LogGroup").inputs().get("retentionInDays")).longValue());
        var settings = new TreeMap<String, Object>();
        mocks.ofType("aws:ecr/accountSetting:AccountSetting").forEach(r -> settings.put((String) r.inputs().get("name"), r.inputs().get("value")));
        assertEquals(Map.of("BASIC_SCAN_TYPE_VERSION", "AWS_NATIVE", "REGISTRY_POLICY_SCOPE", "V2"), settings);

        var complete = repository(mocks, "complete-ecr-repo");
        assertEquals("IMMUTABLE_WITH_EXCLUSION", complete.get("imageTagMutability"));
        assertEquals(List.of(Map.of("filter", "latest", "filterType", "WILDCARD"), Map.of("filter", "dev-*", "filterType", "WILDCARD")),
                complete.get("imageTagMutabilityExclusionFilters"));
        assertEquals(true, complete.get("forceDelete"));
        assertEquals(List.of(Map.of("filter", "release-candidate-*", "filterType", "WILDCARD")),
                repository(mocks, "protected-ecr-repo").get("imageTagMutabilityExclusionFilters"));

        String policy = (String) mocks.ofType("aws:ecr/repositoryPolicy:RepositoryPolicy").stream()
                .filter(r -> r.inputs().get("repository").equals("protected-ecr-repo")).findFirst().orElseThrow()
                .inputs().get("policy");
        assertTrue(policy.contains("arn:aws:iam::123456789012:role/ProductionDeployRole"), policy);

        // the helpers: one untagged rule, one keep-50 rule per prefix, one expire-tagged rule (docs/lifecycle.md)
        String helpers = lifecycle(mocks, "enhanced-lifecycle-repo");
        assertTrue(helpers.contains("\"tagPrefixList\":[\"stable\"],\"countType\":\"imageCountMoreThan\",\"countNumber\":50"), helpers);
        assertEquals(5, helpers.split("rulePriority").length - 1, helpers);
    }

    @Test
    void protectedRepository_isProtectedWithA60MinuteDeleteTimeout() {
        var options = Collections.synchronizedMap(new TreeMap<String, String>());
        var result = PulumiTest.withMocks(new RecordingMocks())
                .withOptions(TestOptions.builder().projectName("ecrkit-example-complete").stackName("test").preview(false)
                        .resourceTransformations(List.of(t -> {
                            if (t.resource().pulumiResourceType().equals("aws:ecr/repository:Repository")) {
                                options.put(t.resource().pulumiResourceName(), "protect=" + t.options().isProtect() + " delete="
                                        + t.options().getCustomTimeouts().flatMap(c -> c.getDelete()).map(Object::toString).orElse("-"));
                            }
                            return Optional.empty();
                        })).build())
                .runTest(App::stack);
        assertEquals(0, result.exitCode(), String.join("\n", result.errors()));
        assertEquals(Map.of("ecr", "protect=false delete=PT1H", "ecr-protected", "protect=true delete=PT1H",
                "ecr-enhanced-lifecycle", "protect=false delete=-"), options);
    }

    private static Map<String, Object> repository(RecordingMocks mocks, String name) {
        return mocks.ofType("aws:ecr/repository:Repository").stream().filter(r -> r.inputs().get("name").equals(name))
                .findFirst().orElseThrow().inputs();
    }

    private static String lifecycle(RecordingMocks mocks, String repository) {
        return (String) mocks.ofType("aws:ecr/lifecyclePolicy:LifecyclePolicy").stream()
                .filter(r -> r.inputs().get("repository").equals(repository)).findFirst().orElseThrow().inputs().get("policy");
    }
}
