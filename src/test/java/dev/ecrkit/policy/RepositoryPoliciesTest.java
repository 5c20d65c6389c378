package dev.ecrkit.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ecrkit.validation.Problems;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RepositoryPoliciesTest {
    private static final PolicyStatement DENY = GovernancePolicies.denyPushExcept("PullRequestRuleDenyPushRelease",
            List.of("arn:aws:iam::123456789012:role/ci"));
    private static final String DENY_JSON = "{\"Sid\":\"PullRequestRuleDenyPushRelease\",\"Effect\":\"Deny\","
            + "\"Principal\":{\"AWS\":\"*\"},\"Action\":[\"ecr:PutImage\",\"ecr:InitiateLayerUpload\","
            + "\"ecr:UploadLayerPart\",\"ecr:CompleteLayerUpload\"],\"Condition\":{\"ArnNotLike\":{"
            + "\"aws:PrincipalArn\":\"arn:aws:iam::123456789012:role/ci\"},\"Bool\":{\"aws:PrincipalIsAWSService\":"
            + "\"false\"}}}";

    private static Optional<String> merge(Problems p, String user, List<PolicyStatement> generated) {
        return RepositoryPolicies.merge(p, "policy", Optional.ofNullable(user), generated);
    }

    @Test
    void userStatementsComeFirst_thenTheRulesStatements_withTheUsersMembersKept() {
        var p = new Problems();
        String user = "{\"Version\":\"2008-10-17\",\"Id\":\"mine\",\"Statement\":[{\"Sid\":\"Pull\",\"Effect\":\"Allow\","
                + "\"Principal\":{\"AWS\":\"arn:aws:iam::210987654321:root\"},\"Action\":\"ecr:BatchGetImage\"}]}";
        assertEquals(Optional.of("{\"Version\":\"2008-10-17\",\"Id\":\"mine\",\"Statement\":[{\"Sid\":\"Pull\","
                + "\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::210987654321:root\"},"
                + "\"Action\":\"ecr:BatchGetImage\"}," + DENY_JSON + "]}"), merge(p, user, List.of(DENY)));
        assertEquals(List.of(), p.list());
    }

    @Test
    void singleStatementObject_andMissingVersion_areHandled() {
        var p = new Problems();
        assertEquals(Optional.of("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
                + "\"Principal\":{\"AWS\":\"arn:aws:iam::210987654321:root\"},\"Action\":\"ecr:BatchGetImage\"},"
                + DENY_JSON + "]}"), merge(p, "{\"Statement\":{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":"
                + "\"arn:aws:iam::210987654321:root\"},\"Action\":\"ecr:BatchGetImage\"}}", List.of(DENY)));
    }

    @Test
    void onlyOneSide_isUsedAsIs_andNeitherGivesNoPolicy() {
        var p = new Problems();
        assertEquals(Optional.of("{\"Version\":\"2012-10-17\",\"Statement\":[" + DENY_JSON + "]}"),
                merge(p, null, List.of(DENY)));
        assertEquals(Optional.of("{ \"Statement\": [] }"), merge(p, "{ \"Statement\": [] }", List.of()));
        assertEquals(Optional.empty(), merge(p, null, List.of()));
    }

    @Test
    void aUserSidThatARuleGenerates_isAnError() {
        var p = new Problems();
        merge(p, "{\"Statement\":[{\"Sid\":\"PullRequestRuleDenyPushRelease\",\"Effect\":\"Allow\"}]}", List.of(DENY));
        assertEquals(List.of("policy: a statement already uses the Sid PullRequestRuleDenyPushRelease, which a pull"
                + " request rule generates; rename it (Sids must be unique), got \"PullRequestRuleDenyPushRelease\""),
                p.list().stream().map(Object::toString).toList());
    }

    @Test
    void mergedPolicyOverTheLimit_isAnError() {
        var p = new Problems();
        String big = "{\"Statement\":[{\"Sid\":\"" + "S".repeat(10_100) + "\",\"Effect\":\"Allow\"}]}";
        merge(p, big, List.of(DENY));
        assertEquals(1, p.list().size());
        assertEquals("policy", p.list().get(0).field());
    }

    @Test
    void conditions_mergePerOperator_andTheSameKeyTwiceMergesItsValues() {
        var s = PolicyStatement.deny("S").awsPrincipals("*").actions("ecr:PutImage").noResource()
                .condition("StringEquals", "aws:PrincipalAccount", "123456789012")
                .condition("StringEquals", "aws:PrincipalOrgID", "o-abc").build();
        assertEquals("{\"Sid\":\"S\",\"Effect\":\"Deny\",\"Principal\":{\"AWS\":\"*\"},\"Action\":\"ecr:PutImage\","
                + "\"Condition\":{\"StringEquals\":{\"aws:PrincipalAccount\":\"123456789012\","
                + "\"aws:PrincipalOrgID\":\"o-abc\"}}}", dev.ecrkit.json.Json.write(s.toJson()));
        var twice = PolicyStatement.deny("S").awsPrincipals("*").actions("ecr:PutImage").noResource()
                .condition("StringLike", "aws:PrincipalArn", "a")
                .condition("StringLike", "aws:PrincipalArn", "b", "a").build();
        assertEquals("{\"Sid\":\"S\",\"Effect\":\"Deny\",\"Principal\":{\"AWS\":\"*\"},\"Action\":\"ecr:PutImage\","
                + "\"Condition\":{\"StringLike\":{\"aws:PrincipalArn\":[\"a\",\"b\"]}}}",
                dev.ecrkit.json.Json.write(twice.toJson()));
    }
}
