package dev.ecrkit.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.gson.JsonElement;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Malformed and unusual input for the plan commands, as a careless or hostile user would type it (docs/plan.md,
 * "Input limits"). Every case asserts the exit status, a stderr line naming the key path (or the option or file), that
 * every stderr line is one clean line (no raw control character, no stack trace, no java.util.logging record), and
 * that stdout is empty or exactly one strict JSON document (no Infinity or NaN). The timeout is a safety net only:
 * nothing here waits on a device or a FIFO.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class RobustnessTest {
    private static final String HEAD = "config:\n  aws:region: us-east-1\n  ecrkit:repositories:\n";
    /** Distinct bad inputs tried by this class (printed after the run). */
    private static final List<String> TRIED = new ArrayList<>();

    @TempDir
    Path root;

    /** A case: a stack file's text, the expected exit status, and what one stderr line must contain. */
    private static Arguments bad(String name, String yaml, String expectedLine) {
        return Arguments.of(name, yaml, Plan.INVALID, expectedLine);
    }

    /** An entry {@code app} with the given settings (YAML lines indented by 6). */
    private static String app(String settings) {
        return HEAD + "    app:\n" + settings.lines().map(l -> "      " + l + "\n").reduce("", String::concat);
    }

    static Stream<Arguments> badFiles() {
        return Stream.of(
                // YAML syntax: file:line:column and an excerpt
                bad("unclosed flow sequence", HEAD + "    app: {tags: [a, b\n", "t.yaml:5:1: invalid YAML: expected ',' or ']'"),
                bad("unclosed quote", HEAD + "    app:\n      name: \"abc\n", "t.yaml:"),
                bad("tab indentation", HEAD + "    app:\n\t  scanOnPush: true\n", "t.yaml:5:1: invalid YAML"),
                bad("bad double-quoted escape", app("name: \"a\\qb\""), "t.yaml:5:"),
                bad("mapping value in plain scalar", app("name: a: b"), "t.yaml:5:14: invalid YAML: mapping values are not allowed here (near: name: a: b)"),
                bad("undefined alias", app("tags: *nothing"), "t.yaml:5:"),
                bad("two documents", HEAD + "    app: {}\n---\nconfig: {}\n", "more than one YAML document"),
                bad("document is a list", "- a\n- b\n", "t.yaml: must be a YAML mapping"),
                bad("config is a string", "config: hello\n", "config must be a mapping"),
                bad("complex key", HEAD + "    ? [a, b]\n    : {}\n", "t.yaml:4:7: ecrkit:repositories: a key must be a plain value"),
                // duplicate keys, naming both lines
                bad("duplicate key in an entry", app("scanOnPush: true\nscanOnPush: false"),
                        "t.yaml:6:7: ecrkit:repositories.app.scanOnPush: duplicate key (first at line 5)"),
                bad("duplicate entry", HEAD + "    app: {}\n    app: {forceDelete: true}\n",
                        "t.yaml:5:5: ecrkit:repositories.app: duplicate key (first at line 4)"),
                bad("duplicate tag", app("tags:\n  Owner: a\n  Owner: b"), "ecrkit:repositories.app.tags.Owner: duplicate key"),
                bad("duplicate config key", HEAD + "    app: {}\n  aws:region: us-west-2\n", "aws:region: duplicate key (first at line 2)"),
                // tags outside the core schema
                bad("!!binary", app("tags:\n  Bin: !!binary aGVsbG8="), "ecrkit:repositories.app.tags.Bin: unsupported YAML tag !!binary"),
                bad("custom scalar tag", app("name: !secret abc"), "ecrkit:repositories.app.name: unsupported YAML tag !secret"),
                bad("!!timestamp", app("tags:\n  At: !!timestamp 2024-01-01"), "ecrkit:repositories.app.tags.At: unsupported YAML tag !!timestamp"),
                bad("!!set", app("tags: !!set {a, b}"), "ecrkit:repositories.app.tags: unsupported YAML tag !!set"),
                bad("tagged mapping", app("timeouts: !obj {delete: 20m}"), "ecrkit:repositories.app.timeouts: unsupported YAML tag !obj"),
                bad("!!omap", app("tags: !!omap [a: 1]"), "ecrkit:repositories.app.tags: unsupported YAML tag !!omap"),
                // aliases and nesting
                bad("alias bomb", bomb(), "the document expands to more than " + StackInput.MAX_EXPANDED_VALUES),
                bad("recursive alias", app("tags: &a [*a]"), "nested deeper than " + StackInput.MAX_DEPTH),
                bad("deep flow nesting", "config: " + "[".repeat(20_000) + "]".repeat(20_000) + "\n",
                        "nested deeper than " + StackInput.MAX_DEPTH),
                bad("deep block nesting", deepBlock(80), "nested deeper than " + StackInput.MAX_DEPTH),
                // a value for a string field: kept exactly as written, or refused (never reformatted)
                bad("tag value 1e20", app("tags:\n  Big: 1e20"), "ecrkit:repositories.app.tags.Big: must be a string; quote the value"),
                bad("tag value 23 digits", app("tags:\n  Big: 12345678901234567890123"), "ecrkit:repositories.app.tags.Big: must be a string"),
                bad("tag value 007", app("tags:\n  Zero: 007"), "ecrkit:repositories.app.tags.Zero: must be a string; quote the value to keep it exactly as written, got 007"),
                bad("tag value True", app("tags:\n  Flag: True"), "ecrkit:repositories.app.tags.Flag: must be a string"),
                bad("tag value hex", app("tags:\n  Hex: 0x1F"), "ecrkit:repositories.app.tags.Hex: must be a string"),
                bad("tag value fraction", app("tags:\n  Half: 1.5"), "ecrkit:repositories.app.tags.Half: must be a string"),
                bad("tag value .inf", app("tags:\n  Inf: .inf"), "ecrkit:repositories.app.tags.Inf: must be a string"),
                bad("tag value list", app("tags:\n  L: [a]"), "ecrkit:repositories.app.tags.L: must be a string"),
                // numbers: range-checked, never clamped, never Infinity/NaN
                bad("2^63", app("encryptionType: KMS\nkmsDeletionWindowInDays: 9223372036854775808"),
                        "ecrkit:repositories.app.kmsDeletionWindowInDays: is out of range: must be a whole number between"),
                bad("2^31", app("encryptionType: KMS\nkmsDeletionWindowInDays: 2147483648"),
                        "ecrkit:repositories.app.kmsDeletionWindowInDays: is out of range"),
                bad("fraction for a whole number", app("lifecycleKeepLatestNImages: 2.5"),
                        "ecrkit:repositories.app.lifecycleKeepLatestNImages: must be a whole number"),
                bad("huge keep-latest", app("lifecycleKeepLatestNImages: 99999999999"),
                        "ecrkit:repositories.app.lifecycleKeepLatestNImages: is out of range"),
                bad("storage threshold 1e308", app("enableMonitoring: true\nmonitoringThresholdStorage: 1e308"),
                        "ecrkit:repositories.app.monitoringThresholdStorage: must be at most"),
                bad("storage threshold 1e400", app("enableMonitoring: true\nmonitoringThresholdStorage: 1e400"),
                        "ecrkit:repositories.app.monitoringThresholdStorage: must be a finite number"),
                bad("threshold .nan", app("enableMonitoring: true\nmonitoringThresholdApiCalls: .nan"),
                        "ecrkit:repositories.app.monitoringThresholdApiCalls: must be a finite number"),
                bad("threshold -.inf", app("enableMonitoring: true\nmonitoringThresholdImagePush: -.inf"),
                        "ecrkit:repositories.app.monitoringThresholdImagePush: must be a finite number"),
                bad("threshold 2^64+1", app("enableMonitoring: true\nmonitoringThresholdImagePull: 18446744073709551617"),
                        "ecrkit:repositories.app.monitoringThresholdImagePull: must be a finite number that a double holds exactly"),
                bad("countNumber 99999999999", app("lifecyclePolicy: '" + policy(1, "99999999999") + "'"),
                        "ecrkit:repositories.app.lifecyclePolicy.rules[0].selection.countNumber: must be at most 2147483647"),
                bad("rulePriority 2^31", app("lifecyclePolicy: '" + policy(2147483648L, "1") + "'"),
                        "ecrkit:repositories.app.lifecyclePolicy.rules[0].rulePriority: must be at most 2147483647"),
                // aws:region and the aws: namespace
                bad("region .nan", "config:\n  aws:region: .nan\n  ecrkit:repositories: {app: {}}\n", "aws:region: must be a string"),
                bad("region number", "config:\n  aws:region: 1\n  ecrkit:repositories: {app: {}}\n", "aws:region: must be a string"),
                bad("region shape", "config:\n  aws:region: us-east\n  ecrkit:repositories: {app: {}}\n", "aws:region: must be an AWS region name"),
                bad("region injection", "config:\n  aws:region: \"us-east-1:evil\"\n  ecrkit:repositories: {app: {}}\n", "aws:region: must be an AWS region name"),
                bad("region of an unknown partition", "config:\n  aws:region: us-iso-east-1\n  ecrkit:repositories: {app: {}}\n",
                        "aws:region: is in partition aws-iso, which ecrkit does not support"),
                bad("aws:regoin", "config:\n  aws:regoin: us-east-1\n  ecrkit:repositories: {app: {}}\n", "aws:regoin: unknown key; did you mean aws:region?"),
                bad("aws:Region", "config:\n  aws:Region: us-east-1\n  ecrkit:repositories: {app: {}}\n", "aws:Region: unknown key; did you mean aws:region?"),
                // names that cannot appear in a URN
                bad("entry key with ::", HEAD + "    \"a::b\": {name: ok-name}\n", "ecrkit:repositories.a::b: must be usable as a Pulumi resource name"),
                bad("empty entry key", HEAD + "    \"\": {name: ok-name}\n", "ecrkit:repositories.: must be usable as a Pulumi resource name"),
                bad("entry key with BEL", HEAD + "    \"a\\u0007b\": {name: ok-name}\n", "ecrkit:repositories.a\\u0007b: must be usable"),
                // messages: one line each, control characters escaped, long values cut
                bad("ESC and CRLF in a key", HEAD + "    \"a\\e[31m\\r\\nx\": {imageTagMutability: MUTABLE}\n", "ecrkit:repositories.a\\u001b[31m\\r\\nx"),
                bad("control characters in a value", app("imageTagMutability: \"\\e[2J\\r\\nX\""),
                        "ecrkit:repositories.app.imageTagMutability: must be one of MUTABLE, IMMUTABLE, IMMUTABLE_WITH_EXCLUSION, MUTABLE_WITH_EXCLUSION, got \"\\u001b[2J\\r\\nX\""),
                bad("100,000-character value", app("imageTagMutability: " + "x".repeat(100_000)), "… (100000 characters)"),
                bad("NEL and LINE SEPARATOR in a value", app("imageTagMutability: \"a\\u2028b\\u0085c\""), "a\\u2028b\\u0085c"),
                bad("unknown key with a newline", app("\"scan\\nOnPush\": true"), "ecrkit:repositories.app.scan\\nOnPush: unknown key"),
                bad("invalid UTF-8", null, "t.yaml: not UTF-8 text"),
                bad("larger than the limit", "", "t.yaml: larger than " + StackInput.MAX_FILE_BYTES + " bytes"));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("badFiles")
    void plan_badStackFile_oneLinePerProblemAndNothingOnStdout(String name, String yaml, int status, String line)
            throws IOException {
        Path file = root.resolve("t.yaml");
        if (name.equals("invalid UTF-8")) {
            Files.write(file, (HEAD + "    app: {tags: {Owner: \"").getBytes(StandardCharsets.UTF_8));
            Files.write(file, new byte[] {(byte) 0xC3, (byte) 0x28, '"', '}', '}', '\n'}, java.nio.file.StandardOpenOption.APPEND);
        } else if (name.equals("larger than the limit")) {
            Files.writeString(file, HEAD + "    app: {}\n" + "#".repeat(StackInput.MAX_FILE_BYTES) + "\n");
        } else {
            Files.writeString(file, yaml);
        }
        var run = plan(name, "--config", "t.yaml", "--json");
        run.assertStatus(status);
        run.assertLine(line);
        assertEquals("", run.out, name + ": nothing on stdout");
    }

    /** Files that are not regular files: refused before they are opened, so nothing waits on them. */
    @Test
    void plan_deviceDirectoryFifoAndMissingFile_refusedWithoutReading() throws Exception {
        Files.createDirectory(root.resolve("dir"));
        plan("directory", "--config", "dir").assertStatus(Plan.INVALID).assertLine("dir: is a directory, not a file");
        plan("missing file", "--config", "nope.yaml").assertStatus(Plan.INVALID).assertLine("nope.yaml: no such file");
        if (Files.exists(Path.of("/dev/zero"))) {
            plan("/dev/zero", "--config", "/dev/zero").assertStatus(Plan.INVALID)
                    .assertLine("/dev/zero: not a regular file (a device, FIFO or socket)");
        }
        Path fifo = root.resolve("fifo.yaml");
        boolean made;
        try {
            made = new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor(30, TimeUnit.SECONDS) && Files.exists(fifo);
        } catch (IOException e) {
            made = false; // no mkfifo on this machine
        }
        assumeTrue(made, "mkfifo is not available");
        plan("FIFO", "--config", "fifo.yaml").assertStatus(Plan.INVALID).assertLine("fifo.yaml: not a regular file");
    }

    @Test
    void plan_commandLine_stackAndConfigTogetherAndBadStackNames_refused() throws IOException {
        Files.writeString(root.resolve("t.yaml"), HEAD + "    app: {}\n");
        plan("--stack with --config", "--stack", "dev", "--config", "t.yaml").assertStatus(Plan.INVALID)
                .assertLine("--config: conflicts with --stack given before");
        plan("--config with --stack", "--config", "t.yaml", "--stack", "dev").assertStatus(Plan.INVALID)
                .assertLine("--stack: conflicts with --config given before");
        plan("stack name with ::", "--stack", "a::b").assertStatus(Plan.INVALID)
                .assertLine("--stack: must be a Pulumi stack name");
        plan("stack name with a newline", "--stack", "dev\nx").assertStatus(Plan.INVALID)
                .assertLine("--stack: must be a Pulumi stack name: 1-100 of A-Z a-z 0-9 _ . - (pulumi/pulumi tokens.ParseStackName), got stack name \"dev\\nx\"");
        plan("stack name of 101 characters", "--stack", "s".repeat(101)).assertStatus(Plan.INVALID).assertLine("--stack:");
        Files.writeString(root.resolve("Pulumi.a b.yaml"), HEAD + "    app: {}\n");
        plan("stack name from a file name with a space", "--config", "Pulumi.a b.yaml").assertStatus(Plan.INVALID)
                .assertLine("--config: must be a Pulumi stack name");
        plan("--config without a value", "--config").assertStatus(Plan.INVALID).assertLine("--config: needs a value");
    }

    /**
     * YAML read as {@code pulumi up} reads it (YAML 1.2): {@code yes}, {@code off} and dates are strings; a canonical
     * whole number or boolean is kept as written; 60 entries share one anchor; {@code tagKeyCase: null} keeps keys as
     * given; an {@code aws:} key ecrkit does not read passes through.
     */
    @Test
    void plan_yaml12ValuesAnchorsAndNullTagKeyCase_readExactlyAsWritten() throws IOException {
        var b = new StringBuilder("config:\n  aws:region: eu-west-1\n  aws:profile: ci\n  ecrkit:repositories:\n");
        b.append("    app:\n      tagKeyCase: null\n      tags: &common\n        cost-center: yes\n        Expires: 2024-01-01\n"
                + "        Enabled: off\n        Count: 42\n        Flag: true\n        Quoted: \"1e20\"\n");
        for (int i = 0; i < 60; i++) {
            b.append("    app-").append(i).append(": {tags: *common}\n");
        }
        Files.writeString(root.resolve("t.yaml"), b.toString());
        var run = plan("yaml 1.2 values", "--config", "t.yaml", "--json");
        run.assertStatus(Plan.OK);
        var doc = run.json().getAsJsonObject();
        var repo = doc.getAsJsonArray("resources").asList().stream().map(JsonElement::getAsJsonObject)
                .filter(r -> r.get("type").getAsString().equals("aws:ecr/repository:Repository")
                        && r.get("name").getAsString().equals("app"))
                .findFirst().orElseThrow();
        var tags = repo.getAsJsonObject("inputs").getAsJsonObject("tags");
        assertEquals("yes", tags.get("cost-center").getAsString(), "tagKeyCase null keeps cost-center; yes is a string");
        assertEquals("2024-01-01", tags.get("Expires").getAsString());
        assertEquals("off", tags.get("Enabled").getAsString());
        assertEquals("42", tags.get("Count").getAsString());
        assertEquals("true", tags.get("Flag").getAsString());
        assertEquals("1e20", tags.get("Quoted").getAsString());
        long repositories = doc.getAsJsonArray("resources").asList().stream()
                .filter(r -> r.getAsJsonObject().get("type").getAsString().equals("aws:ecr/repository:Repository")).count();
        assertEquals(61, repositories, "60 entries sharing one anchor are read");
        assertTrue(repo.toString().contains("eu-west-1") || doc.toString().contains("eu-west-1"));
    }

    /** Simulate reads and checks the stack file with the same reader and validator as Plan: they never disagree. */
    @Test
    void simulate_sharesPlansReaderAndValidator() throws IOException {
        Files.writeString(root.resolve("images.json"), "{\"images\": []}");
        Files.writeString(root.resolve("t.yaml"), app("lifecyclePolicy: '" + policy(1, "99999999999") + "'"));
        String path = "ecrkit:repositories.app.lifecyclePolicy.rules[0].selection.countNumber: must be at most 2147483647";
        plan("countNumber (plan)", "--config", "t.yaml").assertStatus(Plan.INVALID).assertLine(path);
        simulate("countNumber (simulate --config)", "--config", "t.yaml", "--repository", "app", "--images", "images.json")
                .assertStatus(Plan.INVALID).assertLine(path);
        Files.writeString(root.resolve("p.json"), policy(1, "99999999999"));
        simulate("countNumber (simulate --policy)", "--policy", "p.json", "--images", "images.json")
                .assertStatus(Plan.INVALID).assertLine("p.json: rules[0].selection.countNumber: must be at most 2147483647");
        Files.writeString(root.resolve("t.yaml"), "config:\n  aws:region: .nan\n  ecrkit:repositories: {app: {}}\n");
        simulate("region (simulate)", "--config", "t.yaml", "--repository", "app", "--images", "images.json")
                .assertStatus(Plan.INVALID).assertLine("aws:region: must be a string");
        Files.writeString(root.resolve("t.yaml"), HEAD + "    app: {}\n    app: {}\n");
        simulate("duplicate entry (simulate)", "--config", "t.yaml", "--repository", "app", "--images", "images.json")
                .assertStatus(Plan.INVALID).assertLine("ecrkit:repositories.app: duplicate key");
        simulate("--stack with --config (simulate)", "--stack", "dev", "--config", "t.yaml", "--repository", "app",
                "--images", "images.json").assertStatus(Plan.INVALID).assertLine("--config: conflicts with --stack");
        Files.createDirectory(root.resolve("dir"));
        simulate("images directory (simulate)", "--policy", "p.json", "--images", "dir")
                .assertStatus(Plan.INVALID).assertLine("dir: is a directory, not a file");
        if (Files.exists(Path.of("/dev/zero"))) {
            simulate("policy /dev/zero (simulate)", "--policy", "/dev/zero", "--images", "images.json")
                    .assertStatus(Plan.INVALID).assertLine("/dev/zero: not a regular file");
        }
    }

    @AfterAll
    static void report() {
        System.out.println("RobustnessTest: " + TRIED.stream().distinct().count() + " distinct bad or unusual inputs tried");
    }

    /** The same policy text with the given rule priority and count number. */
    private static String policy(long priority, String countNumber) {
        return "{\"rules\":[{\"rulePriority\":" + priority + ",\"selection\":{\"tagStatus\":\"any\",\"countType\":"
                + "\"imageCountMoreThan\",\"countNumber\":" + countNumber + "},\"action\":{\"type\":\"expire\"}}]}";
    }

    /** Nine levels of nine aliases: 9^9 values from a file of a few hundred bytes. */
    private static String bomb() {
        var b = new StringBuilder("x0: &x0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int i = 1; i <= 9; i++) {
            b.append("x").append(i).append(": &x").append(i).append(" [")
                    .append(String.join(", ", java.util.Collections.nCopies(9, "*x" + (i - 1)))).append("]\n");
        }
        return b.append("config: {ecrkit:repositories: {app: {tags: *x9}}}\n").toString();
    }

    private static String deepBlock(int levels) {
        var b = new StringBuilder("config:\n");
        for (int i = 0; i < levels; i++) {
            b.append("  ".repeat(i + 1)).append("k").append(i).append(":\n");
        }
        return b.append("  ".repeat(levels + 1)).append("v\n").toString();
    }

    private Run plan(String name, String... args) throws IOException {
        return run(name, true, args);
    }

    private Run simulate(String name, String... args) throws IOException {
        return run(name, false, args);
    }

    private Run run(String name, boolean plan, String... args) throws IOException {
        TRIED.add(name);
        Path project = root.resolve("Pulumi.yaml");
        if (!Files.exists(project)) {
            Files.writeString(project, "name: ecrkit\nruntime: java\n");
        }
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        try (var o = new PrintStream(out, true, StandardCharsets.UTF_8);
             var e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            int status = plan ? Plan.run(args, root, o, e) : Simulate.run(args, root, o, e);
            return new Run(name + " " + Arrays.toString(args), status, out.toString(StandardCharsets.UTF_8),
                    err.toString(StandardCharsets.UTF_8));
        }
    }

    /** One command's result, with the checks every case makes. */
    private record Run(String name, int status, String out, String err) {
        Run {
            for (String line : err.lines().toList()) {
                assertFalse(line.chars().anyMatch(c -> Character.isISOControl(c) || c == '\u2028' || c == '\u2029'),
                        name + ": raw control character in stderr line " + line);
                assertFalse(line.startsWith("\tat ") || line.contains("Exception in thread") || line.contains("SEVERE:"),
                        name + ": stack trace or log record on stderr: " + line);
            }
            if (!out.isEmpty()) {
                json(name, out); // exactly one strict JSON document
            }
        }

        Run assertStatus(int expected) {
            assertEquals(expected, status, name + ": exit status; stderr: " + err);
            return this;
        }

        Run assertLine(String expected) {
            assertTrue(err.lines().anyMatch(l -> l.contains(expected)), name + ": no stderr line contains <" + expected
                    + ">; stderr: " + Plan.oneLine(err.length() > 2000 ? err.substring(0, 2000) : err));
            return this;
        }

        JsonElement json() {
            return json(name, out);
        }

        /** Strict JSON (Infinity and NaN are rejected by the strict reader), one document, nothing after it. */
        private static JsonElement json(String name, String text) {
            try {
                var reader = new JsonReader(new StringReader(text));
                reader.setStrictness(Strictness.STRICT);
                JsonElement doc = new com.google.gson.Gson().getAdapter(JsonElement.class).read(reader);
                assertEquals(JsonToken.END_DOCUMENT, reader.peek(), name + ": one JSON document only");
                return doc;
            } catch (IOException | RuntimeException e) {
                throw new AssertionError(name + ": stdout is not one strict JSON document: " + e.getMessage(), e);
            }
        }
    }
}
