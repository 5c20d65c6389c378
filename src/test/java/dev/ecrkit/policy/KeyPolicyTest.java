package dev.ecrkit.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ecrkit.json.Json;
import dev.ecrkit.kms.KmsKeySettings;
import dev.ecrkit.validation.Problems;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Golden key policies: the exact JSON ecrkit sends as the key's {@code policy}. */
class KeyPolicyTest {
    private static final AwsScope EU = new AwsScope("aws", "eu-west-1", "123456789012");

    /** The compact form of a pretty-printed expected document (member order and values kept exactly). */
    static String golden(String pretty) {
        return Json.write(Json.parse(pretty).orElseThrow());
    }

    @Test
    void defaults_rootAdministrationAndUseOnlyThroughEcrInTheAccountAndRegion() {
        assertEquals(golden("""
                {"Version": "2012-10-17", "Statement": [
                  {"Sid": "EnableIAMRootUserPermissions", "Effect": "Allow",
                   "Principal": {"AWS": "arn:aws:iam::123456789012:root"},
                   "Action": ["kms:Create*", "kms:Describe*", "kms:Enable*", "kms:List*", "kms:Put*", "kms:Update*",
                              "kms:Revoke*", "kms:Disable*", "kms:Get*", "kms:Delete*", "kms:TagResource",
                              "kms:UntagResource", "kms:ScheduleKeyDeletion", "kms:CancelKeyDeletion"],
                   "Resource": "*"},
                  {"Sid": "AllowUseThroughECR", "Effect": "Allow",
                   "Principal": {"AWS": "arn:aws:iam::123456789012:root"},
                   "Action": ["kms:Encrypt", "kms:Decrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:DescribeKey"],
                   "Resource": "*",
                   "Condition": {"StringEquals": {"kms:CallerAccount": "123456789012",
                                                  "kms:ViaService": "ecr.eu-west-1.amazonaws.com"}}},
                  {"Sid": "AllowGrantsForECR", "Effect": "Allow",
                   "Principal": {"AWS": "arn:aws:iam::123456789012:root"},
                   "Action": "kms:CreateGrant",
                   "Resource": "*",
                   "Condition": {"StringEquals": {"kms:CallerAccount": "123456789012",
                                                  "kms:ViaService": "ecr.eu-west-1.amazonaws.com"},
                                 "Bool": {"kms:GrantIsForAWSResource": "true"}}}
                ]}
                """), KmsKeySettings.defaults().keyPolicy().document(EU).toJson());
    }

    @Test
    void administratorsUsersAndAdditionalPrincipals_getTheirOwnStatementsInTheAccountsPartition() {
        var settings = KmsKeySettings.builder()
                .allowEcrService(false)
                .keyAdministrators("arn:aws-us-gov:iam::111122223333:role/platform/key-admin")
                .keyUsers("arn:aws-us-gov:iam::111122223333:role/ci", "arn:aws-us-gov:iam::111122223333:user/alice")
                .additionalPrincipals("arn:aws-us-gov:iam::444455556666:root",
                        "arn:aws-us-gov:sts::111122223333:assumed-role/deploy/session-1")
                .build();
        var gov = new AwsScope("aws-us-gov", "us-gov-west-1", "111122223333");
        assertEquals(golden("""
                {"Version": "2012-10-17", "Statement": [
                  {"Sid": "EnableIAMRootUserPermissions", "Effect": "Allow",
                   "Principal": {"AWS": "arn:aws-us-gov:iam::111122223333:root"},
                   "Action": ["kms:Create*", "kms:Describe*", "kms:Enable*", "kms:List*", "kms:Put*", "kms:Update*",
                              "kms:Revoke*", "kms:Disable*", "kms:Get*", "kms:Delete*", "kms:TagResource",
                              "kms:UntagResource", "kms:ScheduleKeyDeletion", "kms:CancelKeyDeletion"],
                   "Resource": "*"},
                  {"Sid": "AllowKeyAdministrators", "Effect": "Allow",
                   "Principal": {"AWS": "arn:aws-us-gov:iam::111122223333:role/platform/key-admin"},
                   "Action": ["kms:Create*", "kms:Describe*", "kms:Enable*", "kms:List*", "kms:Put*", "kms:Update*",
                              "kms:Revoke*", "kms:Disable*", "kms:Get*", "kms:Delete*", "kms:TagResource",
                              "kms:UntagResource", "kms:ScheduleKeyDeletion", "kms:CancelKeyDeletion"],
                   "Resource": "*"},
                  {"Sid": "AllowKeyUsers", "Effect": "Allow",
                   "Principal": {"AWS": ["arn:aws-us-gov:iam::111122223333:role/ci",
                                         "arn:aws-us-gov:iam::111122223333:user/alice"]},
                   "Action": ["kms:Encrypt", "kms:Decrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:DescribeKey"],
                   "Resource": "*"},
                  {"Sid": "AllowAdditionalPrincipals", "Effect": "Allow",
                   "Principal": {"AWS": ["arn:aws-us-gov:iam::444455556666:root",
                                         "arn:aws-us-gov:sts::111122223333:assumed-role/deploy/session-1"]},
                   "Action": ["kms:Encrypt", "kms:Decrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:DescribeKey"],
                   "Resource": "*"}
                ]}
                """), settings.keyPolicy().document(gov).toJson());
        var p = new Problems();
        settings.keyPolicy().checkFor(gov, p);
        assertTrue(p.isEmpty(), p.list().toString());
    }

