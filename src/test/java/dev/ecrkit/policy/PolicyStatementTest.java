package dev.ecrkit.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ecrkit.validation.Problems;
import java.util.List;
import org.junit.jupiter.api.Test;

class PolicyStatementTest {
    private static List<String> problems(PolicyStatement s) {
        var p = new Problems();
        s.check(p, "customPolicyStatements[0]");
        return p.list().stream().map(Object::toString).toList();
    }

    @Test
    void emptyStatement_needsPrincipalsAndActions() {
        assertEquals(List.of(
                "customPolicyStatements[0].principals: is required: every key policy statement names its principals",
                "customPolicyStatements[0].actions: must name at least one action"),
                problems(PolicyStatement.builder().build()));
    }

    @Test
    void badActionsOperatorsValuesAndPrincipals_areEachNamed() {
        var s = PolicyStatement.builder()
                .principals(Principals.aws("arn:aws:iam::123456789012:group/devs", "not-an-arn"))
                .actions("kms:Decrypt", "s3:GetObject")
                .resources()
                .condition("StringEqual", "kms:ViaService", "ecr.eu-west-1.amazonaws.com")
                .condition("Bool", "", "true")
                .condition(new Condition("StringEquals", "kms:CallerAccount", List.of()))
                .build();
        assertEquals(List.of(
                "customPolicyStatements[0].principals.identifiers[0]: IAM groups cannot be principals; name the users"
                        + " or a role instead, got \"arn:aws:iam::123456789012:group/devs\"",
                "customPolicyStatements[0].principals.identifiers[1]: must be an IAM principal ARN, a 12-digit account"
                        + " id or \"*\", got \"not-an-arn\"",
                "customPolicyStatements[0].actions[1]: must be \"*\" or a KMS action such as \"kms:Decrypt\" or"
                        + " \"kms:Get*\", got \"s3:GetObject\"",
                "customPolicyStatements[0].resources: must name at least one resource (\"*\" means this key)",
                "customPolicyStatements[0].conditions[0].test: " + ConditionOperators.OPERATOR_RULE
                        + ", got \"StringEqual\"",
                "customPolicyStatements[0].conditions[1].variable: must name a condition key such as"
                        + " \"kms:ViaService\", got \"\"",
                "customPolicyStatements[0].conditions[2].values: must have at least one value"), problems(s));
    }

    @Test
    void allowToEveryone_needsAConditionPinningTheCaller() {
        var open = PolicyStatement.builder().principals(Principals.aws("*")).actions("kms:Decrypt");
        assertEquals(List.of("customPolicyStatements[0].principals: " + ConditionOperators.WILDCARD_RULE),
                problems(open.build()));
        assertEquals(List.of("customPolicyStatements[0].principals: " + ConditionOperators.WILDCARD_RULE),
                problems(open.condition("StringEquals", "kms:ViaService", "ecr.eu-west-1.amazonaws.com").build()),
                "kms:ViaService alone does not pin the account");
        assertEquals(List.of("customPolicyStatements[0].principals: " + ConditionOperators.WILDCARD_RULE),
                problems(PolicyStatement.builder().principals(Principals.aws("*")).actions("kms:Decrypt")
                        .condition("StringLike", "aws:PrincipalArn", "arn:aws:iam::*:role/ci").build()),
                "a wildcard value does not pin the caller");
        assertEquals(List.of(), problems(PolicyStatement.builder().principals(Principals.aws("*")).actions("kms:Decrypt")
                .condition("StringEquals", "kms:CallerAccount", "123456789012").build()));
        assertEquals(List.of(), problems(PolicyStatement.builder().effect(Effect.DENY).principals(Principals.aws("*"))
                .actions("kms:*").build()), "a Deny to everyone opens nothing");
    }

    @Test
    void validPrincipalsOfEveryType_passAndRenderMergedByType() {
        var s = PolicyStatement.builder()
                .principals(Principals.aws("123456789012"))
                .principals(Principals.service("ecr.amazonaws.com"))
                .principals(Principals.aws("arn:aws:iam::123456789012:role/ci", "123456789012"))
                .principals(PrincipalType.FEDERATED, "cognito-identity.amazonaws.com")
                .actions("*")
                .build();
        assertEquals(List.of(), problems(s));
        assertEquals("{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":[\"123456789012\",\"arn:aws:iam::123456789012:role/ci\"],"
                + "\"Service\":\"ecr.amazonaws.com\",\"Federated\":\"cognito-identity.amazonaws.com\"},"
                + "\"Action\":\"*\",\"Resource\":\"*\"}", dev.ecrkit.json.Json.write(s.toJson()));
    }
}
