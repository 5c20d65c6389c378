package dev.ecrkit.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ecrkit.json.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the plan shows is what AWS accepts (issue 15, items 1, 2, 4 and 9), pinned through {@link Plan#run} on the dev
 * stack and on small stacks: DSSE-KMS only in GovCloud, a key given by alias or id reaches the repository as its key
 * ARN, the log delivery policy in the form AWS documents, and the lifecycle and alias rules with their sources.
 */
class PlanAwsRulesTest {
    private static final Path ROOT = Path.of("").toAbsolutePath();

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(PlanTest.Result r) {
        assertEquals(0, r.status(), r.err());
        return (Map<String, Object>) Json.parse(r.out()).orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> resources(Map<String, Object> doc, String type) {
        return ((List<Map<String, Object>>) doc.get("resources")).stream().filter(r -> r.get("type").equals(type)).toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> inputs(Map<String, Object> resource) {
        return (Map<String, Object>) resource.get("inputs");
    }

    private static PlanTest.Result plan(Path dir, String region, String repositories) throws IOException {
        PlanTest.stack(dir, "t", "config:\n  aws:region: " + region
                + "\n  ecrkit:repositories:\n" + repositories.indent(4));
        return PlanTest.plan(dir, "--stack", "t", "--json");
    }

    private static Map<String, Object> encryption(Map<String, Object> doc, String repository) {
        var repo = resources(doc, "aws:ecr/repository:Repository").stream()
                .filter(r -> r.get("name").equals(repository)).findFirst().orElseThrow();
        return ((List<Map<String, Object>>) inputs(repo).get("encryptionConfigurations")).get(0);
    }

    @Test
    void devStack_webFrontendsAlias_reachesTheRepositoryAsTheKeyArn() {
        var doc = json(PlanTest.plan(ROOT, "--stack", "dev", "--json"));
        String keyArn = (String) encryption(doc, "web-frontend").get("kmsKey");
        assertTrue(keyArn.matches("arn:aws:kms:us-east-1:123456789012:key/[0-9a-f-]{36}"), keyArn);
        assertEquals("arn:aws:kms:us-east-1:123456789012:key/" + PlanMocks.aliasKeyId("alias/ecr-dev"), keyArn);
        @SuppressWarnings("unchecked")
        var outputs = (Map<String, Map<String, Object>>) doc.get("outputs");
        assertEquals(keyArn, outputs.get("web-frontend").get("kmsKeyArn"));
    }

    @Test
    void everyFormOfKmsKey_reachesTheRepositoryAsAKeyArn_andTheAwsManagedKeyAsNoKey(@TempDir Path dir)
            throws IOException {
        String keyArn = "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab";
        var doc = json(plan(dir, "eu-west-1", """
                by-arn: {encryptionType: KMS, kmsKey: '%s'}
                by-id: {encryptionType: KMS, kmsKey: 1234abcd-12ab-34cd-56ef-1234567890ab}
                by-alias-arn: {encryptionType: KMS, kmsKey: 'arn:aws:kms:eu-west-1:210987654321:alias/shared'}
                aws-managed: {encryptionType: KMS, kmsKey: alias/aws/ecr}
                """.formatted(keyArn)));
        assertEquals(keyArn, encryption(doc, "by-arn").get("kmsKey"), "a key ARN is kept as is");
        assertEquals(keyArn, encryption(doc, "by-id").get("kmsKey"));
        assertEquals("arn:aws:kms:eu-west-1:210987654321:key/" + PlanMocks.aliasKeyId("alias/shared"),
                encryption(doc, "by-alias-arn").get("kmsKey"), "another account's alias: that account's key");
        assertEquals(Map.of("encryptionType", "KMS"), encryption(doc, "aws-managed"),
                "KMS without a key is ECR's AWS managed key aws/ecr");
        @SuppressWarnings("unchecked")
        var findings = (List<Map<String, Object>>) doc.get("findings");
        assertTrue(findings.stream().anyMatch(f -> f.get("id").equals("ECRKIT-REPO-NO-CMK")
                && String.valueOf(f.get("key")).equals("ecrkit:repositories.aws-managed.kmsKey")), findings.toString());
    }

    @Test
    void dsseOutsideGovCloud_isOneLineNamingTheKey_andNothingIsPlanned(@TempDir Path dir) throws IOException {
        var r = plan(dir, "us-east-1", """
                vault: {encryptionType: KMS_DSSE}
                shared: {encryptionType: KMS_DSSE, kmsKey: alias/shared}
                """);
        assertEquals(2, r.status());
        assertEquals("", r.out());
        assertEquals(List.of(
                "ecrkit:repositories.vault.encryptionType: DSSE-KMS is only available in the AWS GovCloud (US) Regions"
                        + " (partition aws-us-gov), and this stack deploys to us-east-1 (partition aws); use KMS, got"
                        + " \"KMS_DSSE\"",
                "ecrkit:repositories.shared.encryptionType: DSSE-KMS is only available in the AWS GovCloud (US) Regions"
                        + " (partition aws-us-gov), and this stack deploys to us-east-1 (partition aws); use KMS, got"
                        + " \"KMS_DSSE\""), r.err().lines().toList());
    }

    @Test
    void dsseInGovCloud_plansWithAKeyOfTheGovCloudPartition(@TempDir Path dir) throws IOException {
        var doc = json(plan(dir, "us-gov-west-1", """
                vault: {encryptionType: KMS_DSSE}
                shared: {encryptionType: KMS_DSSE, kmsKey: alias/shared}
                """));
        var created = encryption(doc, "vault");
        assertEquals("KMS_DSSE", created.get("encryptionType"));
        assertTrue(String.valueOf(created.get("kmsKey")).startsWith("arn:aws-us-gov:kms:us-gov-west-1:123456789012:key/"),
                created.toString());
        assertEquals(Map.of("encryptionType", "KMS_DSSE", "kmsKey", "arn:aws-us-gov:kms:us-gov-west-1:123456789012:key/"
                + PlanMocks.aliasKeyId("alias/shared")), encryption(doc, "shared"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void devStack_logDeliveryPolicy_createLogStreamUnconditioned_putLogEventsScopedToTheRecordingRules() {
        var doc = json(PlanTest.plan(ROOT, "--stack", "dev", "--json"));
        var policy = resources(doc, "aws:cloudwatch/logResourcePolicy:LogResourcePolicy");
        assertEquals(1, policy.size());
        var statements = (List<Map<String, Object>>) ((Map<String, Object>) Json.parse(
                (String) inputs(policy.get(0)).get("policyDocument")).orElseThrow()).get("Statement");
        assertEquals(2, statements.size());
        var create = statements.get(0);
        assertEquals("logs:CreateLogStream", create.get("Action"));
        assertFalse(create.containsKey("Condition"), "the EventBridge guide's policy has no condition: " + create);
        assertEquals(Map.of("Service", List.of("events.amazonaws.com", "delivery.logs.amazonaws.com")),
                create.get("Principal"));
        var put = statements.get(1);
        assertEquals("logs:PutLogEvents", put.get("Action"));
        assertEquals(create.get("Resource"), put.get("Resource"));
        var condition = (Map<String, Map<String, Object>>) put.get("Condition");
        assertEquals("123456789012", condition.get("StringEquals").get("aws:SourceAccount"));
        assertEquals(List.of("arn:aws:events:us-east-1:123456789012:rule/*-ecr-events",
                "arn:aws:events:us-east-1:123456789012:rule/*-ecr-events-????????"),
                condition.get("ArnLike").get("aws:SourceArn"));
        // every recording rule of the stack is one the PutLogEvents condition names
        var patterns = ((List<String>) condition.get("ArnLike").get("aws:SourceArn")).stream()
                .map(p -> p.replace("?", ".").replace("*", ".*")).toList();
        var rules = resources(doc, "aws:cloudwatch/eventRule:EventRule").stream()
                .map(r -> "arn:aws:events:us-east-1:123456789012:rule/" + inputs(r).get("name"))
                .filter(arn -> arn.contains("-ecr-events")).toList();
        assertFalse(rules.isEmpty());
        rules.forEach(arn -> assertTrue(patterns.stream().anyMatch(arn::matches), arn));
    }

    @Test
    void lifecycle_twoRulesWithTheSameTagPrefixes_areRefusedWithTheirSource(@TempDir Path dir) throws IOException {
        var rule = "{\"rulePriority\":%d,\"selection\":{\"tagStatus\":\"tagged\",\"tagPrefixList\":[\"v\"],"
                + "\"countType\":\"imageCountMoreThan\",\"countNumber\":%d},\"action\":{\"type\":\"expire\"}}";
        var policy = "{\"rules\":[" + rule.formatted(1, 5) + "," + rule.formatted(2, 10) + "]}";
        var r = plan(dir, "us-east-1", "app: {lifecyclePolicy: '" + policy + "'}");
        assertEquals(2, r.status());
        assertEquals(List.of("ecrkit:repositories.app.lifecyclePolicy.rules[1].selection.tagPrefixList: must differ"
                + " from the tagPrefixList of rules[0], which selects the same storage class standard, got [\"v\"]"),
                r.err().lines().toList());
    }

    @Test
    void kmsAliasName_empty_isRefused_likeTheModuleAndTheKmsApi(@TempDir Path dir) throws IOException {
        var r = plan(dir, "us-east-1", "app: {encryptionType: KMS, kmsAliasName: ''}");
        assertEquals(2, r.status());
        assertEquals(List.of("ecrkit:repositories.app.kmsAliasName: must be 1 or more characters of [a-zA-Z0-9:/_-],"
                + " got \"\""), r.err().lines().toList());
    }
}
