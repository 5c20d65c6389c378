package dev.ecrkit.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ecrkit.json.Json;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Terraform module's examples with registry-level settings (terraform-module-behaviour.md section 12), as the
 * examples' stack files (examples/NAME/Pulumi.config-only.yaml; {@link ExampleConfigsTest} counts every example's
 * resources): their registry settings are hoisted into the stack's one Registry, exported and shown in the plan.
 */
class ModuleExamplesTest {
    private static final Path ROOT = Path.of("").toAbsolutePath();

    private static String config(String example) {
        return "examples/" + example + "/Pulumi.config-only.yaml";
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"replication", "multi-region", "pull-through-cache", "repository-creation-template",
            "enhanced-security"})
    @SuppressWarnings("unchecked")
    void registryExample_exportsTheRegistry(String example) {
        var r = PlanTest.plan(ROOT, "--config", config(example), "--json");
        assertEquals(0, r.status(), r.err());
        var doc = (Map<String, Object>) Json.parse(r.out()).orElseThrow();
        assertEquals(1, ((List<Map<String, Object>>) doc.get("resources")).stream()
                .filter(x -> "ecrkit:index:Registry".equals(x.get("type"))).count());
        assertEquals(true, ((Map<String, Object>) doc.get("outputs")).containsKey("registry"));
    }

    @org.junit.jupiter.api.Test
    void readablePlan_showsTheRegistrySettings() {
        var r = PlanTest.plan(ROOT, "--config", config("replication"));
        assertEquals(0, r.status(), r.err());
        org.junit.jupiter.api.Assertions.assertTrue(r.out().contains("+ ecrkit:index:Registry  registry\n"
                + "  + aws:ecr/replicationConfiguration:ReplicationConfiguration  registry-replication\n"
                + "      rule 1: every repository -> us-west-2 (123456789012), eu-west-1 (123456789012)\n"), r.out());
        var scan = PlanTest.plan(ROOT, "--config", config("enhanced-security"));
        org.junit.jupiter.api.Assertions.assertTrue(scan.out().contains("      scanType: ENHANCED\n      rule SCAN_ON_PUSH: *\n"),
                scan.out());
    }
}
