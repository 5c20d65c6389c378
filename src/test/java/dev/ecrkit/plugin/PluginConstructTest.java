package dev.ecrkit.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.ecrkit.Encryption;
import dev.ecrkit.ImageTagMutability;
import dev.ecrkit.Repository;
import dev.ecrkit.RepositoryArgs;
import dev.ecrkit.TestEngine;
import dev.ecrkit.json.Json;
import dev.ecrkit.lifecycle.LifecycleHelpers;
import dev.ecrkit.lifecycle.LifecycleTemplate;
import dev.ecrkit.tagging.DefaultTagsTemplate;
import dev.ecrkit.tagging.KeyCase;
import dev.ecrkit.tagging.TaggingSettings;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Construct from untyped property values, exactly what a TypeScript or YAML program sends, registers the same resources
 * (URNs, inputs, options) as the Java API with the same settings, and answers with the same output values.
 */
class PluginConstructTest {
    private static final String POLICY = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"AllowPullFromCiAccount\","
            + "\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::210987654321:root\"},"
            + "\"Action\":[\"ecr:BatchGetImage\",\"ecr:GetDownloadUrlForLayer\",\"ecr:BatchCheckLayerAvailability\"]}]}";

    /** The dev stack's payments-api entry (Pulumi.dev.yaml) as a YAML or TypeScript program writes it. */
    private static final String PAYMENTS_API = """
            {
              "name": "team-payments/api",
              "imageTagMutability": "IMMUTABLE_WITH_EXCLUSION",
              "imageTagMutabilityExclusionFilters": [{"filter": "latest"}, {"filter": "dev-*", "filterType": "WILDCARD"}],
              "lifecyclePolicyTemplate": "production",
              "preventDestroy": true,
              "timeouts": {"delete": "30m"},
              "defaultTagsTemplate": "cost_allocation",
              "defaultTagsEnvironment": "dev",
              "defaultTagsOwner": "payments",
              "defaultTagsProject": "checkout",
              "defaultTagsCostCenter": "cc-4410",
              "enableTagValidation": true,
              "requiredTags": ["Environment", "Owner", "CostCenter"],
              "tags": [{"key": "data-class", "value": "internal"}],
              "policy": %s
            }
            """.formatted(Json.write(POLICY));

    private static RepositoryArgs paymentsApiJava() {
        return RepositoryArgs.builder()
                .name("team-payments/api")
                .imageTagMutability(ImageTagMutability.IMMUTABLE_WITH_EXCLUSION)
                .imageTagMutabilityExclusionFilters("latest", "dev-*")
                .lifecyclePolicyTemplate(LifecycleTemplate.PRODUCTION)
                .preventDestroy(true)
                .deleteTimeout("30m")
                .tagging(TaggingSettings.builder()
                        .defaultTagsTemplate(DefaultTagsTemplate.COST_ALLOCATION)
                        .defaultTagsEnvironment("dev")
                        .defaultTagsOwner("payments")
                        .defaultTagsProject("checkout")
                        .defaultTagsCostCenter("cc-4410")
                        .enableTagValidation(true)
                        .requiredTags("Environment", "Owner", "CostCenter")
                        .tags(Map.of("data-class", "internal"))
                        .build())
                .policy(POLICY)
                .build();
    }

    /** The other half of the inputs: KMS, lifecycle helper numbers, scanning object, force delete, key case, values. */
    private static final String WEB_FRONTEND = """
            {
              "imageTagMutability": "IMMUTABLE",
              "encryptionType": "KMS",
              "kmsKey": "alias/ecr-dev",
              "imageScanningConfiguration": {"scanOnPush": false},
              "forceDelete": true,
              "lifecycleKeepLatestNImages": 30,
              "lifecycleExpireUntaggedAfterDays": 7,
              "lifecycleExpireTaggedAfterDays": 90,
              "lifecycleTagPrefixesToKeep": ["v", "rc"],
              "tagKeyCase": "kebab-case",
              "enableTagNormalization": true,
              "normalizeTagValues": false,
              "enableDefaultTags": true,
              "defaultTagsEnvironment": "dev",
              "tags": [{"key": "CostCenter", "value": " cc-4410 "}, {"key": "Team", "value": "web"}]
            }
            """;

    private static RepositoryArgs webFrontendJava() {
        return RepositoryArgs.builder()
                .name("web-frontend")
                .imageTagMutability(ImageTagMutability.IMMUTABLE)
                .encryption(Encryption.kms("alias/ecr-dev"))
                .scanOnPush(false)
                .forceDelete(true)
                .lifecycleHelpers(LifecycleHelpers.builder().keepLatestNImages(30).expireUntaggedAfterDays(7)
                        .expireTaggedAfterDays(90).tagPrefixesToKeep("v", "rc").build())
                .tagging(TaggingSettings.builder()
                        .tagKeyCase(KeyCase.KEBAB_CASE)
                        .enableTagNormalization(true)
                        .normalizeTagValues(false)
                        .enableDefaultTags(true)
                        .defaultTagsEnvironment("dev")
                        .tags(Map.of("CostCenter", " cc-4410 ", "Team", "web"))
                        .build())
                .build();
    }

    @Test
    void construct_paymentsApiFromYamlValues_registersWhatTheJavaApiRegisters() {
        assertSameAsJava("payments-api", PAYMENTS_API, paymentsApiJava(), 4);
    }

    @Test
    void construct_kmsHelpersAndNumbers_registersWhatTheJavaApiRegisters() {
        assertSameAsJava("web-frontend", WEB_FRONTEND, webFrontendJava(), 3);
    }

    @Test
    void construct_noInputs_isARepositoryNamedAfterTheResourceWithDefaults() {
        assertSameAsJava("scratch", "{}", RepositoryArgs.builder().name("scratch").build(), 2);
    }

    @Test
    void construct_emptyTagKeyCase_keepsKeysAsGiven_likeConfigNull() {
        var run = TestEngine.run(ctx -> PluginHarness.construct(Repository.TYPE, "keep",
                "{\"tagKeyCase\": \"\", \"tags\": [{\"key\": \"cost-center\", \"value\": \"x\"}]}"));
        assertNull(run.failure());
        var tags = (Map<?, ?>) run.one("aws:ecr/repository:Repository").inputs().get("tags");
        assertEquals("x", tags.get("cost-center"));
    }

    @Test
    void construct_invalidInputs_reportsEveryProblemByInputName_beforeRegisteringAnything() {
        var run = TestEngine.run(ctx -> PluginHarness.construct(Repository.TYPE, "bad", """
                {"lifecycleKeepLatestNImages": 2.5, "imageTagMutability": "SOMETIMES",
                 "tags": [{"key": "Team", "value": "a"}, {"key": "Team", "value": "b"}],
                 "lifecyclePolicyTemplte": "ignored: not an input"}
                """));
        assertEquals("""
                tags[1].key: each key at most once (this list stands for a map), got "Team"
                imageTagMutability: must be one of MUTABLE, IMMUTABLE, IMMUTABLE_WITH_EXCLUSION, MUTABLE_WITH_EXCLUSION, got "SOMETIMES"
                lifecycleKeepLatestNImages: must be a whole number, got 2.5""", run.message());
        assertEquals(0, run.registered());
    }

    private static void assertSameAsJava(String name, String inputsJson, RepositoryArgs javaArgs, int resources) {
        PluginHarness.assertSameAsJava(Repository.TYPE, name, inputsJson, null,
                (n, options) -> new Repository(n, javaArgs, options), resources);
    }
}
