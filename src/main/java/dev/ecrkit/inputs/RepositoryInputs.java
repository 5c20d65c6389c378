package dev.ecrkit.inputs;

import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import dev.ecrkit.Encryption;
import dev.ecrkit.RepositoryArgs;
import dev.ecrkit.ecr.EncryptionType;
import dev.ecrkit.ecr.ImageTagMutability;
import dev.ecrkit.events.OnEventOptions;
import dev.ecrkit.events.RepositoryEvent;
import dev.ecrkit.events.RepositoryEventRule;
import dev.ecrkit.governance.PullRequestRule;
import dev.ecrkit.kms.KmsKeySettings;
import dev.ecrkit.lifecycle.LifecycleHelpers;
import dev.ecrkit.lifecycle.LifecycleTemplate;
import dev.ecrkit.observability.AlarmTopic;
import dev.ecrkit.observability.LoggingSettings;
import dev.ecrkit.observability.MonitoringSettings;
import dev.ecrkit.policy.PolicyStatement;
import dev.ecrkit.tagging.DefaultTagsTemplate;
import dev.ecrkit.tagging.KeyCase;
import dev.ecrkit.tagging.TaggingSettings;
import java.util.List;
import java.util.Map;

/**
 * Inputs of the plugin's {@code ecrkit:index:Repository}: the supported keys of an {@code ecrkit:repositories} entry,
 * same names, same meaning, same defaults (docs/config.md, "Every key of a repository entry"). Every input is optional; an unset
 * input takes the stack config's default, {@code name} defaults to the resource name like the entry key does.
 * Differences forced by the language boundary: {@code tags} and {@code kmsTags} are lists of {@code {key, value}}
 * ({@link TagArgs}), numbers are schema {@code number} (a fraction is an error, as in the stack config), and
 * {@code tagKeyCase: ""} stands for the config's {@code tagKeyCase: null} (keys kept as given);
 * {@code pullRequestRules} items are {@link PullRequestRuleArgs} (the config's fields, nested objects typed).
 *
 * <p>This class is the one declaration of a repository's inputs ({@link Input}): the stack config keys, their docs/config.md
 * table, the migration map and the config reader's field types derive from it, and pulumi-java derives the plugin
 * schema from it. Read by reflection only: no static fields (they would become inputs).
 */
