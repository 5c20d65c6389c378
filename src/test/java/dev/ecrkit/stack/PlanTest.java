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
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The offline plan's contract (DESIGN.md section 5), run in-process on the project's own Pulumi.dev.yaml. */
class PlanTest {
    private static final Path ROOT = Path.of("").toAbsolutePath();

    record Result(int status, String out, String err) {
    }

    /**
     * A project folder for a test stack: the repository's Pulumi.yaml and {@code Pulumi.<stack>.yaml} holding
     * {@code yaml}; returns {@code dir}.
     */
    static Path stack(Path dir, String stack, String yaml) throws java.io.IOException {
        Files.copy(ROOT.resolve("Pulumi.yaml"), dir.resolve("Pulumi.yaml"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(dir.resolve("Pulumi." + stack + ".yaml"), yaml);
        return dir;
    }

    static Result plan(Path root, String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int status = Plan.run(args, root, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    @SuppressWarnings("unchecked")
    void devStackJson_matchesTheContract() {
        var r = plan(ROOT, "--stack", "dev", "--json");
        assertEquals(0, r.status(), r.err());
        var doc = (Map<String, Object>) Json.parse(r.out()).orElseThrow();
        assertEquals("ecrkit", doc.get("project"));
        assertEquals("dev", doc.get("stack"));
        var resources = (List<Map<String, Object>>) doc.get("resources");
        Set<Object> urns = resources.stream().map(x -> x.get("urn")).collect(Collectors.toSet());
        for (var res : resources) {
            assertTrue(res.keySet().containsAll(List.of("urn", "type", "name", "parent", "inputs", "protect", "dependsOn")), res.toString());
            assertTrue(res.get("parent") == null || urns.contains(res.get("parent")));
            if (String.valueOf(res.get("type")).startsWith("aws:")) {
                assertTrue(urns.contains(res.get("parent")), "aws resource without parent: " + res.get("name"));
            }
        }
        assertEquals(4, resources.stream().filter(x -> x.get("type").equals("ecrkit:index:Repository")).count());
        var api = resources.stream().filter(x -> x.get("type").equals("aws:ecr/repository:Repository")
                && x.get("name").equals("payments-api")).findFirst().orElseThrow();
        var inputs = (Map<String, Object>) api.get("inputs");
        assertEquals("team-payments/api", inputs.get("name"));
        assertEquals("IMMUTABLE_WITH_EXCLUSION", inputs.get("imageTagMutability"));
        assertEquals(List.of(Map.of("filter", "latest", "filterType", "WILDCARD"), Map.of("filter", "dev-*", "filterType", "WILDCARD")),
                inputs.get("imageTagMutabilityExclusionFilters"));
        assertEquals(true, api.get("protect"));
        assertEquals(Map.of("delete", "30m"), api.get("customTimeouts"));
        var lifecycle = resources.stream().filter(x -> x.get("name").equals("payments-api-lifecycle")).findFirst().orElseThrow();
        String policy = (String) ((Map<String, Object>) lifecycle.get("inputs")).get("policy");
        assertTrue(Json.parse(policy).isPresent(), "the lifecycle policy input is a JSON document in a string");
        var outputs = (Map<String, Map<String, Object>>) doc.get("outputs");
        assertEquals(Set.of("payments-api", "web-frontend", "sandbox", "compliance-scanner", App.REPOSITORY_URLS,
                App.REPOSITORY_ARNS), outputs.keySet());
        assertEquals("123456789012.dkr.ecr.us-east-1.amazonaws.com/team-payments/api",
                outputs.get("payments-api").get("repositoryUrl"));
        assertFalse(r.out().contains(".0,") || r.out().contains(".0\n"), "whole numbers print as integers");

        // the KMS-encrypted entry without kmsKey creates its key and encrypts with it
        var key = resources.stream().filter(x -> x.get("type").equals("aws:kms/key:Key")).findFirst().orElseThrow();
        assertEquals("compliance-scanner-kms-key", key.get("name"));
        var keyInputs = (Map<String, Object>) key.get("inputs");
        assertEquals(30L, keyInputs.get("deletionWindowInDays"));
        assertEquals(180L, keyInputs.get("rotationPeriodInDays"));
        assertEquals(false, keyInputs.get("bypassPolicyLockoutSafetyCheck"));
        assertTrue(Json.parse((String) keyInputs.get("policy")).isPresent(), "the key policy is a JSON document in a string");
        var scanner = outputs.get("compliance-scanner");
        var scannerRepo = resources.stream().filter(x -> x.get("type").equals("aws:ecr/repository:Repository")
                && x.get("name").equals("compliance-scanner")).findFirst().orElseThrow();
        assertEquals(List.of(Map.of("encryptionType", "KMS", "kmsKey", scanner.get("kmsKeyArn"))),
                ((Map<String, Object>) scannerRepo.get("inputs")).get("encryptionConfigurations"));
        assertEquals("arn:aws:kms:us-east-1:123456789012:alias/ecr/compliance-scanner", scanner.get("kmsAliasArn"));
        assertFalse(outputs.get("sandbox").containsKey("kmsKeyArn"), "AES256 exports no key");
        assertEquals("arn:aws:kms:us-east-1:123456789012:key/" + PlanMocks.aliasKeyId("alias/ecr-dev"),
                outputs.get("web-frontend").get("kmsKeyArn"), "the alias given is resolved to its key ARN");
        // the dev stack keeps deliberate findings (docs/plan.md): the mutable sandbox repository is one
        var findings = (List<Map<String, Object>>) doc.get("findings");
        assertTrue(findings.stream().anyMatch(f -> f.get("id").equals("ECRKIT-REPO-MUTABLE-TAGS")
                && f.get("key").equals("ecrkit:repositories.sandbox.imageTagMutability")), String.valueOf(findings));
    }

    @Test
    void devStackText_isATreeWithSettingsAndOutputs() {
        var r = plan(ROOT);
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().startsWith("Plan for ecrkit/dev (aws:region us-east-1)"), r.out());
        assertTrue(r.out().contains("+ ecrkit:index:Repository  payments-api"), r.out());
        assertTrue(r.out().contains("  + aws:ecr/repository:Repository  payments-api  [protect, delete timeout 30m, aws provider 7.17.0]"), r.out());
        assertTrue(r.out().contains("mutability: IMMUTABLE_WITH_EXCLUSION"), r.out());
        assertTrue(r.out().contains("rule 1: untagged, sinceImagePushed 14 days -> expire"), r.out());
        assertTrue(r.out().contains("encryption: KMS with key arn:aws:kms:us-east-1:123456789012:key/"
                + PlanMocks.aliasKeyId("alias/ecr-dev")), r.out());
        assertTrue(r.out().contains("\nOutputs:\n"), r.out());
    }

    @Test
    void invalidConfig_exits2WithOneLinePerProblemAndNothingOnStdout(@TempDir Path dir) throws IOException {
        Files.copy(ROOT.resolve("Pulumi.yaml"), dir.resolve("Pulumi.yaml"));
        Files.writeString(dir.resolve("bad.yaml"), """
            config:
              aws:region: us-east-1
              ecrkit:repositories:
                probe:
                  imageTagMutabilty: IMMUTABLE
                  lifecycleKeepLatestNImages: 0
                  enablePullRequestRules: 'yes'
            """);
        var r = plan(dir, "--config", "bad.yaml", "--json");
        assertEquals(2, r.status());
        assertEquals("", r.out());
        var lines = r.err().lines().toList();
        assertTrue(lines.contains("ecrkit:repositories.probe.imageTagMutabilty: unknown key; did you mean imageTagMutability?,"
                + " got \"IMMUTABLE\""), r.err());
        assertTrue(lines.contains("ecrkit:repositories.probe.lifecycleKeepLatestNImages: must be between 1 and 10000, got 0"), r.err());
        assertTrue(lines.contains("ecrkit:repositories.probe.enablePullRequestRules: must be a boolean (true or false),"
                + " got \"yes\""), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    @Test
    void unknownNamespaceKeyAndMissingFile_areConfigErrors(@TempDir Path dir) throws IOException {
        stack(dir, "x", "config:\n  ecrkit:repository:\n    a: {}\n");
        var r = plan(dir, "--stack", "x");
        assertEquals(2, r.status());
        assertTrue(r.err().contains("ecrkit:repository: unknown key; did you mean ecrkit:repositories?"), r.err());
        assertEquals(2, plan(dir, "--stack", "missing").status());
        assertEquals(2, plan(dir, "--bogus").status());
    }

    @Test
    void numbersAndDurations_printAsTheContractSays() {
        assertEquals("20m", Plan.duration(java.time.Duration.ofMinutes(20)));
        assertEquals("1h30m", Plan.duration(java.time.Duration.ofMinutes(90)));
        assertEquals("45s", Plan.duration(java.time.Duration.ofSeconds(45)));
        assertEquals(Map.of("n", 30L), PlanValues.normalize(Map.of("n", 30.0)));
    }
}
