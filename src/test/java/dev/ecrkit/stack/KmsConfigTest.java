package dev.ecrkit.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ecrkit.Encryption;
import dev.ecrkit.TestEngine;
import dev.ecrkit.ecr.EncryptionType;
import dev.ecrkit.inputs.KmsKeyInputs;
import dev.ecrkit.json.Json;
import dev.ecrkit.kms.KmsKeySettings;
import dev.ecrkit.policy.AwsScope;
import dev.ecrkit.validation.InvalidInputException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** The {@code kms*} keys of a repository entry. */
class KmsConfigTest {
    private static Encryption encryption(String entryYaml) {
        Object entry = new Yaml().load(entryYaml);
        return StackConfig.parse(Map.of("repositories", Map.of("app", entry))).entries().get(0).args().encryption();
    }

    private static List<String> problems(String entryYaml) {
        Object entry = new Yaml().load(entryYaml);
        var e = assertThrows(InvalidInputException.class,
                () -> StackConfig.parse(Map.of("repositories", Map.of("app", entry))));
        return e.problems().stream().map(Object::toString).toList();
    }

    @Test
    void kmsWithoutKmsKey_createsAKeyWithTheModuleDefaults() {
        var e = assertInstanceOf(Encryption.NewKmsKey.class, encryption("{encryptionType: KMS}"));
        assertEquals(EncryptionType.KMS, e.type());
        assertEquals(KmsKeySettings.defaults(), e.settings());
        assertEquals(EncryptionType.KMS_DSSE, encryption("{encryptionType: KMS_DSSE}").type());
    }

    @Test
    void everyKmsKey_reachesTheSettings() {
        var e = assertInstanceOf(Encryption.NewKmsKey.class, encryption("""
                encryptionType: KMS
                kmsDeletionWindowInDays: 30
                kmsEnableKeyRotation: true
                kmsKeyRotationPeriod: 180
                kmsMultiRegion: true
                kmsKeyAdministrators: ['arn:aws:iam::123456789012:role/platform-admin']
                kmsKeyUsers: ['arn:aws:iam::123456789012:role/ci']
                kmsAdditionalPrincipals: ['arn:aws:iam::210987654321:root']
                kmsAliasName: team/app
                kmsTags: {DataClass: secret, Retention: 7}
                kmsCustomPolicyStatements:
                  - sid: AllowAuditRead
                    effect: Allow
                    principals: {type: AWS, identifiers: ['arn:aws:iam::123456789012:role/audit']}
                    actions: ['kms:DescribeKey', 'kms:GetKeyPolicy']
                    conditions:
                      - {test: StringEquals, variable: 'aws:PrincipalTag/team', values: [audit]}
                      - {test: StringEquals, variable: 'aws:PrincipalTag/team', values: [security]}
                      - {test: Bool, variable: 'aws:MultiFactorAuthPresent', values: [true]}
                """));
        var s = e.settings();
        assertEquals(30, s.deletionWindowInDays());
        assertEquals(180, s.rotationPeriodInDays());
        assertTrue(s.multiRegion());
        assertEquals(List.of("arn:aws:iam::123456789012:role/platform-admin"), s.keyAdministrators());
        assertEquals(List.of("arn:aws:iam::123456789012:role/ci"), s.keyUsers());
        assertEquals(List.of("arn:aws:iam::210987654321:root"), s.additionalPrincipals());
        assertEquals("team/app", s.aliasName());
        assertEquals(Map.of("DataClass", "secret", "Retention", "7"), s.kmsTags());
        var doc = s.keyPolicy().document(new AwsScope("aws", "us-east-1", "123456789012")).toMap();
        var statements = (List<?>) doc.get("Statement");
        assertEquals("{\"Sid\":\"AllowAuditRead\",\"Effect\":\"Allow\",\"Principal\":{\"AWS\":"
                + "\"arn:aws:iam::123456789012:role/audit\"},\"Action\":[\"kms:DescribeKey\",\"kms:GetKeyPolicy\"],"
                + "\"Resource\":\"*\",\"Condition\":{\"StringEquals\":{\"aws:PrincipalTag/team\":[\"audit\",\"security\"]},"
                + "\"Bool\":{\"aws:MultiFactorAuthPresent\":\"true\"}}}", Json.write(statements.get(statements.size() - 1)));
    }

