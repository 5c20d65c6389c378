package dev.ecrkit.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ecrkit.IamPolicyCheck;
import dev.ecrkit.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Access intents through the stack config and the offline plan (issue 21): the one repository policy, the problems. */
class PlanAccessIntentsTest {
    private static final Path ROOT = Path.of("").toAbsolutePath();

    private static PlanTest.Result plan(Path dir, String entry) throws IOException {
        Files.copy(ROOT.resolve("Pulumi.yaml"), dir.resolve("Pulumi.yaml"));
        Files.writeString(dir.resolve("Pulumi.t.yaml"), "config:\n  aws:region: us-east-1\n  ecrkit:repositories:\n"
                + entry.indent(4));
        return PlanTest.plan(dir, "--stack", "t", "--json");
    }

    private static String golden() throws IOException {
        try (InputStream in = PlanAccessIntentsTest.class.getResourceAsStream("/dev/ecrkit/policy/access-intents.golden.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyIntent_reachesTheRepositoryPolicy_asTheGoldenDocument(@TempDir Path dir) throws IOException {
        var r = plan(dir, """
                app:
                  readOnlyPrincipals: ["arn:aws:iam::210987654321:role/reader", "111122223333"]
                  pushPrincipals: ["arn:aws:iam::210987654321:role/ci"]
                  fullAccessPrincipals: ["arn:aws:iam::123456789012:role/admin"]
                  readOrganizationIds: ["o-abcdef1234"]
                  pushOrganizationIds: ["o-abcdef1234"]
                  readOrganizationPaths: ["o-abcdef1234/r-ab12/ou-ab12-11111111/"]
                  pushOrganizationPaths: ["o-abcdef1234/r-ab12/ou-ab12-22222222/*"]
                  lambdaReadAccess: ["444455556666", "arn:aws:lambda:us-east-1:777788889999:function:api-*"]
                  pullThroughCachePrincipals: ["arn:aws:iam::123456789012:role/node"]
                """);
        assertEquals(0, r.status(), r.err());
        var doc = (Map<String, Object>) Json.parse(r.out()).orElseThrow();
        var policies = ((List<Map<String, Object>>) doc.get("resources")).stream()
                .filter(x -> x.get("type").equals("aws:ecr/repositoryPolicy:RepositoryPolicy")).toList();
        assertEquals(1, policies.size());
        assertEquals(golden(), ((Map<String, Object>) policies.get(0).get("inputs")).get("policy"));
    }

    /**
     * The statement Lambda writes itself into a repository policy it finds without a grant (Sid
     * LambdaECRImageRetrievalPolicy, as reported in aws/aws-cdk#18473 and terraform-aws-modules/terraform-aws-ecr#34),
     * copied into {@code policy} to keep it, next to {@code lambdaReadAccess}: no Sid clash (ecrkit's Sids are its
     * own), the statement and the policy's Version are kept verbatim and first, the intent's statement follows, the
     * document passes the IAM check, and no finding says Lambda lacks a source condition (docs/access.md).
     */
    @Test
    @SuppressWarnings("unchecked")
    void lambdasOwnStatementInPolicy_isKeptVerbatim_nextToLambdaReadAccess(@TempDir Path dir) throws IOException {
        String lambdas = "{\"Sid\":\"LambdaECRImageRetrievalPolicy\",\"Effect\":\"Allow\",\"Principal\":{\"Service\":"
                + "\"lambda.amazonaws.com\"},\"Action\":[\"ecr:BatchGetImage\",\"ecr:DeleteRepositoryPolicy\","
                + "\"ecr:GetDownloadUrlForLayer\",\"ecr:GetRepositoryPolicy\",\"ecr:SetRepositoryPolicy\"],\"Condition\":"
                + "{\"StringLike\":{\"aws:sourceArn\":\"arn:aws:lambda:us-east-1:111122223333:function:*\"}}}";
        var r = plan(dir, "app:\n  lambdaReadAccess: [\"111122223333\"]\n  policy: '{\"Version\":\"2008-10-17\","
                + "\"Statement\":[" + lambdas + "]}'\n");
        assertEquals(0, r.status(), r.err());
        var doc = (Map<String, Object>) Json.parse(r.out()).orElseThrow();
        var policies = ((List<Map<String, Object>>) doc.get("resources")).stream()
                .filter(x -> x.get("type").equals("aws:ecr/repositoryPolicy:RepositoryPolicy")).toList();
        assertEquals(1, policies.size());
        String policy = (String) ((Map<String, Object>) policies.get(0).get("inputs")).get("policy");
        assertEquals("{\"Version\":\"2008-10-17\",\"Statement\":[" + lambdas + ",{\"Sid\":\"LambdaReadAccounts\","
                + "\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"lambda.amazonaws.com\"},\"Action\":["
                + "\"ecr:BatchGetImage\",\"ecr:GetDownloadUrlForLayer\"],\"Condition\":{\"StringLike\":{"
                + "\"aws:SourceArn\":\"arn:*:lambda:*:111122223333:function:*\"}}}]}", policy);
        assertEquals(List.of(), IamPolicyCheck.load().check(policy, IamPolicyCheck.Kind.REPOSITORY));
        assertEquals(List.of(), ((List<Map<String, Object>>) doc.get("findings")).stream().map(f -> f.get("id"))
                .filter("ECRKIT-POLICY-LAMBDA-NO-SOURCE"::equals).toList());
    }

    @Test
    void badIntents_andADenyOfPolicyThatBlocksOne_areReportedByKeyPath(@TempDir Path dir) throws IOException {
        var r = plan(dir, """
                app:
                  readOnlyPrincipals: ["*"]
                  pushPrincipals: ["arn:aws:iam::210987654321:role/ci"]
                  policy: '{"Statement":[{"Sid":"NoPush","Effect":"Deny","Principal":"*","Action":"ecr:PutImage"}]}'
                """);
        assertEquals(2, r.status(), r.out() + r.err());
        assertTrue(r.err().contains("ecrkit:repositories.app.readOnlyPrincipals[0]: \"*\" (every principal) is accepted"
                + " only with an organization condition"), r.err());
        assertTrue(r.err().contains("ecrkit:repositories.app.pushPrincipals: the Deny policy.Statement[0] (Sid NoPush)"
                + " blocks ecr:PutImage for arn:aws:iam::210987654321:role/ci, which pushPrincipals allows"), r.err());
    }
}
