package dev.ecrkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ecrkit.validation.InvalidInputException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Access intents through the Java API (issue 21): one repository policy, conflicts refused by {@code build()}. */
class RepositoryAccessApiTest {
    private static final String POLICY = "aws:ecr/repositoryPolicy:RepositoryPolicy";

    @Test
    void intents_andTheUsersPolicy_becomeOneRepositoryPolicy_userStatementsFirst() {
        var run = TestEngine.run(ctx -> new Repository("app", RepositoryArgs.builder().name("app")
                .policy("{\"Statement\":[{\"Sid\":\"Mine\",\"Effect\":\"Allow\",\"Principal\":{\"AWS\":"
                        + "\"arn:aws:iam::210987654321:root\"},\"Action\":\"ecr:ListImages\"}]}")
                .readOnlyPrincipals("111122223333")
                .lambdaReadAccess("444455556666")
                .build(), null));
        String policy = (String) run.one(POLICY).inputs().get("policy");
        assertEquals("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"Mine\",\"Effect\":\"Allow\",\"Principal\":"
                + "{\"AWS\":\"arn:aws:iam::210987654321:root\"},\"Action\":\"ecr:ListImages\"},"
                + "{\"Sid\":\"ReadOnlyPrincipals\",\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"111122223333\"},"
                + "\"Action\":[\"ecr:BatchCheckLayerAvailability\",\"ecr:BatchGetImage\",\"ecr:GetDownloadUrlForLayer\"]},"
                + "{\"Sid\":\"LambdaReadAccounts\",\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"lambda.amazonaws.com\"},"
                + "\"Action\":[\"ecr:BatchGetImage\",\"ecr:GetDownloadUrlForLayer\"],\"Condition\":{\"StringLike\":"
                + "{\"aws:SourceArn\":\"arn:*:lambda:*:444455556666:function:*\"}}}]}", policy);
    }

    @Test
    void intentsAlone_createThePolicy() {
        var run = TestEngine.run(ctx -> new Repository("app", RepositoryArgs.builder().name("app")
                .pushOrganizationIds("o-abcdef1234").build(), null));
        assertEquals(Map.of("repository", "app", "policy", "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":"
                + "\"PushOrganizations\",\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"*\"},\"Action\":["
                + "\"ecr:BatchCheckLayerAvailability\",\"ecr:BatchGetImage\",\"ecr:GetDownloadUrlForLayer\","
                + "\"ecr:CompleteLayerUpload\",\"ecr:InitiateLayerUpload\",\"ecr:PutImage\",\"ecr:UploadLayerPart\"],"
                + "\"Condition\":{\"StringEquals\":{\"aws:PrincipalOrgID\":\"o-abcdef1234\"}}}]}"),
                run.one(POLICY).inputs());
    }

    @Test
    void build_refusesADenyThatBlocksAnIntent_andAWildcardPrincipal() {
        var e = assertThrows(InvalidInputException.class, () -> RepositoryArgs.builder().name("app")
                .policy("{\"Statement\":[{\"Effect\":\"Deny\",\"Principal\":{\"AWS\":\"*\"},\"Action\":\"ecr:*\"}]}")
                .fullAccessPrincipals("arn:aws:iam::123456789012:role/admin", "*")
                .build());
        assertEquals(List.of("fullAccessPrincipals[1]", "fullAccessPrincipals"),
                e.problems().stream().map(p -> p.field()).toList());
    }
}
