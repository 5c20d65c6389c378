package dev.ecrkit.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ecrkit.Registry;
import dev.ecrkit.RegistryArgs;
import dev.ecrkit.TestEngine;
import dev.ecrkit.json.Json;
import dev.ecrkit.registry.AccountSettingName;
import dev.ecrkit.registry.AppliedFor;
import dev.ecrkit.registry.CacheRole;
import dev.ecrkit.registry.ReplicationDestination;
import dev.ecrkit.registry.ScanFrequency;
import dev.ecrkit.registry.ScanType;
import dev.ecrkit.registry.UpstreamRegistry;
import dev.ecrkit.validation.InvalidInputException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

class RegistryConfigTest {
    /** Parses a {@code config:} block's ecrkit namespace written as YAML (keys without the namespace). */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> yaml(String text) {
        return (Map<String, Object>) new Yaml().load(text);
    }

    private static Optional<RegistryArgs> registry(String text) {
        return StackConfig.parse(yaml(text), "us-east-1").registry();
    }

    private static List<String> problems(String text) {
        var e = assertThrows(InvalidInputException.class, () -> StackConfig.parse(yaml(text), "us-east-1"));
        return e.problems().stream().map(Object::toString).toList();
    }

    @Test
    void noRegistryLevelSetting_noRegistry_andModuleDefaultsAskForNothing() {
        assertTrue(registry("repositories: {app: {}}").isEmpty());
        assertTrue(registry("""
                repositories:
                  app: {enableReplication: false, replicationRegions: [], registryScanType: ENHANCED,
                        scanRepositoryFilters: ['*'], basicScanTypeVersion: AWS_NATIVE, registryPolicyScope: V2,
                        registryScanFilters: [], pullThroughCacheRules: [], enableSecretScanning: false}
                """).isEmpty());
        assertTrue(registry("repositories: {app: {}}\nregistry: {}").isEmpty());
    }

    @Test
    void moduleVariables_keepTheModulesMeaning() {
        var args = registry("""
                repositories:
                  app:
                    enableReplication: true
                    replicationRegions: [us-west-2, eu-west-1]
                    enableRegistryScanning: true
                    registryScanType: BASIC
                    scanRepositoryFilters: [team-a, team-b, team-c]
                    manageAccountSetting: true
                    enablePullThroughCache: true
                    pullThroughCacheRules:
                      - {ecrRepositoryPrefix: ecr-public, upstreamRegistryUrl: public.ecr.aws}
                    enableRepositoryCreationTemplates: true
                    repositoryCreationTemplates:
                      - {prefix: ROOT, appliedFor: [CREATE_ON_PUSH]}
                """).orElseThrow();
        var replication = args.replication().orElseThrow();
        assertEquals(List.of(ReplicationDestination.sameAccount("us-west-2"), ReplicationDestination.sameAccount("eu-west-1")),
                replication.rules().get(0).destinations());
        var scanning = args.scanning().orElseThrow();
        assertEquals(ScanType.BASIC, scanning.scanType());
        assertEquals(Map.of(ScanFrequency.SCAN_ON_PUSH, List.of("team-a", "team-b", "team-c")), scanning.rules(),
                "three filters, one rule (the module would make three and AWS would reject them)");
        assertEquals(Map.of(AccountSettingName.BASIC_SCAN_TYPE_VERSION, "AWS_NATIVE", AccountSettingName.REGISTRY_POLICY_SCOPE, "V2"),
                args.accountSettings().values(), "manageAccountSetting alone manages both settings at the module's defaults");
        assertEquals(UpstreamRegistry.ECR_PUBLIC, args.pullThroughCacheRules().get(0).upstreamRegistry());
        assertEquals(List.of(AppliedFor.CREATE_ON_PUSH), args.repositoryCreationTemplates().get(0).appliedFor());
        assertEquals("us-east-1", args.sourceRegion());
    }

    @Test
    void secretScanning_forcesEnhanced_asInTheModule() {
        var args = registry("repositories: {app: {enableRegistryScanning: true, registryScanType: BASIC, enableSecretScanning: true}}");
        assertEquals(ScanType.ENHANCED, args.orElseThrow().scanning().orElseThrow().scanType());
        assertEquals(Map.of(ScanFrequency.SCAN_ON_PUSH, List.of("*")), args.orElseThrow().scanning().orElseThrow().rules());
    }

