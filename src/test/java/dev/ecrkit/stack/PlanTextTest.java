package dev.ecrkit.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The readable plan: summary first, lines that fit, findings wrapped whole, {@code --details} for everything. */
class PlanTextTest {
    private static final Path ROOT = Path.of("").toAbsolutePath();

    @Test
    void devStack_summaryFirst_linesFitTheWidth_noNull() {
        var r = PlanTest.plan(ROOT);
        assertEquals(0, r.status(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals("Plan for ecrkit/dev (aws:region us-east-1): 47 resources to create", lines.get(0));
        assertTrue(lines.get(2).startsWith("Summary: 39 AWS resources in 8 components; 6 findings (0 HIGH, 4 MEDIUM, 2 LOW);"
                + " 0 notices"), lines.get(2));
        assertEquals("  components: 4 Repository, 1 EventLogPolicy, 1 KmsKey, 1 Logging, 1 Monitoring", lines.get(3));
        assertTrue(lines.get(4).startsWith("  AWS: 5 cloudwatch/eventRule, 5 cloudwatch/eventTarget,"), lines.get(4));
        assertTrue(lines.stream().allMatch(l -> l.length() <= PlanText.Layout.DEFAULT_WIDTH), "a line over the width");
        assertTrue(lines.stream().noneMatch(l -> l.matches(".*\\bnull\\b.*")), "a null in the text");
        // cut lines say so; findings are wrapped, never cut
        assertTrue(lines.stream().anyMatch(l -> l.endsWith("…")));
        String findings = r.out().substring(r.out().indexOf("\nFindings:"), r.out().indexOf("\nOutputs:"));
        assertFalse(findings.contains("…"), findings);
        assertTrue(findings.contains("fix: ecrkit:repositories.sandbox.imageTagMutability"), findings);
        // a map output is summarized, a scalar shown
        assertTrue(r.out().contains("    appliedTags: {12 members} (--details or --json prints it)"), r.out());
        assertTrue(r.out().contains("    repositoryName: team-payments/api\n"), r.out());
        // only resources on the newer plugin are flagged
        assertTrue(r.out().contains("aws provider 7.17.0]"), r.out());
        assertFalse(r.out().contains("[aws provider 6.83.0]"));
    }

    @Test
    void details_everyInputUncut_textOnly() {
        var r = PlanTest.plan(ROOT, "--details");
        assertEquals(0, r.status(), r.err());
        assertFalse(r.out().contains("…"));
        assertTrue(r.out().lines().anyMatch(l -> l.length() > PlanText.Layout.DEFAULT_WIDTH));
        // every input of the repository, objects as JSON
        assertTrue(r.out().contains("encryptionConfigurations: [{\"encryptionType\":\"AES256\"}]"), r.out());
        assertTrue(r.out().contains("    appliedTags: {\"Billable\":\"true\""), r.out());
        var json = PlanTest.plan(ROOT, "--json", "--details");
        assertEquals(2, json.status());
        assertTrue(json.err().startsWith("--details: only the text format has details"), json.err());
    }

    @Test
    void progress_onlyForLargeStacksOnATerminal() {
        var err = new ByteArrayOutputStream();
        var stream = new PrintStream(err, true, StandardCharsets.UTF_8);
        String before = System.getProperty(Progress.PROPERTY);
        try {
            System.clearProperty(Progress.PROPERTY);
            var off = Progress.of(stream, 1000);
            off.accept(dev.ecrkit.Repository.TYPE);
            off.done();
            assertEquals("", err.toString(StandardCharsets.UTF_8), "stderr is not a terminal: nothing");
            System.setProperty(Progress.PROPERTY, "true");
            var small = Progress.of(stream, Progress.MIN_ENTRIES - 1);
            small.accept(dev.ecrkit.Repository.TYPE);
            assertEquals("", err.toString(StandardCharsets.UTF_8), "a small stack: nothing");
            var on = Progress.of(stream, 200);
            for (int i = 0; i < 200; i++) {
                on.accept(dev.ecrkit.Repository.TYPE);
                on.accept("aws:ecr/repository:Repository");
            }
            on.done();
            String shown = err.toString(StandardCharsets.UTF_8);
            assertTrue(shown.startsWith("\rplanning: 2/200 repositories"), shown);
            assertTrue(shown.contains("\rplanning: 200/200 repositories\r"), shown);
        } finally {
            if (before == null) {
                System.clearProperty(Progress.PROPERTY);
            } else {
                System.setProperty(Progress.PROPERTY, before);
            }
        }
    }
}
