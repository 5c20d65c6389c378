package dev.ecrkit.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ecrkit.json.Json;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Simulate command, run in-process like PlanTest runs Plan. */
class SimulateTest {
    private static final Path ROOT = Path.of("").toAbsolutePath();
    private static final String NOW = "2026-03-01T00:00:00Z";
    private static final String A = "sha256:" + "a".repeat(64);
    private static final String B = "sha256:" + "b".repeat(64);
    private static final String C = "sha256:" + "c".repeat(64);
    private static final String IMAGES = """
            {"images": [
              {"digest": "%s", "tags": ["v1.2.0"], "pushedAt": "2025-01-01T10:00:00Z"},
              {"digest": "%s", "pushedAt": "2026-02-01T10:00:00Z"},
              {"digest": "%s", "tags": ["feature-x-1"], "pushedAt": "2026-02-27T10:00:00Z", "lastPulledAt": "2026-02-28T00:00:00Z"}
            ]}""".formatted(A, B, C);
    private static final String POLICY = """
            {"rules": [{"rulePriority": 1, "description": "Expire untagged images after 14 days",
              "selection": {"tagStatus": "untagged", "countType": "sinceImagePushed", "countUnit": "days", "countNumber": 14},
              "action": {"type": "expire"}}]}""";

    record Result(int status, String out, String err) {
    }

    static Result simulate(Path root, String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int status = Simulate.run(args, root, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), () -> Instant.parse("2030-01-01T00:00:00Z"));
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static Path project(Path dir, String stackYaml) throws IOException {
        Files.copy(ROOT.resolve("Pulumi.yaml"), dir.resolve("Pulumi.yaml"));
        Files.writeString(dir.resolve("stack.yaml"), stackYaml);
        Files.writeString(dir.resolve("images.json"), IMAGES);
        Files.writeString(dir.resolve("policy.json"), POLICY);
        return dir;
    }

    @Test
    void policyFile_json_isExactlyTheContractDocument(@TempDir Path dir) throws IOException {
        project(dir, "");
        var r = simulate(dir, "--policy", "policy.json", "--images", "images.json", "--now", NOW, "--json");
        assertEquals(0, r.status(), r.err());
        assertEquals("", r.err());
        assertEquals("""
                {
                  "now": "2026-03-01T00:00:00Z",
                  "images": [
                    {
                      "digest": "%s",
                      "tags": [
                        "v1.2.0"
                      ],
                      "action": "keep",
                      "rulePriority": null
                    },
                    {
                      "digest": "%s",
                      "tags": [],
                      "action": "expire",
                      "rulePriority": 1
                    },
                    {
                      "digest": "%s",
                      "tags": [
                        "feature-x-1"
                      ],
                      "action": "keep",
                      "rulePriority": null
                    }
                  ],
                  "summary": {
                    "expire": 1,
                    "transition": 0,
                    "keep": 2
                  },
                  "warnings": []
                }
                """.formatted(A, B, C), r.out());
    }

    @Test
    @SuppressWarnings("unchecked")
    void repositoryEntry_usesThePolicyThePlanDeploys(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("images.json"), IMAGES);
        var plan = PlanTest.plan(ROOT, "--stack", "dev", "--json");
        var doc = (Map<String, Object>) Json.parse(plan.out()).orElseThrow();
        var lifecycle = ((List<Map<String, Object>>) doc.get("resources")).stream()
                .filter(x -> x.get("name").equals("payments-api-lifecycle")).findFirst().orElseThrow();
        Files.writeString(dir.resolve("planned.json"), (String) ((Map<String, Object>) lifecycle.get("inputs")).get("policy"));

