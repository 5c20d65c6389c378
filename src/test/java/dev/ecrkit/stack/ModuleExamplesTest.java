package dev.ecrkit.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ecrkit.json.Json;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Terraform module's examples with registry-level settings (terraform-module-behaviour.md section 12), translated
 * into stack config (src/test/resources/module-examples), plan through the offline plan: exit 0, and the resources
 * they ask for, AWS resources counted by type.
 */
class ModuleExamplesTest {
    private static final Path ROOT = Path.of("").toAbsolutePath();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        replication                  | ReplicationConfiguration=1, Repository=1
        multi-region                 | ReplicationConfiguration=1, Repository=1
        pull-through-cache           | LifecyclePolicy=1, PullThroughCacheRule=4, RegistryScanningConfiguration=1, Repository=1
        repository-creation-template | PullThroughCacheRule=2, Repository=1, RepositoryCreationTemplate=2
        enhanced-security            | AccountSetting=2, LifecyclePolicy=1, PullThroughCacheRule=2, RegistryScanningConfiguration=1, Repository=1, RepositoryPolicy=1
        """)
    @SuppressWarnings("unchecked")
    void moduleExample_plans(String example, String expected) {
        var r = PlanTest.plan(ROOT, "--config", "src/test/resources/module-examples/" + example + ".yaml", "--json");
        assertEquals(0, r.status(), r.err());
        var doc = (Map<String, Object>) Json.parse(r.out()).orElseThrow();
        var resources = (List<Map<String, Object>>) doc.get("resources");
        String counted = resources.stream()
                .map(x -> String.valueOf(x.get("type")))
                .filter(t -> t.startsWith("aws:"))
                .map(t -> t.substring(t.lastIndexOf(':') + 1))
                .collect(Collectors.groupingBy(t -> t, java.util.TreeMap::new, Collectors.counting()))
                .entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "));
        assertEquals(expected, counted);
        assertEquals(true, ((Map<String, Object>) doc.get("outputs")).containsKey("registry"));
    }

    @org.junit.jupiter.api.Test
    void readablePlan_showsTheRegistrySettings() {
        var r = PlanTest.plan(ROOT, "--config", "src/test/resources/module-examples/replication.yaml");
        assertEquals(0, r.status(), r.err());
        org.junit.jupiter.api.Assertions.assertTrue(r.out().contains("+ ecrkit:index:Registry  registry\n"
                + "  + aws:ecr/replicationConfiguration:ReplicationConfiguration  registry-replication  [aws provider 6.83.0]\n"
                + "      rule 1: every repository -> us-west-2 (123456789012), eu-west-1 (123456789012)\n"), r.out());
        var scan = PlanTest.plan(ROOT, "--config", "src/test/resources/module-examples/enhanced-security.yaml");
        org.junit.jupiter.api.Assertions.assertTrue(scan.out().contains("      scanType: ENHANCED\n      rule SCAN_ON_PUSH: *\n"),
                scan.out());
    }
}