    @Test
    void twoEntriesWithTheSameSettings_makeOneRegistry_rulesAndTemplatesMergeByPrefix() {
        var args = registry("""
                repositories:
                  aa:
                    enableReplication: true
                    replicationRegions: [us-west-2, eu-west-1]
                    enablePullThroughCache: true
                    pullThroughCacheRules: [{ecrRepositoryPrefix: quay, upstreamRegistryUrl: quay.io}]
                  bb:
                    enableReplication: true
                    replicationRegions: [eu-west-1, us-west-2]
                    enablePullThroughCache: true
                    pullThroughCacheRules:
                      - {ecrRepositoryPrefix: quay, upstreamRegistryUrl: quay.io}
                      - {ecrRepositoryPrefix: k8s, upstreamRegistryUrl: registry.k8s.io}
                """).orElseThrow();
        assertEquals(List.of("us-west-2", "eu-west-1"), args.replication().orElseThrow().regions());
        assertEquals(List.of("quay", "k8s"), args.pullThroughCacheRules().stream().map(r -> r.ecrRepositoryPrefix()).toList());
    }

    @Test
    void twoEntriesWithDifferentValues_isAnErrorNamingBothKeyPaths() {
        assertEquals(List.of(
                "ecrkit:repositories.bb.replicationRegions: conflicts with ecrkit:repositories.aa.replicationRegions: the"
                        + " registry has one replication configuration per account and region; set it in one place, or the"
                        + " same in both, got [\"ap-south-1\"]",
                "ecrkit:repositories.bb.registryScanType: conflicts with ecrkit:repositories.aa.enableRegistryScanning"
                        + " (scan type ENHANCED): the registry has one scan type per account and region; set it in one"
                        + " place, or the same in both, got \"BASIC\"",
                "ecrkit:repositories.bb.pullThroughCacheRules[0].upstreamRegistryUrl: conflicts with"
                        + " ecrkit:repositories.aa.pullThroughCacheRules[0].upstreamRegistryUrl (\"quay.io\"): the registry"
                        + " has one pull-through cache rule per ecrRepositoryPrefix (cache); set it in one place, or the"
                        + " same in both, got \"public.ecr.aws\""),
                problems("""
                        repositories:
                          aa:
                            enableReplication: true
                            replicationRegions: [us-west-2]
                            enableRegistryScanning: true
                            enablePullThroughCache: true
                            pullThroughCacheRules: [{ecrRepositoryPrefix: cache, upstreamRegistryUrl: quay.io}]
                          bb:
                            enableReplication: true
                            replicationRegions: [ap-south-1]
                            enableRegistryScanning: true
                            registryScanType: BASIC
                            enablePullThroughCache: true
                            pullThroughCacheRules: [{ecrRepositoryPrefix: cache, upstreamRegistryUrl: public.ecr.aws}]
                        """));
    }

    @Test
    void templatesOfTheSamePrefix_conflictUnlessIdentical() {
        assertEquals(List.of("ecrkit:repositories.bb.repositoryCreationTemplates[0].appliedFor: conflicts with"
                + " ecrkit:repositories.aa.repositoryCreationTemplates[0].appliedFor ([\"REPLICATION\"]): the registry has"
                + " one repository creation template per prefix (ROOT); set it in one place, or the same in both, got"
                + " [\"CREATE_ON_PUSH\"]"), problems("""
                repositories:
                  aa: {enableRepositoryCreationTemplates: true, repositoryCreationTemplates: [{prefix: ROOT, appliedFor: [REPLICATION]}]}
                  bb: {enableRepositoryCreationTemplates: true, repositoryCreationTemplates: [{prefix: ROOT, appliedFor: [CREATE_ON_PUSH]}]}
                """));
        assertEquals(1, registry("""
                repositories:
                  aa: {enableRepositoryCreationTemplates: true, repositoryCreationTemplates: [{prefix: ROOT, appliedFor: [REPLICATION]}]}
                  bb: {enableRepositoryCreationTemplates: true, repositoryCreationTemplates: [{prefix: ROOT, appliedFor: [REPLICATION]}]}
                """).orElseThrow().repositoryCreationTemplates().size());
    }