public final class RepositoryInputs extends ResourceArgs {
    @Input(doc = "Repository name; defaults to the entry's map key",
            java = {@Input.Java(owner = RepositoryArgs.Builder.class, name = "name", params = String.class)})
    @Import(name = "name")
    private String name;
    @Input(doc = "Delete the repository even if it contains images",
            moduleDefault = "false",
            java = {@Input.Java(owner = RepositoryArgs.Builder.class, name = "forceDelete", params = boolean.class)})
    @Import(name = "forceDelete")
    private Boolean forceDelete;
    @Input(doc = "Protect the repository (Pulumi `protect`); toggling it never replaces the repository",
            moduleDefault = "false",
            java = {@Input.Java(owner = RepositoryArgs.Builder.class, name = "preventDestroy", params = boolean.class)})
    @Import(name = "preventDestroy")
    private Boolean preventDestroy;
    @Input(doc = "The repository already exists: import it, and the lifecycle and repository policies the entry declares, by the repository name (Pulumi `import`) instead of creating them; not with a created KMS key",
            moduleDefault = "false", ecrkitOnly = true,
            java = {@Input.Java(owner = RepositoryArgs.Builder.class, name = "adoptExisting", params = boolean.class)})
    @Import(name = "adoptExisting")
    private Boolean adoptExisting;
    @Input(doc = "MUTABLE, IMMUTABLE, IMMUTABLE_WITH_EXCLUSION or MUTABLE_WITH_EXCLUSION",
            moduleDefault = "MUTABLE",
            java = {@Input.Java(owner = RepositoryArgs.Builder.class, name = "imageTagMutability", params = ImageTagMutability.class)})
    @Import(name = "imageTagMutability")
    private String imageTagMutability;
    @Input(doc = "1-5 `{filter, filterType: WILDCARD}`; only with a `*_WITH_EXCLUSION` mode, which needs one",
            moduleDefault = "[]",
            java = {@Input.Java(owner = RepositoryArgs.Builder.class, name = "imageTagMutabilityExclusionFilters", params = String[].class)})
    @Import(name = "imageTagMutabilityExclusionFilters")
    private List<ExclusionFilterArgs> imageTagMutabilityExclusionFilters;
    @Input(doc = "Scan images on push",
            moduleDefault = "" + RepositoryArgs.DEFAULT_SCAN_ON_PUSH,
            java = {@Input.Java(owner = RepositoryArgs.Builder.class, name = "scanOnPush", params = boolean.class)})
    @Import(name = "scanOnPush")
    private Boolean scanOnPush;
    @Input(doc = "`{scanOnPush}`; when set, overrides `scanOnPush`",
            java = {@Input.Java(owner = RepositoryArgs.Builder.class, name = "scanOnPush", params = boolean.class)})
    @Import(name = "imageScanningConfiguration")
    private ImageScanningConfigurationArgs imageScanningConfiguration;
    @Input(doc = "`{delete}`: repository delete timeout such as `20m`, `300s`, `1h30m`; null = provider default",
            java = {@Input.Java(owner = RepositoryArgs.Builder.class, name = "deleteTimeout", params = String.class)})
    @Import(name = "timeouts")
    private TimeoutsArgs timeouts;
    @Input(doc = "Repository policy JSON (at most 10,240 characters; not empty)",
            java = {@Input.Java(owner = RepositoryArgs.Builder.class, name = "policy", params = String.class)})
    @Import(name = "policy")
    private String policy;
    @Input(doc = "Access: IAM principal ARNs or 12-digit account ids that may pull (Sid `ReadOnlyPrincipals`); `*` only through the organization inputs; docs/access.md",
            moduleDefault = "[]", ecrkitOnly = true,
            java = {@Input.Java(owner = RepositoryArgs.Builder.class, name = "readOnlyPrincipals", params = String[].class)})
    @Import(name = "readOnlyPrincipals")
    private List<String> readOnlyPrincipals;
    @Input(doc = "Access: principals that may pull and push (Sid `PushPrincipals`)",
            moduleDefault = "[]", ecrkitOnly = true,
            java = {@Input.Java(owner = RepositoryArgs.Builder.class, name = "pushPrincipals", params = String[].class)})
    @Import(name = "pushPrincipals")
    private List<String> pushPrincipals;
    @Input(doc = "Access: principals allowed every ECR action on the repository, `ecr:*` (Sid `FullAccessPrincipals`)",
            moduleDefault = "[]", ecrkitOnly = true,
            java = {@Input.Java(owner = RepositoryArgs.Builder.class, name = "fullAccessPrincipals", params = String[].class)})
    @Import(name = "fullAccessPrincipals")
    private List<String> fullAccessPrincipals;
    @Input(doc = "Access: organization ids whose principals may pull, `aws:PrincipalOrgID` (Sid `ReadOrganizations`)",
            moduleDefault = "[]", ecrkitOnly = true,
            java = {@Input.Java(owner = RepositoryArgs.Builder.class, name = "readOrganizationIds", params = String[].class)})
    @Import(name = "readOrganizationIds")
    private List<String> readOrganizationIds;
    @Input(doc = "Access: organization ids whose principals may pull and push (Sid `PushOrganizations`)",
            moduleDefault = "[]", ecrkitOnly = true,
            java = {@Input.Java(owner = RepositoryArgs.Builder.class, name = "pushOrganizationIds", params = String[].class)})
    @Import(name = "pushOrganizationIds")
    private List<String> pushOrganizationIds;
    @Input(doc = "Access: OU paths `o-.../r-.../ou-.../` whose principals may pull, `aws:PrincipalOrgPaths` (Sid `ReadOrganizationPaths`)",
            moduleDefault = "[]", ecrkitOnly = true,
            java = {@Input.Java(owner = RepositoryArgs.Builder.class, name = "readOrganizationPaths", params = String[].class)})
    @Import(name = "readOrganizationPaths")
    private List<String> readOrganizationPaths;
    @Input(doc = "Access: OU paths whose principals may pull and push (Sid `PushOrganizationPaths`)",
            moduleDefault = "[]", ecrkitOnly = true,
            java = {@Input.Java(owner = RepositoryArgs.Builder.class, name = "pushOrganizationPaths", params = String[].class)})
    @Import(name = "pushOrganizationPaths")
    private List<String> pushOrganizationPaths;
    @Input(doc = "Access: account ids or Lambda function ARNs whose functions may pull (`lambda.amazonaws.com` with `aws:SourceArn`: the function ARN, or every function of the account)",
            moduleDefault = "[]", ecrkitOnly = true,
            java = {@Input.Java(owner = RepositoryArgs.Builder.class, name = "lambdaReadAccess", params = String[].class)})
    @Import(name = "lambdaReadAccess")
    private List<String> lambdaReadAccess;
    @Input(doc = "Access: principals that may pull and import upstream images through a pull-through cache rule, `ecr:BatchImportUpstreamImage` (Sid `PullThroughCachePrincipals`)",
            moduleDefault = "[]", ecrkitOnly = true,
            java = {@Input.Java(owner = RepositoryArgs.Builder.class, name = "pullThroughCachePrincipals", params = String[].class)})
    @Import(name = "pullThroughCachePrincipals")
    private List<String> pullThroughCachePrincipals;
    @Input(doc = "Lifecycle policy JSON; wins over template and helpers; validated against every AWS rule",
            java = {@Input.Java(owner = RepositoryArgs.Builder.class, name = "lifecyclePolicy", params = String.class)})
    @Import(name = "lifecyclePolicy")
    private String lifecyclePolicy;
    @Input(doc = "Helper: keep the newest N images (1-10000)",
            javaPath = "lifecycle.keepLatestNImages",
            java = {@Input.Java(owner = RepositoryArgs.Builder.class, name = "lifecycleHelpers", params = LifecycleHelpers.class),
                @Input.Java(owner = LifecycleHelpers.Builder.class, name = "keepLatestNImages", params = int.class)})
    @Import(name = "lifecycleKeepLatestNImages")
    private Double lifecycleKeepLatestNImages;
    @Input(doc = "Helper: expire untagged images after N days (1-3650)",
            javaPath = "lifecycle.expireUntaggedAfterDays",
            java = {@Input.Java(owner = LifecycleHelpers.Builder.class, name = "expireUntaggedAfterDays", params = int.class)})
    @Import(name = "lifecycleExpireUntaggedAfterDays")
    private Double lifecycleExpireUntaggedAfterDays;
    @Input(doc = "Helper: expire tagged images after N days (1-3650)",
            javaPath = "lifecycle.expireTaggedAfterDays",
            java = {@Input.Java(owner = LifecycleHelpers.Builder.class, name = "expireTaggedAfterDays", params = int.class)})
    @Import(name = "lifecycleExpireTaggedAfterDays")
    private Double lifecycleExpireTaggedAfterDays;
    @Input(doc = "Helper: prefixes the keep-latest rule applies to, one rule per prefix (at most 100)",
            moduleDefault = "[]",
            javaPath = "lifecycle.tagPrefixesToKeep",
            java = {@Input.Java(owner = LifecycleHelpers.Builder.class, name = "tagPrefixesToKeep", params = String[].class)})
    @Import(name = "lifecycleTagPrefixesToKeep")
    private List<String> lifecycleTagPrefixesToKeep;
    @Input(doc = "Helper: tag patterns (`*` wildcards, at most 4 each) the keep-latest rule applies to, one rule per pattern, after the prefix rules",
            moduleDefault = "[]", javaPath = "lifecycle.tagPatternsToKeep", ecrkitOnly = true,
            java = {@Input.Java(owner = LifecycleHelpers.Builder.class, name = "tagPatternsToKeep", params = String[].class)})
    @Import(name = "lifecycleTagPatternsToKeep")
    private List<String> lifecycleTagPatternsToKeep;
    @Input(doc = "Helper: move images not pulled for N days (never pulled: pushed N days ago) to the archive storage class (1-3650)",
            javaPath = "lifecycle.archiveAfterDaysNotPulled", ecrkitOnly = true,
            java = {@Input.Java(owner = LifecycleHelpers.Builder.class, name = "archiveAfterDaysNotPulled", params = int.class)})
    @Import(name = "lifecycleArchiveAfterDaysNotPulled")
    private Double lifecycleArchiveAfterDaysNotPulled;
    @Input(doc = "Helper: expire archived images N days after they were archived (90-3650; AWS keeps archived images at least 90 days)",
            javaPath = "lifecycle.expireArchivedAfterDays", ecrkitOnly = true,
            java = {@Input.Java(owner = LifecycleHelpers.Builder.class, name = "expireArchivedAfterDays", params = int.class)})
    @Import(name = "lifecycleExpireArchivedAfterDays")
    private Double lifecycleExpireArchivedAfterDays;
    @Input(doc = "development, production, cost_optimization, cost_optimization_archive or compliance; wins over helpers",
            java = {@Input.Java(owner = RepositoryArgs.Builder.class, name = "lifecyclePolicyTemplate", params = LifecycleTemplate.class)})
    @Import(name = "lifecyclePolicyTemplate")
    private String lifecyclePolicyTemplate;
    @Input(doc = "AES256, KMS or KMS_DSSE (GovCloud only); KMS or KMS_DSSE without `kmsKey` creates a key",
            moduleDefault = "AES256",
            java = {@Input.Java(owner = RepositoryArgs.Builder.class, name = "encryption", params = Encryption.class),
                @Input.Java(owner = Encryption.class, name = "aes256"),
                @Input.Java(owner = Encryption.class, name = "kmsWithNewKey", params = {EncryptionType.class, KmsKeySettings.class})})
    @Import(name = "encryptionType")
    private String encryptionType;
    @Input(doc = "Existing KMS key ARN, alias or id (KMS and KMS_DSSE), sent as its key ARN; unset: ecrkit creates the key",
            java = {@Input.Java(owner = Encryption.class, name = "kms", params = String.class),
                @Input.Java(owner = Encryption.class, name = "kmsDsse", params = String.class)})
    @Import(name = "kmsKey")
    private String kmsKey;
    @Input(doc = "Created key: days before a deleted key is destroyed (7-30)",
            moduleDefault = "" + KmsKeySettings.DEFAULT_DELETION_WINDOW,
            javaPath = "kms.deletionWindowInDays",
            java = {@Input.Java(owner = KmsKeySettings.Builder.class, name = "deletionWindowInDays", params = int.class)})
    @Import(name = "kmsDeletionWindowInDays")
    private Double kmsDeletionWindowInDays;
    @Input(doc = "Created key: automatic key rotation",
            moduleDefault = "" + KmsKeySettings.DEFAULT_ENABLE_KEY_ROTATION,
            javaPath = "kms.enableKeyRotation",
            java = {@Input.Java(owner = KmsKeySettings.Builder.class, name = "enableKeyRotation", params = boolean.class)})
    @Import(name = "kmsEnableKeyRotation")
    private Boolean kmsEnableKeyRotation;
    @Input(doc = "Created key: rotation period in days (90-2560, rotation on); unset = AWS's 365",
            javaPath = "kms.rotationPeriodInDays",
            java = {@Input.Java(owner = KmsKeySettings.Builder.class, name = "rotationPeriodInDays", params = int.class)})
    @Import(name = "kmsKeyRotationPeriod")
    private Double kmsKeyRotationPeriod;
    @Input(doc = "Created key: multi-Region primary key",
            moduleDefault = "false",
            javaPath = "kms.multiRegion",
            java = {@Input.Java(owner = KmsKeySettings.Builder.class, name = "multiRegion", params = boolean.class)})
    @Import(name = "kmsMultiRegion")
    private Boolean kmsMultiRegion;
    @Input(doc = "Created key: more principal ARNs allowed to use the key (root, user, role, assumed-role; aws, aws-cn, aws-us-gov)",
            moduleDefault = "[]",
            javaPath = "kms.additionalPrincipals",
            java = {@Input.Java(owner = KmsKeySettings.Builder.class, name = "additionalPrincipals", params = String[].class)})
    @Import(name = "kmsAdditionalPrincipals")
    private List<String> kmsAdditionalPrincipals;
    @Input(doc = "Created key: principal ARNs that administer it",
            moduleDefault = "[]",
            javaPath = "kms.keyAdministrators",
            java = {@Input.Java(owner = KmsKeySettings.Builder.class, name = "keyAdministrators", params = String[].class)})
    @Import(name = "kmsKeyAdministrators")
    private List<String> kmsKeyAdministrators;
    @Input(doc = "Created key: principal ARNs allowed to use the key",
            moduleDefault = "[]",
            javaPath = "kms.keyUsers",
            java = {@Input.Java(owner = KmsKeySettings.Builder.class, name = "keyUsers", params = String[].class)})
    @Import(name = "kmsKeyUsers")
    private List<String> kmsKeyUsers;
    @Input(doc = "Created key: statements `{sid, effect, principals: {type, identifiers}, actions, resources, conditions: [{test, variable, values}]}` added to the generated policy",
            moduleDefault = "[]",
            javaPath = "kms.customPolicyStatements",
            java = {@Input.Java(owner = KmsKeySettings.Builder.class, name = "customPolicyStatements", params = PolicyStatement[].class),
                @Input.Java(owner = PolicyStatement.class, name = "builder")})
    @Import(name = "kmsCustomPolicyStatements")
    private List<PolicyStatementArgs> kmsCustomPolicyStatements;
    @Input(doc = "Created key: complete key policy JSON instead of the generated one",
            javaPath = "kms.customPolicy",
            java = {@Input.Java(owner = KmsKeySettings.Builder.class, name = "customPolicy", params = String.class)})
    @Import(name = "kmsCustomPolicy")
    private String kmsCustomPolicy;
    @Input(doc = "Created key: alias without `alias/`; default `ecr/<name>` (sanitized)",
            javaPath = "kms.aliasName",
            java = {@Input.Java(owner = KmsKeySettings.Builder.class, name = "aliasName", params = String.class)})
    @Import(name = "kmsAliasName")
    private String kmsAliasName;
    @Input(doc = "Created key: extra tags for the key",
            moduleDefault = "{}",
            javaPath = "kms.kmsTags",
            java = {@Input.Java(owner = KmsKeySettings.Builder.class, name = "kmsTags", params = Map.class)})
    @Import(name = "kmsTags")
    private List<TagArgs> kmsTags;
    @Input(doc = "Tags for every resource of the entry",
            moduleDefault = "{}",
            java = {@Input.Java(owner = RepositoryArgs.Builder.class, name = "tagging", params = TaggingSettings.class),
                @Input.Java(owner = TaggingSettings.Builder.class, name = "tags", params = Map.class)})
    @Import(name = "tags")
    private List<TagArgs> tags;
    @Input(doc = "Add default tags (CreatedBy/ManagedBy = Pulumi, ...)",
            moduleDefault = "" + TaggingSettings.DEFAULT_ENABLE_DEFAULT_TAGS, whenOff = "no default tags are added",
            java = {@Input.Java(owner = TaggingSettings.Builder.class, name = "enableDefaultTags", params = boolean.class)})
    @Import(name = "enableDefaultTags")
    private Boolean enableDefaultTags;
    @Input(doc = "basic, cost_allocation, compliance or sdlc; unset = the custom set", needs = "enableDefaultTags",
            java = {@Input.Java(owner = TaggingSettings.Builder.class, name = "defaultTagsTemplate", params = DefaultTagsTemplate.class)})
    @Import(name = "defaultTagsTemplate")
    private String defaultTagsTemplate;
    @Input(doc = "Default tag Environment", needs = "enableDefaultTags",
            java = {@Input.Java(owner = TaggingSettings.Builder.class, name = "defaultTagsEnvironment", params = String.class)})
    @Import(name = "defaultTagsEnvironment")
    private String defaultTagsEnvironment;
    @Input(doc = "Default tag Owner", needs = "enableDefaultTags",
            java = {@Input.Java(owner = TaggingSettings.Builder.class, name = "defaultTagsOwner", params = String.class)})
    @Import(name = "defaultTagsOwner")
    private String defaultTagsOwner;
    @Input(doc = "Default tag Project", needs = "enableDefaultTags",
            java = {@Input.Java(owner = TaggingSettings.Builder.class, name = "defaultTagsProject", params = String.class)})
    @Import(name = "defaultTagsProject")
    private String defaultTagsProject;
    @Input(doc = "Default tag CostCenter", needs = "enableDefaultTags",
            java = {@Input.Java(owner = TaggingSettings.Builder.class, name = "defaultTagsCostCenter", params = String.class)})
    @Import(name = "defaultTagsCostCenter")
    private String defaultTagsCostCenter;
    @Input(doc = "Fail when a required tag is missing",
            moduleDefault = "" + TaggingSettings.DEFAULT_ENABLE_TAG_VALIDATION, whenOff = "nothing is checked",
            java = {@Input.Java(owner = TaggingSettings.Builder.class, name = "enableTagValidation", params = boolean.class)})
    @Import(name = "enableTagValidation")
    private Boolean enableTagValidation;
    @Input(doc = "Tags that must be present (at most 50)", needs = "enableTagValidation",
            moduleDefault = "[]",
            java = {@Input.Java(owner = TaggingSettings.Builder.class, name = "requiredTags", params = String[].class)})
    @Import(name = "requiredTags")
    private List<String> requiredTags;
    @Input(doc = "PascalCase, camelCase, snake_case or kebab-case; null keeps keys as given",
            moduleDefault = "PascalCase", needs = "enableTagNormalization",
            java = {@Input.Java(owner = TaggingSettings.Builder.class, name = "tagKeyCase", params = KeyCase.class)})
    @Import(name = "tagKeyCase")
    private String tagKeyCase;
    @Input(doc = "Normalize tag keys to `tagKeyCase`",
            moduleDefault = "" + TaggingSettings.DEFAULT_ENABLE_TAG_NORMALIZATION,
            whenOff = "keys and values are kept as written",
            java = {@Input.Java(owner = TaggingSettings.Builder.class, name = "enableTagNormalization", params = boolean.class)})
    @Import(name = "enableTagNormalization")
    private Boolean enableTagNormalization;
    @Input(doc = "Trim tag values (with normalization on)", needs = "enableTagNormalization",
            moduleDefault = "" + TaggingSettings.DEFAULT_NORMALIZE_TAG_VALUES,
            java = {@Input.Java(owner = TaggingSettings.Builder.class, name = "normalizeTagValues", params = boolean.class)})
    @Import(name = "normalizeTagValues")
    private Boolean normalizeTagValues;

