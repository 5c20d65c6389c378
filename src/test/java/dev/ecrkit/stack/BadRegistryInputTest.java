package dev.ecrkit.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ecrkit.TestEngine;
import dev.ecrkit.json.Json;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.yaml.snakeyaml.Yaml;

/**
 * Bad {@code ecrkit:registry}, one problem per row: the stack program names the key path and registers nothing. Each
 * row is the value of {@code ecrkit:registry} as a YAML flow mapping (the stack also has one valid repository entry;
 * the stack's region is eu-west-1).
 */
class BadRegistryInputTest {
    @ParameterizedTest(name = "[{index}] {0} <- {1}")
    @CsvSource(delimiter = '|', textBlock = """
        registry                                               | 'not an object'
        registry.replicaton                                    | {replicaton: {}}
        registry.replication.rules                             | {replication: {rules: []}}
        registry.replication.rules                             | {replication: {rules: [{destinations: [{region: us-west-1}]}, {destinations: [{region: us-west-1}]}, {destinations: [{region: us-west-1}]}, {destinations: [{region: us-west-1}]}, {destinations: [{region: us-west-1}]}, {destinations: [{region: us-west-1}]}, {destinations: [{region: us-west-1}]}, {destinations: [{region: us-west-1}]}, {destinations: [{region: us-west-1}]}, {destinations: [{region: us-west-1}]}, {destinations: [{region: us-west-1}]}]}}
        registry.replication.rules[0].destinations             | {replication: {rules: [{destinations: []}]}}
        registry.replication.rules[0].destinations[0].region   | {replication: {rules: [{destinations: [{region: eu-west-1}]}]}}
        registry.replication.rules[0].destinations[0].region   | {replication: {rules: [{destinations: [{region: Mars-1}]}]}}
        registry.replication.rules[0].destinations[0].region   | {replication: {rules: [{destinations: [{registryId: '210987654321'}]}]}}
        registry.replication.rules[0].destinations[0].registryId | {replication: {rules: [{destinations: [{region: us-west-2, registryId: '2109'}]}]}}
        registry.replication.rules[0].destinations[1]          | {replication: {rules: [{destinations: [{region: us-west-2}, {region: us-west-2}]}]}}
        registry.replication.rules[0].repositoryFilters[0]     | {replication: {rules: [{destinations: [{region: us-west-2}], repositoryFilters: [a]}]}}
        registry.replication.rules[0].repositoryFilters[0]     | {replication: {rules: [{destinations: [{region: us-west-2}], repositoryFilters: [Prod]}]}}
        registry.replication.rules[0].destinatons              | {replication: {rules: [{destinatons: [{region: us-west-2}]}]}}
        registry.scanning.scanType                             | {scanning: {scanType: FULL}}
        registry.scanning.rules[2].scanFrequency               | {scanning: {scanType: BASIC, rules: [{scanFrequency: SCAN_ON_PUSH, repositoryFilters: ['*']}, {scanFrequency: MANUAL, repositoryFilters: [a]}, {scanFrequency: CONTINUOUS_SCAN, repositoryFilters: [b]}]}}
        registry.scanning.rules[0].scanFrequency               | {scanning: {scanType: BASIC, rules: [{scanFrequency: CONTINUOUS_SCAN, repositoryFilters: ['*']}]}}
        registry.scanning.rules[0].scanFrequency               | {scanning: {rules: [{scanFrequency: DAILY, repositoryFilters: ['*']}]}}
        registry.scanning.rules[0].repositoryFilters           | {scanning: {rules: [{scanFrequency: SCAN_ON_PUSH}]}}
        registry.scanning.rules[0].repositoryFilters[1]        | {scanning: {rules: [{scanFrequency: SCAN_ON_PUSH, repositoryFilters: [ok, 'NOT-OK']}]}}
        registry.accountSettings.basicScanTypeVersion          | {accountSettings: {basicScanTypeVersion: CLAIR}}
        registry.accountSettings.registryPolicyScope           | {accountSettings: {registryPolicyScope: V1}}
        registry.accountSettings.blobMounting                  | {accountSettings: {blobMounting: ON}}
        registry.accountSettings.blobMountng                   | {accountSettings: {blobMountng: ENABLED}}
        registry.registryPolicy                                | {registryPolicy: ''}
        registry.registryPolicy                                | {registryPolicy: 'not json'}
        registry.registryPolicy.Statement[0].Effect            | {registryPolicy: '{"Statement": [{"Effect": "Permit"}]}'}
        registry.pullThroughCacheRules[0].upstreamRegistryUrl  | {pullThroughCacheRules: [{ecrRepositoryPrefix: cache}]}
        registry.pullThroughCacheRules[0].upstreamRegistry     | {pullThroughCacheRules: [{ecrRepositoryPrefix: cache, upstreamRegistry: gcr}]}
        registry.pullThroughCacheRules[0].upstreamRegistryUrl  | {pullThroughCacheRules: [{ecrRepositoryPrefix: cache, upstreamRegistry: quay, upstreamRegistryUrl: registry.k8s.io}]}
        registry.pullThroughCacheRules[0].upstreamRegistryUrl  | {pullThroughCacheRules: [{ecrRepositoryPrefix: acr, upstreamRegistry: azure-container-registry, credentialArn: 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:ecr-pullthroughcache/acr'}]}
        registry.pullThroughCacheRules[0].upstreamRepositoryPrefix | {pullThroughCacheRules: [{ecrRepositoryPrefix: ROOT, upstreamRegistryUrl: 210987654321.dkr.ecr.us-west-2.amazonaws.com, upstreamRepositoryPrefix: team, createRole: true}]}
        registry.pullThroughCacheRules[0].customRoleArn        | {pullThroughCacheRules: [{ecrRepositoryPrefix: quay, upstreamRegistry: quay, customRoleArn: 'arn:aws:iam::123456789012:role/ptc'}]}
        registry.pullThroughCacheRules[0].customRoleArn        | {pullThroughCacheRules: [{ecrRepositoryPrefix: shared, upstreamRegistry: ecr, upstreamRegistryUrl: 210987654321.dkr.ecr.us-west-2.amazonaws.com, customRoleArn: ptc-role}]}
        registry.pullThroughCacheRules[0].createRole           | {pullThroughCacheRules: [{ecrRepositoryPrefix: shared, upstreamRegistryUrl: 210987654321.dkr.ecr.us-west-2.amazonaws.com, createRole: true, customRoleArn: 'arn:aws:iam::123456789012:role/ptc'}]}
        registry.pullThroughCacheRules[0].credentialArn        | {pullThroughCacheRules: [{ecrRepositoryPrefix: chainguard, upstreamRegistry: chainguard}]}
        registry.pullThroughCacheRules[0].credentialArn        | {pullThroughCacheRules: [{ecrRepositoryPrefix: gitlab, upstreamRegistry: gitlab-container-registry, credentialArn: 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:gitlab'}]}
        registry.pullThroughCacheRules[1]                      | {pullThroughCacheRules: [{ecrRepositoryPrefix: cache, upstreamRegistry: quay}, {ecrRepositoryPrefix: cache, upstreamRegistry: k8s}]}
        registry.repositoryCreationTemplates[0].prefix         | {repositoryCreationTemplates: [{appliedFor: [REPLICATION]}]}
        registry.repositoryCreationTemplates[0].description    | {repositoryCreationTemplates: [{prefix: team, appliedFor: [REPLICATION], description: 42}]}
        registry.repositoryCreationTemplates[0].customRoleArn  | {repositoryCreationTemplates: [{prefix: team, appliedFor: [REPLICATION], encryptionConfiguration: {encryptionType: KMS, kmsKey: 'arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab'}}]}
        registry.repositoryCreationTemplates[0].encryptionConfiguration.kmsKey | {repositoryCreationTemplates: [{prefix: team, appliedFor: [REPLICATION], encryptionConfiguration: {kmsKey: 'arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab'}}]}
        registry.repositoryCreationTemplates[1]                | {repositoryCreationTemplates: [{prefix: team, appliedFor: [REPLICATION]}, {prefix: team, appliedFor: [CREATE_ON_PUSH]}]}
        registry.tags.aws:owner                                | {tags: {'aws:owner': x}}
        """)
    void badRegistry_namesTheKeyPathAndRegistersNothing(String field, String registryYaml) {
        Object registry = new Yaml().load(registryYaml);
        var run = TestEngine.run(Map.of("ecrkit:repositories", Json.write(Map.of("app", Map.of())),
                "ecrkit:registry", registry instanceof String s ? s : Json.write(registry)), App::stack);
        assertNotNull(run.failure(), "expected a failure for " + registryYaml);
        String path = "ecrkit:" + field;
        assertTrue(run.message().lines().anyMatch(l -> l.startsWith(path + ":") || l.startsWith(path + "[")
                || l.startsWith(path + ".")), "no line names " + path + " in:\n" + run.message());
        assertEquals(0, run.registered(), "resources were registered for " + registryYaml);
    }
}
