package dev.ecrkit.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ecrkit.PullThroughCache;
import dev.ecrkit.PullThroughCacheArgs;
import dev.ecrkit.Registry;
import dev.ecrkit.RegistryArgs;
import dev.ecrkit.TestEngine;
import dev.ecrkit.ecr.ImageTagMutability;
import dev.ecrkit.json.Json;
import dev.ecrkit.registry.AccountSettings;
import dev.ecrkit.registry.AppliedFor;
import dev.ecrkit.registry.InspectorActivation;
import dev.ecrkit.registry.InspectorScanType;
import dev.ecrkit.registry.PullThroughCacheRule;
import dev.ecrkit.registry.RegistryScanning;
import dev.ecrkit.registry.Replication;
import dev.ecrkit.registry.ReplicationDestination;
import dev.ecrkit.registry.ReplicationRule;
import dev.ecrkit.registry.RepositoryCreationTemplate;
import dev.ecrkit.registry.ScanFrequency;
import dev.ecrkit.registry.ScanType;
import dev.ecrkit.registry.TemplateEncryption;
import dev.ecrkit.registry.UpstreamRegistry;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code ecrkit:index:Registry} (inputs in the {@code ecrkit:registry} shape) and {@code ecrkit:index:PullThroughCache}
 * from untyped values register what the Java components register with the same settings, and answer the same outputs.
 */
class PluginRegistryTest {
    private static final String REGISTRY_POLICY = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":"
            + "\"ReplicateFromProd\",\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::210987654321:root\"},"
            + "\"Action\":[\"ecr:CreateRepository\",\"ecr:ReplicateImage\"],"
            + "\"Resource\":\"arn:aws:ecr:eu-west-1:123456789012:repository/*\"}]}";
    private static final String KEEP_30 = "{\"rules\":[{\"rulePriority\":1,\"description\":\"Keep last 30 images\","
            + "\"selection\":{\"tagStatus\":\"any\",\"countType\":\"imageCountMoreThan\",\"countNumber\":30},"
            + "\"action\":{\"type\":\"expire\"}}]}";
    private static final String DOCKER_SECRET =
            "arn:aws:secretsmanager:eu-west-1:123456789012:secret:ecr-pullthroughcache/docker-hub-AbCdEf";
    private static final String TEMPLATE_KEY =
            "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab";
    private static final String TEMPLATE_ROLE = "arn:aws:iam::123456789012:role/ecr-templates";

    /** The ecrkit:registry example of docs/registry.md (in the test stack's region), every key and field set. */
    private static final String EVERY_SETTING = """
            {
              "replication": {"rules": [{
                "destinations": [{"region": "us-west-2"}, {"region": "eu-west-1", "registryId": "210987654321"}],
                "repositoryFilters": ["prod/", "team-a"]}]},
              "scanning": {"scanType": "ENHANCED", "rules": [
                {"scanFrequency": "CONTINUOUS_SCAN", "repositoryFilters": ["prod-*"]},
                {"scanFrequency": "SCAN_ON_PUSH", "repositoryFilters": ["*"]}]},
              "accountSettings": {"basicScanTypeVersion": "AWS_NATIVE", "registryPolicyScope": "V2",
                "blobMounting": "ENABLED"},
              "registryPolicy": %s,
              "pullThroughCacheRules": [
                {"ecrRepositoryPrefix": "docker-hub", "upstreamRegistry": "docker-hub", "credentialArn": "%s"},
                {"ecrRepositoryPrefix": "shared", "upstreamRegistryUrl": "210987654321.dkr.ecr.us-west-2.amazonaws.com",
                 "upstreamRepositoryPrefix": "team-a", "createRole": true}],
              "repositoryCreationTemplates": [
                {"prefix": "docker-hub", "appliedFor": ["PULL_THROUGH_CACHE"], "description": "cached images",
                 "imageTagMutability": "MUTABLE_WITH_EXCLUSION",
                 "imageTagMutabilityExclusionFilters": [{"filter": "release-*", "filterType": "WILDCARD"}],
                 "encryptionConfiguration": {"encryptionType": "KMS", "kmsKey": "%s"},
                 "lifecyclePolicy": %s, "repositoryPolicy": %s,
                 "resourceTags": [{"key": "Team", "value": "platform"}], "customRoleArn": "%s"},
                {"prefix": "ROOT", "appliedFor": ["CREATE_ON_PUSH", "REPLICATION"]}],
              "tags": [{"key": "Team", "value": "platform"}]
            }
            """.formatted(Json.write(REGISTRY_POLICY), DOCKER_SECRET, TEMPLATE_KEY, Json.write(KEEP_30),
            Json.write(REGISTRY_POLICY), TEMPLATE_ROLE);

