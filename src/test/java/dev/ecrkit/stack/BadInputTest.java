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
        kmsKey                                        | {encryptionType: KMS, kmsKey: 'not-a-key'}
        kmsKey                                        | {kmsKey: 'alias/ecr'}
        kmsDeletionWindowInDays                       | {encryptionType: KMS, kmsDeletionWindowInDays: 3}
        kmsDeletionWindowInDays                       | {encryptionType: KMS, kmsDeletionWindowInDays: 31}
        kmsDeletionWindowInDays                       | {encryptionType: KMS, kmsKey: 'alias/x', kmsDeletionWindowInDays: 14}
        kmsDeletionWindowInDays                       | {kmsDeletionWindowInDays: 14}
        kmsDeletionWindowInDays                       | {encryptionType: KMS, kmsDeletionWindowInDays: 7.5}
        kmsKeyRotationPeriod                          | {encryptionType: KMS, kmsKeyRotationPeriod: 89}
        kmsKeyRotationPeriod                          | {encryptionType: KMS_DSSE, kmsKeyRotationPeriod: 2561}
        kmsKeyRotationPeriod                          | {encryptionType: KMS, kmsEnableKeyRotation: false, kmsKeyRotationPeriod: 365}
        kmsEnableKeyRotation                          | {encryptionType: KMS, kmsEnableKeyRotation: 'on'}
        kmsMultiRegion                                | {encryptionType: KMS, kmsMultiRegion: 1}
        kmsAliasName                                  | {encryptionType: KMS, kmsAliasName: alias/ecr/app}
        kmsAliasName                                  | {encryptionType: KMS, kmsAliasName: aws/ecr}
        kmsAliasName                                  | {encryptionType: KMS, kmsAliasName: 'ecr/app.v2'}
        kmsKeyAdministrators[1]                       | {encryptionType: KMS, kmsKeyAdministrators: ['arn:aws:iam::123456789012:root', 'arn:aws:iam::1234:root']}
        kmsKeyUsers[0]                                | {encryptionType: KMS, kmsKeyUsers: ['arn:aws:iam::123456789012:group/devs']}
        kmsAdditionalPrincipals[0]                    | {encryptionType: KMS, kmsAdditionalPrincipals: ['arn:aws-iso:iam::123456789012:root']}
        kmsKeyUsers                                   | {encryptionType: KMS, kmsKeyUsers: 'arn:aws:iam::123456789012:root'}
        kmsCustomPolicy                               | {encryptionType: KMS, kmsCustomPolicy: ''}
        kmsCustomPolicy                               | {encryptionType: KMS, kmsCustomPolicy: 'not json'}
        kmsCustomPolicy.Statement[0].Principal        | {encryptionType: KMS, kmsCustomPolicy: '{"Statement":[{"Effect":"Allow","Principal":"*","Action":"kms:*","Resource":"*"}]}'}
        kmsKeyUsers                                   | {encryptionType: KMS, kmsKeyUsers: ['arn:aws:iam::123456789012:role/ci'], kmsCustomPolicy: '{"Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::123456789012:root"},"Action":"kms:*","Resource":"*"}]}'}
        kmsCustomPolicyStatements                     | {encryptionType: KMS, kmsCustomPolicyStatements: {sid: x}}
        kmsCustomPolicyStatements[0].effect           | {encryptionType: KMS, kmsCustomPolicyStatements: [{effect: Permit, principals: {type: AWS, identifiers: ['arn:aws:iam::123456789012:root']}, actions: ['kms:Decrypt']}]}
        kmsCustomPolicyStatements[0].effect           | {encryptionType: KMS, kmsCustomPolicyStatements: [{principals: {type: AWS, identifiers: ['arn:aws:iam::123456789012:root']}, actions: ['kms:Decrypt']}]}
        kmsCustomPolicyStatements[0].principals.type  | {encryptionType: KMS, kmsCustomPolicyStatements: [{effect: Allow, principals: {type: Human, identifiers: [x]}, actions: ['kms:Decrypt']}]}
        kmsCustomPolicyStatements[0].principals.identifiers | {encryptionType: KMS, kmsCustomPolicyStatements: [{effect: Allow, principals: {type: AWS, identifiers: 'arn:aws:iam::123456789012:root'}, actions: ['kms:Decrypt']}]}
        kmsCustomPolicyStatements[0].principals.identifiers[0] | {encryptionType: KMS, kmsCustomPolicyStatements: [{effect: Allow, principals: {type: Service, identifiers: [ecr]}, actions: ['kms:Decrypt']}]}
        kmsCustomPolicyStatements[0].principals       | {encryptionType: KMS, kmsCustomPolicyStatements: [{effect: Allow, actions: ['kms:Decrypt']}]}
        kmsCustomPolicyStatements[0].principals       | {encryptionType: KMS, kmsCustomPolicyStatements: [{effect: Allow, principals: {type: AWS, identifiers: ['*']}, actions: ['kms:Decrypt']}]}
        kmsCustomPolicyStatements[0].actions[0]       | {encryptionType: KMS, kmsCustomPolicyStatements: [{effect: Allow, principals: {type: AWS, identifiers: ['arn:aws:iam::123456789012:root']}, actions: ['s3:GetObject']}]}
        kmsCustomPolicyStatements[1].conditions[0].test | {encryptionType: KMS, kmsCustomPolicyStatements: [{effect: Deny, principals: {type: AWS, identifiers: ['*']}, actions: ['kms:*']}, {effect: Allow, principals: {type: AWS, identifiers: ['123456789012']}, actions: ['kms:Decrypt'], conditions: [{test: StringEqual, variable: 'kms:ViaService', values: [x]}]}]}
        kmsCustomPolicyStatements[0].conditions[0].value | {encryptionType: KMS, kmsCustomPolicyStatements: [{effect: Allow, principals: {type: AWS, identifiers: ['123456789012']}, actions: ['kms:Decrypt'], conditions: [{test: StringEquals, variable: 'kms:ViaService', value: [x]}]}]}
        kmsCustomPolicyStatements[0].conditions[0].values | {encryptionType: KMS, kmsCustomPolicyStatements: [{effect: Allow, principals: {type: AWS, identifiers: ['123456789012']}, actions: ['kms:Decrypt'], conditions: [{test: StringEquals, variable: 'kms:ViaService'}]}]}
        kmsTags                                       | {encryptionType: KMS, kmsTags: [a]}
        kmsTags                                       | {encryptionType: KMS, kmsTags: {'aws:team': x}}
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
        lifecycleArchiveAfterDaysNotPulled            | {lifecycleArchiveAfterDaysNotPulled: 0}
        lifecycleExpireArchivedAfterDays              | {lifecycleExpireArchivedAfterDays: 89}
        lifecycleExpireArchivedAfterDays              | {lifecycleArchiveAfterDaysNotPulled: 30, lifecycleExpireArchivedAfterDays: 3651}
        tags                                          | {tags: [a, b]}
        tags                                          | {tags: {'aws:owner': x}}
        tags                                          | {tags: {Owner: '{bad}'}}
        tagKeyCase                                    | {tagKeyCase: TitleCase}
        defaultTagsTemplate                           | {defaultTagsTemplate: finance}
        requiredTags                                  | {enableTagValidation: true, requiredTags: [Owner]}
        tags                                          | {enableTagNormalization: true, tags: {cost-center: a, cost_center: b}}
        imageTagMutabilty                             | {imageTagMutabilty: IMMUTABLE}
        enableLogging                                 | {enableLogging: 'yes'}
        logRetentionDays                              | {enableLogging: true, logRetentionDays: 31}
        logRetentionDays                              | {enableLogging: true, logRetentionDays: 30.5}
        logRetentionDays                              | {logRetentionDays: 90}
        enableMonitoring                              | {enableMonitoring: 1}
        monitoringThresholdStorage                    | {enableMonitoring: true, monitoringThresholdStorage: 0}
        monitoringThresholdApiCalls                   | {enableMonitoring: true, monitoringThresholdApiCalls: -1}
        monitoringThresholdSecurityFindings           | {enableMonitoring: true, monitoringThresholdSecurityFindings: -1}
        monitoringThresholdImagePush                  | {enableMonitoring: true, monitoringThresholdImagePush: many}
        monitoringThresholdImagePull                  | {enableMonitoring: true, monitoringThresholdImagePull: 0}
        monitoringThresholdImagePull                  | {monitoringThresholdImagePull: 500}
        snsTopicName                                  | {enableMonitoring: true, createSnsTopic: true, snsTopicName: 'team/alerts'}
        snsTopicName                                  | {enableMonitoring: true, snsTopicName: 'arn:aws:sqs:us-east-1:123456789012:q'}
        snsTopicName                                  | {enableMonitoring: true, createSnsTopic: true, snsTopicName: ''}
        snsTopicName                                  | {snsTopicName: alerts}
        snsTopicSubscribers[0]                        | {enableMonitoring: true, createSnsTopic: true, snsTopicSubscribers: [not-an-email]}
        snsTopicSubscribers[1]                        | {enableMonitoring: true, createSnsTopic: true, snsTopicSubscribers: [a@example.com, A@example.com]}
        snsTopicSubscribers                           | {enableMonitoring: true, snsTopicSubscribers: [a@example.com]}
        createSnsTopic                                | {createSnsTopic: true}
        replicationRegions[0]                         | {enableReplication: true, replicationRegions: [eu-west-1]}
        replicationRegions[1]                         | {enableReplication: true, replicationRegions: [us-west-2, us-west]}
        replicationRegions                            | {replicationRegions: [us-west-2]}
        replicationRegions                            | {enableReplication: true}
        replicationRegions                            | {enableReplication: true, replicationRegions: us-west-2}
        registryScanType                              | {enableRegistryScanning: true, registryScanType: FULL}
        enableReplication                             | {enableReplication: 'yes', replicationRegions: [us-west-2]}
        enablePullThroughCache                        | {enablePullThroughCache: 1, pullThroughCacheRules: [{ecrRepositoryPrefix: quay, upstreamRegistryUrl: quay.io}]}
        registryScanType                              | {registryScanType: BASIC}
        enableSecretScanning                          | {enableSecretScanning: true}
        scanRepositoryFilters[0]                      | {enableRegistryScanning: true, scanRepositoryFilters: ['Team/*']}
        scanRepositoryFilters                         | {scanRepositoryFilters: [team-a]}
        registryScanFilters[0].valuez                 | {enableRegistryScanning: true, registryScanFilters: [{name: PACKAGE_VULNERABILITY_SEVERITY, valuez: [HIGH]}]}
        basicScanTypeVersion                          | {manageAccountSetting: true, basicScanTypeVersion: CLAIR}
        registryPolicyScope                           | {manageAccountSetting: true, registryPolicyScope: V1}
        registryPolicyScope                           | {registryPolicyScope: V1}
        pullThroughCacheRules                         | {pullThroughCacheRules: [{ecrRepositoryPrefix: quay, upstreamRegistryUrl: quay.io}]}
        pullThroughCacheRules                         | {enablePullThroughCache: true}
        pullThroughCacheRules[0].ecrRepositoryPrefix  | {enablePullThroughCache: true, pullThroughCacheRules: [{ecrRepositoryPrefix: q, upstreamRegistryUrl: quay.io}]}
        pullThroughCacheRules[0].ecrRepositoryPrefix  | {enablePullThroughCache: true, pullThroughCacheRules: [{ecrRepositoryPrefix: a-prefix-of-thirty-one-characters, upstreamRegistryUrl: quay.io}]}
        pullThroughCacheRules[0].ecrRepositoryPrefix  | {enablePullThroughCache: true, pullThroughCacheRules: [{upstreamRegistryUrl: quay.io}]}
        pullThroughCacheRules[0].upstreamRegistryUrl  | {enablePullThroughCache: true, pullThroughCacheRules: [{ecrRepositoryPrefix: quay, upstreamRegistryUrl: 'https://quay.io'}]}
        pullThroughCacheRules[0].upstreamRegistryUrl  | {enablePullThroughCache: true, pullThroughCacheRules: [{ecrRepositoryPrefix: gcr, upstreamRegistryUrl: gcr.io}]}
        pullThroughCacheRules[0].credentialArn        | {enablePullThroughCache: true, pullThroughCacheRules: [{ecrRepositoryPrefix: docker-hub, upstreamRegistryUrl: registry-1.docker.io}]}
        pullThroughCacheRules[0].credentialArn        | {enablePullThroughCache: true, pullThroughCacheRules: [{ecrRepositoryPrefix: quay, upstreamRegistryUrl: quay.io, credentialArn: 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:ecr-pullthroughcache/quay'}]}
        pullThroughCacheRules[0].credentialArn        | {enablePullThroughCache: true, pullThroughCacheRules: [{ecrRepositoryPrefix: ghcr, upstreamRegistryUrl: ghcr.io, credentialArn: 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:github-credentials-for-ecr'}]}
        pullThroughCacheRules[0].credentialArn        | {enablePullThroughCache: true, pullThroughCacheRules: [{ecrRepositoryPrefix: ghcr, upstreamRegistryUrl: ghcr.io, credentialArn: 'arn:aws:secretsmanager:us-east-1:123456789012:secret:ecr-pullthroughcache/github'}]}
        pullThroughCacheRules[0].upstreamRegistry     | {enablePullThroughCache: true, pullThroughCacheRules: [{ecrRepositoryPrefix: quay, upstreamRegistry: quay}]}
        pullThroughCacheRules[1]                      | {enablePullThroughCache: true, pullThroughCacheRules: [{ecrRepositoryPrefix: cache, upstreamRegistryUrl: quay.io}, {ecrRepositoryPrefix: cache, upstreamRegistryUrl: public.ecr.aws}]}
        repositoryCreationTemplates                   | {repositoryCreationTemplates: [{prefix: team, appliedFor: [CREATE_ON_PUSH]}]}
        repositoryCreationTemplates[0].prefix         | {enableRepositoryCreationTemplates: true, repositoryCreationTemplates: [{prefix: Team, appliedFor: [CREATE_ON_PUSH]}]}
        repositoryCreationTemplates[0].appliedFor     | {enableRepositoryCreationTemplates: true, repositoryCreationTemplates: [{prefix: team, appliedFor: []}]}
        repositoryCreationTemplates[0].appliedFor[0]  | {enableRepositoryCreationTemplates: true, repositoryCreationTemplates: [{prefix: team, appliedFor: [ON_PULL]}]}
        repositoryCreationTemplates[0].imageTagMutability | {enableRepositoryCreationTemplates: true, repositoryCreationTemplates: [{prefix: team, appliedFor: [CREATE_ON_PUSH], imageTagMutability: LOCKED}]}
        repositoryCreationTemplates[0].imageTagMutabilityExclusionFilters | {enableRepositoryCreationTemplates: true, repositoryCreationTemplates: [{prefix: team, appliedFor: [CREATE_ON_PUSH], imageTagMutability: IMMUTABLE, imageTagMutabilityExclusionFilters: [{filter: latest}]}]}
        repositoryCreationTemplates[0].imageTagMutabilityExclusionFilters[0].filter | {enableRepositoryCreationTemplates: true, repositoryCreationTemplates: [{prefix: team, appliedFor: [CREATE_ON_PUSH], imageTagMutability: IMMUTABLE_WITH_EXCLUSION, imageTagMutabilityExclusionFilters: [{filter: 'a*b*c*'}]}]}
        repositoryCreationTemplates[0].imageTagMutabilityExclusionFilters[0].filterType | {enableRepositoryCreationTemplates: true, repositoryCreationTemplates: [{prefix: team, appliedFor: [CREATE_ON_PUSH], imageTagMutability: IMMUTABLE_WITH_EXCLUSION, imageTagMutabilityExclusionFilters: [{filter: latest, filterType: PREFIX}]}]}
        repositoryCreationTemplates[0].encryptionConfiguration.encryptionType | {enableRepositoryCreationTemplates: true, repositoryCreationTemplates: [{prefix: team, appliedFor: [CREATE_ON_PUSH], encryptionConfiguration: {encryptionType: KMS_DSSE}, customRoleArn: 'arn:aws:iam::123456789012:role/ecr'}]}
        repositoryCreationTemplates[0].encryptionConfiguration.kmsKey | {enableRepositoryCreationTemplates: true, repositoryCreationTemplates: [{prefix: team, appliedFor: [CREATE_ON_PUSH], encryptionConfiguration: {encryptionType: KMS, kmsKey: alias/ecr}, customRoleArn: 'arn:aws:iam::123456789012:role/ecr'}]}
        repositoryCreationTemplates[0].customRoleArn  | {enableRepositoryCreationTemplates: true, repositoryCreationTemplates: [{prefix: team, appliedFor: [CREATE_ON_PUSH], encryptionConfiguration: {encryptionType: KMS}}]}
        repositoryCreationTemplates[0].customRoleArn  | {enableRepositoryCreationTemplates: true, repositoryCreationTemplates: [{prefix: team, appliedFor: [CREATE_ON_PUSH], resourceTags: {Team: a}}]}
        repositoryCreationTemplates[0].customRoleArn  | {enableRepositoryCreationTemplates: true, repositoryCreationTemplates: [{prefix: team, appliedFor: [CREATE_ON_PUSH], customRoleArn: ecr-role}]}
        repositoryCreationTemplates[0].lifecyclePolicy | {enableRepositoryCreationTemplates: true, repositoryCreationTemplates: [{prefix: team, appliedFor: [CREATE_ON_PUSH], lifecyclePolicy: ''}]}
        repositoryCreationTemplates[0].lifecyclePolicy.rules[0].selection.countUnit | {enableRepositoryCreationTemplates: true, repositoryCreationTemplates: [{prefix: team, appliedFor: [CREATE_ON_PUSH], lifecyclePolicy: '{"rules":[{"rulePriority":1,"selection":{"tagStatus":"any","countType":"imageCountMoreThan","countUnit":"days","countNumber":5},"action":{"type":"expire"}}]}'}]}
        repositoryCreationTemplates[0].repositoryPolicy | {enableRepositoryCreationTemplates: true, repositoryCreationTemplates: [{prefix: team, appliedFor: [CREATE_ON_PUSH], repositoryPolicy: 'not json'}]}
        repositoryCreationTemplates[0].resourceTags.aws:team | {enableRepositoryCreationTemplates: true, repositoryCreationTemplates: [{prefix: team, appliedFor: [CREATE_ON_PUSH], resourceTags: {'aws:team': a}, customRoleArn: 'arn:aws:iam::123456789012:role/ecr'}]}
        repositoryCreationTemplates[0].encryptionConfig | {enableRepositoryCreationTemplates: true, repositoryCreationTemplates: [{prefix: team, appliedFor: [CREATE_ON_PUSH], encryptionConfig: {}}]}
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
        eventRules                                    | {eventRules: deploy}
        eventRules[0].targetArn                       | {eventRules: [{name: a, event: IMAGE_PUSHED, targetArn: 'arn:aws:states:us-east-1:123456789012:stateMachine:x'}]}
        eventRules[0].targetArn                       | {eventRules: [{name: a, event: IMAGE_PUSHED, targetArn: 'arn:aws:sqs:us-east-1:123456789012:q.fifo'}]}
        eventRules[0].targetArn                       | {eventRules: [{name: a, event: IMAGE_PUSHED}]}
        eventRules[0].event                           | {eventRules: [{name: a, event: PUSHED, targetArn: 'arn:aws:sns:us-east-1:123456789012:t'}]}
        eventRules[0].name                            | {eventRules: [{name: 'a b', event: IMAGE_PUSHED, targetArn: 'arn:aws:sns:us-east-1:123456789012:t'}]}
        eventRules[1].name                            | {eventRules: [{name: a, event: IMAGE_PUSHED, targetArn: 'arn:aws:sns:us-east-1:123456789012:t'}, {name: a, event: REPLICATION, targetArn: 'arn:aws:sns:us-east-1:123456789012:t'}]}
        eventRules[0].tagPatterns[0]                  | {eventRules: [{name: a, event: IMAGE_PUSHED, targetArn: 'arn:aws:sns:us-east-1:123456789012:t', tagPatterns: ['v**']}]}
        eventRules[0].targt                           | {eventRules: [{name: a, event: IMAGE_PUSHED, targt: 'arn:aws:sns:us-east-1:123456789012:t'}]}
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
