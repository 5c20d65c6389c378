package dev.ecrkit.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ecrkit.json.Json;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ecrkit:registry.inspector} through the offline plan (issue 22). */
class RegistryInspectorPlanTest {

    @Test
    @SuppressWarnings("unchecked")
    void inspector_plansOneEnablerForTheStacksAccount_andTheScanningWaitsForIt(@TempDir Path dir) throws IOException {
        var r = PlanTest.plan(stack(dir, """
                  ecrkit:registry:
                    inspector: {scanTypes: [ECR, EC2]}
                    scanning: {rules: [{scanFrequency: SCAN_ON_PUSH, repositoryFilters: ["*"]}]}
                """), "--stack", "dev", "--json");
        assertEquals(0, r.status(), r.err());
        var resources = (List<Map<String, Object>>) ((Map<String, Object>) Json.parse(r.out()).orElseThrow())
                .get("resources");
        var enabler = resources.stream().filter(x -> "aws:inspector2/enabler:Enabler".equals(x.get("type")))
                .toList();
        assertEquals(1, enabler.size(), r.out());
        assertEquals("registry-inspector", enabler.get(0).get("name"));
        assertEquals(true, enabler.get(0).get("retainOnDelete"), "destroy leaves Inspector on by default");
        assertEquals(Map.of("accountIds", List.of("123456789012"), "resourceTypes", List.of("EC2", "ECR")),
                enabler.get(0).get("inputs"));
        var scanning = resources.stream().filter(x -> "aws:ecr/registryScanningConfiguration:RegistryScanningConfiguration"
                .equals(x.get("type"))).findFirst().orElseThrow();
        assertTrue(((List<String>) scanning.get("dependsOn")).contains(enabler.get(0).get("urn")), r.out());
    }

    @Test
    void deactivateOnDelete_dropsRetainOnDelete_andTheTextFlagsIt(@TempDir Path dir) throws IOException {
        var kept = PlanTest.plan(stack(dir, "  ecrkit:registry:\n    inspector: {}\n"), "--stack", "dev");
        assertEquals(0, kept.status(), kept.err());
        assertTrue(kept.out().contains("+ aws:inspector2/enabler:Enabler  registry-inspector  [retainOnDelete]"),
                kept.out());
        var deactivated = PlanTest.plan(stack(dir, "  ecrkit:registry:\n    inspector: {deactivateOnDelete: true}\n"),
                "--stack", "dev", "--json");
        assertEquals(0, deactivated.status(), deactivated.err());
        assertFalse(deactivated.out().contains("retainOnDelete"), deactivated.out());
    }

    @Test
    void besideBasicScanning_isRefusedAtTheKeyThatSetBasic_anEntrysRegistryScanTypeIncluded(@TempDir Path dir)
            throws IOException {
        var own = PlanTest.plan(stack(dir, """
                  ecrkit:registry:
                    inspector: {}
                    scanning: {scanType: BASIC}
                """), "--stack", "dev");
        assertEquals(2, own.status(), own.out());
        assertTrue(own.err().startsWith("ecrkit:registry.scanning.scanType: is BASIC, but inspector activates"), own.err());
        var hoisted = PlanTest.plan(stack(dir, """
                  ecrkit:registry:
                    inspector: {}
                  ecrkit:repositories:
                    app: {enableRegistryScanning: true, registryScanType: BASIC}
                """), "--stack", "dev");
        assertEquals(2, hoisted.status(), hoisted.out());
        assertTrue(hoisted.err().startsWith("ecrkit:repositories.app.registryScanType: is BASIC, but inspector"),
                hoisted.err());
    }

    @Test
    void scanTypes_unknownOrWithoutEcr_areRefusedAtTheirPath(@TempDir Path dir) throws IOException {
        var r = PlanTest.plan(stack(dir, """
                  ecrkit:registry:
                    inspector: {scanTypes: [EC2, CODE_REPOSITORY]}
                """), "--stack", "dev");
        assertEquals(2, r.status(), r.out());
        assertEquals(List.of(
                "ecrkit:registry.inspector.scanTypes[1]: must be one of EC2, ECR, LAMBDA, LAMBDA_CODE, got \"CODE_REPOSITORY\"",
                "ecrkit:registry.inspector.scanTypes: must include ECR: the Registry activates Amazon Inspector for its"
                        + " registry's images; other scan types only beside it, got [\"EC2\"]"),
                r.err().lines().toList());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    private static Path stack(Path dir, String config) throws IOException {
        return PlanTest.stack(dir, "dev", "config:\n  aws:region: us-east-1\n" + config);
    }
}
