package dev.ecrkit.stack;

import static dev.ecrkit.stack.PlanTest.plan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ecrkit.json.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plan's findings and the --fail-on exit status contract (0, 2, 3). */
class PlanFindingsTest {
    private static final Path ROOT = Path.of("").toAbsolutePath();

    @Test
    @SuppressWarnings("unchecked")
    void devStack_findingsAreInTheJsonDocument_withEveryMember() {
        var r = plan(ROOT, "--json");
        assertEquals(0, r.status(), r.err());
        var doc = (Map<String, Object>) Json.parse(r.out()).orElseThrow();
        assertEquals(List.of("project", "stack", "resources", "outputs", "findings", "notices", "access"),
                List.copyOf(doc.keySet()));
        var findings = (List<Map<String, Object>>) doc.get("findings");
        var urns = ((List<Map<String, Object>>) doc.get("resources")).stream().map(x -> x.get("urn")).toList();
        for (var f : findings) {
            assertEquals(List.of("id", "severity", "urn", "key", "controls", "message"), List.copyOf(f.keySet()));
            assertTrue(urns.contains(f.get("urn")), f.toString());
            assertTrue(String.valueOf(f.get("key")).startsWith("ecrkit:repositories."), f.toString());
        }
        var sandbox = findings.stream().filter(f -> f.get("id").equals("ECRKIT-REPO-MUTABLE-TAGS")).findFirst().orElseThrow();
        assertEquals("MEDIUM", sandbox.get("severity"));
        assertEquals(List.of("CKV_AWS_51", "AVD-AWS-0031", "ECR.2"), sandbox.get("controls"));
        assertTrue(String.valueOf(sandbox.get("urn")).endsWith("aws:ecr/repository:Repository::sandbox"), sandbox.toString());
    }

    @Test
    void devStackText_listsFindingsAfterTheResources() {
        var r = plan(ROOT);
        assertEquals(0, r.status(), r.err());
        int resources = r.out().indexOf("+ ecrkit:index:Repository");
        int findings = r.out().indexOf("\nFindings: ");
        int outputs = r.out().indexOf("\nOutputs:\n");
        assertTrue(resources >= 0 && resources < findings && findings < outputs, r.out());
        assertTrue(r.out().contains("  MEDIUM  ECRKIT-REPO-MUTABLE-TAGS  sandbox\n"), r.out());
        assertTrue(r.out().contains("          fix: ecrkit:repositories.sandbox.imageTagMutability   controls: CKV_AWS_51,"
                + " AVD-AWS-0031, ECR.2\n"), r.out());
    }

    @Test
    void failOn_exits3AtOrAboveTheSeverity_withTheFullPlanOnStdout() {
        var plain = plan(ROOT, "--json");
        var medium = plan(ROOT, "--json", "--fail-on", "MEDIUM");
        assertEquals(3, medium.status());
        assertEquals(normalized(plain.out()), normalized(medium.out()));
        assertEquals("", medium.err());
        assertEquals(3, plan(ROOT, "--fail-on", "low").status());
        var high = plan(ROOT, "--fail-on", "HIGH");
        assertEquals(0, high.status(), "the dev stack has no HIGH finding");
    }

    /** The document with resources sorted by URN: the engine may register sibling resources in either order. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> normalized(String json) {
        var doc = (Map<String, Object>) Json.parse(json).orElseThrow();
        var resources = new java.util.ArrayList<>((List<Map<String, Object>>) doc.get("resources"));
        resources.sort(java.util.Comparator.comparing(r -> String.valueOf(r.get("urn"))));
        doc.put("resources", resources);
        assertTrue(!((List<?>) doc.get("findings")).isEmpty());
        return doc;
    }

    @Test
    void failOn_highFindingInAStack_exits3(@TempDir Path dir) throws IOException {
        PlanTest.stack(dir, "scan", """
                config:
                  ecrkit:repositories:
                    unscanned:
                      scanOnPush: false
                """);
        var r = plan(dir, "--stack", "scan", "--fail-on", "HIGH");
        assertEquals(3, r.status(), r.err());
        assertTrue(r.out().contains("  HIGH    ECRKIT-REPO-SCAN-ON-PUSH-OFF  unscanned\n"), r.out());
        assertTrue(r.out().contains("fix: ecrkit:repositories.unscanned.scanOnPush"), r.out());
    }

    @Test
    void scanOnPushOff_isNotRaisedOnARepositoryTheStacksRegistryScanningCovers(@TempDir Path dir) throws IOException {
        PlanTest.stack(dir, "covered", """
                config:
                  ecrkit:registry:
                    scanning:
                      scanType: BASIC
                      rules:
                        - scanFrequency: SCAN_ON_PUSH
                          repositoryFilters: ["prod-*"]
                  ecrkit:repositories:
                    prod-web:
                      scanOnPush: false
                    dev-web:
                      scanOnPush: false
                    dev-api:
                      scanOnPush: true
                """);
        var r = plan(dir, "--stack", "covered", "--fail-on", "HIGH");
        assertEquals(3, r.status(), r.err());
        assertTrue(r.out().contains("  HIGH    ECRKIT-REPO-SCAN-ON-PUSH-OFF  dev-web\n"), r.out());
        // the registry's rules decide: a repository no filter matches is scanned manually, its own scanOnPush ignored
        var json = (Map<?, ?>) Json.parse(plan(dir, "--stack", "covered", "--json").out()).orElseThrow();
        var devApi = ((List<?>) json.get("findings")).stream().map(f -> (Map<?, ?>) f)
                .filter(f -> String.valueOf(f.get("urn")).endsWith("::dev-api") && "HIGH".equals(f.get("severity"))).toList();
        assertEquals(1, devApi.size(), devApi.toString());
        assertEquals("ecrkit:repositories.dev-api.scanRepositoryFilters", devApi.get(0).get("key"));
        assertTrue(String.valueOf(devApi.get(0).get("message")).contains("matches no SCAN_ON_PUSH or CONTINUOUS_SCAN"
                + " filter of the stack's registry scanning (BASIC), so AWS sets it to manual scanning"), devApi.toString());
        assertTrue(!r.out().contains("ECRKIT-REPO-SCAN-ON-PUSH-OFF  prod-web"), "prod-web is scanned on push by the"
                + " registry's SCAN_ON_PUSH rule prod-*: " + r.out());
    }

    @Test
    void failOn_badSeverityOrMissingValue_exits2(@TempDir Path dir) {
        var bad = plan(ROOT, "--fail-on", "CRITICAL");
        assertEquals(2, bad.status());
        assertEquals("", bad.out());
        assertTrue(bad.err().startsWith("--fail-on: must be one of LOW, MEDIUM, HIGH, got \"CRITICAL\"; usage: Plan"),
                bad.err());
        var missing = plan(ROOT, "--fail-on");
        assertEquals(2, missing.status());
        assertTrue(missing.err().startsWith("--fail-on: needs a value; usage: Plan"), missing.err());
    }

    @Test
    void failOn_invalidConfigStillExits2(@TempDir Path dir) throws IOException {
        PlanTest.stack(dir, "bad", "config:\n  ecrkit:repositories:\n    bad:\n      scanOnPush: 3\n");
        var r = plan(dir, "--stack", "bad", "--fail-on", "LOW");
        assertEquals(2, r.status());
        assertEquals("", r.out());
    }
}
