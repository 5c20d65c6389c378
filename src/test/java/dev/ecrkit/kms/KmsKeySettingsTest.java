package dev.ecrkit.kms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ecrkit.policy.Principals;
import dev.ecrkit.policy.PolicyStatement;
import dev.ecrkit.validation.InvalidInputException;
import dev.ecrkit.validation.Problems;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class KmsKeySettingsTest {
    private static List<String> problems(UnaryOperator<KmsKeySettings.Builder> settings, boolean forRepository) {
        var p = new Problems();
        settings.apply(KmsKeySettings.builder()).build().validate(p, forRepository);
        return p.list().stream().map(Object::toString).toList();
    }

    static Stream<Arguments> badSettings() {
        return Stream.of(
                Arguments.of((UnaryOperator<KmsKeySettings.Builder>) b -> b.deletionWindowInDays(6),
                        "deletionWindowInDays: must be between 7 and 30, got 6"),
                Arguments.of((UnaryOperator<KmsKeySettings.Builder>) b -> b.deletionWindowInDays(31),
                        "deletionWindowInDays: must be between 7 and 30, got 31"),
                Arguments.of((UnaryOperator<KmsKeySettings.Builder>) b -> b.rotationPeriodInDays(89),
                        "rotationPeriodInDays: must be between 90 and 2560, got 89"),
                Arguments.of((UnaryOperator<KmsKeySettings.Builder>) b -> b.rotationPeriodInDays(2561),
                        "rotationPeriodInDays: must be between 90 and 2560, got 2561"),
                Arguments.of((UnaryOperator<KmsKeySettings.Builder>) b -> b.enableKeyRotation(false).rotationPeriodInDays(180),
                        "rotationPeriodInDays: only applies when key rotation is on (it is off), got 180"),
                Arguments.of((UnaryOperator<KmsKeySettings.Builder>) b -> b.aliasName("alias/ecr/app"),
                        "aliasName: give the alias without the \"alias/\" prefix, which ecrkit adds, got \"alias/ecr/app\""),
                Arguments.of((UnaryOperator<KmsKeySettings.Builder>) b -> b.aliasName("aws/ecr"),
                        "aliasName: must not start with \"aws/\" in any case (reserved for AWS managed keys), got \"aws/ecr\""),
                Arguments.of((UnaryOperator<KmsKeySettings.Builder>) b -> b.aliasName("ecr/app.v2"),
                        "aliasName: must be 1 or more characters of [a-zA-Z0-9:/_-], got \"ecr/app.v2\""),
                Arguments.of((UnaryOperator<KmsKeySettings.Builder>) b -> b.aliasName("x".repeat(251)),
                        "aliasName: must have at most 250 characters (256 with the \"alias/\" prefix), got \"251 characters\""),
                Arguments.of((UnaryOperator<KmsKeySettings.Builder>) b -> b.createAlias(false).aliasName("ecr/app"),
                        "aliasName: is only used with createAlias true, got \"ecr/app\""),
                Arguments.of((UnaryOperator<KmsKeySettings.Builder>) b -> b.keyAdministrators(
                        "arn:aws:iam::123456789012:role/admin", "arn:aws:iam::123456789012:role/"),
                        "keyAdministrators[1]: must be arn:<partition>:iam::<account>:root,"
                                + " arn:<partition>:iam::<account>:user/<name>, arn:<partition>:iam::<account>:role/<name>"
                                + " or arn:<partition>:sts::<account>:assumed-role/<role>/<session> (partition aws,"
                                + " aws-cn, aws-us-gov; account 12 digits), got \"arn:aws:iam::123456789012:role/\""),
                Arguments.of((UnaryOperator<KmsKeySettings.Builder>) b -> b.keyUsers("arn:aws-iso:iam::123456789012:root"),
                        "keyUsers[0]: partition must be one of aws, aws-cn, aws-us-gov, got \"arn:aws-iso:iam::123456789012:root\""),
                Arguments.of((UnaryOperator<KmsKeySettings.Builder>) b -> b.additionalPrincipals(
                        "arn:aws:iam::123456789012:group/devs"),
                        "additionalPrincipals[0]: IAM groups cannot be principals; name the users or a role instead,"
                                + " got \"arn:aws:iam::123456789012:group/devs\""),
                Arguments.of((UnaryOperator<KmsKeySettings.Builder>) b -> b.customPolicy("{\"Statement\": []}"),
                        "customPolicy: must have a Statement (an object or a non-empty list)"),
                Arguments.of((UnaryOperator<KmsKeySettings.Builder>) b -> b.customPolicyStatements(
                        PolicyStatement.builder().principals(Principals.aws("*")).actions("kms:Decrypt").build()),
                        "customPolicyStatements[0].principals: an Allow to every principal (\"*\") needs a condition"
                                + " that pins the caller: StringEquals/StringLike/ArnEquals/ArnLike on kms:CallerAccount,"
                                + " aws:PrincipalAccount, aws:PrincipalOrgID, aws:PrincipalArn, aws:SourceAccount,"
                                + " aws:SourceArn (or IpAddress aws:SourceIp, aws:SourceVpc(e)) with values without \"*\""),
                Arguments.of((UnaryOperator<KmsKeySettings.Builder>) b -> b.enableDefaultPolicy(false),
                        "enableDefaultPolicy: without the root statement, keyAdministrators or customPolicyStatements"
                                + " must let someone administer the key (AWS refuses a policy that locks the caller"
                                + " out), got false"),
                Arguments.of((UnaryOperator<KmsKeySettings.Builder>) b -> b.keyUsage(KeyUsage.GENERATE_VERIFY_MAC)
                        .enableKeyRotation(false).allowEcrService(false),
                        "keySpec: must support keyUsage GENERATE_VERIFY_MAC: one of HMAC_224, HMAC_256, HMAC_384,"
                                + " HMAC_512, got \"SYMMETRIC_DEFAULT\""),
                Arguments.of((UnaryOperator<KmsKeySettings.Builder>) b -> b.description("d".repeat(8193)),
                        "description: must have at most 8192 characters, got \"8193 characters\""),
                Arguments.of((UnaryOperator<KmsKeySettings.Builder>) b -> b.kmsTags(Map.of("aws:team", "x")),
                        "kmsTags[\"aws:team\"]: key must not start with \"aws:\" in any case (reserved for AWS),"
                                + " got \"aws:team\""));
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @MethodSource("badSettings")
    void badSetting_isOneProblemNamingTheField(UnaryOperator<KmsKeySettings.Builder> settings, String problem) {
        assertEquals(List.of(problem), problems(settings, false));
    }

    @Test
    void customPolicyWithGeneratedPolicyInputs_isAnErrorInsteadOfIgnoringThem() {
        assertEquals(List.of("keyAdministrators: not used with a complete custom policy, which replaces the generated"
                        + " policy: put them in the custom policy, got [\"arn:aws:iam::123456789012:role/a\"]",
                "keyUsers: not used with a complete custom policy, which replaces the generated policy: put them in"
                        + " the custom policy, got [\"arn:aws:iam::123456789012:role/u\"]"),
                problems(b -> b.customPolicy("{\"Statement\":{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":"
                        + "\"arn:aws:iam::123456789012:root\"},\"Action\":\"kms:*\",\"Resource\":\"*\"}}")
                        .keyAdministrators("arn:aws:iam::123456789012:role/a")
                        .keyUsers("arn:aws:iam::123456789012:role/u"), false));
    }

    @Test
    void emptyCustomPolicy_isRejectedWhenGiven() {
        var e = assertThrows(InvalidInputException.class, () -> KmsKeySettings.builder().customPolicy(""));
        assertEquals("customPolicy: must be a key policy document; an empty policy is not allowed, got \"\"",
                e.getMessage());
    }

    @Test
    void signingKey_needsRotationAndEcrOffAndIsNotForARepository() {
        UnaryOperator<KmsKeySettings.Builder> signing = b -> b.keyUsage(KeyUsage.SIGN_VERIFY).keySpec(KeySpec.ECC_NIST_P256);
        assertEquals(List.of(
                "enableKeyRotation: automatic rotation is only for symmetric encryption keys (ENCRYPT_DECRYPT,"
                        + " SYMMETRIC_DEFAULT); set it to false for keyUsage SIGN_VERIFY with keySpec ECC_NIST_P256, got true",
                "allowEcrService: ECR uses only symmetric encryption keys (ENCRYPT_DECRYPT, SYMMETRIC_DEFAULT); set it"
                        + " to false for keyUsage SIGN_VERIFY with keySpec ECC_NIST_P256, got true"), problems(signing, false));
        UnaryOperator<KmsKeySettings.Builder> valid = b -> signing.apply(b).enableKeyRotation(false).allowEcrService(false);
        assertEquals(List.of(), problems(valid, false));
        assertEquals(List.of("keyUsage: ECR encrypts only with symmetric encryption keys: must be ENCRYPT_DECRYPT for a"
                + " repository, got \"SIGN_VERIFY\""), problems(valid, true));
        assertEquals(List.of("keySpec: ECR encrypts only with symmetric encryption keys: must be SYMMETRIC_DEFAULT for a"
                        + " repository, got \"RSA_2048\"", "enableKeyRotation: automatic rotation is only for symmetric"
                        + " encryption keys (ENCRYPT_DECRYPT, SYMMETRIC_DEFAULT); set it to false for keyUsage ENCRYPT_DECRYPT"
                        + " with keySpec RSA_2048, got true", "allowEcrService: ECR uses only symmetric encryption keys"
                        + " (ENCRYPT_DECRYPT, SYMMETRIC_DEFAULT); set it to false for keyUsage ENCRYPT_DECRYPT with keySpec RSA_2048,"
                        + " got true"),
                problems(b -> b.keySpec(KeySpec.RSA_2048), true));
        assertEquals(List.of("kms:Sign", "kms:Verify", "kms:GetPublicKey", "kms:DescribeKey"),
                valid.apply(KmsKeySettings.builder()).build().keyPolicy().userActions());
    }

    @Test
    void configurationSummary_hasTheModuleFieldsWithTheRotationPeriodInEffect() {
        var s = KmsKeySettings.builder().keyUsers("arn:aws:iam::123456789012:role/ci").build();
        assertEquals(List.of("keyCreated", "aliasCreated", "defaultPolicyEnabled", "ecrServiceAllowed",
                "administratorsCount", "usersCount", "additionalPrincipalsCount", "customStatementsCount",
                "customPolicyUsed", "keyRotationEnabled", "rotationPeriod", "multiRegion", "tagsApplied"),
                List.copyOf(s.configurationSummary(Map.of("Name", "x")).keySet()));
        assertEquals(365, s.configurationSummary(Map.of()).get("rotationPeriod"));
        assertEquals(1, s.configurationSummary(Map.of()).get("usersCount"));
        var off = KmsKeySettings.builder().enableKeyRotation(false).build().configurationSummary(Map.of());
        assertEquals(false, off.containsKey("rotationPeriod"));
        assertEquals(180, KmsKeySettings.builder().rotationPeriodInDays(180).build().configurationSummary(Map.of())
                .get("rotationPeriod"));
    }

    @Test
    void tags_repositoryTagsThenKmsTagsThenName() {
        var p = new Problems();
        var tags = KmsKeySettings.builder().kmsTags(Map.of("Team", "keys", "Name", "ignored")).build()
                .tags(Map.of("Team", "app", "Owner", "me"), "svc/app", p);
        assertEquals(Map.of("Team", "keys", "Owner", "me", "Name", "svc/app-kms-key"), tags);
        assertEquals(List.of("Name", "Owner", "Team"), List.copyOf(tags.keySet()));
        assertEquals(List.of(), p.list());
    }

    @Test
    void defaults_areTheModulesAndPassValidationForARepository() {
        var d = KmsKeySettings.defaults();
        assertEquals(7, d.deletionWindowInDays());
        assertEquals(true, d.enableKeyRotation());
        assertEquals(KeyUsage.ENCRYPT_DECRYPT, d.keyUsage());
        assertEquals("KMS key for ECR repository team/app", d.description("team/app"));
        assertEquals("ecr/team/app", d.aliasName("team/app"));
        assertEquals(List.of(), problems(b -> b, true));
    }
}
