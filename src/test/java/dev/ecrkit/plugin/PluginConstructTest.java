package dev.ecrkit.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.ecrkit.Encryption;
import dev.ecrkit.Repository;
import dev.ecrkit.RepositoryArgs;
import dev.ecrkit.TestEngine;
import dev.ecrkit.ecr.EncryptionType;
import dev.ecrkit.ecr.ImageTagMutability;
import dev.ecrkit.events.EventTargetArn;
import dev.ecrkit.events.OnEventOptions;
import dev.ecrkit.events.RepositoryEvent;
import dev.ecrkit.events.RepositoryEventRule;
import dev.ecrkit.json.Json;
import dev.ecrkit.kms.KmsKeySettings;
import dev.ecrkit.governance.PullRequestRule;
import dev.ecrkit.governance.Severity;
import dev.ecrkit.lifecycle.LifecycleHelpers;
import dev.ecrkit.lifecycle.LifecycleTemplate;
import dev.ecrkit.observability.AlarmTopic;
import dev.ecrkit.observability.LoggingSettings;
import dev.ecrkit.observability.MonitoringSettings;
import dev.ecrkit.policy.Effect;
import dev.ecrkit.policy.PolicyStatement;
import dev.ecrkit.policy.Principals;
import dev.ecrkit.tagging.DefaultTagsTemplate;
import dev.ecrkit.tagging.KeyCase;
import dev.ecrkit.tagging.TaggingSettings;
import java.util.List;
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

    /**
     * The dev stack's compliance-scanner entry (a key the repository creates), plus a custom statement with
     * conditions and extra principals: every kms* input.
     */
    private static final String COMPLIANCE_SCANNER = """
            {
              "imageTagMutability": "IMMUTABLE",
              "lifecyclePolicyTemplate": "compliance",
              "encryptionType": "KMS",
              "kmsDeletionWindowInDays": 30,
              "kmsEnableKeyRotation": true,
              "kmsKeyRotationPeriod": 180,
              "kmsMultiRegion": true,
              "kmsKeyAdministrators": ["arn:aws:iam::123456789012:role/platform-admin"],
              "kmsKeyUsers": ["arn:aws:iam::123456789012:role/ci-deploy"],
              "kmsAdditionalPrincipals": ["arn:aws:iam::210987654321:root"],
              "kmsCustomPolicyStatements": [{
                "sid": "AllowAuditRead",
                "effect": "Allow",
                "principals": {"type": "AWS", "identifiers": ["arn:aws:iam::123456789012:role/audit"]},
                "actions": ["kms:DescribeKey", "kms:GetKeyPolicy"],
                "conditions": [
                  {"test": "StringEquals", "variable": "aws:PrincipalTag/team", "values": ["audit"]},
                  {"test": "StringEquals", "variable": "aws:PrincipalTag/team", "values": ["security"]},
                  {"test": "Bool", "variable": "aws:MultiFactorAuthPresent", "values": ["true"]}
                ]
              }],
              "kmsAliasName": "ecr/compliance-scanner",
              "kmsTags": [{"key": "DataClass", "value": "confidential"}],
              "defaultTagsEnvironment": "dev"
            }
            """;

    private static RepositoryArgs complianceScannerJava() {
        return RepositoryArgs.builder()
                .name("compliance-scanner")
                .imageTagMutability(ImageTagMutability.IMMUTABLE)
                .lifecyclePolicyTemplate(LifecycleTemplate.COMPLIANCE)
                .encryption(Encryption.kmsWithNewKey(EncryptionType.KMS, KmsKeySettings.builder()
                        .deletionWindowInDays(30)
                        .enableKeyRotation(true)
                        .rotationPeriodInDays(180)
                        .multiRegion(true)
                        .keyAdministrators("arn:aws:iam::123456789012:role/platform-admin")
                        .keyUsers("arn:aws:iam::123456789012:role/ci-deploy")
                        .additionalPrincipals("arn:aws:iam::210987654321:root")
                        .customPolicyStatements(PolicyStatement.builder()
                                .sid("AllowAuditRead")
                                .effect(Effect.ALLOW)
                                .principals(Principals.aws("arn:aws:iam::123456789012:role/audit"))
                                .actions("kms:DescribeKey", "kms:GetKeyPolicy")
                                .condition("StringEquals", "aws:PrincipalTag/team", "audit")
                                .condition("StringEquals", "aws:PrincipalTag/team", "security")
                                .condition("Bool", "aws:MultiFactorAuthPresent", "true")
                                .build())
                        .aliasName("ecr/compliance-scanner")
                        .kmsTags(Map.of("DataClass", "confidential"))
                        .build()))
                .tagging(TaggingSettings.builder().defaultTagsEnvironment("dev").build())
                .build();
    }

    private static final String KEY_POLICY = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"Root\","
            + "\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::123456789012:root\"},\"Action\":\"kms:*\","
            + "\"Resource\":\"*\"}]}";

    @Test
    void construct_createdKeyWithEveryKmsInput_registersWhatTheJavaApiRegisters() {
        assertSameAsJava("compliance-scanner", COMPLIANCE_SCANNER, complianceScannerJava(), 6);
    }

    @Test
    void construct_createdKeyWithACustomPolicyAndNoRotation_registersWhatTheJavaApiRegisters() {
        var inputs = """
                {"encryptionType": "KMS", "kmsEnableKeyRotation": false, "kmsCustomPolicy": %s,
                 "preventDestroy": true}
                """.formatted(Json.write(KEY_POLICY));
        var java = RepositoryArgs.builder().name("vault")
                .encryption(Encryption.kmsWithNewKey(EncryptionType.KMS, KmsKeySettings.builder()
                        .enableKeyRotation(false).customPolicy(KEY_POLICY).build()))
                .preventDestroy(true)
                .build();
        assertSameAsJava("vault", inputs, java, 5);
    }

    @Test
    void construct_dsseOutsideGovCloud_isRefusedWhenTheScopeResolves_likeTheJavaApi() {
        var plugin = TestEngine.run(ctx -> PluginHarness.construct(Repository.TYPE, "vault",
                "{\"encryptionType\": \"KMS_DSSE\"}"));
        var java = TestEngine.run(ctx -> new dev.ecrkit.Repository("vault", RepositoryArgs.builder().name("vault")
                .encryption(Encryption.kmsWithNewKey(EncryptionType.KMS_DSSE)).build(), null));
        String expected = "encryption: DSSE-KMS is only available in the AWS GovCloud (US) Regions (partition"
                + " aws-us-gov), and this stack deploys to eu-west-1 (partition aws); use KMS, got \"KMS_DSSE\"";
        assertEquals(expected, plugin.message());
        assertEquals(expected, java.message());
    }

    @Test
    void construct_invalidKmsInputs_areNamedByTheirInputs_likeTheStackConfig() {
        var run = TestEngine.run(ctx -> PluginHarness.construct(Repository.TYPE, "bad", """
                {"encryptionType": "KMS", "kmsDeletionWindowInDays": 3, "kmsKeyRotationPeriod": 12.5,
                 "kmsCustomPolicyStatements": [{"effect": "Maybe", "principals": {"type": "AWS",
                   "identifiers": ["arn:aws:iam::123456789012:role/audit"]}, "actions": ["kms:Decrypt"]}],
                 "kmsTags": [{"key": "A", "value": "1"}, {"key": "A", "value": "2"}]}
                """));
        assertEquals("""
                kmsKeyRotationPeriod: must be a whole number, got 12.5
                kmsTags[1].key: each key at most once (this list stands for a map), got "A"
                kmsCustomPolicyStatements[0].effect: must be one of Allow, Deny, got "Maybe"
                kmsDeletionWindowInDays: must be between 7 and 30, got 3""", run.message());
        assertEquals(0, run.registered());
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

    /** Logging, monitoring with a created topic and a subscriber, and a deployed pull request rule of every field. */
    private static final String OBSERVED = """
            {
              "enableLogging": true,
              "logRetentionDays": 90,
              "enableMonitoring": true,
              "monitoringThresholdStorage": 50,
              "monitoringThresholdApiCalls": 2000,
              "monitoringThresholdSecurityFindings": 0,
              "monitoringThresholdImagePush": 20,
              "monitoringThresholdImagePull": 500,
              "createSnsTopic": true,
              "snsTopicName": "observed-alerts",
              "snsTopicSubscribers": ["ops@example.com"],
              "enablePullRequestRules": true,
              "pullRequestRules": [{
                "name": "prod-approval",
                "type": "approval",
                "enabled": true,
                "conditions": {"tagPatterns": ["prod-*"], "severityThreshold": "HIGH",
                  "requireScanCompletion": true, "allowedPrincipals": ["arn:aws:iam::123456789012:role/release"]},
                "actions": {"requireApprovalCount": 2, "notificationTopicArn":
                  "arn:aws:sns:us-east-1:123456789012:approvals", "blockOnFailure": true, "approvalTimeoutHours": 48}
              }]
            }
            """;

    private static RepositoryArgs observedJava() {
        return RepositoryArgs.builder()
                .name("observed")
                .logging(LoggingSettings.builder().retentionInDays(90).build())
                .monitoring(MonitoringSettings.builder()
                        .storageThresholdGb(50).apiCallsThreshold(2000).securityFindingsThreshold(0)
                        .imagePushThreshold(20).imagePullThreshold(500)
                        .topic(AlarmTopic.create("observed-alerts"))
                        .subscribers(List.of("ops@example.com"))
                        .build())
                .pullRequestRules(PullRequestRule.approval("prod-approval")
                        .enabled(true)
                        .tagPatterns("prod-*")
                        .severityThreshold(Severity.HIGH)
                        .requireScanCompletion(true)
                        .allowedPrincipals("arn:aws:iam::123456789012:role/release")
                        .requireApprovalCount(2)
                        .notificationTopicArn("arn:aws:sns:us-east-1:123456789012:approvals")
                        .blockOnFailure(true)
                        .approvalTimeoutHours(48)
                        .build())
                .build();
    }

    @Test
    void construct_loggingMonitoringAndAPullRequestRule_registersWhatTheJavaApiRegisters() {
        assertSameAsJava("observed", OBSERVED, observedJava(), 38);
    }

    @Test
    void construct_invalidObservabilityAndRuleInputs_areNamedByTheirInputs_likeTheStackConfig() {
        var run = TestEngine.run(ctx -> PluginHarness.construct(Repository.TYPE, "bad", """
                {"logRetentionDays": 90, "enableMonitoring": true, "monitoringThresholdImagePush": 0,
                 "pullRequestRules": [{"name": "r", "type": "approval", "actions": {"requireApprovalCount": 1.5}},
                   {"name": "s", "type": "merge"}]}
                """));
        assertEquals("""
                logRetentionDays: has no effect without enableLogging: true, got 90
                pullRequestRules[0].actions.requireApprovalCount: must be a whole number, got 1.5
                pullRequestRules[1].type: must be one of approval, security_scan, ci_integration, got "merge"
                monitoringThresholdImagePush: must be a number greater than 0, got 0""", run.message());
        assertEquals(0, run.registered());
    }

    /** Event rules: a Lambda target (rule, target, permission) and an SNS target with tag filters and a description. */
    private static final String EVENTS = """
            {
              "name": "team/orders",
              "eventRules": [
                {"name": "deploy", "event": "IMAGE_PUSHED",
                 "targetArn": "arn:aws:lambda:eu-west-1:123456789012:function:deploy-orders"},
                {"name": "notify", "event": "IMAGE_SCAN_COMPLETED", "targetArn": "arn:aws:sns:eu-west-1:123456789012:scans",
                 "tagPrefixes": ["v"], "tagPatterns": ["release-*"], "description": "Scans of releases"}
              ]
            }
            """;

    private static RepositoryArgs eventsJava() {
        return RepositoryArgs.builder()
                .name("team/orders")
                .eventRules(RepositoryEventRule.of(RepositoryEvent.IMAGE_PUSHED, "deploy",
                                "arn:aws:lambda:eu-west-1:123456789012:function:deploy-orders"),
                        RepositoryEventRule.of(RepositoryEvent.IMAGE_SCAN_COMPLETED, "notify",
                                "arn:aws:sns:eu-west-1:123456789012:scans", OnEventOptions.builder().tagPrefixes("v")
                                        .tagPatterns("release-*").description("Scans of releases").build()))
                .build();
    }

    @Test
    void construct_eventRules_registersWhatTheJavaApiRegisters() {
        assertSameAsJava("orders", EVENTS, eventsJava(), 7);
    }

    @Test
    void construct_invalidEventRules_areNamedByTheirInputs_beforeRegisteringAnything() {
        var run = TestEngine.run(ctx -> PluginHarness.construct(Repository.TYPE, "bad", """
                {"eventRules": [
                  {"name": "a", "event": "IMAGE_PUSHED", "targetArn": "arn:aws:events:eu-west-1:123456789012:event-bus/x"},
                  {"name": "b", "event": "PUSHED", "targetArn": "arn:aws:sqs:eu-west-1:123456789012:q"}]}
                """));
        assertEquals("""
                eventRules[1].event: must be one of IMAGE_PUSHED, IMAGE_SCAN_COMPLETED, REPLICATION, PULL_THROUGH_CACHE, got "PUSHED"
                eventRules[0].targetArn: %s, got "arn:aws:events:eu-west-1:123456789012:event-bus/x\"""".formatted(
                EventTargetArn.EVENT_BUS_RULE), run.message());
        assertEquals(0, run.registered());
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
                imageTagMutability: must be one of MUTABLE, IMMUTABLE, IMMUTABLE_WITH_EXCLUSION, MUTABLE_WITH_EXCLUSION, got "SOMETIMES"
                lifecycleKeepLatestNImages: must be a whole number, got 2.5
                tags[1].key: each key at most once (this list stands for a map), got "Team\"""", run.message());
        assertEquals(0, run.registered());
    }

    private static void assertSameAsJava(String name, String inputsJson, RepositoryArgs javaArgs, int resources) {
        PluginHarness.assertSameAsJava(Repository.TYPE, name, inputsJson, null,
                (n, options) -> new Repository(n, javaArgs, options), resources);
    }
}
