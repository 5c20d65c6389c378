package dev.ecrkit.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pulumi.resources.ComponentResourceOptions;
import dev.ecrkit.KmsKey;
import dev.ecrkit.KmsKeyArgs;
import dev.ecrkit.TestEngine;
import dev.ecrkit.json.Json;
import dev.ecrkit.kms.KeySpec;
import dev.ecrkit.kms.KeyUsage;
import dev.ecrkit.kms.KmsKeySettings;
import dev.ecrkit.policy.Effect;
import dev.ecrkit.policy.PolicyStatement;
import dev.ecrkit.policy.Principals;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code ecrkit:index:KmsKey} from untyped values (what a TypeScript or YAML program sends) registers what
 * {@link KmsKey} registers with the same settings, and answers the same outputs.
 */
class PluginKmsKeyTest {
    private static final String CUSTOM_POLICY = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"Root\","
            + "\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::123456789012:root\"},\"Action\":\"kms:*\","
            + "\"Resource\":\"*\"}]}";

    @Test
    void construct_signingKeyOfTheDocs_registersWhatTheJavaApiRegisters() {
        assertSameAsJava("signing", """
                {"repositoryName": "team/app", "tags": [{"key": "Team", "value": "app"}],
                 "keyUsage": "SIGN_VERIFY", "keySpec": "ECC_NIST_P256", "enableKeyRotation": false,
                 "allowEcrService": false, "keyUsers": ["arn:aws:iam::123456789012:role/signer"]}
                """, null, KmsKeyArgs.builder()
                .repositoryName("team/app")
                .tags(Map.of("Team", "app"))
                .settings(KmsKeySettings.builder()
                        .keyUsage(KeyUsage.SIGN_VERIFY).keySpec(KeySpec.ECC_NIST_P256)
                        .enableKeyRotation(false).allowEcrService(false)
                        .keyUsers("arn:aws:iam::123456789012:role/signer")
                        .build())
                .build(), 3);
    }

    @Test
    void construct_everyInputAndProtect_registersWhatTheJavaApiRegisters_withProtectedChildren() {
        var protect = ComponentResourceOptions.builder().protect(true).build();
        assertSameAsJava("orders", """
                {"repositoryName": "team/orders", "forRepository": true,
                 "tags": [{"key": "Team", "value": "orders"}, {"key": "Env", "value": "prod"}],
                 "description": "orders images", "deletionWindowInDays": 14, "enableKeyRotation": true,
                 "rotationPeriodInDays": 180, "multiRegion": true, "keyUsage": "ENCRYPT_DECRYPT",
                 "keySpec": "SYMMETRIC_DEFAULT", "enableDefaultPolicy": false, "allowEcrService": true,
                 "keyAdministrators": ["arn:aws:iam::123456789012:role/platform-admin"],
                 "keyUsers": ["arn:aws:iam::123456789012:role/ci-deploy"],
                 "additionalPrincipals": ["arn:aws:iam::210987654321:root"],
                 "customPolicyStatements": [{"sid": "AllowAuditRead", "effect": "Allow",
                   "principals": {"type": "AWS", "identifiers": ["arn:aws:iam::123456789012:role/audit"]},
                   "actions": ["kms:DescribeKey"], "resources": ["*"],
                   "conditions": [{"test": "Bool", "variable": "aws:MultiFactorAuthPresent", "values": ["true"]}]}],
                 "createAlias": true, "aliasName": "ecr/orders-prod",
                 "kmsTags": [{"key": "DataClass", "value": "confidential"}]}
                """, protect, KmsKeyArgs.builder()
                .repositoryName("team/orders")
                .forRepository(true)
                .tags(Map.of("Team", "orders", "Env", "prod"))
                .settings(KmsKeySettings.builder()
                        .description("orders images")
                        .deletionWindowInDays(14)
                        .enableKeyRotation(true)
                        .rotationPeriodInDays(180)
                        .multiRegion(true)
                        .keyUsage(KeyUsage.ENCRYPT_DECRYPT)
                        .keySpec(KeySpec.SYMMETRIC_DEFAULT)
                        .enableDefaultPolicy(false)
                        .allowEcrService(true)
                        .keyAdministrators("arn:aws:iam::123456789012:role/platform-admin")
                        .keyUsers("arn:aws:iam::123456789012:role/ci-deploy")
                        .additionalPrincipals("arn:aws:iam::210987654321:root")
                        .customPolicyStatements(PolicyStatement.builder().sid("AllowAuditRead").effect(Effect.ALLOW)
                                .principals(Principals.aws("arn:aws:iam::123456789012:role/audit"))
                                .actions("kms:DescribeKey").resources("*")
                                .condition("Bool", "aws:MultiFactorAuthPresent", "true").build())
                        .createAlias(true)
                        .aliasName("ecr/orders-prod")
                        .kmsTags(Map.of("DataClass", "confidential"))
                        .build())
                .build(), 3);
        var run = TestEngine.run(ctx -> PluginHarness.construct(KmsKey.TYPE, "orders", """
                {"repositoryName": "team/orders"}""", protect));
        assertTrue(run.stack().resources().stream().allMatch(r -> r.protect()), "protect reaches the key and alias");
    }