    @Test
    void registryKey_readsEcrkitsOwnShape() {
        var args = registry("""
                repositories: {app: {}}
                registry:
                  replication:
                    rules:
                      - destinations:
                          - {region: us-west-2}
                          - {region: eu-west-1, registryId: '210987654321'}
                        repositoryFilters: [prod/]
                      - destinations: [{region: ap-southeast-2}]
                  scanning:
                    scanType: ENHANCED
                    rules:
                      - {scanFrequency: CONTINUOUS_SCAN, repositoryFilters: ['prod-*']}
                      - {scanFrequency: SCAN_ON_PUSH, repositoryFilters: ['*']}
                      - {scanFrequency: CONTINUOUS_SCAN, repositoryFilters: ['release-*']}
                  accountSettings: {basicScanTypeVersion: AWS_NATIVE, registryPolicyScope: V2, blobMounting: ENABLED}
                  registryPolicy: '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::210987654321:root"}, "Action": ["ecr:ReplicateImage", "ecr:CreateRepository"], "Resource": "*"}]}'
                  pullThroughCacheRules:
                    - {ecrRepositoryPrefix: docker-hub, upstreamRegistry: docker-hub, credentialArn: 'arn:aws:secretsmanager:us-east-1:123456789012:secret:ecr-pullthroughcache/docker-hub'}
                    - {ecrRepositoryPrefix: shared, upstreamRegistryUrl: 210987654321.dkr.ecr.us-west-2.amazonaws.com, upstreamRepositoryPrefix: team-a, createRole: true}
                    - {ecrRepositoryPrefix: acr, upstreamRegistry: azure-container-registry, upstreamRegistryUrl: team42.azurecr.io, credentialArn: 'arn:aws:secretsmanager:us-east-1:123456789012:secret:ecr-pullthroughcache/acr'}
                  repositoryCreationTemplates:
                    - {prefix: docker-hub, appliedFor: [PULL_THROUGH_CACHE], imageTagMutability: IMMUTABLE}
                  tags: {Team: platform}
                """).orElseThrow();
        assertEquals(2, args.replication().orElseThrow().rules().size());
        assertEquals(List.of("prod/"), args.replication().orElseThrow().rules().get(0).repositoryFilters());
        assertEquals(Map.of(ScanFrequency.SCAN_ON_PUSH, List.of("*"), ScanFrequency.CONTINUOUS_SCAN, List.of("prod-*", "release-*")),
                args.scanning().orElseThrow().rules(), "rules of one frequency are grouped");
        assertEquals(3, args.accountSettings().values().size());
        assertTrue(args.registryPolicy().isPresent());
        assertEquals(List.of(UpstreamRegistry.DOCKER_HUB, UpstreamRegistry.ECR, UpstreamRegistry.AZURE_CONTAINER_REGISTRY),
                args.pullThroughCacheRules().stream().map(r -> r.upstreamRegistry()).toList());
        assertEquals(CacheRole.create(), args.pullThroughCacheRules().get(1).role());
        assertEquals("team-a", args.pullThroughCacheRules().get(1).upstreamRepositoryPrefix());
        assertEquals(Map.of("Team", "platform"), args.tags());
    }

    @Test
    void registryKey_unknownKeysAndFieldsSuggestTheClosest_typesAreChecked() {
        assertEquals(List.of(
                "ecrkit:registry.replicaton: unknown key; did you mean replication?, got {...}",
                "ecrkit:registry.scanning.rules[0].scanFrequncy: unknown field; did you mean scanFrequency?, got \"SCAN_ON_PUSH\"",
                "ecrkit:registry.scanning.rules[0].scanFrequency: is required",
                "ecrkit:registry.accountSettings.blobMounting: must be a string, got true",
                "ecrkit:registry.pullThroughCacheRules[0].credentialArm: unknown field; did you mean credentialArn?, got \"x\"",
                "ecrkit:registry.tags: must be a map of strings, got [\"a\"]"),
                problems("""
                        repositories: {app: {}}
                        registry:
                          replicaton: {rules: []}
                          scanning: {rules: [{scanFrequncy: SCAN_ON_PUSH, repositoryFilters: ['*']}]}
                          accountSettings: {blobMounting: true}
                          pullThroughCacheRules: [{ecrRepositoryPrefix: quay, upstreamRegistry: quay, credentialArm: x}]
                          tags: [a]
                        """));
        assertEquals(List.of("ecrkit:registry: must be an object, got \"yes\""), problems("repositories: {app: {}}\nregistry: 'yes'"));
    }

