package com.example.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.example.support.RecordingMocks;
import com.pulumi.test.PulumiTest;
import com.pulumi.test.TestOptions;
import java.util.Map;
import static org.junit.jupiter.api.Assertions.assertTrue;
import dev.ecrkit.lifecycle.LifecycleTemplate;
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
                .withOptions(TestOptions.builder().projectName("ecrkit-example-lifecycle-policies").stackName("test").preview(false).build())
                .runTest(App::stack);
        assertEquals(0, result.exitCode(), String.join("\n", result.errors()));
        return mocks;
    }

    @Test
    void lifecyclePolicies_sixRepositoriesEachWithItsPolicy() {
        var mocks = run();
        assertEquals(Map.of("ecrkit:index:Repository", 6L, "aws:ecr/repository:Repository", 6L,
                "aws:ecr/lifecyclePolicy:LifecyclePolicy", 6L), mocks.counts());
        assertEquals(LifecycleTemplate.DEVELOPMENT.policy().toJson(), policy(mocks, "example-development"));
        assertEquals(LifecycleTemplate.PRODUCTION.policy().toJson(), policy(mocks, "example-production"));
        assertEquals(LifecycleTemplate.COST_OPTIMIZATION.policy().toJson(), policy(mocks, "example-cost-optimized"));
        assertEquals(LifecycleTemplate.COMPLIANCE.policy().toJson(), policy(mocks, "example-compliance"));
        // helpers: untagged after 5 days, keep 30 of each prefix, tagged after 60 days
        String custom = policy(mocks, "example-custom");
        assertTrue(custom.contains("\"tagStatus\":\"untagged\",\"countType\":\"sinceImagePushed\",\"countUnit\":\"days\",\"countNumber\":5"), custom);
        assertTrue(custom.contains("\"tagPrefixList\":[\"hotfix\"],\"countType\":\"imageCountMoreThan\",\"countNumber\":30"), custom);
        assertTrue(custom.contains("\"countNumber\":60"), custom);
        // the manual policy wins over the template and the helper value set next to it
        String manual = policy(mocks, "example-manual");
        assertTrue(manual.contains("\"description\": \"Custom manual rule\""), manual);
        assertEquals(1, manual.split("rulePriority").length - 1, manual);
    }

    private static String policy(RecordingMocks mocks, String repository) {
        return (String) mocks.ofType("aws:ecr/lifecyclePolicy:LifecyclePolicy").stream()
                .filter(r -> r.inputs().get("repository").equals(repository)).findFirst().orElseThrow().inputs().get("policy");
    }
}