    @Input(doc = "Record the repository's ECR and Inspector events in log group `/aws/ecr/<name>` (EventBridge rule)",
            moduleDefault = "false",
            java = {@Input.Java(owner = RepositoryArgs.Builder.class, name = "logging", params = LoggingSettings.class)})
    @Import(name = "enableLogging")
    private Boolean enableLogging;
    @Input(doc = "Log retention: 0 (never expire) or any value CloudWatch Logs accepts (1 ... 3653)",
            moduleDefault = "" + LoggingSettings.DEFAULT_RETENTION_IN_DAYS,
            javaPath = "logging.retentionInDays", needs = "enableLogging",
            java = {@Input.Java(owner = LoggingSettings.Builder.class, name = "retentionInDays", params = int.class)})
    @Import(name = "logRetentionDays")
    private Double logRetentionDays;
    @Input(doc = "Alarms on real signals, scan-result notifications, optional SNS topic (docs/monitoring.md)",
            moduleDefault = "false",
            java = {@Input.Java(owner = RepositoryArgs.Builder.class, name = "monitoring", params = MonitoringSettings.class)})
    @Import(name = "enableMonitoring")
    private Boolean enableMonitoring;
    @Input(doc = "Alarm when the repository's images sum to more than this many GB (> 0)",
            moduleDefault = "" + MonitoringSettings.DEFAULT_STORAGE_GB,
            javaPath = "monitoring.storageThresholdGb", needs = "enableMonitoring",
            java = {@Input.Java(owner = MonitoringSettings.Builder.class, name = "storageThresholdGb", params = double.class)})
    @Import(name = "monitoringThresholdStorage")
    private Double monitoringThresholdStorage;
    @Input(doc = "Alarm when ECR API calls per minute exceed this (account and Region, > 0)",
            moduleDefault = "" + MonitoringSettings.DEFAULT_API_CALLS,
            javaPath = "monitoring.apiCallsThreshold", needs = "enableMonitoring",
            java = {@Input.Java(owner = MonitoringSettings.Builder.class, name = "apiCallsThreshold", params = double.class)})
    @Import(name = "monitoringThresholdApiCalls")
    private Double monitoringThresholdApiCalls;
    @Input(doc = "Notify when a scan finds more than this many CRITICAL or HIGH vulnerabilities (>= 0)",
            moduleDefault = "" + MonitoringSettings.DEFAULT_SECURITY_FINDINGS,
            javaPath = "monitoring.securityFindingsThreshold", needs = "enableMonitoring",
            java = {@Input.Java(owner = MonitoringSettings.Builder.class, name = "securityFindingsThreshold", params = double.class)})
    @Import(name = "monitoringThresholdSecurityFindings")
    private Double monitoringThresholdSecurityFindings;
    @Input(doc = "Alarm when more than this many pushes in 5 minutes (> 0)",
            moduleDefault = "" + MonitoringSettings.DEFAULT_IMAGE_PUSH,
            javaPath = "monitoring.imagePushThreshold", needs = "enableMonitoring",
            java = {@Input.Java(owner = MonitoringSettings.Builder.class, name = "imagePushThreshold", params = double.class)})
    @Import(name = "monitoringThresholdImagePush")
    private Double monitoringThresholdImagePush;
    @Input(doc = "Alarm when more than this many pulls in 5 minutes (> 0)",
            moduleDefault = "" + MonitoringSettings.DEFAULT_IMAGE_PULL,
            javaPath = "monitoring.imagePullThreshold", needs = "enableMonitoring",
            java = {@Input.Java(owner = MonitoringSettings.Builder.class, name = "imagePullThreshold", params = double.class)})
    @Import(name = "monitoringThresholdImagePull")
    private Double monitoringThresholdImagePull;
    @Input(doc = "Create the alarm topic (`snsTopicName`, else `<name>-ecr-monitoring`)",
            moduleDefault = "false", needs = "enableMonitoring",
            java = {@Input.Java(owner = MonitoringSettings.Builder.class, name = "topic", params = AlarmTopic.class),
                @Input.Java(owner = AlarmTopic.class, name = "create", params = String.class)})
    @Import(name = "createSnsTopic")
    private Boolean createSnsTopic;
    @Input(doc = "Topic to create (with `createSnsTopic`), else an existing topic's name or ARN",
            javaPath = "monitoring.topic", needs = "enableMonitoring",
            java = {@Input.Java(owner = AlarmTopic.class, name = "existing", params = String.class)})
    @Import(name = "snsTopicName")
    private String snsTopicName;
    @Input(doc = "E-mail addresses subscribed to the topic",
            moduleDefault = "[]",
            javaPath = "monitoring.subscribers", needs = "enableMonitoring",
            java = {@Input.Java(owner = MonitoringSettings.Builder.class, name = "subscribers", params = List.class)})
    @Import(name = "snsTopicSubscribers")
    private List<String> snsTopicSubscribers;
    @Input(doc = "Deploy `pullRequestRules` (a Governance component); false ignores them (they are still checked)",
            moduleDefault = "false",
            java = {@Input.Java(owner = RepositoryArgs.Builder.class, name = "pullRequestRules", params = PullRequestRule[].class)})
    @Import(name = "enablePullRequestRules")
    private Boolean enablePullRequestRules;
    @Input(doc = "`{name, type, enabled, conditions, actions}`: approval, security_scan or ci_integration rules; see docs/governance.md",
            moduleDefault = "[]",
            java = {@Input.Java(owner = PullRequestRule.class, name = "approval", params = String.class),
                @Input.Java(owner = PullRequestRule.Builder.class, name = "tagPatterns", params = String[].class),
                @Input.Java(owner = PullRequestRule.Builder.class, name = "webhookUrl", params = String.class)})
    @Import(name = "pullRequestRules")
    private List<PullRequestRuleArgs> pullRequestRules;
    @Input(doc = "`{name, event, targetArn, tagPrefixes, tagPatterns, description}`: an EventBridge rule of an event helper (event IMAGE_PUSHED, IMAGE_SCAN_COMPLETED, REPLICATION or PULL_THROUGH_CACHE) sending to a Lambda function (its permission included), SNS topic, SQS queue or log group of the repository's account and Region; docs/repository.md",
            moduleDefault = "[]", ecrkitOnly = true,
            java = {@Input.Java(owner = RepositoryArgs.Builder.class, name = "eventRules", params = RepositoryEventRule[].class),
                @Input.Java(owner = RepositoryEventRule.class, name = "of", params = {RepositoryEvent.class, String.class, String.class, OnEventOptions.class})})
    @Import(name = "eventRules")
    private List<RepositoryEventRuleArgs> eventRules;

    private RepositoryInputs() {
    }
}