    @Test
    void deletionWindowOutOfRange_isTheRangeMessage() {
        assertEquals(List.of("ecrkit:repositories.app.kmsDeletionWindowInDays: must be between 7 and 30, got 3"),
                problems("{encryptionType: KMS, kmsDeletionWindowInDays: 3}"));
    }

    @Test
    void creationKeysWithAGivenKeyOrAes256_areErrorsNamingEachKey() {
        assertEquals(List.of(
                "ecrkit:repositories.app.kmsDeletionWindowInDays: only used when ecrkit creates the key (no kmsKey), got 14",
                "ecrkit:repositories.app.kmsEnableKeyRotation: only used when ecrkit creates the key (no kmsKey), got true"),
                problems("{encryptionType: KMS, kmsKey: alias/shared, kmsDeletionWindowInDays: 14, kmsEnableKeyRotation: true}"));
        assertEquals(List.of("ecrkit:repositories.app.kmsAliasName: only used with encryptionType KMS or KMS_DSSE when"
                + " ecrkit creates the key (encryptionType is AES256), got \"ecr/app\""),
                problems("{kmsAliasName: ecr/app}"));
    }

    @Test
    void customStatementProblems_nameTheStatementAndField() {
        assertEquals(List.of(
                "ecrkit:repositories.app.kmsCustomPolicyStatements[0].conditions[0].value: unknown field; did you mean"
                        + " values?, got [\"x\"]",
                "ecrkit:repositories.app.kmsCustomPolicyStatements[0].effect: must be one of Allow, Deny, got \"Permit\"",
                "ecrkit:repositories.app.kmsCustomPolicyStatements[0].principals.type: must be one of AWS, Service,"
                        + " Federated, CanonicalUser, got \"Human\"",
                "ecrkit:repositories.app.kmsCustomPolicyStatements[0].conditions[0].values: is required"),
                problems("{encryptionType: KMS, kmsCustomPolicyStatements: [{effect: Permit, principals: {type: Human,"
                        + " identifiers: [x]}, actions: ['kms:Decrypt'], conditions: [{test: StringEquals,"
                        + " variable: 'kms:ViaService', value: [x]}]}]}"));
        assertEquals(List.of("ecrkit:repositories.app.kmsCustomPolicyStatements[1].actions[0]: must be \"*\" or a KMS"
                        + " action such as \"kms:Decrypt\" or \"kms:Get*\", got \"s3:GetObject\""),
                problems("{encryptionType: KMS, kmsCustomPolicyStatements: [{effect: Deny, principals: {type: AWS,"
                        + " identifiers: ['*']}, actions: ['kms:ScheduleKeyDeletion']}, {effect: Allow, principals:"
                        + " {type: AWS, identifiers: ['123456789012']}, actions: ['s3:GetObject']}]}"));
    }

    @Test
    void wrongFieldType_isTheOnlyProblemOfItsStatement() {
        assertEquals(List.of("ecrkit:repositories.app.kmsCustomPolicyStatements[0].actions: must be a list of strings,"
                        + " got \"kms:Decrypt\""),
                problems("{encryptionType: KMS, kmsCustomPolicyStatements: [{effect: Allow, principals: {type: AWS,"
                        + " identifiers: ['123456789012']}, actions: 'kms:Decrypt'}]}"));
    }

    @Test
    void aliasTooLong_namesTheLimitWithThePrefix() {
        assertEquals(List.of("ecrkit:repositories.app.kmsAliasName: must have at most 250 characters (256 with the"
                + " \"alias/\" prefix), got \"251 characters\""),
                problems("{encryptionType: KMS, kmsAliasName: " + "a".repeat(251) + "}"));
    }