    @Test
    void customStatements_conditionsMergePerOperatorAndKeyInsteadOfOverwriting() {
        var logs = PolicyStatement.builder()
                .sid("AllowCloudWatchLogs")
                .principals(Principals.service("logs.cn-north-1.amazonaws.com.cn"))
                .actions("kms:Encrypt*", "kms:Decrypt*", "kms:GenerateDataKey*", "kms:Describe*")
                .condition("ArnLike", "kms:EncryptionContext:aws:logs:arn", "arn:aws-cn:logs:cn-north-1:123456789012:*")
                .condition("StringEquals", "aws:SourceAccount", "123456789012")
                .condition("ArnLike", "kms:EncryptionContext:aws:logs:arn", "arn:aws-cn:logs:cn-north-1:210987654321:*")
                .condition("StringEquals", "kms:ViaService", "logs.cn-north-1.amazonaws.com.cn")
                .build();
        var denyOthers = PolicyStatement.builder()
                .effect(Effect.DENY)
                .principals(Principals.aws("*"))
                .actions("kms:Decrypt")
                .condition("StringNotEquals", "aws:PrincipalOrgID", "o-abc123")
                .condition("StringNotEquals", "aws:PrincipalOrgID", "o-abc123")
                .build();
        var settings = KmsKeySettings.builder().allowEcrService(false).customPolicyStatements(logs, denyOthers).build();
        assertEquals(golden("""
                {"Version": "2012-10-17", "Statement": [
                  {"Sid": "EnableIAMRootUserPermissions", "Effect": "Allow",
                   "Principal": {"AWS": "arn:aws-cn:iam::123456789012:root"},
                   "Action": ["kms:Create*", "kms:Describe*", "kms:Enable*", "kms:List*", "kms:Put*", "kms:Update*",
                              "kms:Revoke*", "kms:Disable*", "kms:Get*", "kms:Delete*", "kms:TagResource",
                              "kms:UntagResource", "kms:ScheduleKeyDeletion", "kms:CancelKeyDeletion"],
                   "Resource": "*"},
                  {"Sid": "AllowCloudWatchLogs", "Effect": "Allow",
                   "Principal": {"Service": "logs.cn-north-1.amazonaws.com.cn"},
                   "Action": ["kms:Encrypt*", "kms:Decrypt*", "kms:GenerateDataKey*", "kms:Describe*"],
                   "Resource": "*",
                   "Condition": {
                     "ArnLike": {"kms:EncryptionContext:aws:logs:arn": ["arn:aws-cn:logs:cn-north-1:123456789012:*",
                                                                         "arn:aws-cn:logs:cn-north-1:210987654321:*"]},
                     "StringEquals": {"aws:SourceAccount": "123456789012",
                                      "kms:ViaService": "logs.cn-north-1.amazonaws.com.cn"}}},
                  {"Effect": "Deny",
                   "Principal": {"AWS": "*"},
                   "Action": "kms:Decrypt",
                   "Resource": "*",
                   "Condition": {"StringNotEquals": {"aws:PrincipalOrgID": "o-abc123"}}}
                ]}
                """), settings.keyPolicy().document(new AwsScope("aws-cn", "cn-north-1", "123456789012")).toJson());
        var p = new Problems();
        settings.validate(p, true);
        assertTrue(p.isEmpty(), p.list().toString());
    }

    @Test
    void noDefaultPolicy_noEcrService_onlyTheListedStatements() {
        var doc = KmsKeySettings.builder().enableDefaultPolicy(false).allowEcrService(false)
                .keyAdministrators("arn:aws:iam::123456789012:role/admin").build().keyPolicy().document(EU);
        assertEquals(List.of("AllowKeyAdministrators"), doc.statements().stream().map(PolicyStatement::sid).toList());
    }

    @Test
    void principalOfAnotherPartition_isReportedWhenTheAccountIsKnown() {
        var settings = KmsKeySettings.builder().keyUsers("arn:aws-cn:iam::123456789012:role/ci").build();
        var p = new Problems();
        settings.keyPolicy().checkFor(EU, p);
        assertEquals(List.of("keyUsers[0]: must be in partition aws (the key's region eu-west-1 is in it),"
                + " got \"arn:aws-cn:iam::123456789012:role/ci\""), p.list().stream().map(Object::toString).toList());
    }

    @Test
    void policyOver32KiB_isReported() {
        var many = java.util.stream.IntStream.range(0, 600)
                .mapToObj(i -> "arn:aws:iam::123456789012:role/a-rather-long-role-name-for-the-size-test-" + i).toList();
        var p = new Problems();
        KmsKeySettings.builder().keyUsers(many).build().keyPolicy().checkFor(EU, p);
        assertEquals(1, p.list().size(), p.list().toString());
        assertTrue(p.list().get(0).toString().startsWith("policy: the generated key policy must be at most 32768 bytes"),
                p.list().toString());
    }
}