    @Test
    void construct_customPolicyWithoutAlias_registersWhatTheJavaApiRegisters() {
        assertSameAsJava("plain", """
                {"repositoryName": "scratch", "customPolicy": %s, "createAlias": false}
                """.formatted(Json.write(CUSTOM_POLICY)), null, KmsKeyArgs.builder()
                .repositoryName("scratch")
                .settings(KmsKeySettings.builder().customPolicy(CUSTOM_POLICY).createAlias(false).build())
                .build(), 2);
    }

    @Test
    void construct_invalidInputs_areNamedByInput_allAtOnce_beforeAnythingIsRegistered() {
        var run = TestEngine.run(ctx -> PluginHarness.construct(KmsKey.TYPE, "bad", """
                {"repositoryName": "app", "forRepository": true, "deletionWindowInDays": 3, "keyUsage": "SIGN",
                 "keySpec": "RSA_2048", "createAlias": false, "aliasName": "ecr/app", "rotationPeriodInDays": 90.5,
                 "customPolicyStatements": [{"effect": "Allow", "principals": {"type": "Robot", "identifiers": ["x"]},
                   "actions": ["kms:Decrypt"]}],
                 "kmsTags": [{"key": "aws:owner", "value": "me"}]}
                """));
        assertEquals("""
                rotationPeriodInDays: must be a whole number, got 90.5
                keyUsage: must be one of ENCRYPT_DECRYPT, SIGN_VERIFY, GENERATE_VERIFY_MAC, got "SIGN"
                customPolicyStatements[0].principals.type: must be one of AWS, Service, Federated, CanonicalUser, got "Robot"
                deletionWindowInDays: must be between 7 and 30, got 3
                keySpec: ECR encrypts only with symmetric encryption keys: must be SYMMETRIC_DEFAULT for a repository, \
                got "RSA_2048"
                enableKeyRotation: automatic rotation is only for symmetric encryption keys (ENCRYPT_DECRYPT, \
                SYMMETRIC_DEFAULT); set it to false for keyUsage ENCRYPT_DECRYPT with keySpec RSA_2048, got true
                allowEcrService: ECR uses only symmetric encryption keys (ENCRYPT_DECRYPT, SYMMETRIC_DEFAULT); set it \
                to false for keyUsage ENCRYPT_DECRYPT with keySpec RSA_2048, got true
                aliasName: is only used with createAlias true, got "ecr/app"
                kmsTags["aws:owner"]: key must not start with "aws:" in any case (reserved for AWS), got "aws:owner\"""",
                run.message());
        assertEquals(0, run.registered());
    }

    @Test
    void construct_emptyPolicyAndAlias_andATagKeyGivenTwice_areNamedByInput() {
        var run = TestEngine.run(ctx -> PluginHarness.construct(KmsKey.TYPE, "bad", """
                {"repositoryName": "app", "customPolicy": "", "aliasName": "",
                 "tags": [{"key": "Team", "value": "a"}, {"key": "Team", "value": "b"}]}
                """));
        assertEquals("""
                tags[1].key: each key at most once (this list stands for a map), got "Team"
                customPolicy: must be a key policy document; an empty policy is not allowed, got ""
                aliasName: must be 1 or more characters of [a-zA-Z0-9:/_-], got "\"""",
                run.message());
        assertEquals(0, run.registered());
    }

    private static void assertSameAsJava(String name, String inputsJson, ComponentResourceOptions options,
            KmsKeyArgs javaArgs, int resources) {
        PluginHarness.assertSameAsJava(KmsKey.TYPE, name, inputsJson, options, (n, o) -> new KmsKey(n, javaArgs, o),
                resources);
    }
}