    @Test
    void registryKey_aValueOfTheWrongType_isReportedOnce_notAlsoAsMissing() {
        assertEquals(List.of(
                "ecrkit:registry.replication.rules[0].destinations[0].region: must be a string, got 5",
                "ecrkit:registry.scanning.rules[0].repositoryFilters: must be a list of strings, got \"*\"",
                "ecrkit:registry.pullThroughCacheRules[0].ecrRepositoryPrefix: must be a string, got 7",
                "ecrkit:registry.pullThroughCacheRules[1].upstreamRegistryUrl: must be a string, got true",
                "ecrkit:registry.repositoryCreationTemplates[0].encryptionConfiguration.kmsKy: unknown field; did you"
                        + " mean kmsKey?, got \"x\"",
                "ecrkit:registry.repositoryCreationTemplates[0].resourceTags.Team: must be a string, got {...}",
                "ecrkit:registry.repositoryCreationTemplates[0].prefix: is required",
                "ecrkit:registry.repositoryCreationTemplates[0].appliedFor[0]: must be one of REPLICATION,"
                        + " PULL_THROUGH_CACHE, CREATE_ON_PUSH, got \"SOMETIMES\""),
                problems("""
                        repositories: {app: {}}
                        registry:
                          replication: {rules: [{destinations: [{region: 5}]}]}
                          scanning: {rules: [{scanFrequency: SCAN_ON_PUSH, repositoryFilters: '*'}]}
                          pullThroughCacheRules:
                            - {ecrRepositoryPrefix: 7, upstreamRegistry: quay}
                            - {ecrRepositoryPrefix: k8s, upstreamRegistryUrl: true}
                          repositoryCreationTemplates:
                            - {appliedFor: [SOMETIMES], encryptionConfiguration: {kmsKy: x}, resourceTags: {Team: {a: b}}}
                        """));
    }

    @Test
    void moduleTemplates_areBoundLikeEcrkitRegistrys() {
        assertEquals(List.of("ecrkit:repositories.app.repositoryCreationTemplates[0].encryptionConfiguration"
                + ".encryptionTyp: unknown field; did you mean encryptionType?, got \"KMS\""), problems("""
                repositories:
                  app:
                    enableRepositoryCreationTemplates: true
                    repositoryCreationTemplates: [{prefix: ROOT, appliedFor: [REPLICATION],
                                                   encryptionConfiguration: {encryptionTyp: KMS}}]
                """));
    }

    @Test
    void registryKeyAndAnEntry_settingTheSameThing_conflict() {
        assertEquals(List.of("ecrkit:repositories.app.replicationRegions: conflicts with ecrkit:registry.replication: the"
                + " registry has one replication configuration per account and region; set it in one place, or the same in"
                + " both, got [\"us-west-2\"]"), problems("""
                repositories:
                  app: {enableReplication: true, replicationRegions: [us-west-2]}
                registry:
                  replication: {rules: [{destinations: [{region: eu-west-1}]}]}
                """));
        var merged = registry("""
                repositories:
                  app: {enablePullThroughCache: true, pullThroughCacheRules: [{ecrRepositoryPrefix: quay, upstreamRegistryUrl: quay.io}]}
                registry:
                  pullThroughCacheRules: [{ecrRepositoryPrefix: k8s, upstreamRegistry: k8s}]
                """).orElseThrow();
        assertEquals(List.of("k8s", "quay"), merged.pullThroughCacheRules().stream().map(r -> r.ecrRepositoryPrefix()).toList());
    }

    @Test
    void registryLimits_countEveryPlaceTogether() {
        var rules = new StringBuilder();
        for (int i = 0; i < 51; i++) {
            rules.append("    - {ecrRepositoryPrefix: cache").append(i).append(", upstreamRegistry: quay}\n");
        }
        assertEquals(List.of("ecrkit:registry.pullThroughCacheRules: at most 50 pull-through cache rules per registry, in all"
                + " entries and ecrkit:registry together, got 51"),
                problems("repositories: {app: {}}\nregistry:\n  pullThroughCacheRules:\n" + rules));
    }

    @Test
    void anEntryNamedRegistry_clashesWithTheRegistryOutput() {
        assertEquals(List.of("ecrkit:repositories.registry: this entry name is the stack output of the registry-level"
                + " settings (\"registry\"): rename the entry (set name: registry to keep the repository name)"),
                problems("repositories: {registry: {enableReplication: true, replicationRegions: [us-west-2]}}"));
        assertNull(StackConfig.parse(yaml("repositories: {registry: {}}")).registry().orElse(null),
                "without registry-level settings the name is free");
    }

