package dev.ecrkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ecrkit.IamPolicyCheck.Kind;
import dev.ecrkit.findings.Access;
import dev.ecrkit.policy.ConditionOperators;
import dev.ecrkit.policy.GovernancePolicies;
import dev.ecrkit.policy.PullThroughCacheRolePolicy;
import dev.ecrkit.policy.RepositoryAccess;
import dev.ecrkit.registry.ReplicationSources;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The IAM policy checker itself (mutations must fail), and ecrkit's action lists against its reference data. */
class IamPolicyCheckTest {
    private static final IamPolicyCheck CHECK = IamPolicyCheck.load();

    private static String repositoryPolicy(String action, String condition) {
        return "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"S\",\"Effect\":\"Allow\","
                + "\"Principal\":{\"AWS\":\"arn:aws:iam::123456789012:role/ci\"},\"Action\":" + action
                + (condition.isEmpty() ? "" : ",\"Condition\":" + condition) + "}]}";
    }

    @Test
    void aValidRepositoryPolicy_passes() {
        assertEquals(List.of(), CHECK.check(repositoryPolicy("[\"ecr:BatchGetImage\",\"ecr:Get*\",\"ecr:*\"]",
                "{\"ForAnyValue:StringLikeIfExists\":{\"aws:PrincipalOrgPaths\":\"o-abcdef1234/*\"},"
                        + "\"StringEquals\":{\"ecr:ResourceTag/team\":\"a\",\"AWS:SOURCEACCOUNT\":\"123456789012\"}}"),
                Kind.REPOSITORY));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        invented action      | "ecr:PullImage"                 | | Statement[0] (Sid S) Action: no such action in the Service Authorization Reference: ecr:PullImage
        wildcard matching no action | "ecr:Pull*"              | | Statement[0] (Sid S) Action: no such action in the Service Authorization Reference: ecr:Pull*
        action without a resource | "ecr:GetAuthorizationToken" | | Statement[0] (Sid S) Action: not an action on the repository resource type, so a repository policy cannot grant it: ecr:GetAuthorizationToken
        another service      | "s3:GetObject"                  | | Statement[0] (Sid S) Action: service prefix not in the reference data (/dev/ecrkit/iam-reference.tsv): s3:GetObject
        another service's action | "kms:Decrypt"               | | Statement[0] (Sid S) Action: a repository policy grants ecr actions only: kms:Decrypt
        misspelt global key  | "ecr:BatchGetImage" | {"StringEquals":{"aws:SourceAcount":"123456789012"}} | Statement[0] (Sid S) Condition.StringEquals: not a global condition key nor one its service documents: aws:SourceAcount
        misspelt service key | "ecr:BatchGetImage" | {"StringEquals":{"kms:ViaServices":"ecr.us-east-1.amazonaws.com"}} | Statement[0] (Sid S) Condition.StringEquals: not a global condition key nor one its service documents: kms:ViaServices
        template without a tag | "ecr:BatchGetImage" | {"StringEquals":{"aws:ResourceTag/":"x"}} | Statement[0] (Sid S) Condition.StringEquals: not a global condition key nor one its service documents: aws:ResourceTag/
        bad operator         | "ecr:BatchGetImage" | {"StringEqual":{"aws:SourceAccount":"123456789012"}} | Statement[0] (Sid S) Condition: unknown condition operator: StringEqual
        NullIfExists         | "ecr:BatchGetImage" | {"NullIfExists":{"aws:SourceAccount":"true"}} | Statement[0] (Sid S) Condition: unknown condition operator: NullIfExists
        bad set prefix       | "ecr:BatchGetImage" | {"ForSomeValues:StringLike":{"aws:PrincipalOrgPaths":"o-abcdef1234/*"}} | Statement[0] (Sid S) Condition: unknown condition operator: ForSomeValues:StringLike
        """)
    void aMutatedRepositoryPolicy_failsWithOneLine(String name, String action, String condition, String expected) {
        assertEquals(List.of(expected), CHECK.check(repositoryPolicy(action, condition == null ? "" : condition),
                Kind.REPOSITORY), name);
    }

    @Test
    void principalsAndStatementShape_areChecked() {
        assertEquals(List.of("Statement[0] Principal.AWS: not a well-formed AWS principal: arn:aws:iam::12345:role/x",
                "Statement[0] Principal.Service: not a well-formed Service principal: lambda",
                "Statement[0] Principal: unknown principal type (AWS, Service, Federated, CanonicalUser): Aws"),
                CHECK.check("{\"Statement\":{\"Effect\":\"Allow\",\"Action\":\"ecr:BatchGetImage\",\"Principal\":{"
                        + "\"AWS\":[\"arn:aws:iam::12345:role/x\",\"111122223333\",\"*\"],\"Service\":\"lambda\","
                        + "\"Aws\":\"*\"}}}", Kind.REPOSITORY));
        assertEquals(List.of("Statement[1] (Sid A): Sids must be unique within a policy: A",
                "Statement[1] (Sid A) Action: not an action on the key resource type, so a key policy cannot grant it:"
                        + " kms:CreateKey"),
                CHECK.check("{\"Statement\":[{\"Sid\":\"A\",\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":"
                        + "\"kms:Create*\"},{\"Sid\":\"A\",\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":"
                        + "\"kms:CreateKey\"}]}", Kind.KMS_KEY));
        String at = "Statement[0] (Sid Pull images): ";
        assertEquals(List.of(at + "Effect must be Allow or Deny: allow",
                at + "an IAM policy Sid takes ASCII letters and digits only: Pull images",
                at + "an identity policy statement takes no Principal",
                at + "an identity policy statement needs Resource or NotResource"),
                CHECK.check("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"Pull images\",\"Effect\":\"allow\","
                        + "\"Principal\":\"*\",\"Action\":\"ecr:BatchGetImage\"}]}", Kind.IDENTITY));
        assertEquals(List.of("Version: must be one of " + IamPolicyCheck.VERSIONS + ": 2012-10-18",
                "Statement[0]: a resource policy statement needs Principal or NotPrincipal",
                "Statement[0]: needs exactly one of Action and NotAction"),
                CHECK.check("{\"Version\":\"2012-10-18\",\"Statement\":[{\"Effect\":\"Deny\"}]}", Kind.KMS_KEY));
    }

    private static List<String> lower(List<String> actions) {
        return actions.stream().map(a -> a.substring("ecr:".length()).toLowerCase(Locale.ROOT)).sorted().toList();
    }

    /**
     * {@link Access#ACTIONS} is exactly the SAR's ECR actions on the repository resource type (35 in the reference
     * data of cfn-lint 1.51.0), so the access report expands {@code ecr:*} to every grantable action.
     */
    @Test
    void accessActions_areTheSarRepositoryActions() {
        var sar = CHECK.actionsOf("ecr", "repository");
        assertEquals(35, sar.size(), "the SAR's repository actions");
        assertEquals(sar, lower(Access.ACTIONS));
        assertTrue(CHECK.actionsOf("ecr", "").contains("getauthorizationtoken"), "GetAuthorizationToken has no resource");
    }

    /** Every ECR action list in the main code names actions the SAR defines on the repository resource type. */
    @Test
    void everyEcrActionList_namesRepositoryActions() {
        var repositoryActions = CHECK.actionsOf("ecr", "repository");
        Stream.of(Access.PULL, Access.PUSH, GovernancePolicies.PUSH_ACTIONS, RepositoryAccess.READ_ACTIONS,
                        RepositoryAccess.PUSH_ACTIONS, RepositoryAccess.LAMBDA_ACTIONS,
                        RepositoryAccess.PULL_THROUGH_CACHE_ACTIONS, ReplicationSources.ACTIONS,
                        PullThroughCacheRolePolicy.ACTIONS.stream().filter(a -> !a.equals(RepositoryAccess.AUTHORIZATION_TOKEN_ACTION)).toList())
                .flatMap(List::stream)
                .forEach(a -> assertTrue(repositoryActions.contains(a.substring(4).toLowerCase(Locale.ROOT)), a));
    }

    /** The main code's operator pattern accepts what the reference accepts, with and without affixes, and no more. */
    @Test
    void conditionOperators_agreeWithTheReference() {
        assertEquals(27, CHECK.operators().size());
        for (String base : Stream.concat(CHECK.operators().stream(), Stream.of("StringEqual", "NotNull")).toList()) {
            for (String op : Stream.of("", "ForAnyValue:", "ForAllValues:", "ForSomeValues:")
                    .flatMap(pre -> Stream.of(pre + base, pre + base + "IfExists")).toList()) {
                assertEquals(CHECK.isOperator(op), ConditionOperators.isOperator(op), op);
            }
        }
    }
}