    private static RegistryArgs everySettingJava() {
        return RegistryArgs.builder()
                .replication(Replication.of(ReplicationRule.of(ReplicationDestination.sameAccount("us-west-2"),
                        ReplicationDestination.toRegistry("eu-west-1", "210987654321"))
                        .withRepositoryFilters("prod/", "team-a")))
                .scanning(RegistryScanning.builder().scanType(ScanType.ENHANCED)
                        .rule(ScanFrequency.CONTINUOUS_SCAN, "prod-*")
                        .rule(ScanFrequency.SCAN_ON_PUSH, "*")
                        .build())
                .accountSettings(AccountSettings.builder()
                        .basicScanTypeVersion(AccountSettings.BasicScanTypeVersion.AWS_NATIVE)
                        .registryPolicyScope(AccountSettings.RegistryPolicyScope.V2)
                        .blobMounting(AccountSettings.BlobMounting.ENABLED)
                        .build())
                .registryPolicy(REGISTRY_POLICY)
                .pullThroughCacheRules(
                        PullThroughCacheRule.builder("docker-hub", UpstreamRegistry.DOCKER_HUB)
                                .credentialArn(DOCKER_SECRET).build(),
                        PullThroughCacheRule.builder("shared", UpstreamRegistry.ECR)
                                .upstreamEcr("210987654321", "us-west-2").upstreamRepositoryPrefix("team-a")
                                .createRole().build())
                .repositoryCreationTemplates(
                        RepositoryCreationTemplate.builder("docker-hub").appliedFor(AppliedFor.PULL_THROUGH_CACHE)
                                .description("cached images")
                                .imageTagMutability(ImageTagMutability.MUTABLE_WITH_EXCLUSION)
                                .imageTagMutabilityExclusionFilters("release-*")
                                .encryption(TemplateEncryption.kms(TEMPLATE_KEY))
                                .lifecyclePolicy(KEEP_30)
                                .repositoryPolicy(REGISTRY_POLICY)
                                .resourceTags(Map.of("Team", "platform"))
                                .customRoleArn(TEMPLATE_ROLE)
                                .build(),
                        RepositoryCreationTemplate.builder("ROOT")
                                .appliedFor(AppliedFor.CREATE_ON_PUSH, AppliedFor.REPLICATION).build())
                .tags(Map.of("Team", "platform"))
                .build();
    }

    @Test
    void registry_everySettingOfTheDocsExample_registersWhatTheJavaApiRegisters() {
        // Registry, replication, scanning, 3 account settings, policy, 2 templates, PullThroughCache, 2 rules, role,
        // role policy
        PluginHarness.assertSameAsJava(Registry.TYPE, "registry", EVERY_SETTING, null,
                (n, o) -> new Registry(n, everySettingJava(), o), 14);
    }

    @Test
    void registry_replicationSourceAccounts_registersTheMergedPolicy_likeTheJavaApi() {
        // Registry, policy
        PluginHarness.assertSameAsJava(Registry.TYPE, "registry", """
                {"registryPolicy": %s, "replicationSourceAccounts": ["444455556666"]}
                """.formatted(Json.write(REGISTRY_POLICY)), null,
                (n, o) -> new Registry(n, RegistryArgs.builder().registryPolicy(REGISTRY_POLICY)
                        .replicationSourceAccounts("444455556666").build(), o), 2);
    }

    @Test
    void registry_inspector_registersTheEnablerTheJavaApiRegisters() {
        // Registry, Enabler
        PluginHarness.assertSameAsJava(Registry.TYPE, "registry", """
                {"inspector": {"scanTypes": ["ECR", "LAMBDA"], "deactivateOnDelete": true}}
                """, null,
                (n, o) -> new Registry(n, RegistryArgs.builder().inspector(InspectorActivation.ecr()
                        .alsoActivating(InspectorScanType.LAMBDA).deactivatedOnDelete()).build(), o), 2);
    }

    @Test
    void registry_noInputs_isARegistryThatManagesNothing_likeTheJavaApi() {
        PluginHarness.assertSameAsJava(Registry.TYPE, "registry", "{}", null,
                (n, o) -> new Registry(n, RegistryArgs.builder().build(), o), 1);
    }

