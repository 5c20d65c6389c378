package dev.ecrkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pulumi.core.Output;
import dev.ecrkit.kms.KeySpec;
import dev.ecrkit.kms.KeyUsage;
import dev.ecrkit.kms.KmsKeySettings;
import dev.ecrkit.policy.AwsScope;
import dev.ecrkit.validation.InvalidInputException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class KmsKeyTest {
    private static final String KEY = "aws:kms/key:Key";
    private static final String ALIAS = "aws:kms/alias:Alias";
    private static final String CUSTOM_POLICY = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"Root\","
            + "\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::123456789012:root\"},\"Action\":\"kms:*\","
            + "\"Resource\":\"*\"}]}";

    @Test
    void defaults_registerKeyAndAliasWithTheGeneratedPolicyForTheProvidersAccountAndRegion() {
        var holder = new AtomicReference<KmsKey>();
        var run = TestEngine.run(ctx -> holder.set(new KmsKey("orders", KmsKeyArgs.builder()
                .repositoryName("team/orders").tags(Map.of("Team", "orders")).build(), null)));
        assertNull(run.failure());
        assertEquals(List.of(KmsKey.TYPE, ALIAS, KEY), run.stack().resources().stream().map(r -> r.type()).toList());
        var key = run.one(KEY);
        assertEquals("orders-key", key.name());
        assertEquals(run.one(KmsKey.TYPE).urn(), key.parent());
        String policy = KmsKeySettings.defaults().keyPolicy()
                .document(new AwsScope("aws", TestEngine.REGION, "123456789012")).toJson();
        assertEquals(Map.of(
                "description", "KMS key for ECR repository team/orders",
                "deletionWindowInDays", 7L,
                "enableKeyRotation", true,
                "multiRegion", false,
                "keyUsage", "ENCRYPT_DECRYPT",
                "bypassPolicyLockoutSafetyCheck", false,
                "policy", policy,
                "tags", Map.of("Team", "orders", "Name", "team/orders-kms-key")), key.inputs());
        var alias = run.one(ALIAS);
        assertEquals("orders-alias", alias.name());
        assertEquals(run.one(KmsKey.TYPE).urn(), alias.parent());
        assertEquals("alias/ecr/team/orders", alias.inputs().get("name"));

        var k = holder.get();
        String keyId = value(k.keyId);
        assertEquals("arn:aws:kms:eu-west-1:123456789012:key/" + keyId, value(k.keyArn));
        assertEquals(keyId, alias.inputs().get("targetKeyId"));
        assertEquals("arn:aws:kms:eu-west-1:123456789012:alias/ecr/team/orders", value(k.aliasArn));
        assertEquals("alias/ecr/team/orders", value(k.aliasName));
        assertEquals(policy, value(k.policy));
        var summary = value(k.configurationSummary);
        assertEquals(true, summary.get("keyCreated"));
        assertEquals(365, summary.get("rotationPeriod"));
        assertEquals(Map.of("Team", "orders", "Name", "team/orders-kms-key"), summary.get("tagsApplied"));
    }

    @Test
    void everySetting_reachesTheKey_rotationPeriodOnlyWithRotation() {
        var run = TestEngine.run(ctx -> new KmsKey("k", KmsKeyArgs.builder().repositoryName("app")
                .settings(KmsKeySettings.builder().description("Images of app").deletionWindowInDays(30)
                        .rotationPeriodInDays(180).multiRegion(true).aliasName("prod/app")
                        .kmsTags(Map.of("DataClass", "secret")).build()).build(), null));
        var in = run.one(KEY).inputs();
        assertEquals("Images of app", in.get("description"));
        assertEquals(30L, in.get("deletionWindowInDays"));
        assertEquals(180L, in.get("rotationPeriodInDays"));
        assertEquals(true, in.get("multiRegion"));
        assertEquals(Map.of("DataClass", "secret", "Name", "app-kms-key"), in.get("tags"));
        assertEquals("alias/prod/app", run.one(ALIAS).inputs().get("name"));

        var off = TestEngine.run(ctx -> new KmsKey("k", KmsKeyArgs.builder().repositoryName("app")
                .settings(KmsKeySettings.builder().enableKeyRotation(false).build()).build(), null)).one(KEY).inputs();
        assertEquals(false, off.get("enableKeyRotation"));
        assertTrue(!off.containsKey("rotationPeriodInDays"), off.toString());
    }

    @Test
    void signingKey_sendsItsSpec_andNoAliasWhenAskedNot() {
        var holder = new AtomicReference<KmsKey>();
        var run = TestEngine.run(ctx -> holder.set(new KmsKey("sig", KmsKeyArgs.builder().repositoryName("app")
                .settings(KmsKeySettings.builder().keyUsage(KeyUsage.SIGN_VERIFY).keySpec(KeySpec.ECC_NIST_P384)
                        .enableKeyRotation(false).allowEcrService(false).createAlias(false)
                        .keyUsers("arn:aws:iam::123456789012:role/signer").build()).build(), null)));
        assertTrue(run.ofType(ALIAS).isEmpty());
        var in = run.one(KEY).inputs();
        assertEquals("SIGN_VERIFY", in.get("keyUsage"));
        assertEquals("ECC_NIST_P384", in.get("customerMasterKeySpec"));
        assertTrue(String.valueOf(in.get("policy")).contains("\"Action\":[\"kms:Sign\",\"kms:Verify\","
                + "\"kms:GetPublicKey\",\"kms:DescribeKey\"]"), String.valueOf(in.get("policy")));
        assertEquals("", value(holder.get().aliasArn));
        assertEquals(false, value(holder.get().configurationSummary).get("aliasCreated"));
    }

    @Test
    void customPolicy_isSentAsGiven() {
        var run = TestEngine.run(ctx -> new KmsKey("k", KmsKeyArgs.builder().repositoryName("app")
                .settings(KmsKeySettings.builder().customPolicy(CUSTOM_POLICY).build()).build(), null));
        assertEquals(CUSTOM_POLICY, run.one(KEY).inputs().get("policy"));
    }

    @Test
    void badSettings_failBuildWithEveryProblem() {
        var e = org.junit.jupiter.api.Assertions.assertThrows(InvalidInputException.class, () -> KmsKeyArgs.builder()
                .repositoryName("app").settings(KmsKeySettings.builder().deletionWindowInDays(3)
                        .rotationPeriodInDays(3000).aliasName("aws/x").build()).build());
        assertEquals(List.of("deletionWindowInDays: must be between 7 and 30, got 3",
                "rotationPeriodInDays: must be between 90 and 2560, got 3000",
                "aliasName: must not start with \"aws/\" in any case (reserved for AWS managed keys), got \"aws/x\""),
                e.problems().stream().map(Object::toString).toList());
    }

    @Test
    void principalOfAnotherPartition_failsWhenTheProviderAccountResolves() {
        var run = TestEngine.run(ctx -> new KmsKey("k", KmsKeyArgs.builder().repositoryName(Output.of("app"))
                .settings(KmsKeySettings.builder().keyAdministrators("arn:aws-cn:iam::123456789012:role/admin").build())
                .build(), null));
        assertEquals("keyAdministrators[0]: must be in partition aws (the key's region eu-west-1 is in it),"
                + " got \"arn:aws-cn:iam::123456789012:role/admin\"", run.message());
    }

    private static <T> T value(Output<T> o) {
        return com.pulumi.test.PulumiTest.extractValue(o);
    }
}
