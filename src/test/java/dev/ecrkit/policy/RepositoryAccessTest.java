package dev.ecrkit.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ecrkit.validation.Problems;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Access intents (issue 21): the statements each produces (golden), the checks, the conflicts with {@code policy}. */
class RepositoryAccessTest {
    static final RepositoryAccess ALL = new RepositoryAccess(
            List.of("arn:aws:iam::210987654321:role/reader", "111122223333"),
            List.of("arn:aws:iam::210987654321:role/ci"),
            List.of("arn:aws:iam::123456789012:role/admin"),
            List.of("o-abcdef1234"), List.of("o-abcdef1234"),
            List.of("o-abcdef1234/r-ab12/ou-ab12-11111111/"), List.of("o-abcdef1234/r-ab12/ou-ab12-22222222/*"),
            List.of("444455556666", "arn:aws:lambda:us-east-1:777788889999:function:api-*"),
            List.of("arn:aws:iam::123456789012:role/node"));

    static String golden() throws IOException {
        try (InputStream in = RepositoryAccessTest.class.getResourceAsStream("access-intents.golden.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        }
    }

    private static List<String> problems(Problems p) {
        return p.list().stream().map(Object::toString).toList();
    }

    @Test
    void everyIntent_rendersItsStatementsWithStableSids_inOneDocument() throws IOException {
        var p = new Problems();
        ALL.check(p);
        assertEquals(Optional.of(golden()), RepositoryPolicies.merge(p, "policy", Optional.empty(), ALL, List.of()));
        assertEquals(List.of(), problems(p));
        assertEquals(List.of("ReadOnlyPrincipals", "PushPrincipals", "FullAccessPrincipals", "ReadOrganizations",
                "PushOrganizations", "ReadOrganizationPaths", "PushOrganizationPaths", "LambdaReadAccounts",
                "LambdaReadFunctions", "PullThroughCachePrincipals"), ALL.statements().stream().map(g -> g.statement().sid()).toList());
    }

    @Test
    void actionSets_areTheDocumentedOnes() {
        assertEquals(List.of("ecr:BatchCheckLayerAvailability", "ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer"),
                RepositoryAccess.READ_ACTIONS);
        assertEquals(RepositoryAccess.READ_ACTIONS, RepositoryAccess.PUSH_ACTIONS.subList(0, 3));
        assertEquals(List.of("ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer"), RepositoryAccess.LAMBDA_ACTIONS);
        assertEquals(true, RepositoryAccess.NONE.isEmpty());
        assertEquals(Optional.empty(), RepositoryPolicies.merge(new Problems(), "policy", Optional.empty(),
                RepositoryAccess.NONE, List.of()));
    }

    @Test
    void badValues_andAWildcardPrincipal_areReportedAtTheirKeyAndIndex() {
        var access = new RepositoryAccess(List.of("*"), List.of("12345"), List.of("arn:aws:iam::123456789012:group/devs"),
                List.of("o-short"), List.of(), List.of("ou-ab12-11111111"), List.of(),
                List.of("arn:aws:lambda:us-east-1:123456789012:layer:x"), List.of());
        var p = new Problems();
        access.check(p);
        assertEquals(List.of("readOnlyPrincipals[0]", "pushPrincipals[0]", "fullAccessPrincipals[0]",
                "readOrganizationIds[0]", "readOrganizationPaths[0]", "lambdaReadAccess[0]"),
                p.list().stream().map(x -> x.field()).toList());
        assertEquals(true, problems(p).get(0).contains("accepted only with an organization condition"), problems(p).get(0));
        assertEquals(true, problems(p).get(2).contains("IAM groups cannot be principals"), problems(p).get(2));
    }

    @Test
    void aSidOfPolicyThatAnIntentGenerates_isReportedNamingBothKeys() {
        var p = new Problems();
        RepositoryPolicies.merge(p, "policy", Optional.of("{\"Statement\":[{\"Sid\":\"PushPrincipals\",\"Effect\":"
                + "\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::210987654321:root\"},\"Action\":\"ecr:ListImages\"}]}"),
                ALL, List.of());
        assertEquals(List.of("pushPrincipals: a statement of policy already uses the Sid PushPrincipals, which"
                + " pushPrincipals generates; rename it (Sids must be unique), got \"PushPrincipals\""), problems(p));
    }

    @Test
    void anUnconditionalDenyOfPolicy_thatBlocksAnIntent_isReportedNamingBothKeys() {
        var access = new RepositoryAccess(List.of(), List.of("arn:aws:iam::210987654321:role/ci"), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of());
        var p = new Problems();
        RepositoryPolicies.merge(p, "policy", Optional.of("{\"Statement\":[{\"Sid\":\"NoPush\",\"Effect\":\"Deny\","
                + "\"Principal\":\"*\",\"Action\":\"ecr:Put*\"}]}"), access, List.of());
        assertEquals(List.of("pushPrincipals: the Deny policy.Statement[0] (Sid NoPush) blocks ecr:PutImage for"
                + " arn:aws:iam::210987654321:role/ci, which pushPrincipals allows; remove one of them,"
                + " got \"arn:aws:iam::210987654321:role/ci\""), problems(p));
    }

    @Test
    void aDenyForAnotherPrincipal_anotherAction_orWithACondition_isNoConflict() {
        var access = new RepositoryAccess(List.of(), List.of("arn:aws:iam::210987654321:role/ci"), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of());
        var p = new Problems();
        RepositoryPolicies.merge(p, "policy", Optional.of("{\"Statement\":["
                + "{\"Effect\":\"Deny\",\"Principal\":{\"AWS\":\"arn:aws:iam::210987654321:role/other\"},\"Action\":\"ecr:*\"},"
                + "{\"Effect\":\"Deny\",\"Principal\":\"*\",\"Action\":\"ecr:DeleteRepository\"},"
                + "{\"Effect\":\"Deny\",\"Principal\":\"*\",\"Action\":\"ecr:*\",\"Condition\":{\"Bool\":"
                + "{\"aws:SecureTransport\":\"false\"}}}]}"), access, List.of());
        assertEquals(List.of(), problems(p));
    }
}