        var fromStack = simulate(ROOT, "--stack", "dev", "--repository", "payments-api",
                "--images", dir.resolve("images.json").toString(), "--now", NOW, "--json");
        var fromFile = simulate(ROOT, "--policy", dir.resolve("planned.json").toString(),
                "--images", dir.resolve("images.json").toString(), "--now", NOW, "--json");
        assertEquals(0, fromStack.status(), fromStack.err());
        assertEquals(fromFile, fromStack);
        // production template: v* kept by count, untagged image older than 14 days expired
        assertTrue(fromStack.out().contains("\"expire\": 1,"), fromStack.out());
    }

    @Test
    void configFile_templateWithAShadowedRule_textTableIsOldestFirstAndWarns(@TempDir Path dir) throws IOException {
        project(dir, """
                config:
                  ecrkit:repositories:
                    cheap:
                      lifecyclePolicyTemplate: cost_optimization
                """);
        var r = simulate(dir, "--config", "stack.yaml", "--repository", "cheap", "--images", "images.json", "--now", NOW);
        assertEquals(0, r.status(), r.err());
        var lines = r.out().lines().toList();
        assertEquals("Lifecycle simulation of ecrkit:repositories.cheap (lifecycle policy from template:cost_optimization)"
                + " at 2026-03-01T00:00:00Z", lines.get(0));
        assertEquals("3 images: 1 expire, 0 transition, 2 keep", lines.get(1));
        assertTrue(lines.get(3).startsWith("pushed (UTC)"), r.out());
        assertTrue(lines.get(4).startsWith("2025-01-01 10:00  standard  keep        -     sha256:aaaaaaaaaaa…  v1.2.0"), r.out());
        assertTrue(lines.get(4).endsWith("rule 2 (tagPatternList [\"*\"]) keeps it: number 2 of the 2 images it selects,"
                + " newest 10 kept"), r.out());
        assertTrue(lines.get(5).startsWith("2026-02-01 10:00  standard  expire      1     "), r.out());
        assertTrue(lines.get(5).endsWith("rule 1 (untagged): pushed 27d 14h ago, more than 3 days"), r.out());
        assertTrue(lines.get(6).startsWith("2026-02-27 10:00"), r.out());
        assertTrue(r.out().contains("\nwarning: rule 3 (tagPatternList [\"*\"]) never acts: every image it selects also"
                + " matches the tag selection of higher-priority rule 2"), r.out());
    }

    @Test
    void configFile_archiveHelpers_archiveTheUnpulledTaggedImageAndExpireTheUntaggedOne(@TempDir Path dir)
            throws IOException {
        project(dir, """
                config:
                  ecrkit:repositories:
                    cold:
                      lifecycleExpireUntaggedAfterDays: 3
                      lifecycleArchiveAfterDaysNotPulled: 30
                      lifecycleExpireArchivedAfterDays: 120
                """);
        var r = simulate(dir, "--config", "stack.yaml", "--repository", "cold", "--images", "images.json", "--now", NOW,
                "--json");
        assertEquals(0, r.status(), r.err());
        // A (v1.2.0, never pulled, pushed 424 days ago): rule 2 archives it; B (untagged): rule 1 expires it;
        // C (pulled yesterday): kept
        assertTrue(r.out().contains("\"summary\": {\"expire\": 1, \"transition\": 1, \"keep\": 1}")
                || r.out().replaceAll("\\s", "").contains("\"summary\":{\"expire\":1,\"transition\":1,\"keep\":1}"),
                r.out());
        assertTrue(r.out().replaceAll("\\s", "").contains("{\"digest\":\"" + A + "\",\"tags\":[\"v1.2.0\"],"
                + "\"action\":\"transition\",\"rulePriority\":2}"), r.out());
    }

    @Test
    void configFile_expireArchivedSoonerThanTheArchiveMinimum_isRefusedWithTheRule(@TempDir Path dir)
            throws IOException {
        project(dir, """
                config:
                  ecrkit:repositories:
                    cold:
                      lifecycleExpireArchivedAfterDays: 30
                """);
        var r = simulate(dir, "--config", "stack.yaml", "--repository", "cold", "--images", "images.json", "--now", NOW);
        assertEquals(2, r.status());
        assertEquals("", r.out());
        assertTrue(r.err().contains("ecrkit:repositories.cold.lifecycleExpireArchivedAfterDays: must be at least 90:"
                + " archived images have a minimum storage duration of 90 days"), r.err());
    }

    @Test
    void now_defaultsToTheClock(@TempDir Path dir) throws IOException {
        project(dir, "");
        var r = simulate(dir, "--policy", "policy.json", "--images", "images.json", "--json");
        assertTrue(r.out().contains("\"now\": \"2030-01-01T00:00:00Z\""), r.out());
        assertTrue(r.out().contains("\"expire\": 1,"), r.out());
    }

    @Test
    void badPolicyAndImages_exit2_oneLinePerProblemNamingTheField_nothingOnStdout(@TempDir Path dir) throws IOException {
        project(dir, "");
        Files.writeString(dir.resolve("bad-policy.json"), POLICY.replace("\"countUnit\": \"days\", ", ""));
        Files.writeString(dir.resolve("bad-images.json"), IMAGES.replace("2026-02-01T10:00:00Z", "last week"));
        var r = simulate(dir, "--policy", "bad-policy.json", "--images", "bad-images.json", "--now", NOW, "--json");
        assertEquals(2, r.status());
        assertEquals("", r.out());
        assertEquals(List.of(
                "bad-policy.json: rules[0].selection.countUnit: required when countType is sinceImagePushed",
                "bad-images.json: images[1].pushedAt: must be an ISO-8601 date-time with an offset, such as"
                        + " 2026-01-02T03:04:05Z, got \"last week\""), r.err().lines().toList());
        Files.writeString(dir.resolve("short.json"), "{\"rules\": []}");
        var shortPolicy = simulate(dir, "--policy", "short.json", "--images", "images.json");
        assertEquals(List.of("short.json: length must be between 100 and 30720 characters, got 13",
                "short.json: rules: must contain between 1 and 50 rules, got 0"), shortPolicy.err().lines().toList());
    }

    @Test
    void badRepositoryEntryOrConfig_exit2(@TempDir Path dir) throws IOException {
        project(dir, """
                config:
                  ecrkit:repositories:
                    plain: {}
                """);
        var none = simulate(dir, "--config", "stack.yaml", "--repository", "plain", "--images", "images.json");
        assertEquals(2, none.status());
        assertEquals("", none.out());
        assertEquals("ecrkit:repositories.plain: sets no lifecycle policy (lifecyclePolicy, lifecyclePolicyTemplate or the"
                + " lifecycle* helper keys), so AWS keeps every image; nothing to simulate\n", none.err());
        var missing = simulate(dir, "--config", "stack.yaml", "--repository", "nope", "--images", "images.json");
        assertEquals("--repository: no such entry in ecrkit:repositories of stack.yaml (entries: plain), got \"nope\"\n",
                missing.err());
        Files.writeString(dir.resolve("stack.yaml"), "config:\n  ecrkit:repositories:\n    xy:\n      lifecycleKeepLatestNImages: 0\n");
        var invalid = simulate(dir, "--config", "stack.yaml", "--repository", "xy", "--images", "images.json");
        assertEquals(2, invalid.status());
        assertEquals("ecrkit:repositories.xy.lifecycleKeepLatestNImages: must be between 1 and 10000, got 0\n", invalid.err());
    }

    @Test
    void badCommandLine_exit2WithUsage(@TempDir Path dir) throws IOException {
        project(dir, "");
        for (String[] args : List.of(
                new String[] {"--images", "images.json"},
                new String[] {"--policy", "policy.json"},
                new String[] {"--policy", "policy.json", "--repository", "x", "--images", "images.json"},
                new String[] {"--policy", "policy.json", "--images", "images.json", "--bogus"},
                new String[] {"--policy", "policy.json", "--images"})) {
            var r = simulate(dir, args);
            assertEquals(2, r.status(), String.join(" ", args));
            assertEquals("", r.out());
            assertTrue(r.err().contains("usage: Simulate (--policy FILE | [--stack NAME | --config FILE] --repository ENTRY)"
                    + " --images FILE [--now ISO-8601] [--json]"), r.err());
        }
        var badNow = simulate(dir, "--policy", "policy.json", "--images", "images.json", "--now", "2026-13-01");
        assertEquals("--now: must be an ISO-8601 date-time with an offset, such as 2026-01-02T03:04:05Z, got \"2026-13-01\"\n",
                badNow.err());
        var noFile = simulate(dir, "--policy", "missing.json", "--images", "images.json");
        assertEquals("missing.json: no such file\n", noFile.err());
    }
}
