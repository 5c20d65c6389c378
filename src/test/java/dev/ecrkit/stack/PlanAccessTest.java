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

/** The access report through the plan: the {@code "access"} member of --json, the text's Access section, its findings. */
class PlanAccessTest {
    private static final Path ROOT = Path.of("").toAbsolutePath();

    @Test
    @SuppressWarnings("unchecked")
    void devStack_accessMember_listsEveryRepository_andThePaymentsPull() {
        var r = plan(ROOT, "--json");
        assertEquals(0, r.status(), r.err());
        var access = (List<Map<String, Object>>) ((Map<String, Object>) Json.parse(r.out()).orElseThrow()).get("access");
        assertEquals(List.of("compliance-scanner", "team-payments/api", "sandbox", "web-frontend"),
                access.stream().map(a -> a.get("repository")).toList());
        assertEquals(Json.parse("""
                {"repository": "team-payments/api",
                 "urn": "urn:pulumi:dev::ecrkit::pulumi:pulumi:Stack$ecrkit:index:Repository$aws:ecr/repository:Repository::payments-api",
                 "grants": [{"principal": "arn:aws:iam::210987654321:root", "level": "pull",
                   "actions": ["ecr:BatchCheckLayerAvailability", "ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer"],
                   "conditions": {}, "from": ["repository policy statement 0 (Sid AllowPullFromCiAccount)"],
                   "deniedWhen": []}]}
                """).orElseThrow(), access.get(1));
        assertEquals(List.of(), access.get(0).get("grants"));
    }

    @Test
    void devStackText_accessSectionBetweenFindingsAndOutputs() {
        var r = plan(ROOT);
        assertEquals(0, r.status(), r.err());
        int findings = r.out().indexOf("\nFindings: ");
        int access = r.out().indexOf("\nAccess (repository and registry policies; Allow minus Deny):\n");
        int outputs = r.out().indexOf("\nOutputs:\n");
        assertTrue(findings >= 0 && findings < access && access < outputs, r.out());
        assertEquals("""

                Access (repository and registry policies; Allow minus Deny):
                  team-payments/api
                    arn:aws:iam::210987654321:root -> pull
                """, r.out().substring(access, outputs));
    }

    @Test
    @SuppressWarnings("unchecked")
    void riskyGrants_areShownWithTheirConditions_andGiveFindings(@TempDir Path dir) throws IOException {
        Files.copy(ROOT.resolve("Pulumi.yaml"), dir.resolve("Pulumi.yaml"));
        Files.writeString(dir.resolve("Pulumi.grants.yaml"), """
                config:
                  ecrkit:registry:
                    registryPolicy: |
                      {"Version": "2012-10-17", "Statement": [{"Sid": "Replicate", "Effect": "Allow",
                        "Principal": {"AWS": "arn:aws:iam::444455556666:root"},
                        "Action": ["ecr:CreateRepository", "ecr:ReplicateImage"],
                        "Resource": "arn:aws:ecr:us-east-1:123456789012:repository/app*"}]}
                  ecrkit:repositories:
                    app:
                      imageTagMutability: IMMUTABLE
                      scanOnPush: true
                      lifecyclePolicyTemplate: production
                      policy: |
                        {"Version": "2012-10-17", "Statement": [
                          {"Sid": "CiPush", "Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::210987654321:role/ci"},
                           "Action": ["ecr:BatchCheckLayerAvailability", "ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer",
                                      "ecr:InitiateLayerUpload", "ecr:UploadLayerPart", "ecr:CompleteLayerUpload",
                                      "ecr:PutImage", "ecr:DescribeImages"]},
                          {"Sid": "Fn", "Effect": "Allow", "Principal": {"Service": "lambda.amazonaws.com"},
                           "Action": ["ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer"]},
                          {"Sid": "Office", "Effect": "Allow", "Principal": "*", "Action": "ecr:*",
                           "Condition": {"IpAddress": {"aws:SourceIp": "203.0.113.0/24"}}},
                          {"Sid": "KeepTags", "Effect": "Deny", "Principal": "*", "Action": "ecr:BatchDeleteImage",
                           "Condition": {"StringNotEquals": {"aws:PrincipalAccount": "123456789012"}}}]}
                """);
        var text = plan(dir, "--stack", "grants");
        assertEquals(0, text.status(), text.err());
        String out = text.out();
        String section = out.substring(out.indexOf("\nAccess ("), out.indexOf("\nOutputs:\n"));
        assertEquals("""

                Access (repository and registry policies; Allow minus Deny):
                  app
                    * -> manage
                      if {"IpAddress":{"aws:SourceIp":"203.0.113.0/24"}}
                      denied ecr:BatchDeleteImage if {"StringNotEquals":{"aws:PrincipalAccount":"123456789012"}} (repository policy sta…
                    arn:aws:iam::210987654321:role/ci -> push + ecr:DescribeImages
                    arn:aws:iam::444455556666:root -> ecr:CreateRepository, ecr:ReplicateImage
                    lambda.amazonaws.com -> ecr:BatchGetImage, ecr:GetDownloadUrlForLayer
                """, section);
        assertTrue(out.lines().allMatch(l -> l.length() <= PlanText.Layout.DEFAULT_WIDTH));

        var json = (Map<String, Object>) Json.parse(plan(dir, "--stack", "grants", "--json").out()).orElseThrow();
        var grants = (List<Map<String, Object>>) ((List<Map<String, Object>>) json.get("access")).get(0).get("grants");
        assertEquals(List.of("manage", "push", "custom", "custom"), grants.stream().map(g -> g.get("level")).toList());
        assertEquals(List.of("registry policy statement 0 (Sid Replicate)"), grants.get(2).get("from"));
        var ids = ((List<Map<String, Object>>) json.get("findings")).stream().map(f -> f.get("id")).toList();
        for (String id : List.of("ECRKIT-POLICY-CROSS-ACCOUNT-PUSH", "ECRKIT-POLICY-LAMBDA-NO-SOURCE",
                "ECRKIT-POLICY-WILDCARD-OUTSIDE-ORG")) {
            assertEquals(1, ids.stream().filter(id::equals).count(), id + " in " + ids);
        }
        assertTrue(!ids.contains("ECRKIT-POLICY-CROSS-ACCOUNT") && !ids.contains("ECRKIT-POLICY-WILDCARD-PRINCIPAL"), ids.toString());
    }
}
