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
 * Bad config, one problem per row: the stack program must name the config key path and the rule, and register
 * nothing. Each row is one entry {@code bad} of {@code ecrkit:repositories}, written as a YAML flow mapping.
 */
class BadInputTest {
    @ParameterizedTest(name = "[{index}] {0} <- {1}")
    @CsvSource(delimiter = '|', textBlock = """
        name                                          | {name: A}
        name                                          | {name: ab-}
        name                                          | {name: a//b}
        name                                          | {name: 'a..b'}
        name                                          | {name: x}
        name                                          | {name: 'has space'}
        name                                          | {name: 42}
        imageTagMutability                            | {imageTagMutability: immutable}
        imageTagMutabilityExclusionFilters            | {imageTagMutability: IMMUTABLE, imageTagMutabilityExclusionFilters: [{filter: latest}]}
        imageTagMutabilityExclusionFilters            | {imageTagMutability: IMMUTABLE_WITH_EXCLUSION}
        imageTagMutabilityExclusionFilters            | {imageTagMutability: MUTABLE_WITH_EXCLUSION, imageTagMutabilityExclusionFilters: [{filter: a}, {filter: b}, {filter: c}, {filter: d}, {filter: e}, {filter: f}]}
        imageTagMutabilityExclusionFilters[0].filter  | {imageTagMutability: IMMUTABLE_WITH_EXCLUSION, imageTagMutabilityExclusionFilters: [{filter: 'release/*'}]}
        imageTagMutabilityExclusionFilters[0].filter  | {imageTagMutability: IMMUTABLE_WITH_EXCLUSION, imageTagMutabilityExclusionFilters: [{filter: '*a*b*'}]}
        imageTagMutabilityExclusionFilters[0].filter  | {imageTagMutability: IMMUTABLE_WITH_EXCLUSION, imageTagMutabilityExclusionFilters: [{filter: ''}]}
        imageTagMutabilityExclusionFilters[0].filterType | {imageTagMutability: IMMUTABLE_WITH_EXCLUSION, imageTagMutabilityExclusionFilters: [{filter: v1, filterType: PREFIX}]}
        imageTagMutabilityExclusionFilters[0].filtr   | {imageTagMutability: IMMUTABLE_WITH_EXCLUSION, imageTagMutabilityExclusionFilters: [{filtr: v1}]}
        encryptionType                                | {encryptionType: SSE}
        encryptionType                                | {encryptionType: KMS}
        kmsKey                                        | {encryptionType: KMS, kmsKey: 'not-a-key'}
        kmsKey                                        | {kmsKey: 'alias/ecr'}
        kmsDeletionWindowInDays                       | {encryptionType: KMS, kmsKey: 'alias/x', kmsDeletionWindowInDays: 3}
        scanOnPush                                    | {scanOnPush: 'yes please'}
        imageScanningConfiguration.scanOnPush         | {imageScanningConfiguration: {scanOnPush: 1}}
        timeouts.delete                               | {timeouts: {delete: 20 minutes}}
        timeouts.delete                               | {timeouts: {delete: 0s}}
        timeouts.create                               | {timeouts: {create: 20m}}
        policy                                        | {policy: ''}
        policy                                        | {policy: 'not json'}
        policy                                        | {policy: '{"Version": "2012-10-17"}'}
        policy.Statement[0].Effect                    | {policy: '{"Statement": [{"Effect": "Permit"}]}'}
        lifecyclePolicy                               | {lifecyclePolicy: ''}
        lifecyclePolicy                               | {lifecyclePolicy: '[1, 2]'}
        lifecyclePolicy.rules[0].selection.countUnit  | {lifecyclePolicy: '{"rules":[{"rulePriority":1,"selection":{"tagStatus":"any","countType":"imageCountMoreThan","countUnit":"days","countNumber":5},"action":{"type":"expire"}}]}'}
        lifecyclePolicy.rules[1].rulePriority         | {lifecyclePolicy: '{"rules":[{"rulePriority":1,"selection":{"tagStatus":"untagged","countType":"sinceImagePushed","countUnit":"days","countNumber":5},"action":{"type":"expire"}},{"rulePriority":1,"selection":{"tagStatus":"tagged","tagPrefixList":["v"],"countType":"imageCountMoreThan","countNumber":5},"action":{"type":"expire"}}]}'}
        lifecyclePolicyTemplate                       | {lifecyclePolicyTemplate: staging}
        lifecycleKeepLatestNImages                    | {lifecycleKeepLatestNImages: 0}
        lifecycleKeepLatestNImages                    | {lifecycleKeepLatestNImages: 10001}
        lifecycleKeepLatestNImages                    | {lifecycleKeepLatestNImages: 2.5}
        lifecycleExpireUntaggedAfterDays              | {lifecycleExpireUntaggedAfterDays: 0}
        lifecycleExpireTaggedAfterDays                | {lifecycleExpireTaggedAfterDays: 3651}
        lifecycleTagPrefixesToKeep                    | {lifecycleTagPrefixesToKeep: [v]}
        lifecycleTagPrefixesToKeep                    | {lifecycleKeepLatestNImages: 5, lifecycleTagPrefixesToKeep: v}
        tags                                          | {tags: [a, b]}
        tags                                          | {tags: {'aws:owner': x}}
        tags                                          | {tags: {Owner: '{bad}'}}
        tagKeyCase                                    | {tagKeyCase: TitleCase}
        defaultTagsTemplate                           | {defaultTagsTemplate: finance}
        requiredTags                                  | {enableTagValidation: true, requiredTags: [Owner]}
        tags                                          | {enableTagNormalization: true, tags: {cost-center: a, cost_center: b}}
        imageTagMutabilty                             | {imageTagMutabilty: IMMUTABLE}
        enableLogging                                 | {enableLogging: true}
        enableMonitoring                              | {enableMonitoring: true}
        pullRequestRules[0].type                      | {pullRequestRules: [{name: r, type: review}]}
        pullRequestRules[0].type                      | {enablePullRequestRules: true, pullRequestRules: [{name: r}]}
        pullRequestRules[0].name                      | {enablePullRequestRules: true, pullRequestRules: [{name: 'a b', type: approval}]}
        pullRequestRules[1].name                      | {enablePullRequestRules: true, pullRequestRules: [{name: r, type: approval}, {name: r, type: ci_integration}]}
        pullRequestRules[0].enabled                   | {enablePullRequestRules: true, pullRequestRules: [{name: r, type: approval, enabled: 'yes'}]}
        pullRequestRules[0].conditions                | {enablePullRequestRules: true, pullRequestRules: [{name: r, type: approval, conditions: [v1]}]}
        pullRequestRules[0].conditions.tagPtterns     | {enablePullRequestRules: true, pullRequestRules: [{name: r, type: approval, conditions: {tagPtterns: [v1]}}]}
        pullRequestRules[0].conditions.tagPatterns    | {enablePullRequestRules: true, pullRequestRules: [{name: r, type: approval, conditions: {tagPatterns: v1}}]}
        pullRequestRules[0].conditions.tagPatterns[0] | {enablePullRequestRules: true, pullRequestRules: [{name: r, type: approval, conditions: {tagPatterns: ['v?']}}]}
        pullRequestRules[0].conditions.tagPatterns[0] | {enablePullRequestRules: true, pullRequestRules: [{name: r, type: approval, conditions: {tagPatterns: ['v**']}}]}
        pullRequestRules[0].conditions.severityThreshold | {enablePullRequestRules: true, pullRequestRules: [{name: r, type: security_scan, conditions: {severityThreshold: SEVERE}}]}
        pullRequestRules[0].conditions.requireScanCompletion | {enablePullRequestRules: true, pullRequestRules: [{name: r, type: security_scan, conditions: {requireScanCompletion: 1}}]}
        pullRequestRules[0].conditions.allowedPrincipals | {enablePullRequestRules: true, pullRequestRules: [{name: r, type: security_scan, conditions: {allowedPrincipals: ['arn:aws:iam::123456789012:role/ci']}}]}
        pullRequestRules[0].conditions.allowedPrincipals[0] | {enablePullRequestRules: true, pullRequestRules: [{name: r, type: approval, conditions: {allowedPrincipals: ['123456789012']}}]}
        pullRequestRules[0].actions.requireApprovalCount | {enablePullRequestRules: true, pullRequestRules: [{name: r, type: approval, actions: {requireApprovalCount: 11}}]}
        pullRequestRules[0].actions.requireApprovalCount | {enablePullRequestRules: true, pullRequestRules: [{name: r, type: approval, actions: {requireApprovalCount: 1.5}}]}
        pullRequestRules[0].actions.approvalTimeoutHours | {enablePullRequestRules: true, pullRequestRules: [{name: r, type: approval, actions: {approvalTimeoutHours: 169}}]}
        pullRequestRules[0].actions.webhookUrl        | {enablePullRequestRules: true, pullRequestRules: [{name: r, type: approval, actions: {webhookUrl: 'http://hooks.example.com/x'}}]}
        pullRequestRules[0].actions.webhookUrl        | {enablePullRequestRules: true, pullRequestRules: [{name: r, type: approval, actions: {webhookUrl: 'https://169.254.169.254/latest'}}]}
        pullRequestRules[0].actions.notificationTopicArn | {enablePullRequestRules: true, pullRequestRules: [{name: r, type: approval, actions: {notificationTopicArn: alerts}}]}
        pullRequestRules[0].actions.webhookSecretArn  | {enablePullRequestRules: true, pullRequestRules: [{name: r, type: approval, actions: {webhookSecretArn: 'arn:aws:secretsmanager:us-east-1:123456789012:secret:hook-AbCdEf'}}]}
        pullRequestRules[0].actions.blockOnFailure    | {enablePullRequestRules: true, pullRequestRules: [{name: r, type: approval, actions: {blockOnFailure: 'yes'}}]}
        pullRequestRules[0].actions.webhok            | {enablePullRequestRules: true, pullRequestRules: [{name: r, type: approval, actions: {webhok: 'https://x.example.com'}}]}
        enablePullRequestRules                        | {enablePullRequestRules: 'on', pullRequestRules: [{name: r, type: approval}]}
        replicationRegions                            | {enableReplication: true, replicationRegions: [us-west-2]}
        """)
    void badEntry_namesTheKeyPathAndRegistersNothing(String field, String entryYaml) {
        Object entry = new Yaml().load(entryYaml);
        var run = TestEngine.run(Map.of("ecrkit:repositories", Json.write(Map.of("bad", entry))), App::stack);
        assertNotNull(run.failure(), "expected a failure for " + entryYaml);
        String path = "ecrkit:repositories.bad." + field;
        assertTrue(run.message().lines().anyMatch(l -> l.startsWith(path + ":") || l.startsWith(path + "[")
                || l.startsWith(path + ".")), "no line names " + path + " in:\n" + run.message());
        assertEquals(0, run.registered(), "resources were registered for " + entryYaml);
    }
}
