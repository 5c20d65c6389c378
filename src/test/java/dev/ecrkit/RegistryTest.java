package dev.ecrkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pulumi.core.Output;
import dev.ecrkit.aws.EcrPullTimeUpdateExclusionResource;
import dev.ecrkit.aws.ProviderVersions;
import dev.ecrkit.ecr.ImageTagMutability;
import dev.ecrkit.registry.AccountSettings;
import dev.ecrkit.registry.AppliedFor;
import dev.ecrkit.registry.InspectorActivation;
import dev.ecrkit.registry.InspectorScanType;
import dev.ecrkit.registry.PullThroughCacheRule;
import dev.ecrkit.registry.PullTimeUpdateExclusions;
import dev.ecrkit.registry.RegistryScanning;
import dev.ecrkit.registry.Replication;
import dev.ecrkit.registry.ReplicationDestination;
import dev.ecrkit.registry.ReplicationRule;
import dev.ecrkit.registry.RepositoryCreationTemplate;
import dev.ecrkit.registry.ScanFrequency;
import dev.ecrkit.registry.ScanType;
import dev.ecrkit.registry.TemplateEncryption;
import dev.ecrkit.registry.UpstreamRegistry;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class RegistryTest {
    static final String REPLICATION = "aws:ecr/replicationConfiguration:ReplicationConfiguration";
    static final String SCANNING = "aws:ecr/registryScanningConfiguration:RegistryScanningConfiguration";
    static final String ACCOUNT_SETTING = "aws:ecr/accountSetting:AccountSetting";
    static final String REGISTRY_POLICY = "aws:ecr/registryPolicy:RegistryPolicy";
    static final String TEMPLATE = "aws:ecr/repositoryCreationTemplate:RepositoryCreationTemplate";
    static final String CACHE_RULE = "aws:ecr/pullThroughCacheRule:PullThroughCacheRule";
    static final String ACCOUNT = "123456789012";
    static final String POLICY_JSON = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"ReplicateFromProd\","
            + "\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::210987654321:root\"},"
            + "\"Action\":[\"ecr:CreateRepository\",\"ecr:ReplicateImage\"],\"Resource\":\"arn:aws:ecr:eu-west-1:123456789012:repository/*\"}]}";
    static final String DOCKER_SECRET = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:ecr-pullthroughcache/docker-hub-AbCdEf";

    private static TestEngine.Run run(RegistryArgs args) {
        return TestEngine.run(ctx -> new Registry("registry", args, null));
    }

    @Test
    void replication_sameAccountDestinationsGetTheCallerAccount_crossAccountKeepTheirs() {
        var run = run(RegistryArgs.builder().replication(Replication.of(
                ReplicationRule.of(ReplicationDestination.sameAccount("us-west-2"),
                        ReplicationDestination.toRegistry("eu-central-1", "210987654321")).withRepositoryFilters("team-a/"),
                ReplicationRule.of(ReplicationDestination.sameAccount("ap-southeast-2")))).build());
        var r = run.one(REPLICATION);
        assertEquals("registry-replication", r.name());
        assertEquals(run.one(Registry.TYPE).urn(), r.parent());
        assertEquals(Map.of("replicationConfiguration", Map.of("rules", List.of(
                Map.of("destinations", List.of(Map.of("region", "us-west-2", "registryId", ACCOUNT),
                                Map.of("region", "eu-central-1", "registryId", "210987654321")),
                        "repositoryFilters", List.of(Map.of("filter", "team-a/", "filterType", "PREFIX_MATCH"))),
                Map.of("destinations", List.of(Map.of("region", "ap-southeast-2", "registryId", ACCOUNT)))))),
                r.inputs());
        assertEquals(List.of(Registry.TYPE, REPLICATION), run.stack().resources().stream().map(x -> x.type()).toList());
    }

    @Test
    void scanning_rulesGroupedByFrequency_oneRulePerFrequencyWithAllItsFilters() {
        var run = run(RegistryArgs.builder().scanning(RegistryScanning.builder().scanType(ScanType.ENHANCED)
                .rule(ScanFrequency.SCAN_ON_PUSH, "team-a", "team-b")
                .rule(ScanFrequency.CONTINUOUS_SCAN, "prod-*")
                .rule(ScanFrequency.SCAN_ON_PUSH, "team-c", "team-a")
                .build()).build());
        assertEquals(Map.of("scanType", "ENHANCED", "rules", List.of(
                Map.of("scanFrequency", "SCAN_ON_PUSH", "repositoryFilters", List.of(
                        Map.of("filter", "team-a", "filterType", "WILDCARD"), Map.of("filter", "team-b", "filterType", "WILDCARD"),
                        Map.of("filter", "team-c", "filterType", "WILDCARD"))),
                Map.of("scanFrequency", "CONTINUOUS_SCAN", "repositoryFilters", List.of(
                        Map.of("filter", "prod-*", "filterType", "WILDCARD"))))), run.one(SCANNING).inputs());
    }

    @Test
    void accountSettings_oneResourcePerSettingNamedBySetting() {
        var run = run(RegistryArgs.builder().accountSettings(AccountSettings.builder()
                .basicScanTypeVersion(AccountSettings.BasicScanTypeVersion.AWS_NATIVE)
                .registryPolicyScope(AccountSettings.RegistryPolicyScope.V2)
                .blobMounting(AccountSettings.BlobMounting.ENABLED).build()).build());
        var settings = run.ofType(ACCOUNT_SETTING);
        // the plan lists siblings by URN (Plan.treeOrder)
        assertEquals(List.of("registry-basic-scan-type-version", "registry-blob-mounting", "registry-registry-policy-scope"),
                settings.stream().map(x -> x.name()).toList());
        assertEquals(List.of(Map.of("name", "BASIC_SCAN_TYPE_VERSION", "value", "AWS_NATIVE"),
                Map.of("name", "BLOB_MOUNTING", "value", "ENABLED"), Map.of("name", "REGISTRY_POLICY_SCOPE", "value", "V2")),
                settings.stream().map(x -> x.inputs()).toList());
        // BLOB_MOUNTING first appears in @pulumi/aws 7.17.0 ecr/accountSetting.d.ts: only that setting goes there
        assertEquals(List.of(ProviderVersions.DEFAULT, ProviderVersions.NEWER, ProviderVersions.DEFAULT),
                settings.stream().map(x -> x.providerVersion()).toList());
    }

    @Test
    void pullTimeUpdateExclusions_oneResourcePerPrincipal_namedByItsArn_onTheNewerPlugin() {
        var run = run(RegistryArgs.builder().pullTimeUpdateExclusions(
                "arn:aws:iam::123456789012:user/ci-bot", "arn:aws:iam::123456789012:role/security/trivy").build());
        var exclusions = run.ofType(EcrPullTimeUpdateExclusionResource.TYPE);
        assertEquals(List.of("registry-pull-time-exclusion-123456789012-role/security/trivy",
                "registry-pull-time-exclusion-123456789012-user/ci-bot"), exclusions.stream().map(x -> x.name()).toList());
        assertEquals(List.of(Map.of("principalArn", "arn:aws:iam::123456789012:role/security/trivy"),
                Map.of("principalArn", "arn:aws:iam::123456789012:user/ci-bot")),
                exclusions.stream().map(x -> x.inputs()).toList());
        // com.pulumi:aws 6.83.0 has no such resource: every exclusion goes to 7.17.0
        assertEquals(List.of(ProviderVersions.NEWER, ProviderVersions.NEWER),
                exclusions.stream().map(x -> x.providerVersion()).toList());
    }

    @Test
    void pullTimeUpdateExclusions_refuseWhatTheApiRefuses_oneLineEach() {
        var e = org.junit.jupiter.api.Assertions.assertThrows(dev.ecrkit.validation.InvalidInputException.class, () ->
                RegistryArgs.builder().pullTimeUpdateExclusions("arn:aws:iam::123456789012:root",
                        "arn:aws:iam::123456789012:group/devs", "arn:aws:iam::123456789012:role/" + "r/".repeat(95) + "x",
                        "arn:aws:iam::123456789012:user/ci", "arn:aws:iam::123456789012:user/ci").build());
        var lines = e.getMessage().lines().toList();
        assertEquals(4, lines.size(), e.getMessage());
        assertTrue(lines.get(0).startsWith("pullTimeUpdateExclusions[0]: must be "), lines.get(0));
        assertTrue(lines.get(1).startsWith("pullTimeUpdateExclusions[1]: IAM groups cannot be principals"), lines.get(1));
        assertTrue(lines.get(2).startsWith("pullTimeUpdateExclusions[2]: must be at most 200 characters"), lines.get(2));
        assertEquals("pullTimeUpdateExclusions[4]: is listed twice (one exclusion per principal), got"
                + " \"arn:aws:iam::123456789012:user/ci\"", lines.get(3));
        var many = java.util.stream.IntStream.rangeClosed(0, PullTimeUpdateExclusions.MAX_EXCLUSIONS)
                .mapToObj(i -> "arn:aws:iam::123456789012:role/r" + i).toList();
        var tooMany = org.junit.jupiter.api.Assertions.assertThrows(dev.ecrkit.validation.InvalidInputException.class,
                () -> RegistryArgs.builder().pullTimeUpdateExclusions(many).build());
        assertEquals("pullTimeUpdateExclusions: at most 100 pull-time update exclusions per account, got 101",
                tooMany.getMessage());
        RegistryArgs.builder().pullTimeUpdateExclusions(many.subList(0, 100)).build();
    }

    @Test
    void pullTimeUpdateExclusions_underAnOlderExplicitProvider_areRefusedBeforeAnyChild() {
        var run = runWithProvider("", RegistryArgs.builder()
                .pullTimeUpdateExclusions("arn:aws:iam::123456789012:role/scanner").build());
        assertTrue(run.message().startsWith("pullTimeUpdateExclusions[0]: needs AWS provider plugin >= 7.17.0 ("
                + ProviderVersions.PULL_TIME_UPDATE_EXCLUSION_SOURCE + ")"), run.message());
    }

    /** A Registry under a component given an explicit aws provider created with {@code version} ("" = the SDK's). */
    private static TestEngine.Run runWithProvider(String version, RegistryArgs args) {
        return TestEngine.run(ctx -> {
            var options = com.pulumi.resources.CustomResourceOptions.builder();
            if (!version.isEmpty()) {
                options.version(version);
            }
            var provider = new com.pulumi.aws.Provider("explicit", com.pulumi.aws.ProviderArgs.builder()
                    .region("eu-west-1").build(), options.build());
            new Registry("registry", args, com.pulumi.resources.ComponentResourceOptions.builder()
                    .providers(provider).build());
        });
    }

    private static final RegistryArgs NEEDS_NEWER = RegistryArgs.builder()
            .accountSettings(AccountSettings.builder().blobMounting(AccountSettings.BlobMounting.ENABLED).build())
            .repositoryCreationTemplates(RepositoryCreationTemplate.builder("ROOT")
                    .appliedFor(AppliedFor.REPLICATION, AppliedFor.CREATE_ON_PUSH).build())
            .build();

    @Test
    void explicitProvider_olderThanTheNewerPlugin_refusesWhatItCannotTake_beforeAnyChildIsRegistered() {
        var run = runWithProvider("", NEEDS_NEWER);
        assertEquals(String.join("\n",
                "repositoryCreationTemplates[0].appliedFor[1]: needs AWS provider plugin >= 7.17.0 ("
                        + ProviderVersions.CREATE_ON_PUSH_SOURCE + "), but the explicit provider explicit is plugin "
                        + ProviderVersions.DEFAULT + " and Pulumi ignores the version option when a provider is given;"
                        + " pass a provider created with version 7.17.0 or later, or none, got \"CREATE_ON_PUSH\"",
                "accountSettings.blobMounting: needs AWS provider plugin >= 7.17.0 ("
                        + ProviderVersions.BLOB_MOUNTING_SOURCE + "), but the explicit provider explicit is plugin "
                        + ProviderVersions.DEFAULT + " and Pulumi ignores the version option when a provider is given;"
                        + " pass a provider created with version 7.17.0 or later, or none, got \"ENABLED\""),
                run.message().lines().sorted(java.util.Comparator.reverseOrder()).collect(java.util.stream.Collectors.joining("\n")));
        // the failure ends the run while the provider and the component register: at most those two, never a child
        assertTrue(run.registered() <= 2, "registered " + run.registered());
    }

    @Test
    void explicitProvider_ofTheNewerPlugin_takesEverything_andNoVersionOptionIsSet() {
        var run = runWithProvider(ProviderVersions.NEWER, NEEDS_NEWER);
        assertEquals("", run.one(TEMPLATE).providerVersion());
        // com.pulumi:aws sets its own version on its resources; Pulumi ignores it beside the explicit provider
        assertEquals(ProviderVersions.DEFAULT, run.one(ACCOUNT_SETTING).providerVersion());
        // what needs no newer plugin is untouched by an explicit provider of any version
        var plain = runWithProvider("", RegistryArgs.builder().repositoryCreationTemplates(
                RepositoryCreationTemplate.builder("team").appliedFor(AppliedFor.REPLICATION).build()).build());
        assertEquals(1, plain.ofType(TEMPLATE).size());
    }

    static final String ENABLER = "aws:inspector2/enabler:Enabler";

    @Test
    void inspector_oneEnablerForTheDeployedAccount_onTheDefaultPlugin_andTheScanningConfigurationWaitsForIt() {
        var run = run(RegistryArgs.builder()
                .inspector(InspectorActivation.ecr().alsoActivating(InspectorScanType.LAMBDA, InspectorScanType.EC2))
                .scanning(RegistryScanning.builder().rule(ScanFrequency.CONTINUOUS_SCAN, "prod-*").build())
                .build());
        var enabler = run.one(ENABLER);
        assertEquals("registry-inspector", enabler.name());
        assertEquals(run.one(Registry.TYPE).urn(), enabler.parent());
        // the account the provider deploys to (getCallerIdentity), the scan types in a fixed order
        assertEquals(Map.of("accountIds", List.of(ACCOUNT), "resourceTypes", List.of("EC2", "ECR", "LAMBDA")),
                enabler.inputs());
        // com.pulumi:aws 6.83.0 has the Enabler: it stays on the default plugin (the SDK's own version option)
        assertEquals(ProviderVersions.DEFAULT, enabler.providerVersion());
        // activating Inspector sets the registry's scanning: ecrkit's rules are written after it
        assertEquals(List.of(enabler.urn()), run.one(SCANNING).dependsOn());
        // without an activation the scanning configuration depends on nothing and no Enabler is planned
        var plain = run(RegistryArgs.builder().scanning(RegistryScanning.builder().build()).build());
        assertEquals(List.of(), plain.one(SCANNING).dependsOn());
        assertTrue(plain.ofType(ENABLER).isEmpty());
    }

    @Test
    void inspector_retainOnDelete_unlessDeactivationIsAsked() {
        assertTrue(Registry.inspectorOptions(null, InspectorActivation.ecr()).isRetainOnDelete());
        assertFalse(Registry.inspectorOptions(null, InspectorActivation.ecr().deactivatedOnDelete()).isRetainOnDelete());
        assertFalse(InspectorActivation.ecr().deactivatedOnDelete().alsoActivating(InspectorScanType.EC2).retainOnDelete(),
                "alsoActivating keeps the delete choice");
    }

    @Test
    void inspector_besideBasicScanning_orWithoutEcr_isRefusedBeforeAnythingIsRegistered() {
        var basic = org.junit.jupiter.api.Assertions.assertThrows(dev.ecrkit.validation.InvalidInputException.class, () ->
                RegistryArgs.builder().inspector(InspectorActivation.ecr())
                        .scanning(RegistryScanning.builder().scanType(ScanType.BASIC).build()).build());
        assertEquals("scanning.scanType: " + InspectorActivation.BASIC_SCAN_TYPE_RULE + ", got \"BASIC\"",
                basic.getMessage());
        var noEcr = org.junit.jupiter.api.Assertions.assertThrows(dev.ecrkit.validation.InvalidInputException.class, () ->
                RegistryArgs.builder().inspector(new InspectorActivation(java.util.EnumSet.of(InspectorScanType.EC2),
                        false)).build());
        assertEquals("inspector.scanTypes: " + InspectorActivation.ECR_REQUIRED_RULE + ", got [\"EC2\"]",
                noEcr.getMessage());
        // ENHANCED (the default scan type) beside the activation is what AWS does anyway: accepted
        RegistryArgs.builder().inspector(InspectorActivation.ecr())
                .scanning(RegistryScanning.builder().scanType(ScanType.ENHANCED).build()).build();
    }

    @Test
    void registryPolicy_isSentAsGiven_andAnOutputPolicyIsCheckedWhenItResolves() {
        var run = run(RegistryArgs.builder().registryPolicy(POLICY_JSON).build());
        assertEquals(Map.of("policy", POLICY_JSON), run.one(REGISTRY_POLICY).inputs());
        assertEquals("registry-policy", run.one(REGISTRY_POLICY).name());
        var bad = run(RegistryArgs.builder().registryPolicy(Output.of("{\"Statement\":[]}")).build());
        assertTrue(bad.message().startsWith("registryPolicy: must have a Statement"), bad.message());
    }

    @Test
    void replicationSourceAccounts_appendTheGuidesStatementToTheUserPolicy_scopedToTheDeployedRegistry() {
        var run = run(RegistryArgs.builder().registryPolicy(POLICY_JSON)
                .replicationSourceAccounts("444455556666").build());
        String json = (String) run.one(REGISTRY_POLICY).inputs().get("policy");
        assertEquals(POLICY_JSON.replace("}]}", "},{\"Sid\":\"EcrkitCrossAccountReplication\",\"Effect\":\"Allow\","
                + "\"Principal\":{\"AWS\":\"arn:aws:iam::444455556666:root\"},"
                + "\"Action\":[\"ecr:CreateRepository\",\"ecr:ReplicateImage\"],"
                + "\"Resource\":\"arn:aws:ecr:" + TestEngine.REGION + ":" + ACCOUNT + ":repository/*\"}]}"), json);
        // alone, without a user policy, it is the whole registry policy
        var alone = run(RegistryArgs.builder().replicationSourceAccounts("444455556666").build());
        assertTrue(((String) alone.one(REGISTRY_POLICY).inputs().get("policy")).startsWith(
                "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"EcrkitCrossAccountReplication\""));
    }

    @Test
    void replicationSourceAccounts_sidClashAndBadIds_refusedBeforeAnythingIsRegistered() {
        var e = org.junit.jupiter.api.Assertions.assertThrows(dev.ecrkit.validation.InvalidInputException.class, () ->
                RegistryArgs.builder().registryPolicy(POLICY_JSON.replace("ReplicateFromProd", "EcrkitCrossAccountReplication"))
                        .replicationSourceAccounts("444455556666", "4444-5555-6666").build());
        assertEquals(List.of("registryPolicy.Statement[0].Sid: is the Sid replicationSourceAccounts generates; rename it"
                        + " (Sids must be unique), got \"EcrkitCrossAccountReplication\"",
                "replicationSourceAccounts[1]: must be a 12-digit AWS account id, got \"4444-5555-6666\""),
                e.getMessage().lines().toList());
    }

    @Test
    void creationTemplate_everyFieldReachesTheProvider_filtersRequestTheNewerProvider() {
        var run = run(RegistryArgs.builder().repositoryCreationTemplates(
                RepositoryCreationTemplate.builder("docker-hub").appliedFor(AppliedFor.PULL_THROUGH_CACHE)
                        .description("cached images")
                        .imageTagMutability(ImageTagMutability.MUTABLE_WITH_EXCLUSION)
                        .imageTagMutabilityExclusionFilters("release-*")
                        .encryption(TemplateEncryption.kms("arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"))
                        .lifecyclePolicy(LifecycleTestPolicies.KEEP_30)
                        .repositoryPolicy(POLICY_JSON)
                        .resourceTags(Map.of("Team", "platform"))
                        .customRoleArn("arn:aws:iam::123456789012:role/ecr-templates")
                        .build(),
                RepositoryCreationTemplate.builder("ROOT").appliedFor(AppliedFor.CREATE_ON_PUSH, AppliedFor.REPLICATION)
                        .build()).build());
        var templates = run.ofType(TEMPLATE);
        assertEquals(List.of("registry-template-ROOT", "registry-template-docker-hub"), templates.stream().map(t -> t.name()).toList());
        var full = templates.get(1);
        assertEquals(Map.ofEntries(
                Map.entry("prefix", "docker-hub"),
                Map.entry("appliedFors", List.of("PULL_THROUGH_CACHE")),
                Map.entry("description", "cached images"),
                Map.entry("imageTagMutability", "MUTABLE_WITH_EXCLUSION"),
                Map.entry("imageTagMutabilityExclusionFilters", List.of(Map.of("filter", "release-*", "filterType", "WILDCARD"))),
                Map.entry("encryptionConfigurations", List.of(Map.of("encryptionType", "KMS",
                        "kmsKey", "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"))),
                Map.entry("lifecyclePolicy", LifecycleTestPolicies.KEEP_30),
                Map.entry("repositoryPolicy", POLICY_JSON),
                Map.entry("resourceTags", Map.of("Team", "platform")),
                Map.entry("customRoleArn", "arn:aws:iam::123456789012:role/ecr-templates")), full.inputs());
        assertEquals(ProviderVersions.NEWER, full.providerVersion());
        var root = templates.get(0);
        assertEquals(Map.of("prefix", "ROOT", "appliedFors", List.of("CREATE_ON_PUSH", "REPLICATION"),
                "imageTagMutability", "MUTABLE", "encryptionConfigurations", List.of(Map.of("encryptionType", "AES256"))),
                root.inputs());
        // CREATE_ON_PUSH first appears in @pulumi/aws 7.16.0: the template goes to the newer plugin too
        assertEquals(ProviderVersions.NEWER, root.providerVersion());
        var replicationOnly = run(RegistryArgs.builder().repositoryCreationTemplates(
                RepositoryCreationTemplate.builder("team-a").appliedFor(AppliedFor.REPLICATION).build()).build());
        assertEquals("", replicationOnly.one(TEMPLATE).providerVersion(), "everything else stays on the default");
    }

    @Test
    void pullThroughCache_isAChildComponentWithRulesKeyedByPrefix() {
        var run = run(RegistryArgs.builder().pullThroughCacheRules(
                PullThroughCacheRule.builder("docker-hub", UpstreamRegistry.DOCKER_HUB).credentialArn(DOCKER_SECRET).build(),
                PullThroughCacheRule.builder("ecr-public", UpstreamRegistry.ECR_PUBLIC).build()).build());
        var cache = run.one(PullThroughCache.TYPE);
        assertEquals("registry-pull-through-cache", cache.name());
        assertEquals(run.one(Registry.TYPE).urn(), cache.parent());
        var rules = run.ofType(CACHE_RULE);
        assertEquals(List.of("registry-pull-through-cache-docker-hub", "registry-pull-through-cache-ecr-public"),
                rules.stream().map(x -> x.name()).toList());
        assertEquals(Map.of("ecrRepositoryPrefix", "docker-hub", "upstreamRegistryUrl", "registry-1.docker.io",
                "credentialArn", DOCKER_SECRET), rules.get(0).inputs());
        assertEquals(Map.of("ecrRepositoryPrefix", "ecr-public", "upstreamRegistryUrl", "public.ecr.aws"), rules.get(1).inputs());
        assertTrue(rules.stream().allMatch(x -> x.parent().equals(cache.urn())));
        assertTrue(run.ofType("aws:iam/role:Role").isEmpty(), "no rule asked for a role: none is created");
    }

    @Test
    void outputs_sayWhatIsConfigured() {
        var holder = new AtomicReference<Registry>();
        var run = TestEngine.run(ctx -> holder.set(new Registry("registry", RegistryArgs.builder()
                .replication(Replication.sameAccountRegions(List.of("us-west-2", "eu-central-1")))
                .scanning(RegistryScanning.fromModule(ScanType.BASIC, false, List.of("*")))
                .accountSettings(AccountSettings.builder().blobMounting(AccountSettings.BlobMounting.DISABLED).build())
                .build(), null)));
        assertNull(run.failure());
        var r = holder.get();
        assertEquals(ACCOUNT, value(r.registryId));
        assertEquals(Map.of("enabled", true, "regions", List.of("us-west-2", "eu-central-1"), "destinations", List.of(
                Map.of("region", "us-west-2", "registryId", ACCOUNT), Map.of("region", "eu-central-1", "registryId", ACCOUNT))),
                value(r.replicationStatus));
        assertEquals(List.of("us-west-2", "eu-central-1"), value(r.replicationRegions));
        assertEquals(Map.of("enabled", true, "scanType", "BASIC", "rules", List.of(Map.of("scanFrequency", "SCAN_ON_PUSH",
                "repositoryFilters", List.of("*")))), value(r.scanningStatus));
        assertEquals(List.of("*"), value(r.scanRepositoryFilters));
        assertEquals(Map.of("BLOB_MOUNTING", "DISABLED"), value(r.accountSettings));
        assertEquals(false, value(r.registryPolicyConfigured));
        assertEquals(List.of(), value(r.pullThroughCacheRules));
        assertEquals("", value(r.pullThroughCacheRoleArn));
        assertEquals(Map.of("enabled", false, "prefixes", List.of()), value(r.creationTemplateStatus));
    }

    @Test
    void destinationThatIsThisRegistry_failsWhenTheAccountResolves_withTheArgsMessage() {
        var run = run(RegistryArgs.builder().replication(Replication.of(ReplicationRule.of(
                ReplicationDestination.toRegistry("eu-west-1", ACCOUNT)))).build());
        assertEquals("replication.rules[0].destinations[0].region: must differ from the stack's own region eu-west-1 for a"
                + " destination in the same account: a registry cannot replicate to itself, got \"eu-west-1\"", run.message());
    }

    @Test
    void args_reportEveryProblemAtOnce_beforeAnythingIsRegistered() {
        var e = org.junit.jupiter.api.Assertions.assertThrows(dev.ecrkit.validation.InvalidInputException.class, () ->
                RegistryArgs.builder().sourceRegion("eu-west-1")
                        .replication(Replication.sameAccountRegions(List.of("eu-west-1")))
                        .scanning(RegistryScanning.builder().scanType(ScanType.BASIC).rule(ScanFrequency.CONTINUOUS_SCAN, "*").build())
                        .registryPolicy("")
                        .repositoryCreationTemplates(RepositoryCreationTemplate.builder("ROOT").build())
                        .pullThroughCacheRules(PullThroughCacheRule.builder("hub", UpstreamRegistry.DOCKER_HUB).build())
                        .tags(Map.of("aws:x", "y"))
                        .build());
        assertEquals(List.of("replication.rules[0].destinations[0].region", "scanning.rules[0].scanFrequency", "registryPolicy",
                "repositoryCreationTemplates[0].appliedFor", "pullThroughCacheRules[0].credentialArn", "tags.aws:x"),
                e.problems().stream().map(p -> p.field()).toList());
    }

    @Test
    void tags_reachTheCreatedPullThroughCacheRole() {
        var run = run(RegistryArgs.builder().tags(Map.of("Team", "platform")).pullThroughCacheRules(
                PullThroughCacheRule.builder("shared", UpstreamRegistry.ECR).upstreamEcr("210987654321", "us-west-2")
                        .createRole().build()).build());
        assertEquals(Map.of("Team", "platform"), run.one("aws:iam/role:Role").inputs().get("tags"));
        assertEquals("arn:aws:iam::123456789012:role/registry-pull-through-cache-role",
                run.one(CACHE_RULE).inputs().get("customRoleArn"));
    }

    private static <T> T value(Output<T> o) {
        return com.pulumi.test.PulumiTest.extractValue(o);
    }
}
