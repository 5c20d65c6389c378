package dev.ecrkit.plugin;

import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import dev.ecrkit.RepositoryArgs;
import dev.ecrkit.stack.StackConfig;
import java.util.List;

/**
 * Inputs of the plugin's {@code ecrkit:index:Repository}: the supported keys of an {@code ecrkit:repositories} entry,
 * same names, same meaning, same defaults (README "Every key of a repository entry"). Every input is optional; an unset
 * input takes the stack config's default, {@code name} defaults to the resource name like the entry key does.
 * Differences forced by the language boundary: {@code tags} and {@code kmsTags} are lists of {@code {key, value}}
 * ({@link TagArgs}), numbers are schema {@code number} (a fraction is an error, as in the stack config), and
 * {@code tagKeyCase: ""} stands for the config's {@code tagKeyCase: null} (keys kept as given);
 * {@code pullRequestRules} items are {@link PullRequestRuleArgs} (the config's fields, nested objects typed). Read by
 * reflection only: no static fields (they would become inputs), no methods beyond the conversion.
 */
final class RepositoryInputs extends ResourceArgs {
    @Import(name = "name")
    private String name;
    @Import(name = "forceDelete")
    private Boolean forceDelete;
    @Import(name = "preventDestroy")
    private Boolean preventDestroy;
    @Import(name = "imageTagMutability")
    private String imageTagMutability;
    @Import(name = "imageTagMutabilityExclusionFilters")
    private List<ExclusionFilterArgs> imageTagMutabilityExclusionFilters;
    @Import(name = "scanOnPush")
    private Boolean scanOnPush;
    @Import(name = "imageScanningConfiguration")
    private ImageScanningConfigurationArgs imageScanningConfiguration;
    @Import(name = "timeouts")
    private TimeoutsArgs timeouts;
    @Import(name = "policy")
    private String policy;
    @Import(name = "lifecyclePolicy")
    private String lifecyclePolicy;
    @Import(name = "lifecycleKeepLatestNImages")
    private Double lifecycleKeepLatestNImages;
    @Import(name = "lifecycleExpireUntaggedAfterDays")
    private Double lifecycleExpireUntaggedAfterDays;
    @Import(name = "lifecycleExpireTaggedAfterDays")
    private Double lifecycleExpireTaggedAfterDays;
    @Import(name = "lifecycleTagPrefixesToKeep")
    private List<String> lifecycleTagPrefixesToKeep;
    @Import(name = "lifecyclePolicyTemplate")
    private String lifecyclePolicyTemplate;
    @Import(name = "encryptionType")
    private String encryptionType;
    @Import(name = "kmsKey")
    private String kmsKey;
    @Import(name = "kmsDeletionWindowInDays")
    private Double kmsDeletionWindowInDays;
    @Import(name = "kmsEnableKeyRotation")
    private Boolean kmsEnableKeyRotation;
    @Import(name = "kmsKeyRotationPeriod")
    private Double kmsKeyRotationPeriod;
    @Import(name = "kmsMultiRegion")
    private Boolean kmsMultiRegion;
    @Import(name = "kmsAdditionalPrincipals")
    private List<String> kmsAdditionalPrincipals;
    @Import(name = "kmsKeyAdministrators")
    private List<String> kmsKeyAdministrators;
    @Import(name = "kmsKeyUsers")
    private List<String> kmsKeyUsers;
    @Import(name = "kmsCustomPolicyStatements")
    private List<PolicyStatementArgs> kmsCustomPolicyStatements;
    @Import(name = "kmsCustomPolicy")
    private String kmsCustomPolicy;
    @Import(name = "kmsAliasName")
    private String kmsAliasName;
    @Import(name = "kmsTags")
    private List<TagArgs> kmsTags;
    @Import(name = "tags")
    private List<TagArgs> tags;
    @Import(name = "enableDefaultTags")
    private Boolean enableDefaultTags;
    @Import(name = "defaultTagsTemplate")
    private String defaultTagsTemplate;
    @Import(name = "defaultTagsEnvironment")
    private String defaultTagsEnvironment;
    @Import(name = "defaultTagsOwner")
    private String defaultTagsOwner;
    @Import(name = "defaultTagsProject")
    private String defaultTagsProject;
    @Import(name = "defaultTagsCostCenter")
    private String defaultTagsCostCenter;
    @Import(name = "enableTagValidation")
    private Boolean enableTagValidation;
    @Import(name = "requiredTags")
    private List<String> requiredTags;
    @Import(name = "tagKeyCase")
    private String tagKeyCase;
    @Import(name = "enableTagNormalization")
    private Boolean enableTagNormalization;
    @Import(name = "normalizeTagValues")
    private Boolean normalizeTagValues;

    @Import(name = "enableLogging")
    private Boolean enableLogging;
    @Import(name = "logRetentionDays")
    private Double logRetentionDays;
    @Import(name = "enableMonitoring")
    private Boolean enableMonitoring;
    @Import(name = "monitoringThresholdStorage")
    private Double monitoringThresholdStorage;
    @Import(name = "monitoringThresholdApiCalls")
    private Double monitoringThresholdApiCalls;
    @Import(name = "monitoringThresholdSecurityFindings")
    private Double monitoringThresholdSecurityFindings;
    @Import(name = "monitoringThresholdImagePush")
    private Double monitoringThresholdImagePush;
    @Import(name = "monitoringThresholdImagePull")
    private Double monitoringThresholdImagePull;
    @Import(name = "createSnsTopic")
    private Boolean createSnsTopic;
    @Import(name = "snsTopicName")
    private String snsTopicName;
    @Import(name = "snsTopicSubscribers")
    private List<String> snsTopicSubscribers;
    @Import(name = "enablePullRequestRules")
    private Boolean enablePullRequestRules;
    @Import(name = "pullRequestRules")
    private List<PullRequestRuleArgs> pullRequestRules;

    private RepositoryInputs() {
    }

    /** The Java args, through the stack config's entry conversion; {@code name} is the resource name. */
    RepositoryArgs toArgs(String name) {
        return PluginInputs.convert(this, settings -> StackConfig.repositoryArgs(name, settings));
    }
}
