package dev.ecrkit.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.ecrkit.findings.Check;
import dev.ecrkit.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code Plan --format sarif}: valid SARIF 2.1.0 (the OASIS schema), every finding a result at its key's line. */
class PlanSarifTest {
    private static final Path ROOT = Path.of("").toAbsolutePath();

    private static Schema schema() throws IOException {
        try (InputStream in = PlanSarifTest.class.getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(in);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void devStack_sarifIsValidAndLocatesEveryFindingAtItsKey() throws IOException {
        var r = PlanTest.plan(ROOT, "--stack", "dev", "--format", "sarif");
        assertEquals(0, r.status(), r.err());
        assertEquals(List.of(), schema().validate(r.out(), InputFormat.JSON));

        var doc = (Map<String, Object>) Json.parse(r.out()).orElseThrow();
        var run = ((List<Map<String, Object>>) doc.get("runs")).get(0);
        var rules = (List<Map<String, Object>>) ((Map<String, Object>) ((Map<String, Object>) run.get("tool")).get("driver")).get("rules");
        assertEquals(Check.values().length, rules.size());
        var results = (List<Map<String, Object>>) run.get("results");
        var json = (Map<String, Object>) Json.parse(PlanTest.plan(ROOT, "--stack", "dev", "--json").out()).orElseThrow();
        assertEquals(((List<?>) json.get("findings")).size(), results.size());
        assertFalse(results.isEmpty(), "the dev stack keeps deliberate findings");

        List<String> lines = Files.readAllLines(ROOT.resolve("Pulumi.dev.yaml"));
        for (var result : results) {
            int index = ((Number) result.get("ruleIndex")).intValue();
            assertEquals(rules.get(index).get("id"), result.get("ruleId"));
            var location = ((List<Map<String, Object>>) result.get("locations")).get(0);
            var physical = (Map<String, Object>) location.get("physicalLocation");
            assertEquals("Pulumi.dev.yaml", ((Map<String, Object>) physical.get("artifactLocation")).get("uri"));
            int line = ((Number) ((Map<String, Object>) physical.get("region")).get("startLine")).intValue();
            String key = (String) ((List<Map<String, Object>>) location.get("logicalLocations")).get(0).get("fullyQualifiedName");
            String entry = key.split("\\.")[1];
            String leaf = key.substring(key.lastIndexOf('.') + 1);
            String text = lines.get(line - 1).strip();
            assertTrue(text.startsWith(leaf + ":") || text.startsWith(entry + ":"), key + " located at line " + line + ": " + text);
        }
        // the sandbox entry writes no imageTagMutability: its mutable-tags finding points at the entry itself
        var sandbox = results.stream().filter(x -> x.get("ruleId").equals(Check.MUTABLE_TAGS.id())
                && ((Map<String, Object>) x.get("properties")).get("urn").toString().endsWith("::sandbox")).findFirst().orElseThrow();
        int line = ((Number) ((Map<String, Object>) ((Map<String, Object>) ((List<Map<String, Object>>) sandbox.get("locations"))
                .get(0).get("physicalLocation")).get("region")).get("startLine")).intValue();
        assertEquals("sandbox:", lines.get(line - 1).strip());
        assertEquals("warning", sandbox.get("level"));
    }

    @Test
    void schemaCheck_failsOnABrokenDocument() throws IOException {
        String broken = PlanTest.plan(ROOT, "--stack", "dev", "--format", "sarif").out().replace("\"level\": \"warning\"", "\"level\": \"severe\"");
        assertFalse(schema().validate(broken, InputFormat.JSON).isEmpty());
    }

    /**
     * A flow-style entry over several lines, its keys after a nested list: each result at its key's own line (the
     * former text scan gave the entry's first line to every key not starting a line).
     */
    @Test
    @SuppressWarnings("unchecked")
    void flowStyleEntry_resultsAtTheirKeysLines(@TempDir Path dir) throws IOException {
        var r = PlanTest.plan(PlanTest.stack(dir, "flow", """
                config:
                  aws:region: us-east-1
                  ecrkit:repositories:
                    app: {name: team/app, imageTagMutability: IMMUTABLE_WITH_EXCLUSION,
                      imageTagMutabilityExclusionFilters: [{filter: latest},
                        {filter: dev-*, filterType: WILDCARD}], scanOnPush: false,
                      lifecyclePolicyTemplate: production, encryptionType: AES256}
                """), "--stack", "flow", "--format", "sarif");
        assertEquals(0, r.status(), r.err());
        assertEquals(List.of(), schema().validate(r.out(), InputFormat.JSON));
        var doc = (Map<String, Object>) Json.parse(r.out()).orElseThrow();
        var lines = new java.util.TreeMap<String, Object>();
        for (var result : (List<Map<String, Object>>) ((List<Map<String, Object>>) doc.get("runs")).get(0).get("results")) {
            var location = ((List<Map<String, Object>>) result.get("locations")).get(0);
            lines.put((String) ((List<Map<String, Object>>) location.get("logicalLocations")).get(0).get("fullyQualifiedName"),
                    ((Map<String, Object>) ((Map<String, Object>) location.get("physicalLocation")).get("region")).get("startLine"));
        }
        assertEquals(Map.of("ecrkit:repositories.app.imageTagMutability", 4L, "ecrkit:repositories.app.scanOnPush", 6L,
                "ecrkit:repositories.app.encryptionType", 7L), lines);
    }
}
