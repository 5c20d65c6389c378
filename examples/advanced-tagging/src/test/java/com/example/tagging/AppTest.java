package com.example.tagging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.example.support.RecordingMocks;
import com.pulumi.test.PulumiTest;
import com.pulumi.test.TestOptions;
import java.util.Map;
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
