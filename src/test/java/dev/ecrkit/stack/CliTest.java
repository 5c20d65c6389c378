package dev.ecrkit.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ecrkit.json.Json;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code ecrkit} command ({@link Cli}): subcommands, help, version, one-line errors, the same results as Plan. */
class CliTest {
    private static final Path ROOT = Path.of("").toAbsolutePath();

    static PlanTest.Result ecrkit(Path root, String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int status = Cli.run(args, root, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new PlanTest.Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void plan_givesExactlyWhatThePlanMainClassGives() {
        var viaCli = ecrkit(ROOT, "plan", "--json");
        assertEquals(0, viaCli.status(), viaCli.err());
        assertEquals(PlanTest.plan(ROOT, "--json").out(), viaCli.out());
        assertTrue(Json.parse(viaCli.out()).isPresent());
        assertEquals(PlanTest.plan(ROOT, "--format", "sarif").out(), ecrkit(ROOT, "plan", "--format=sarif").out());
    }

    @Test
    void help_everyCommandHasUsageOnStdout() {
        var top = ecrkit(ROOT, "--help");
        assertEquals(0, top.status());
        assertTrue(top.out().startsWith("Usage: ecrkit "), top.out());
        for (String command : List.of("plan", "simulate", "help", "generate-completion")) {
            assertTrue(top.out().contains("  " + command), command + " missing from\n" + top.out());
        }
        for (String command : List.of("plan", "simulate")) {
            var sub = ecrkit(ROOT, command, "--help");
            assertEquals(0, sub.status());
            assertEquals("", sub.err());
            assertTrue(sub.out().startsWith("Usage: ecrkit " + command + " "), sub.out());
            assertTrue(sub.out().contains("Exit status:"), sub.out());
            assertEquals(sub.out(), ecrkit(ROOT, "help", command).out());
        }
        assertTrue(ecrkit(ROOT, "plan", "--help").out().contains("--fail-on=SEVERITY"));
        assertTrue(PlanTest.plan(ROOT, "--help").out().startsWith("Usage: plan "));
    }

    @Test
    void version_isThePomVersion() {
        var v = ecrkit(ROOT, "--version");
        assertEquals(0, v.status());
        assertTrue(v.out().matches("ecrkit \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\n"), v.out());
        assertEquals(v.out(), ecrkit(ROOT, "plan", "--version").out());
    }

    @Test
    void commandLineProblems_oneLineOnStderr_exit2_nothingOnStdout() {
        record Case(String[] args, String line) {
        }
        for (var c : List.of(
                new Case(new String[] {}, "a command is required; usage: ecrkit"),
                new Case(new String[] {"plna"}, "plna: unknown argument; did you mean plan"),
                new Case(new String[] {"plan", "--jsn"}, "--jsn: unknown argument; did you mean --json?"),
                new Case(new String[] {"plan", "--config"}, "--config: needs a value; usage: Plan"),
                new Case(new String[] {"plan", "--stack", "a", "--stack", "b"}, "--stack: given twice; usage: Plan"),
                new Case(new String[] {"plan", "--stack", "nope"}, "--stack: no stack \"nope\" (no Pulumi.nope.yaml in the project); stacks: dev"),
                new Case(new String[] {"plan", "--config", "x.yaml", "--stack", "dev"}, "--stack: conflicts with --config given before"),
                new Case(new String[] {"simulate", "--images"}, "--images: needs a value; usage: Simulate"),
                new Case(new String[] {"simulate", "--policy", "p.json", "--images", "i.json", "--summary", "--all"},
                        "--all: conflicts with --summary"))) {
            var r = ecrkit(ROOT, c.args());
            String shown = String.join(" ", c.args());
            assertEquals(2, r.status(), shown + ": " + r.err());
            assertEquals("", r.out(), shown);
            assertEquals(1, r.err().lines().count(), shown + ": " + r.err());
            assertTrue(r.err().startsWith(c.line()), shown + ": " + r.err());
        }
    }

    @Test
    void generateCompletion_isABashScriptThatKnowsTheOptions() {
        var r = ecrkit(ROOT, "generate-completion");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("complete -F"), r.out());
        assertTrue(r.out().contains("--fail-on") && r.out().contains("sarif"), "options and their values");
    }

    @Test
    void simulate_largeInventories_summaryByDefault_allOnRequest(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("policy.json"), """
                {"rules": [{"rulePriority": 1, "description": "Expire untagged images after 14 days",
                  "selection": {"tagStatus": "untagged", "countType": "sinceImagePushed", "countUnit": "days", "countNumber": 14},
                  "action": {"type": "expire"}}]}""");
        int n = Simulate.SUMMARY_ABOVE + 50;
        String images = IntStream.range(0, n).mapToObj(i -> String.format("{\"digest\": \"sha256:%064d\", %s\"pushedAt\":"
                + " \"2026-01-%02dT00:00:00Z\"}", i, i % 2 == 0 ? "\"tags\": [\"v" + i + "\"], " : "", 1 + i % 28))
                .collect(Collectors.joining(",\n", "{\"images\": [", "]}"));
        Files.writeString(dir.resolve("images.json"), images);
        String[] args = {"simulate", "--policy", "policy.json", "--images", "images.json", "--now", "2026-06-01T00:00:00Z"};
        var summary = ecrkit(dir, args);
        assertEquals(0, summary.status(), summary.err());
        assertTrue(summary.out().contains(n + " images: 75 expire, 0 transition, 75 keep"), summary.out());
        assertTrue(summary.out().contains("\n1     expire           75\n"), summary.out());
        assertTrue(summary.out().contains("\n-     keep             75\n"), summary.out());
        assertEquals(2, summary.out().lines().filter(l -> l.strip().equals("and 72 more")).count(), summary.out());
        assertTrue(summary.out().lines().count() < 20, summary.out());
        assertTrue(summary.out().lines().allMatch(l -> l.length() <= 120), summary.out());
        var all = ecrkit(dir, concat(args, "--all"));
        assertTrue(all.out().lines().count() > n, "one line per image");
        var small = ecrkit(dir, concat(new String[] {"simulate", "--policy", "policy.json", "--images", "images.json"}, "--summary"));
        assertFalse(small.out().contains("(untagged)  sinceImagePushed"), small.out());
    }

    private static String[] concat(String[] a, String b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + 1);
        out[a.length] = b;
        return out;
    }
}
