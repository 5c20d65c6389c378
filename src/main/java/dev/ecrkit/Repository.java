package dev.ecrkit;

import com.pulumi.aws.cloudwatch.EventRule;
import com.pulumi.aws.ecr.LifecyclePolicy;
import com.pulumi.aws.ecr.LifecyclePolicyArgs;
import com.pulumi.aws.ecr.RepositoryPolicy;
import com.pulumi.aws.ecr.RepositoryPolicyArgs;
import com.pulumi.aws.iam.Role;
import com.pulumi.aws.iam.RolePolicy;
import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.CustomTimeouts;
import com.pulumi.resources.Resource;
import dev.ecrkit.aws.AwsScopes;
import dev.ecrkit.aws.EcrRepositoryResource;
import dev.ecrkit.aws.EcrRepositoryResourceArgs.EncryptionConfigurationArgs;
import dev.ecrkit.aws.EcrRepositoryResourceArgs.ExclusionFilterArgs;
import dev.ecrkit.aws.EcrRepositoryResourceArgs;
import dev.ecrkit.aws.KmsKeyArns;
import dev.ecrkit.aws.ProviderVersions;
import dev.ecrkit.ecr.EncryptionType;
import dev.ecrkit.ecr.ExclusionFilter;
import dev.ecrkit.ecr.ImageTagMutability;
import dev.ecrkit.events.EcrEventPatterns;
import dev.ecrkit.events.OnEventOptions;
import dev.ecrkit.events.RepositoryEvent;
import dev.ecrkit.kms.KeyReference;
import dev.ecrkit.naming.RepositoryUris;
import dev.ecrkit.policy.RepositoryAccess;
import dev.ecrkit.tagging.TagResult;
import dev.ecrkit.tagging.Tagging;
import dev.ecrkit.validation.EcrRules;
import dev.ecrkit.validation.Problems;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One ECR repository with its repository policy and lifecycle policy ({@code ecrkit:index:Repository}), the
 * Terraform module terraform-aws-ecr's root module for one repository. With {@link RepositoryArgs#logging()} or
 * {@link RepositoryArgs#monitoring()} set, it also creates a {@link Logging} ({@code <name>-logging}) or
 * {@link Monitoring} ({@code <name>-monitoring}) child.
 */
public final class Repository extends ComponentResource {
    /** Type token. */
    public static final String TYPE = "ecrkit:index:Repository";

    /** Full ARN of the repository. */
    @Export(name = "repositoryArn", refs = {String.class}, tree = "[0]")
    public final Output<String> repositoryArn;
    /** URL of the repository ({@code <account>.dkr.ecr.<region>.amazonaws.com/<name>}). */
    @Export(name = "repositoryUrl", refs = {String.class}, tree = "[0]")
    public final Output<String> repositoryUrl;
    /**
     * URL of the repository on ECR's dual-stack (IPv4 and IPv6) endpoint
     * ({@code <account>.dkr-ecr.<region>.on.aws/<name>}, {@link RepositoryUris#DUAL_STACK_HOST}).
     */
    @Export(name = "dualStackRepositoryUrl", refs = {String.class}, tree = "[0]")
    public final Output<String> dualStackRepositoryUrl;
    /** Name of the repository. */
    @Export(name = "repositoryName", refs = {String.class}, tree = "[0]")
    public final Output<String> repositoryName;
    /** Registry (account) id of the repository. */
    @Export(name = "registryId", refs = {String.class}, tree = "[0]")
    public final Output<String> registryId;
    /** Whether a repository policy is attached. */
    @Export(name = "repositoryPolicyExists", refs = {Boolean.class}, tree = "[0]")
    public final Output<Boolean> repositoryPolicyExists;
    /** The lifecycle policy JSON in force, or an empty string when the repository has none. */
    @Export(name = "lifecyclePolicy", refs = {String.class}, tree = "[0]")
    public final Output<String> lifecyclePolicy;
    /** The final tags on every resource of the component. */
    @Export(name = "appliedTags", refs = {Map.class, String.class, String.class}, tree = "[0,1,2]")
    public final Output<Map<String, String>> appliedTags;
    /** The tagging settings in effect (the module's {@code tagging_strategy}). */
    @Export(name = "taggingStrategy", refs = {Map.class, String.class, Object.class}, tree = "[0,1,2]")
    public final Output<Map<String, Object>> taggingStrategy;
    /** Required-tag and normalization status (the module's {@code tag_compliance_status}). */
    @Export(name = "tagComplianceStatus", refs = {Map.class, String.class, Object.class}, tree = "[0,1,2]")
    public final Output<Map<String, Object>> tagComplianceStatus;
    /** Repository-level security settings (the module's {@code security_status}, fields known to this component). */
    @Export(name = "securityStatus", refs = {Map.class, String.class, Object.class}, tree = "[0,1,2]")
    public final Output<Map<String, Object>> securityStatus;
    /**
     * The KMS key the repository uses: the created key's ARN, or the ARN of the key given (an alias or key id is
     * resolved to it, see docs/encryption.md); an empty string with AES256 or the AWS managed key {@code alias/aws/ecr}
     * (the stack export leaves it out; the module echoed an unused key).
     */
    @Export(name = "kmsKeyArn", refs = {String.class}, tree = "[0]")
    public final Output<String> kmsKeyArn;
    /** The created key's id, or an empty string when the repository creates no key. */
    @Export(name = "kmsKeyId", refs = {String.class}, tree = "[0]")
    public final Output<String> kmsKeyId;
    /** The created key's alias ARN, or an empty string when the repository creates no key or alias. */
    @Export(name = "kmsAliasArn", refs = {String.class}, tree = "[0]")
    public final Output<String> kmsAliasArn;
    /**
     * The module's {@code kms_configuration}: keyCreated; then keyArn, keyId, aliasArn, aliasName and configuration
     * (the key's summary) for a created key, or keyArn (the key given) for a given key; absent fields are left out.
     */
    @Export(name = "kmsConfiguration", refs = {Map.class, String.class, Object.class}, tree = "[0,1,2]")
    public final Output<Map<String, Object>> kmsConfiguration;
    /** ARN of the log group recording the repository's events; "" when logging and monitoring are off. */
    @Export(name = "cloudwatchLogGroupArn", refs = {String.class}, tree = "[0]")
    public final Output<String> cloudwatchLogGroupArn;
    /** Always "": no logging role exists (EventBridge writes through a log group resource policy). */
    @Export(name = "loggingRoleArn", refs = {String.class}, tree = "[0]")
    public final Output<String> loggingRoleArn;
    /** The module's monitoring status, every threshold included; {@code {enabled: false}} when off. */
    @Export(name = "monitoringStatus", refs = {Map.class, String.class, Object.class}, tree = "[0,1,2]")
    public final Output<Map<String, Object>> monitoringStatus;
    /** ARN of the topic alarms notify, created or existing; "" when none. */
    @Export(name = "snsTopicArn", refs = {String.class}, tree = "[0]")
    public final Output<String> snsTopicArn;
    /** The alarms, key -> {name, arn}; empty when monitoring is off. */
    @Export(name = "cloudwatchAlarms", refs = {Map.class, String.class, Object.class}, tree = "[0,1,2]")
    public final Output<Map<String, Object>> cloudwatchAlarms;
    /** The pull request rules in effect (the module's {@code pull_request_rules} output; see docs/governance.md). */
    @Export(name = "pullRequestRules", refs = {Map.class, String.class, Object.class}, tree = "[0,1,2]")
    public final Output<Map<String, Object>> pullRequestRules;

    /** Exactly one constructor (multi-language requirement); {@code options} may be null. */
    public Repository(String name, RepositoryArgs args, ComponentResourceOptions options) {
        super(TYPE, name, null, preflight(args, options));
        var out = register(this, name, args);
        this.repositoryArn = out.repositoryArn();
        this.repositoryUrl = out.repositoryUrl();
        this.dualStackRepositoryUrl = out.dualStackRepositoryUrl();
        this.repositoryName = out.repositoryName();
        this.registryId = out.registryId();
        this.repositoryPolicyExists = out.repositoryPolicyExists();
        this.lifecyclePolicy = out.lifecyclePolicy();
        this.appliedTags = out.appliedTags();
        this.taggingStrategy = out.taggingStrategy();
        this.tagComplianceStatus = out.tagComplianceStatus();
        this.securityStatus = out.securityStatus();
        this.kmsKeyArn = out.kmsKeyArn();
        this.kmsKeyId = out.kmsKeyId();
        this.kmsAliasArn = out.kmsAliasArn();
        this.kmsConfiguration = out.kmsConfiguration();
        this.cloudwatchLogGroupArn = out.cloudwatchLogGroupArn();
        this.loggingRoleArn = out.loggingRoleArn();
        this.monitoringStatus = out.monitoringStatus();
        this.snsTopicArn = out.snsTopicArn();
        this.cloudwatchAlarms = out.cloudwatchAlarms();
        this.pullRequestRules = out.pullRequestRules();
        registerOutputs(out.toMap());
    }

    /**
     * The outputs of one repository's resources: each component is the value of the {@code @Export} field of the same
     * name ({@link Repository#repositoryArn} ...), which declares it; {@link #toMap} reads them by those names.
     */
    public record Outputs(Output<String> repositoryArn, Output<String> repositoryUrl,
            Output<String> dualStackRepositoryUrl, Output<String> repositoryName, Output<String> registryId, Output<Boolean> repositoryPolicyExists, Output<String> lifecyclePolicy,
            Output<Map<String, String>> appliedTags, Output<Map<String, Object>> taggingStrategy,
            Output<Map<String, Object>> tagComplianceStatus, Output<Map<String, Object>> securityStatus,
            Output<String> kmsKeyArn, Output<String> kmsKeyId, Output<String> kmsAliasArn,
            Output<Map<String, Object>> kmsConfiguration, Output<String> cloudwatchLogGroupArn,
            Output<String> loggingRoleArn, Output<Map<String, Object>> monitoringStatus, Output<String> snsTopicArn,
            Output<Map<String, Object>> cloudwatchAlarms, Output<Map<String, Object>> pullRequestRules) {
        /** Every output by its name ({@link Exports}), for {@code registerOutputs}. */
        public Map<String, Output<?>> toMap() {
            return Exports.of(Repository.class, this);
        }
    }

    /**
     * Registers the resources of one repository as children of {@code parent} (the repository, its policy, its
     * lifecycle policy) and returns their outputs: the body of the constructor, public so that the multi-language
     * plugin's own {@code ecrkit:index:Repository} class (package {@code dev.ecrkit.plugin}) registers exactly the
     * same resources. Java programs use the constructor. Throws like the constructor for what the Args cannot accept.
     */
    public static Outputs register(ComponentResource parent, String name, RepositoryArgs args) {
        preflight(args, null);
        var repositoryOptions = repositoryOptions(parent, args);
        Output<String> repoName = encryptionChecked(parent, args.encryption(), args.name().applyValue(Repository::checkedName));
        Output<TagResult> tags = repoName.applyValue(n -> Tagging.compute(args.tagging(), n));
        Output<Map<String, String>> finalTags = tags.applyValue(TagResult::finalTags);

        KmsKey kms = args.encryption() instanceof Encryption.NewKmsKey k
                ? new KmsKey(name + "-kms", KmsKeyArgs.builder().repositoryName(repoName).tags(finalTags)
                        .settings(k.settings()).forRepository(true).fieldPrefix(KMS_FIELD).build(),
                        ComponentResourceOptions.builder().parent(parent).protect(args.preventDestroy()).build())
                : null;

        Output<String> givenKey = args.encryption() instanceof Encryption.KmsKeyRef k
                ? k.key().applyValue(Repository::checkedKey).apply(key -> KmsKeyArns.of(key, "kmsKey", parent))
                : null;
        var repo = new EcrRepositoryResource(name, EcrRepositoryResourceArgs.of(repoName,
                args.imageTagMutability().wire(),
                args.imageTagMutabilityExclusionFilters().stream()
                        .map(f -> new ExclusionFilterArgs(f.filter(), ExclusionFilter.FILTER_TYPE)).toList(),
                encryptionConfiguration(args.encryption(), kms, givenKey), args.scanOnPush(), args.forceDelete(), finalTags),
                repositoryOptions);

        var governance = RepositoryGovernance.create(parent, name, args, repo.name(), repo.arn(), finalTags);
        if (RepositoryGovernance.hasPolicy(args)) {
            new RepositoryPolicy(name + "-policy", RepositoryPolicyArgs.builder()
                    .repository(repo.name())
                    .policy(RepositoryGovernance.policy(args, governance))
                    .build(), adopting(CustomResourceOptions.builder().parent(parent), args).build());
        }
        args.lifecyclePolicy().ifPresent(policy -> new LifecyclePolicy(name + "-lifecycle", LifecyclePolicyArgs.builder()
                .repository(repo.name())
                .policy(policy)
                .build(), adopting(CustomResourceOptions.builder().parent(parent), args).build()));

        var observability = RepositoryObservability.create(parent, name, args, repo.name(), repo.arn(), finalTags);
        RepositoryEvents.create(parent, new RepositoryEvents.Scope(name, repo.name(), repo.arn(), finalTags), args);
        var k = KmsOutputs.of(args.encryption(), kms, givenKey);
        return new Outputs(repo.arn(), repo.repositoryUrl(), repo.arn().applyValue(RepositoryUris::dualStackUrlOfArn), repo.name(), repo.registryId(),
                Output.of(RepositoryGovernance.hasPolicy(args)), Output.of(args.lifecyclePolicy().orElse("")), finalTags,
                tags.applyValue(TagResult::taggingStrategy), tags.applyValue(TagResult::tagComplianceStatus),
                Output.of(securityStatus(args)), k.keyArn(), k.keyId(), k.aliasArn(), k.configuration(),
                observability.cloudwatchLogGroupArn(), observability.loggingRoleArn(), observability.monitoringStatus(),
                observability.snsTopicArn(), observability.cloudwatchAlarms(),
                RepositoryGovernance.status(args, governance));
    }

    /**
     * The image {@code <repositoryUrl>:<tag>}. Throws {@link dev.ecrkit.validation.InvalidInputException} naming
     * {@code tag} for a tag ECR does not accept (1 to 300 characters).
     */
    public Output<String> repositoryUriForTag(String tag) {
        RepositoryUris.checkedTag(tag);
        return repositoryUrl.applyValue(url -> RepositoryUris.forTag(url, tag));
    }

    /**
     * The image {@code <repositoryUrl>@<digest>}. Throws {@link dev.ecrkit.validation.InvalidInputException} naming
     * {@code digest} for a malformed digest ({@code <algorithm>:<encoded>}).
     */
    public Output<String> repositoryUriForDigest(String digest) {
        RepositoryUris.checkedDigest(digest);
        return repositoryUrl.applyValue(url -> RepositoryUris.forDigest(url, digest));
    }

    /**
     * Lets the role pull from this repository, in the style of AWS CDK's {@code grantPull}: registers an inline role
     * policy ({@code aws:iam/rolePolicy:RolePolicy}, a child of this component named
     * {@code <repository>-grant-pull-<role's resource name>}) of {@link RepositoryAccess#identityPolicy} at
     * {@link RepositoryAccess.Level#PULL} on {@link #repositoryArn}, with {@code ecr:GetAuthorizationToken} on {@code *}
     * (docs/access.md, "Identity-side grants").
     */
    public RolePolicy grantPull(Role role) {
        return grant(RepositoryAccess.Level.PULL, role.pulumiResourceName(), role.name());
    }

    /** {@link #grantPull(Role)} for an existing role, by its name (also the resource name's last part). */
    public RolePolicy grantPull(String roleName) {
        return grant(RepositoryAccess.Level.PULL, roleName, Output.of(roleName));
    }

    /** {@link #grantPull(Role)} for a role name known at deployment; {@code key} ends the resource name. */
    public RolePolicy grantPull(String key, Output<String> roleName) {
        return grant(RepositoryAccess.Level.PULL, key, roleName);
    }

    /** {@link #grantPull(Role)} at {@link RepositoryAccess.Level#PUSH} ({@code <repository>-grant-push-<role>}). */
    public RolePolicy grantPush(Role role) {
        return grant(RepositoryAccess.Level.PUSH, role.pulumiResourceName(), role.name());
    }

    /** {@link #grantPush(Role)} for an existing role, by its name. */
    public RolePolicy grantPush(String roleName) {
        return grant(RepositoryAccess.Level.PUSH, roleName, Output.of(roleName));
    }

    /** {@link #grantPush(Role)} for a role name known at deployment; {@code key} ends the resource name. */
    public RolePolicy grantPush(String key, Output<String> roleName) {
        return grant(RepositoryAccess.Level.PUSH, key, roleName);
    }

    /**
     * {@link #grantPull(Role)} at {@link RepositoryAccess.Level#PULL_PUSH} ({@code <repository>-grant-pullpush-<role>}).
     */
    public RolePolicy grantPullPush(Role role) {
        return grant(RepositoryAccess.Level.PULL_PUSH, role.pulumiResourceName(), role.name());
    }

    /** {@link #grantPullPush(Role)} for an existing role, by its name. */
    public RolePolicy grantPullPush(String roleName) {
        return grant(RepositoryAccess.Level.PULL_PUSH, roleName, Output.of(roleName));
    }

    /** {@link #grantPullPush(Role)} for a role name known at deployment; {@code key} ends the resource name. */
    public RolePolicy grantPullPush(String key, Output<String> roleName) {
        return grant(RepositoryAccess.Level.PULL_PUSH, key, roleName);
    }

    private RolePolicy grant(RepositoryAccess.Level level, String key, Output<String> roleName) {
        return RepositoryGrants.grant(this, level, key, roleName);
    }

    /**
     * An EventBridge rule (child {@code <name>-on-image-pushed-<ruleName>}) matching successful pushes to this
     * repository ({@link EcrEventPatterns#imagePushes(String, OnEventOptions)}), with the options' tag filters. The rule
     * has no target: add your own {@code EventTarget}s, or declare the rule with its target in
     * {@link RepositoryArgs#eventRules()} (docs/repository.md, "Event helpers"). {@code options} may be null. Throws
     * {@link dev.ecrkit.validation.InvalidInputException} naming {@code ruleName} or the option, before any resource is
     * registered.
     */
    public EventRule onImagePushed(String ruleName, OnEventOptions options) {
        return onEvent(RepositoryEvent.IMAGE_PUSHED, ruleName, options);
    }

    /**
     * An EventBridge rule (child {@code <name>-on-image-scan-completed-<ruleName>}) matching completed image scans of
     * this repository, basic ({@code ECR Image Scan}) and enhanced ({@code Inspector2 Scan})
     * ({@link EcrEventPatterns#imageScansCompleted}); no target, see {@link #onImagePushed}.
     */
    public EventRule onImageScanCompleted(String ruleName, OnEventOptions options) {
        return onEvent(RepositoryEvent.IMAGE_SCAN_COMPLETED, ruleName, options);
    }

    /**
     * An EventBridge rule (child {@code <name>-on-replication-<ruleName>}) matching replications into this repository,
     * completed or failed ({@link EcrEventPatterns#replications}; ECR sends them in the destination Region, so create
     * the rule on the destination repository); no target, see {@link #onImagePushed}.
     */
    public EventRule onReplication(String ruleName, OnEventOptions options) {
        return onEvent(RepositoryEvent.REPLICATION, ruleName, options);
    }

    /**
     * An EventBridge rule (child {@code <name>-on-pull-through-cache-<ruleName>}) matching pull through cache actions on
     * this repository ({@link EcrEventPatterns#pullThroughCacheActions}); no target, see {@link #onImagePushed}.
     */
    public EventRule onPullThroughCache(String ruleName, OnEventOptions options) {
        return onEvent(RepositoryEvent.PULL_THROUGH_CACHE, ruleName, options);
    }

    /** The characters of an EventBridge rule name ({@link RepositoryEvent#RULE_NAME}). */
    public static final Pattern EVENT_RULE_NAME = RepositoryEvent.RULE_NAME;
    /** The rule a helper's rule name breaks. */
    public static final String EVENT_RULE_NAME_RULE = RepositoryEvent.RULE_NAME_RULE;

    private EventRule onEvent(RepositoryEvent event, String ruleName, OnEventOptions options) {
        return RepositoryEvents.helper(this, new RepositoryEvents.Scope(pulumiResourceName(), repositoryName,
                repositoryArn, appliedTags), event, ruleName, options);
    }


    /** Checks the args before the component itself is registered. */
    private static ComponentResourceOptions preflight(RepositoryArgs args, ComponentResourceOptions options) {
        Objects.requireNonNull(args, "args");
        return options;
    }

    /** Field prefix of a created key's settings in problems ({@code kms.deletionWindowInDays}). */
    static final String KMS_FIELD = "kms";

    /** Checks a key the repository will create: its type and every setting, as a key ECR can use. */
    static void checkNewKey(Problems p, Encryption.NewKmsKey k) {
        if (k.type() == EncryptionType.AES256) {
            p.add("encryption", "a created KMS key needs encryption type KMS or KMS_DSSE", k.type().wire());
        }
        k.settings().validate(p.at(KMS_FIELD), true);
    }

    /**
     * Adoption imports by the repository name, the import id of the repository, its lifecycle policy and its
     * repository policy ("## Import" of ecr/repository.d.ts, lifecyclePolicy.d.ts, repositoryPolicy.d.ts in
     * {@code @pulumi/aws} 6.83.0): the name must be a plain value. A created KMS key cannot encrypt an existing
     * repository: "the encryption configuration for a repository can't be changed after the repository is created"
     * (https://docs.aws.amazon.com/AmazonECR/latest/userguide/encryption-at-rest.html), and the provider would replace
     * (delete and re-create) the adopted repository to apply it.
     */
    static void checkAdoption(Problems p, String plainName, Encryption encryption) {
        if (plainName == null) {
            p.add("adoptExisting", "needs the repository name as a plain value (it is the import id)", true);
        }
        if (encryption instanceof Encryption.NewKmsKey) {
            p.add("adoptExisting", "cannot adopt with a created KMS key: an existing repository's encryption can't be"
                    + " changed after creation (ECR user guide, encryption at rest); give its key as kmsKey", true);
        }
    }

    /** The import option of an adopted repository's resources (the repository name), or none. */
    static CustomResourceOptions.Builder adopting(CustomResourceOptions.Builder b, RepositoryArgs args) {
        return args.adoptExisting() ? b.importId(args.plainName().orElseThrow()) : b;
    }

    private static String checkedName(String name) {
        var p = new Problems();
        EcrRules.checkName(p, "name", name);
        p.throwIfAny();
        return name;
    }

    private static String checkedKey(String key) {
        var p = new Problems();
        EcrRules.checkKmsKey(p, "kmsKey", key);
        p.throwIfAny();
        return key;
    }

    /**
     * {@code name}, once the encryption type is known to exist where the repository deploys: with {@code KMS_DSSE}, the
     * provider's partition must be {@link EcrRules#DSSE_KMS_PARTITION} (checked when the scope resolves; every
     * resource of the repository, a created key included, waits for the check through the name).
     */
    static Output<String> encryptionChecked(Resource parent, Encryption encryption, Output<String> name) {
        if (!encryption.type().wire().equals(EcrRules.DSSE_KMS_TYPE)) {
            return name;
        }
        return Output.tuple(name, AwsScopes.of(parent)).applyValue(t -> {
            var p = new Problems();
            EcrRules.checkEncryptionPartition(p, "encryption", encryption.type().wire(), t.t2.region(), t.t2.partition());
            p.throwIfAny();
            return t.t1;
        });
    }

    /**
     * The encryption input: a given key as its ARN ({@code givenKey}, {@link KmsKeyArns}; the AWS managed key
     * {@code alias/aws/ecr} as no key), a created key's ARN, or no key.
     */
    static EncryptionConfigurationArgs encryptionConfiguration(Encryption encryption, KmsKey created,
            Output<String> givenKey) {
        if (encryption instanceof Encryption.KmsKeyRef k) {
            boolean awsManaged = !k.plain().isEmpty()
                    && new KeyReference(k.plain()).lookup() == KeyReference.Lookup.AWS_MANAGED;
            return new EncryptionConfigurationArgs(k.type().wire(), awsManaged ? null
                    : givenKey.applyValue(arn -> arn.isEmpty() ? null : arn));
        }
        if (created != null) {
            return new EncryptionConfigurationArgs(encryption.type().wire(), created.keyArn);
        }
        return new EncryptionConfigurationArgs(encryption.type().wire(), null);
    }

    /**
     * Options of the repository: parent, protect (preventDestroy), delete timeout, and the provider version its inputs
     * need ({@link ProviderVersions#versionFor}; throws when an explicit provider cannot take them).
     */
    static CustomResourceOptions repositoryOptions(Resource parent, RepositoryArgs args) {
        var b = adopting(CustomResourceOptions.builder().parent(parent).protect(args.preventDestroy()), args);
        args.deleteTimeout().ifPresent(d -> b.customTimeouts(CustomTimeouts.builder().delete(d).build()));
        var p = new Problems();
        ProviderVersions.versionFor(p, parent, EcrRepositoryResource.TYPE, providerNeeds(args)).ifPresent(b::version);
        p.throwIfAny();
        return b.build();
    }

    /** What the repository sends that {@link ProviderVersions#DEFAULT} does not take. */
    static List<ProviderVersions.Need> providerNeeds(RepositoryArgs args) {
        var needs = new ArrayList<ProviderVersions.Need>();
        if (args.encryption().type() == EncryptionType.KMS_DSSE) {
            needs.add(new ProviderVersions.Need("encryption", EncryptionType.KMS_DSSE.wire(),
                    ProviderVersions.KMS_DSSE_SOURCE));
        }
        if (args.imageTagMutability().takesExclusionFilters()) {
            needs.add(new ProviderVersions.Need("imageTagMutability", args.imageTagMutability().wire(),
                    ProviderVersions.EXCLUSION_FILTERS_SOURCE));
        }
        if (!args.imageTagMutabilityExclusionFilters().isEmpty()) {
            needs.add(new ProviderVersions.Need("imageTagMutabilityExclusionFilters",
                    args.imageTagMutabilityExclusionFilters().stream().map(ExclusionFilter::filter).toList(),
                    ProviderVersions.EXCLUSION_FILTERS_SOURCE));
        }
        return needs;
    }

    static CustomResourceOptions childOptions(Resource parent) {
        return CustomResourceOptions.builder().parent(parent).build();
    }

    static Map<String, Object> securityStatus(RepositoryArgs args) {
        var m = new LinkedHashMap<String, Object>();
        m.put("basicScanningEnabled", args.scanOnPush());
        m.put("encryptionType", args.encryption().type().wire());
        m.put("kmsEncryptionEnabled", args.encryption().type() != EncryptionType.AES256);
        m.put("imageTagMutability", args.imageTagMutability().wire());
        m.put("tagImmutable", args.imageTagMutability() == ImageTagMutability.IMMUTABLE);
        m.put("lifecyclePolicyConfigured", args.lifecyclePolicy().isPresent());
        m.put("repositoryPolicyConfigured", RepositoryGovernance.hasPolicy(args));
        return m;
    }

}
