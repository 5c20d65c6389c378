package com.example.tagging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ecrkit.testing.MockStack;
import dev.ecrkit.testing.Template;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Runs the program under ecrkit's test kit (docs/testing.md) and checks what it registers. */
class AppTest {
    static final String REPOSITORY = "aws:ecr/repository:Repository";

    @Test
    void advancedTagging_fiveRepositoriesTaggedByTheirStrategy() {
        Template t = MockStack.builder().project("ecrkit-example-advanced-tagging").build().run(App::stack);
        assertEquals(Map.of("ecrkit:index:Registry", 1,
                "aws:ecr/registryScanningConfiguration:RegistryScanningConfiguration", 1,
                "ecrkit:index:Repository", 5, "aws:ecr/repository:Repository", 5,
                "aws:ecr/lifecyclePolicy:LifecyclePolicy", 4, "ecrkit:index:KmsKey", 2, "aws:kms/key:Key", 2,
                "aws:kms/alias:Alias", 2), t.counts());
        assertEquals(Map.ofEntries(Map.entry("CreatedBy", "Pulumi"), Map.entry("ManagedBy", "Pulumi"),
                Map.entry("Environment", "development"), Map.entry("Owner", "platform-team"),
                Map.entry("Project", "advanced-tagging-demo"), Map.entry("CostCenter", "engineering-demo"),
                Map.entry("BillingProject", "user-service-prod"), Map.entry("ResourceType", "ECR"),
                Map.entry("Service", "ECR"), Map.entry("Billable", "true"), Map.entry("DataClass", "internal"),
                Map.entry("BackupPolicy", "daily"), Map.entry("Name", "cost-allocation-repo")),
                t.hasResourceProperties(REPOSITORY, Map.of("name", "cost-allocation-repo")).input("tags"));
        // the other strategies: the tags each adds, matched partially
        t.hasResourceProperties(REPOSITORY, Map.of("name", "compliance-repo",
                "tags", Map.of("SecurityReview", "Required", "PciCompliant", "true")));
        t.hasResourceProperties(REPOSITORY, Map.of("name", "sdlc-repo",
                "tags", Map.of("ciCdPipeline", "github-actions", "maintenanceWindow", "weekend")));
        t.hasResourceProperties(REPOSITORY, Map.of("name", "custom-defaults-repo",
                "tags", Map.of("cost_center", "data-cc-003", "team_slack", "analytics-team")));
        assertEquals(Map.of("Environment", "production", "Owner", "legacy-team", "ManagedBy", "Terraform",
                "Application", "legacy-service", "Name", "legacy-repo"),
                t.hasResourceProperties(REPOSITORY, Map.of("name", "legacy-repo")).input("tags"));
    }
}