    @Test
    void registry_invalidInputs_areNamedByTheirPath_likeEcrkitRegistryWithoutItsPrefix() {
        var run = TestEngine.run(ctx -> PluginHarness.construct(Registry.TYPE, "registry", """
                {"replication": {"rules": [{"destinations": [{"region": "mars-1"}]}]},
                 "scanning": {"scanType": "BASIC", "rules": [{"scanFrequency": "CONTINUOUS_SCAN",
                   "repositoryFilters": ["*"]}]},
                 "accountSettings": {"registryPolicyScope": "V1"},
                 "pullThroughCacheRules": [{"ecrRepositoryPrefix": "hub", "upstreamRegistry": "docker-hub"}],
                 "tags": [{"key": "Team", "value": "a"}, {"key": "Team", "value": "b"}]}
                """));
        assertEquals("""
                tags[1].key: each key at most once (this list stands for a map), got "Team"
                replication.rules[0].destinations[0].region: must be an AWS region name such as "us-west-2" (2-25 \
                characters of [0-9a-z-]), got "mars-1"
                scanning.rules[0].scanFrequency: is not available with scan type BASIC (BASIC: SCAN_ON_PUSH or \
                MANUAL; ENHANCED: SCAN_ON_PUSH or CONTINUOUS_SCAN), got "CONTINUOUS_SCAN"
                accountSettings.registryPolicyScope: AWS no longer accepts V1: PutAccountSetting takes only V2 for \
                the registry policy scope (V2 covers every ECR action and is the default of every registry); use \
                V2, got "V1"
                pullThroughCacheRules[0].credentialArn: is required for docker-hub: the ARN of a Secrets Manager \
                secret named ecr-pullthroughcache/<name> holding the upstream credentials (pull-through-cache.html)""",
                run.message());
        assertEquals(0, run.registered());
    }

    @Test
    void registry_withoutARequiredNestedInput_isRejectedByPulumiJava_namingTheDeclaration() {
        // region is a required field of the schema type ReplicationDestination: pulumi-java's construct refuses it
        var run = TestEngine.run(ctx -> PluginHarness.construct(Registry.TYPE, "registry", """
                {"replication": {"rules": [{"destinations": [{"registryId": "210987654321"}]}]}}
                """));
        assertEquals("the stack program failed: IllegalArgumentException: Missing required field region in type"
                + " dev.ecrkit.inputs.ReplicationDestinationArgs", run.message());
        assertEquals(0, run.registered());
    }

    @Test
    void pullThroughCache_standaloneRulesWithACreatedRole_registerWhatTheJavaApiRegisters() {
        var inputs = """
                {"rules": [
                   {"ecrRepositoryPrefix": "quay", "upstreamRegistryUrl": "quay.io"},
                   {"ecrRepositoryPrefix": "shared", "upstreamRegistry": "ecr",
                    "upstreamRegistryUrl": "210987654321.dkr.ecr.us-west-2.amazonaws.com", "createRole": true},
                   {"ecrRepositoryPrefix": "partner",
                    "upstreamRegistryUrl": "210987654321.dkr.ecr.eu-west-1.amazonaws.com",
                    "customRoleArn": "arn:aws:iam::123456789012:role/partner-cache"}],
                 "tags": [{"key": "Team", "value": "platform"}]}
                """;
        var java = PullThroughCacheArgs.builder()
                .rules(PullThroughCacheRule.builder("quay", UpstreamRegistry.QUAY).build(),
                        PullThroughCacheRule.builder("shared", UpstreamRegistry.ECR)
                                .upstreamEcr("210987654321", "us-west-2").createRole().build(),
                        PullThroughCacheRule.builder("partner", UpstreamRegistry.ECR)
                                .upstreamEcr("210987654321", "eu-west-1")
                                .customRoleArn("arn:aws:iam::123456789012:role/partner-cache").build())
                .tags(Map.of("Team", "platform"))
                .build();
        // PullThroughCache, role, role policy, 3 rules
        PluginHarness.assertSameAsJava(PullThroughCache.TYPE, "cache", inputs, null,
                (n, o) -> new PullThroughCache(n, java, o), 6);
    }

    @Test
    void pullThroughCache_invalidRules_areNamedByTheirPath_allAtOnce() {
        var run = TestEngine.run(ctx -> PluginHarness.construct(PullThroughCache.TYPE, "cache", """
                {"rules": [{"ecrRepositoryPrefix": "hub", "upstreamRegistry": "docker-hub"},
                           {"ecrRepositoryPrefix": "x", "upstreamRegistryUrl": "https://quay.io/v2"}],
                 "tags": [{"key": "aws:team", "value": "a"}]}
                """));
        assertEquals("""
                rules[0].credentialArn: is required for docker-hub: the ARN of a Secrets Manager secret named \
                ecr-pullthroughcache/<name> holding the upstream credentials (pull-through-cache.html)
                rules[1].upstreamRegistryUrl: must be the host of a supported upstream registry: \
                <account>.dkr.ecr.<region>.amazonaws.com, public.ecr.aws, quay.io, registry.k8s.io, \
                registry-1.docker.io, ghcr.io, <registry>.azurecr.io, registry.gitlab.com, cgr.dev (no https:// and \
                no path), got "https://quay.io/v2"
                rules[1].ecrRepositoryPrefix: must be ROOT or 2-30 characters of lowercase letters and digits \
                separated by '.', '_', '-' or '/', got "x"
                tags.aws:team: key must not start with "aws:" (reserved for AWS), got "aws:team\"""",
                run.message());
        assertEquals(0, run.registered());
    }
}