    @Test
    void stackExport_hasKmsOutputsOnlyWhereAKeyIsUsed() {
        var run = TestEngine.run(Map.of("ecrkit:repositories", Json.write(Map.of(
                "plain", Map.of(),
                "secure", Map.of("encryptionType", "KMS", "kmsAliasName", "secure/images")))), App::stack);
        @SuppressWarnings("unchecked")
        var secure = (Map<String, Object>) run.stack().outputs().get("secure");
        assertTrue(String.valueOf(secure.get("kmsKeyArn")).startsWith("arn:aws:kms:eu-west-1:123456789012:key/"),
                secure.toString());
        assertEquals("arn:aws:kms:eu-west-1:123456789012:alias/secure/images", secure.get("kmsAliasArn"));
        assertEquals(true, ((Map<?, ?>) secure.get("kmsConfiguration")).get("keyCreated"));
        @SuppressWarnings("unchecked")
        var plain = (Map<String, Object>) run.stack().outputs().get("plain");
        assertFalse(plain.containsKey("kmsKeyArn"), plain.toString());
        assertFalse(plain.containsKey("kmsKeyId"), plain.toString());
        assertEquals(Map.of("keyCreated", false), plain.get("kmsConfiguration"));
    }

    @Test
    void standaloneKey_readsEveryJavaBuilderName_withTheRepositoryEntrysReader() {
        Map<String, Object> inputs = new Yaml().load("""
                repositoryName: team/app
                tags: {Team: app}
                forRepository: false
                description: signing key
                deletionWindowInDays: 14
                enableKeyRotation: false
                multiRegion: true
                keyUsage: SIGN_VERIFY
                keySpec: ECC_NIST_P256
                enableDefaultPolicy: true
                allowEcrService: false
                keyUsers: ['arn:aws:iam::123456789012:role/signer']
                createAlias: true
                aliasName: team/app-signing
                kmsTags: {DataClass: secret}
                """);
        var args = KmsConfig.keyArgs(Bound.of(inputs, KmsKeyInputs.class));
        var s = args.settings();
        assertEquals("signing key", s.description());
        assertEquals(14, s.deletionWindowInDays());
        assertFalse(s.enableKeyRotation());
        assertTrue(s.multiRegion());
        assertEquals(dev.ecrkit.kms.KeyUsage.SIGN_VERIFY, s.keyUsage());
        assertEquals(dev.ecrkit.kms.KeySpec.ECC_NIST_P256, s.keySpec());
        assertFalse(s.allowEcrService());
        assertEquals(List.of("arn:aws:iam::123456789012:role/signer"), s.keyUsers());
        assertEquals("team/app-signing", s.aliasName());
        assertEquals(Map.of("DataClass", "secret"), s.kmsTags());
        assertFalse(args.forRepository());
        assertEquals(KEY_INPUT_NAMES, List.copyOf(inputsOf(KEY_INPUTS)));
        var defaults = KEY_INPUTS.stream().collect(java.util.stream.Collectors.toMap(ConfigKey::name,
                ConfigKey::moduleDefault));
        assertEquals(dev.ecrkit.kms.KeyUsage.ENCRYPT_DECRYPT.wire(), defaults.get("keyUsage"));
        assertEquals(dev.ecrkit.kms.KeySpec.SYMMETRIC_DEFAULT.wire(), defaults.get("keySpec"));
    }

    @Test
    void standaloneKey_missingRepositoryName_isReportedWithTheSettingsProblems() {
        var e = assertThrows(InvalidInputException.class, () -> KmsConfig.keyArgs(Bound.of(Map.of(
                "deletionWindowInDays", 40), KmsKeyInputs.class)));
        assertEquals(List.of(
                "repositoryName: is required: the repository the key is for",
                "deletionWindowInDays: must be between 7 and 30, got 40"),
                e.problems().stream().map(Object::toString).toList());
    }

    /** The standalone key's declared inputs. */
    private static final List<ConfigKey> KEY_INPUTS = ConfigKeys.declared(KmsKeyInputs.class);

    /** The builder names of KmsKeyArgs and KmsKeySettings, in the order of docs/encryption.md. */
    private static final List<String> KEY_INPUT_NAMES = List.of("repositoryName", "tags", "forRepository",
            "description", "deletionWindowInDays", "enableKeyRotation", "rotationPeriodInDays", "multiRegion",
            "keyUsage", "keySpec", "enableDefaultPolicy", "allowEcrService", "keyAdministrators", "keyUsers",
            "additionalPrincipals", "customPolicyStatements", "customPolicy", "createAlias", "aliasName", "kmsTags");

    private static List<String> inputsOf(List<ConfigKey> keys) {
        return keys.stream().map(ConfigKey::name).toList();
    }
}
