package dev.ecrkit.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ecrkit.validation.InvalidInputException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.yaml.snakeyaml.Yaml;

/**
 * Every hoisted registry-level variable of DESIGN.md section 4, set differently in two entries ({@code aa} first,
 * {@code bb} second): the conflict names the key that differs in both entries (with the first entry's value), or there
 * is none (a switch that is off manages nothing; {@code registryScanFilters} configures nothing; the account settings
 * have one value AWS accepts each, so two entries cannot differ).
 */
class RegistryConflictTest {
    private static final String PTC = "pullThroughCacheRules: [{ecrRepositoryPrefix: hub, upstreamRegistryUrl:"
            + " registry-1.docker.io, credentialArn: 'arn:aws:secretsmanager:us-east-1:123456789012:secret:"
            + "ecr-pullthroughcache/%s'}]";

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
        enableReplication                 | {enableReplication: true, replicationRegions: [us-west-2]}           | {enableReplication: false}                                                  | -
        replicationRegions                | {enableReplication: true, replicationRegions: [us-west-2]}           | {enableReplication: true, replicationRegions: [eu-west-1]}                  | bb.replicationRegions: conflicts with aa.replicationRegions: the registry has one replication configuration per account and region; set it in one place, or the same in both, got ["eu-west-1"]
        enableRegistryScanning            | {enableRegistryScanning: true}                                       | {enableRegistryScanning: false}                                             | -
        registryScanType                  | {enableRegistryScanning: true, registryScanType: ENHANCED}           | {enableRegistryScanning: true, registryScanType: BASIC}                     | bb.registryScanType: conflicts with aa.registryScanType (scan type ENHANCED): the registry has one scan type per account and region; set it in one place, or the same in both, got "BASIC"
        registryScanType (default first)  | {enableRegistryScanning: true}                                       | {enableRegistryScanning: true, registryScanType: BASIC}                     | bb.registryScanType: conflicts with aa.enableRegistryScanning (scan type ENHANCED): the registry has one scan type per account and region; set it in one place, or the same in both, got "BASIC"
        enableSecretScanning              | {enableRegistryScanning: true, registryScanType: BASIC}              | {enableRegistryScanning: true, registryScanType: BASIC, enableSecretScanning: true} | bb.enableSecretScanning: conflicts with aa.registryScanType (scan type BASIC): the registry has one scan type per account and region; set it in one place, or the same in both, got "ENHANCED"
        scanRepositoryFilters             | {enableRegistryScanning: true, scanRepositoryFilters: ['a*']}        | {enableRegistryScanning: true, scanRepositoryFilters: ['b*']}               | bb.scanRepositoryFilters: conflicts with aa.scanRepositoryFilters (ENHANCED, SCAN_ON_PUSH [a*]): the registry has one registry scanning configuration per account and region; set it in one place, or the same in both, got "ENHANCED, SCAN_ON_PUSH [b*]"
        scanRepositoryFilters (default first) | {enableRegistryScanning: true}                                   | {enableRegistryScanning: true, scanRepositoryFilters: ['b*']}               | bb.scanRepositoryFilters: conflicts with aa.enableRegistryScanning (ENHANCED, SCAN_ON_PUSH [*]): the registry has one registry scanning configuration per account and region; set it in one place, or the same in both, got "ENHANCED, SCAN_ON_PUSH [b*]"
        registryScanFilters               | {registryScanFilters: [{name: a, values: [x]}]}                      | {registryScanFilters: [{name: b, values: [y]}]}                             | -
        manageAccountSetting              | {manageAccountSetting: true}                                         | {manageAccountSetting: false}                                               | -
        basicScanTypeVersion              | {manageAccountSetting: true}                                         | {manageAccountSetting: true, basicScanTypeVersion: AWS_NATIVE}              | -
        registryPolicyScope               | {manageAccountSetting: true, registryPolicyScope: V2}                | {manageAccountSetting: true}                                                | -
        enablePullThroughCache            | {enablePullThroughCache: true, PTC(one)}                             | {enablePullThroughCache: false}                                             | -
        pullThroughCacheRules             | {enablePullThroughCache: true, PTC(one)}                             | {enablePullThroughCache: true, PTC(two)}                                    | bb.pullThroughCacheRules[0].credentialArn: conflicts with aa.pullThroughCacheRules[0].credentialArn ("arn:aws:secretsmanager:us-east-1:123456789012:secret:ecr-pullthroughcache/one"): the registry has one pull-through cache rule per ecrRepositoryPrefix (hub); set it in one place, or the same in both, got "arn:aws:secretsmanager:us-east-1:123456789012:secret:ecr-pullthroughcache/two"
        enableRepositoryCreationTemplates | {enableRepositoryCreationTemplates: true, repositoryCreationTemplates: [{prefix: team, appliedFor: [REPLICATION]}]} | {enableRepositoryCreationTemplates: false} | -
        repositoryCreationTemplates       | {enableRepositoryCreationTemplates: true, repositoryCreationTemplates: [{prefix: team, appliedFor: [REPLICATION]}]} | {enableRepositoryCreationTemplates: true, repositoryCreationTemplates: [{prefix: team, appliedFor: [REPLICATION], imageTagMutability: IMMUTABLE}]} | bb.repositoryCreationTemplates[0].imageTagMutability: conflicts with aa.repositoryCreationTemplates[0].imageTagMutability ("MUTABLE"): the registry has one repository creation template per prefix (team); set it in one place, or the same in both, got "IMMUTABLE"
        """)
    void twoEntriesSettingOneRegistrySettingDifferently_conflictNamesTheKeyThatDiffers(String key, String aa,
            String bb, String expected) {
        var config = Map.<String, Object>of("repositories", Map.of("aa", entry(aa), "bb", entry(bb)));
        var want = expected.equals("-") ? List.<String>of()
                : List.of(expected.replace("bb.", "ecrkit:repositories.bb.").replace("aa.", "ecrkit:repositories.aa."));
        assertEquals(want, problems(config), key);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
        scanType     | {scanType: BASIC, rules: [{scanFrequency: SCAN_ON_PUSH, repositoryFilters: ['*']}]}    | ecrkit:repositories.aa.registryScanType: conflicts with ecrkit:registry.scanning.scanType (scan type BASIC): the registry has one scan type per account and region; set it in one place, or the same in both, got "ENHANCED"
        rules        | {rules: [{scanFrequency: SCAN_ON_PUSH, repositoryFilters: ['prod-*']}]}                | ecrkit:repositories.aa.enableRegistryScanning: conflicts with ecrkit:registry.scanning.rules (ENHANCED, SCAN_ON_PUSH [prod-*]): the registry has one registry scanning configuration per account and region; set it in one place, or the same in both, got "ENHANCED, SCAN_ON_PUSH [*]"
        """)
    void registryBlockAndAnEntry_conflictNamesTheKeysThatDiffer(String what, String scanning, String expected) {
        var config = Map.<String, Object>of("registry", Map.of("scanning", entry(scanning)),
                "repositories", Map.of("aa", entry("{enableRegistryScanning: true, registryScanType: ENHANCED}")));
        assertEquals(List.of(expected), problems(config), what);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> entry(String flow) {
        String yaml = flow.replace("PTC(one)", PTC.formatted("one")).replace("PTC(two)", PTC.formatted("two"));
        return (Map<String, Object>) new Yaml().load(yaml);
    }

    /** The problems of {@code config} (LinkedHashMap order: aa before bb), or none. */
    private static List<String> problems(Map<String, Object> config) {
        var ordered = new java.util.LinkedHashMap<String, Object>();
        config.forEach((k, v) -> ordered.put(k, v instanceof Map<?, ?> m && k.equals("repositories")
                ? new java.util.TreeMap<>(m) : v));
        try {
            StackConfig.parse(ordered, "us-east-1");
            return List.of();
        } catch (InvalidInputException e) {
            return e.problems().stream().map(Object::toString).toList();
        }
    }
}