    @Test
    void stackProgram_createsOneRegistry_andExportsItsOutputsAsRegistry() {
        var run = TestEngine.run(Map.of("ecrkit:repositories", Json.write(Map.of(
                "api", Map.of("enableReplication", true, "replicationRegions", List.of("us-west-2")),
                "web", Map.of("enableReplication", true, "replicationRegions", List.of("us-west-2"),
                        "manageAccountSetting", true)))), App::stack);
        assertNull(run.failure());
        var registry = run.one(Registry.TYPE);
        assertEquals("registry", registry.name());
        assertEquals("", registry.parent());
        assertEquals(1, run.ofType("aws:ecr/replicationConfiguration:ReplicationConfiguration").size());
        assertEquals(2, run.ofType("aws:ecr/accountSetting:AccountSetting").size());
        @SuppressWarnings("unchecked")
        var out = (Map<String, Object>) run.stack().outputs().get("registry");
        assertEquals(Map.of("destinations", List.of(Map.of("region", "us-west-2", "registryId", "123456789012")),
                "enabled", true, "regions", List.of("us-west-2")), out.get("replicationStatus"));
        assertEquals(Map.of("BASIC_SCAN_TYPE_VERSION", "AWS_NATIVE", "REGISTRY_POLICY_SCOPE", "V2"), out.get("accountSettings"));
        assertEquals("123456789012", out.get("registryId"));
        assertTrue(!out.containsKey("pullThroughCacheRoleArn"), "an empty role ARN is left out");
    }

    @Test
    void stackProgram_withoutRegistrySettings_hasNoRegistry() {
        var run = TestEngine.run(Map.of("ecrkit:repositories", Json.write(Map.of("api", Map.of()))), App::stack);
        assertTrue(run.ofType(Registry.TYPE).isEmpty());
        assertTrue(!run.stack().outputs().containsKey("registry"));
    }

    @Test
    void entryKeys_areTheModulesRegistryVariables_allKnownAndSupported() {
        assertEquals(14, RegistryConfig.ENTRY_KEYS.size());
        for (String key : RegistryConfig.ENTRY_KEYS) {
            ConfigKeys.find(key).orElseThrow(() -> new AssertionError(key + " is not a config key"));
        }
    }

    @Test
    void aggregateLimits_areReportedOnTheEntrysKey() {
        var regions = List.of("us-east-2", "us-west-1", "us-west-2", "eu-west-1", "eu-west-2", "eu-west-3", "eu-central-1",
                "eu-north-1", "eu-south-1", "ap-south-1", "ap-northeast-1", "ap-northeast-2", "ap-northeast-3",
                "ap-southeast-1", "ap-southeast-2", "ap-east-1", "ca-central-1", "sa-east-1", "me-south-1", "af-south-1",
                "il-central-1", "mx-central-1", "ap-southeast-3", "ap-southeast-4", "ap-south-2", "eu-south-2");
        assertEquals(List.of("ecrkit:repositories.app.replicationRegions: at most 25 unique destinations across all rules,"
                + " got 26"), problems("repositories: {app: {enableReplication: true, replicationRegions: "
                + regions + "}}"));
    }

    @Test
    void registryArgs_oneEcrkitRegistryValueAlone_problemsNamedWithoutTheConfigPrefix() {
        var args = RegistryConfig.registryArgs(yaml("""
                replication: {rules: [{destinations: [{region: us-west-2}]}]}
                pullThroughCacheRules: [{ecrRepositoryPrefix: quay, upstreamRegistryUrl: quay.io}]
                """));
        assertEquals(List.of("us-west-2"), args.replication().orElseThrow().regions());
        assertEquals(UpstreamRegistry.QUAY, args.pullThroughCacheRules().get(0).upstreamRegistry());
        assertTrue(RegistryConfig.registryArgs(Map.of()).isEmpty());
        var e = assertThrows(InvalidInputException.class, () -> RegistryConfig.registryArgs(yaml("""
                replicaton: {}
                scanning: {scanType: DEEP}
                """)));
        assertEquals(List.of("replicaton: unknown key; did you mean replication?, got {}",
                "scanning.scanType: must be one of BASIC, ENHANCED, got \"DEEP\""),
                e.problems().stream().map(Object::toString).toList());
    }

    @Test
    void pullThroughCacheArgs_rulesInTheEcrkitRegistryShape_andTagsOfTheCreatedRole() {
        var args = RegistryConfig.pullThroughCacheArgs(yaml("""
                rules:
                  - {ecrRepositoryPrefix: shared, upstreamRegistryUrl: 210987654321.dkr.ecr.us-west-2.amazonaws.com,
                     createRole: true}
                tags: {Team: platform}
                """));
        assertEquals(UpstreamRegistry.ECR, args.rules().get(0).upstreamRegistry());
        assertTrue(args.rules().get(0).role() instanceof CacheRole.Created);
        assertEquals(Map.of("Team", "platform"), args.tags());
        var e = assertThrows(InvalidInputException.class, () -> RegistryConfig.pullThroughCacheArgs(Map.of()));
        assertEquals(List.of("rules: at least 1 rule is required"),
                e.problems().stream().map(Object::toString).toList());
    }
}
