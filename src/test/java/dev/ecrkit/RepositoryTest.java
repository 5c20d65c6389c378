package dev.ecrkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pulumi.core.Output;
import dev.ecrkit.ecr.EncryptionType;
import dev.ecrkit.ecr.ImageTagMutability;
import dev.ecrkit.kms.KeySpec;
import dev.ecrkit.kms.KeyUsage;
import dev.ecrkit.kms.KmsKeySettings;
import dev.ecrkit.lifecycle.LifecycleRule;
import dev.ecrkit.lifecycle.LifecycleTemplate;
import dev.ecrkit.stack.PlanMocks;
import dev.ecrkit.tagging.TaggingSettings;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class RepositoryTest {
    private static final String REPO = "aws:ecr/repository:Repository";
    private static final String LIFECYCLE = "aws:ecr/lifecyclePolicy:LifecyclePolicy";
    private static final String POLICY = "aws:ecr/repositoryPolicy:RepositoryPolicy";
    private static final String KMS_KEY = "aws:kms/key:Key";
    private static final String KMS_ALIAS = "aws:kms/alias:Alias";
    private static final String POLICY_JSON =
            "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::123456789012:root\"},\"Action\":\"ecr:BatchGetImage\"}]}";

    @Test
    void defaults_registerComponentAndRepositoryWithModuleDefaults() {
        var run = TestEngine.run(ctx -> new Repository("app", RepositoryArgs.builder().name("app").build(), null));
        assertEquals(List.of(Repository.TYPE, REPO), run.stack().resources().stream().map(r -> r.type()).toList());
        var repo = run.one(REPO);
        assertEquals("app", repo.name());
        assertEquals(run.one(Repository.TYPE).urn(), repo.parent());
        assertEquals(Map.of(
                "name", "app",
                "imageTagMutability", "MUTABLE",
                "encryptionConfigurations", List.of(Map.of("encryptionType", "AES256")),
                "imageScanningConfiguration", Map.of("scanOnPush", true),
                "forceDelete", false,
                "tags", Map.of("CreatedBy", "Pulumi", "ManagedBy", "Pulumi", "Name", "app")), repo.inputs());
        assertFalse(repo.protect());
        assertTrue(repo.customTimeouts().isEmpty());
        assertEquals("", repo.providerVersion());
    }

    @Test
    void explicitProvider_olderThanTheNewerPlugin_refusesExclusionFilters_newEnoughTakesThem() {
        var args = RepositoryArgs.builder().name("orders")
                .imageTagMutability(ImageTagMutability.IMMUTABLE_WITH_EXCLUSION)
                .imageTagMutabilityExclusionFilters("latest").build();
        java.util.function.Function<String, TestEngine.Run> withProvider = version -> TestEngine.run(ctx -> {
            var options = com.pulumi.resources.CustomResourceOptions.builder();
            if (!version.isEmpty()) {
                options.version(version);
            }
            var provider = new com.pulumi.aws.Provider("legacy", com.pulumi.aws.ProviderArgs.builder()
                    .region("eu-west-1").build(), options.build());
            new Repository("orders", args, com.pulumi.resources.ComponentResourceOptions.builder()
                    .providers(provider).build());
        });
        var old = withProvider.apply("7.12.0");
        String rest = " but the explicit provider legacy is plugin 7.12.0 and Pulumi ignores the version option when a"
                + " provider is given; pass a provider created with version 7.17.0 or later, or none, got ";
        assertEquals("imageTagMutability: needs AWS provider plugin >= 7.17.0 ("
                + dev.ecrkit.aws.ProviderVersions.EXCLUSION_FILTERS_SOURCE + ")," + rest + "\"IMMUTABLE_WITH_EXCLUSION\"\n"
                + "imageTagMutabilityExclusionFilters: needs AWS provider plugin >= 7.17.0 ("
                + dev.ecrkit.aws.ProviderVersions.EXCLUSION_FILTERS_SOURCE + ")," + rest + "[\"latest\"]", old.message());
        // at most the provider and the component: the failure ends the run while they register
        assertTrue(old.template() == null && old.registered() <= 2, "nothing below the component is registered");
        var current = withProvider.apply("7.20.1");
        assertEquals("", current.one(REPO).providerVersion(), "the explicit provider decides; no version option");
    }

    @Test
    void everySetting_reachesTheRepositoryAndItsChildren() {
        var run = TestEngine.run(ctx -> new Repository("orders", RepositoryArgs.builder()
                .name("team/orders")
                .imageTagMutability(ImageTagMutability.IMMUTABLE_WITH_EXCLUSION)
                .imageTagMutabilityExclusionFilters("latest", "dev-*")
                .encryption(Encryption.kms("arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"))
                .scanOnPush(false)
                .forceDelete(true)
                .preventDestroy(true)
                .deleteTimeout("1h30m")
                .policy(POLICY_JSON)
                .lifecyclePolicyTemplate(LifecycleTemplate.DEVELOPMENT)
                .tagging(TaggingSettings.builder().tags(Map.of("Team", "orders")).build())
                .build(), null));
        // the test kit's assertions (docs/testing.md): partial input matches, options, parents
        var t = run.template();
        t.resource(REPO, "orders")
                .hasInputs(Map.of("name", "team/orders", "imageTagMutability", "IMMUTABLE_WITH_EXCLUSION",
                        "imageTagMutabilityExclusionFilters", List.of(Map.of("filter", "latest", "filterType", "WILDCARD"),
                                Map.of("filter", "dev-*", "filterType", "WILDCARD")),
                        "encryptionConfigurations", List.of(Map.of("encryptionType", "KMS",
                                "kmsKey", "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab")),
                        "imageScanningConfiguration", Map.of("scanOnPush", false), "forceDelete", true,
                        "tags", Map.of("Team", "orders")))
                .isProtected(true)
                .hasCustomTimeouts(Map.of("delete", "1h30m"))
                .hasParent(Repository.TYPE, "orders");
        assertEquals(dev.ecrkit.aws.ProviderVersions.NEWER, run.one(REPO).providerVersion());
        // a JSON-string input compares as JSON
        t.resource(POLICY, "orders-policy").hasInputs(Map.of("repository", "team/orders", "policy", POLICY_JSON))
                .hasInput("policy", Map.of("Statement", List.of(Map.of("Action", "ecr:BatchGetImage"))))
                .isProtected(false);
        t.resource(LIFECYCLE, "orders-lifecycle").hasInputs(Map.of("repository", "team/orders",
                "policy", LifecycleTemplate.DEVELOPMENT.helpers().toPolicy().orElseThrow().toJson()));
        assertEquals(Map.of("repository", "team/orders", "policy", POLICY_JSON), run.one(POLICY).inputs());
        t.resourceCountIs(REPO, 1).resourceCountIs(POLICY, 1).resourceCountIs(LIFECYCLE, 1);
        assertTrue(t.resource(Repository.TYPE, "orders").children().size() == 3);
        String component = run.one(Repository.TYPE).urn();
        assertTrue(run.stack().resources().stream().filter(r -> r.type().startsWith("aws:"))
                .allMatch(r -> r.parent().equals(component)));
    }

    @Test
    void preventDestroyToggle_changesOnlyTheProtectOption() {
        var off = TestEngine.run(ctx -> new Repository("app", RepositoryArgs.builder().name("app").build(), null)).one(REPO);
        var on = TestEngine.run(ctx -> new Repository("app", RepositoryArgs.builder().name("app").preventDestroy(true)
                .build(), null)).one(REPO);
        assertEquals(off.urn(), on.urn());
        assertEquals(off.inputs(), on.inputs());
        assertFalse(off.protect());
        assertTrue(on.protect());
    }

    @Test
    void outputs_carryModuleOutputsWithCorrectValues() {
        var holder = new AtomicReference<Repository>();
        var run = TestEngine.run(ctx -> holder.set(new Repository("app", RepositoryArgs.builder().name("svc/app")
                .lifecyclePolicy(LifecycleTestPolicies.KEEP_30)
                .build(), null)));
        assertNull(run.failure());
        var r = holder.get();
        assertEquals("arn:aws:ecr:eu-west-1:123456789012:repository/svc/app", value(r.repositoryArn));
        assertEquals("123456789012.dkr.ecr.eu-west-1.amazonaws.com/svc/app", value(r.repositoryUrl));
        assertEquals("123456789012.dkr-ecr.eu-west-1.on.aws/svc/app", value(r.dualStackRepositoryUrl));
        assertEquals("svc/app", value(r.repositoryName));
        assertEquals("123456789012", value(r.registryId));
        assertEquals(false, value(r.repositoryPolicyExists));
        assertEquals(LifecycleTestPolicies.KEEP_30, value(r.lifecyclePolicy));
        assertEquals(Map.of("CreatedBy", "Pulumi", "ManagedBy", "Pulumi", "Name", "svc/app"), value(r.appliedTags));
        assertEquals(Map.of("basicScanningEnabled", true, "encryptionType", "AES256", "kmsEncryptionEnabled", false,
                "imageTagMutability", "MUTABLE", "tagImmutable", false, "lifecyclePolicyConfigured", true,
                "repositoryPolicyConfigured", false), value(r.securityStatus));
        assertEquals(true, value(r.taggingStrategy).get("defaultTagsEnabled"));
        assertEquals(3L, ((Number) value(r.tagComplianceStatus).get("totalTagsApplied")).longValue());
    }

    @Test
    void repositoryUriForTagAndDigest_appendToTheUrl_andRefuseWhatEcrDoesNot() {
        var holder = new AtomicReference<Repository>();
        assertNull(TestEngine.run(ctx -> holder.set(new Repository("app", RepositoryArgs.builder().name("svc/app")
                .build(), null))).failure());
        var r = holder.get();
        String url = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/svc/app";
        assertEquals(url + ":v1.2", value(r.repositoryUriForTag("v1.2")));
        assertEquals(url + ":" + "t".repeat(300), value(r.repositoryUriForTag("t".repeat(300))));
        String digest = "sha256:" + "a".repeat(64);
        assertEquals(url + "@" + digest, value(r.repositoryUriForDigest(digest)));
        for (String bad : new String[] {"", "t".repeat(301)}) {
            var e = org.junit.jupiter.api.Assertions.assertThrows(dev.ecrkit.validation.InvalidInputException.class,
                    () -> r.repositoryUriForTag(bad));
            assertTrue(e.getMessage().startsWith("tag: must be an image tag of 1 to 300 characters"), e.getMessage());
            assertFalse(e.getMessage().contains("\n"));
        }
        for (String bad : new String[] {"v1", "sha256", "SHA256:abc", "sha256:"}) {
            var e = org.junit.jupiter.api.Assertions.assertThrows(dev.ecrkit.validation.InvalidInputException.class,
                    () -> r.repositoryUriForDigest(bad));
            assertTrue(e.getMessage().startsWith("digest: must be an image digest"), e.getMessage());
        }
    }

    @Test
    void typedLifecycleRules_renderThroughTheSameValidator() {
        var run = TestEngine.run(ctx -> new Repository("app", RepositoryArgs.builder().name("app")
                .lifecycleRules(LifecycleRule.expireUntaggedAfterDays(1, 14), LifecycleRule.keepLatest(2, 20))
                .build(), null));
        assertEquals("{\"rules\":[{\"rulePriority\":1,\"description\":\"Expire untagged images after 14 days\","
                + "\"selection\":{\"tagStatus\":\"untagged\",\"countType\":\"sinceImagePushed\",\"countUnit\":\"days\","
                + "\"countNumber\":14},\"action\":{\"type\":\"expire\"}},{\"rulePriority\":2,"
                + "\"description\":\"Keep only 20 latest images\",\"selection\":{\"tagStatus\":\"any\","
                + "\"countType\":\"imageCountMoreThan\",\"countNumber\":20},\"action\":{\"type\":\"expire\"}}]}",
                run.one(LIFECYCLE).inputs().get("policy"));
    }

    @Test
    void kmsKeyFromAnOutput_isResolvedToItsKeyArnAndValidatedWhenItResolves() {
        var ok = TestEngine.run(ctx -> new Repository("app", RepositoryArgs.builder().name("app")
                .encryption(Encryption.kms(Output.of("alias/ecr"))).build(), null));
        assertEquals(List.of(Map.of("encryptionType", "KMS", "kmsKey", "arn:aws:kms:eu-west-1:123456789012:key/"
                + PlanMocks.aliasKeyId("alias/ecr"))), ok.one(REPO).inputs().get("encryptionConfigurations"));
        var bad = TestEngine.run(ctx -> new Repository("app", RepositoryArgs.builder().name("app")
                .encryption(Encryption.kms(Output.of("not a key"))).build(), null));
        assertTrue(bad.message().startsWith("kmsKey: must be a KMS key ARN"), bad.message());
    }

    @Test
    void nameFromAnOutput_isValidatedWhenItResolves() {
        var bad = TestEngine.run(ctx -> new Repository("app", RepositoryArgs.builder().name(Output.of("Bad_Name"))
                .build(), null));
        assertTrue(bad.message().startsWith("name: must be 2-256 characters"), bad.message());
    }

    @Test
    void kmsWithoutKey_createsAKmsKeyChildAndEncryptsWithItsArn() {
        var holder = new AtomicReference<Repository>();
        var run = TestEngine.run(ctx -> holder.set(new Repository("app", RepositoryArgs.builder().name("team/app")
                .encryption(Encryption.kmsWithNewKey(EncryptionType.KMS)).build(), null)));
        assertNull(run.failure());
        assertEquals(List.of(Repository.TYPE, REPO, KmsKey.TYPE, KMS_ALIAS, KMS_KEY),
                run.stack().resources().stream().map(r -> r.type()).toList());
        var component = run.one(KmsKey.TYPE);
        assertEquals("app-kms", component.name());
        assertEquals(run.one(Repository.TYPE).urn(), component.parent());
        var key = run.one(KMS_KEY);
        assertEquals("app-kms-key", key.name());
        assertEquals(component.urn(), key.parent());
        assertEquals("app-kms-alias", run.one(KMS_ALIAS).name());
        assertEquals("alias/ecr/team/app", run.one(KMS_ALIAS).inputs().get("name"));
        var r = holder.get();
        String arn = value(r.kmsKeyArn);
        assertTrue(arn.startsWith("arn:aws:kms:eu-west-1:123456789012:key/"), arn);
        assertEquals(List.of(Map.of("encryptionType", "KMS", "kmsKey", arn)),
                run.one(REPO).inputs().get("encryptionConfigurations"));
        assertEquals(arn.substring(arn.indexOf("key/") + 4), value(r.kmsKeyId));
        assertEquals("arn:aws:kms:eu-west-1:123456789012:alias/ecr/team/app", value(r.kmsAliasArn));
        var configuration = value(r.kmsConfiguration);
        assertEquals(List.of("keyCreated", "keyArn", "keyId", "aliasArn", "aliasName", "configuration"),
                List.copyOf(configuration.keySet()));
        assertEquals(true, configuration.get("keyCreated"));
        assertEquals("alias/ecr/team/app", configuration.get("aliasName"));
        assertEquals(true, ((Map<?, ?>) configuration.get("configuration")).get("keyRotationEnabled"));
    }

    @Test
    void createdKey_carriesTheRepositoryTagsKmsTagsAndName() {
        var run = TestEngine.run(ctx -> new Repository("app", RepositoryArgs.builder().name("app")
                .tagging(TaggingSettings.builder().tags(Map.of("Team", "orders")).build())
                .encryption(Encryption.kmsWithNewKey(EncryptionType.KMS, KmsKeySettings.builder()
                        .kmsTags(Map.of("Team", "keys", "DataClass", "secret")).build()))
                .build(), null));
        assertEquals(Map.of("CreatedBy", "Pulumi", "ManagedBy", "Pulumi", "Team", "keys", "DataClass", "secret",
                "Name", "app-kms-key"), run.one(KMS_KEY).inputs().get("tags"));
        assertEquals("orders", ((Map<?, ?>) run.one(REPO).inputs().get("tags")).get("Team"));
    }

    @Test
    void preventDestroy_protectsTheCreatedKeyToo() {
        var run = TestEngine.run(ctx -> new Repository("app", RepositoryArgs.builder().name("app").preventDestroy(true)
                .encryption(Encryption.kmsWithNewKey(EncryptionType.KMS)).build(), null));
        assertTrue(run.one(REPO).protect());
        assertTrue(run.one(KMS_KEY).protect(), "losing the key loses the images");
        assertTrue(run.one(KMS_ALIAS).protect());
        var off = TestEngine.run(ctx -> new Repository("app", RepositoryArgs.builder().name("app")
                .encryption(Encryption.kmsWithNewKey(EncryptionType.KMS)).build(), null));
        assertFalse(off.one(KMS_KEY).protect());
    }

    @Test
    void givenKey_createsNoKeyAndReportsTheArnOfTheKeyGiven() {
        var holder = new AtomicReference<Repository>();
        var run = TestEngine.run(ctx -> holder.set(new Repository("app", RepositoryArgs.builder().name("app")
                .encryption(Encryption.kms("alias/shared")).build(), null)));
        assertTrue(run.ofType(KMS_KEY).isEmpty());
        assertTrue(run.ofType(KmsKey.TYPE).isEmpty());
        var r = holder.get();
        String arn = "arn:aws:kms:eu-west-1:123456789012:key/" + PlanMocks.aliasKeyId("alias/shared");
        assertEquals(arn, value(r.kmsKeyArn));
        assertEquals("", value(r.kmsKeyId));
        assertEquals("", value(r.kmsAliasArn));
        assertEquals(Map.of("keyCreated", false, "keyArn", arn), value(r.kmsConfiguration));
    }

    @Test
    void givenKey_everyFormReachesTheRepositoryAsAKeyArn() {
        String keyArn = "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab";
        Map<String, Object> sent = new java.util.LinkedHashMap<>();
        for (String given : List.of(keyArn, "1234abcd-12ab-34cd-56ef-1234567890ab", "alias/shared",
                "arn:aws:kms:eu-west-1:210987654321:alias/shared", "mrk-1234abcd12ab34cd56ef1234567890ab",
                "alias/aws/ecr", "arn:aws:kms:eu-west-1:123456789012:alias/aws/ecr")) {
            var run = TestEngine.run(ctx -> new Repository("app", RepositoryArgs.builder().name("app")
                    .encryption(Encryption.kms(given)).build(), null));
            @SuppressWarnings("unchecked")
            var c = ((List<Map<String, Object>>) run.one(REPO).inputs().get("encryptionConfigurations")).get(0);
            sent.put(given, c.getOrDefault("kmsKey", "(none)"));
        }
        assertEquals(Map.of(keyArn, keyArn,
                "1234abcd-12ab-34cd-56ef-1234567890ab", keyArn,
                "alias/shared", "arn:aws:kms:eu-west-1:123456789012:key/" + PlanMocks.aliasKeyId("alias/shared"),
                "arn:aws:kms:eu-west-1:210987654321:alias/shared",
                "arn:aws:kms:eu-west-1:210987654321:key/" + PlanMocks.aliasKeyId("alias/shared"),
                "mrk-1234abcd12ab34cd56ef1234567890ab",
                "arn:aws:kms:eu-west-1:123456789012:key/mrk-1234abcd12ab34cd56ef1234567890ab",
                "alias/aws/ecr", "(none)",
                "arn:aws:kms:eu-west-1:123456789012:alias/aws/ecr", "(none)"), sent);
    }

    @Test
    void givenKey_theAwsManagedKeyAsAnOutput_isSentAsNoKey() {
        var run = TestEngine.run(ctx -> new Repository("app", RepositoryArgs.builder().name("app")
                .encryption(Encryption.kms(Output.of("alias/aws/ecr"))).build(), null));
        assertNull(run.failure(), "the AWS managed key given as an Output is sent as no key");
        @SuppressWarnings("unchecked")
        var c = ((List<Map<String, Object>>) run.one(REPO).inputs().get("encryptionConfigurations")).get(0);
        assertEquals(Map.of("encryptionType", "KMS"), c);
    }

    @Test
    void dsse_outsideGovCloud_isRefusedWhenTheScopeResolves_beforeTheKeyOrRepositoryIsCreated() {
        var given = TestEngine.run(ctx -> new Repository("app", RepositoryArgs.builder().name("app")
                .encryption(Encryption.kmsDsse("alias/ecr")).build(), null));
        assertEquals("encryption: DSSE-KMS is only available in the AWS GovCloud (US) Regions (partition aws-us-gov),"
                + " and this stack deploys to eu-west-1 (partition aws); use KMS, got \"KMS_DSSE\"", given.message());
        var created = TestEngine.run(ctx -> new Repository("app", RepositoryArgs.builder().name("app")
                .encryption(Encryption.kmsWithNewKey(EncryptionType.KMS_DSSE)).build(), null));
        assertEquals(given.message(), created.message());
        // the failure ends the run while components may still be registering: at most the two components, never
        // the key, its alias or the repository
        assertTrue(created.registered() <= 2, "the Repository and KmsKey components only: no AWS resource, the key"
                + " waits for the check; registered " + created.registered());
    }

    @Test
    void aes256_reportsNoKey() {
        var holder = new AtomicReference<Repository>();
        TestEngine.run(ctx -> holder.set(new Repository("app", RepositoryArgs.builder().name("app").build(), null)));
        assertEquals("", value(holder.get().kmsKeyArn));
        assertEquals(Map.of("keyCreated", false), value(holder.get().kmsConfiguration));
    }

    @Test
    void createdKeySettings_areValidatedByBuildUnderKms() {
        var e = org.junit.jupiter.api.Assertions.assertThrows(dev.ecrkit.validation.InvalidInputException.class,
                () -> RepositoryArgs.builder().name("app").encryption(Encryption.kmsWithNewKey(EncryptionType.KMS,
                        KmsKeySettings.builder().deletionWindowInDays(3).keyUsage(KeyUsage.SIGN_VERIFY)
                                .keySpec(KeySpec.RSA_2048).build())).build());
        assertEquals(List.of("kms.deletionWindowInDays: must be between 7 and 30, got 3",
                "kms.keyUsage: ECR encrypts only with symmetric encryption keys: must be ENCRYPT_DECRYPT for a"
                        + " repository, got \"SIGN_VERIFY\"",
                "kms.enableKeyRotation: automatic rotation is only for symmetric encryption keys (ENCRYPT_DECRYPT,"
                        + " SYMMETRIC_DEFAULT); set it to false for keyUsage SIGN_VERIFY with keySpec RSA_2048, got true",
                "kms.allowEcrService: ECR uses only symmetric encryption keys (ENCRYPT_DECRYPT, SYMMETRIC_DEFAULT);"
                        + " set it to false for keyUsage SIGN_VERIFY with keySpec RSA_2048, got true"),
                e.problems().stream().map(Object::toString).toList());
        var aes = org.junit.jupiter.api.Assertions.assertThrows(dev.ecrkit.validation.InvalidInputException.class,
                () -> RepositoryArgs.builder().name("app").encryption(Encryption.kmsWithNewKey(EncryptionType.AES256))
                        .build());
        assertEquals("encryption: a created KMS key needs encryption type KMS or KMS_DSSE, got \"AES256\"", aes.getMessage());
    }

    private static <T> T value(Output<T> o) {
        return com.pulumi.test.PulumiTest.extractValue(o);
    }
}
