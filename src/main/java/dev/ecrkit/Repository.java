package dev.ecrkit;

import com.pulumi.aws.ecr.LifecyclePolicy;
import com.pulumi.aws.ecr.LifecyclePolicyArgs;
import com.pulumi.aws.ecr.RepositoryPolicy;
import com.pulumi.aws.ecr.RepositoryPolicyArgs;
import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.CustomTimeouts;
import com.pulumi.resources.Resource;
import dev.ecrkit.aws.EcrRepositoryResource;
import dev.ecrkit.aws.EcrRepositoryResourceArgs;
import dev.ecrkit.aws.EcrRepositoryResourceArgs.EncryptionConfigurationArgs;
import dev.ecrkit.aws.EcrRepositoryResourceArgs.ExclusionFilterArgs;
import dev.ecrkit.tagging.TagResult;
import dev.ecrkit.tagging.Tagging;
import dev.ecrkit.validation.EcrRules;
import dev.ecrkit.validation.Problems;
import java.util.LinkedHashMap;

import java.util.Map;
import java.util.Objects;

/**
 * One ECR repository with its repository policy and lifecycle policy ({@code ecrkit:index:Repository}), the
 * Terraform module terraform-aws-ecr's root module for one repository.
 */
public final class Repository extends ComponentResource {
    /** Type token. */
    public static final String TYPE = "ecrkit:index:Repository";
    /**
     * The AWS provider plugin release whose {@code aws:ecr/repository:Repository} knows
     * {@code imageTagMutabilityExclusionFilters}: pulumi-aws 7.12.0 (its ecr/repository SDK documents the input; the
     * com.pulumi:aws 6.83.0 Java SDK does not). Requested only for repositories that set exclusion filters.
     */
    public static final String EXCLUSION_FILTERS_PROVIDER_VERSION = "7.12.0";

    /** Full ARN of the repository. */
    @Export(name = "repositoryArn", refs = {String.class}, tree = "[0]")
    public final Output<String> repositoryArn;
    /** URL of the repository ({@code <account>.dkr.ecr.<region>.amazonaws.com/<name>}). */
    @Export(name = "repositoryUrl", refs = {String.class}, tree = "[0]")
    public final Output<String> repositoryUrl;
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
    /** The pull request rules in effect (the module's {@code pull_request_rules} output; see docs/governance.md). */
    @Export(name = "pullRequestRules", refs = {Map.class, String.class, Object.class}, tree = "[0,1,2]")
    public final Output<Map<String, Object>> pullRequestRules;

    /** Exactly one constructor (multi-language requirement); {@code options} may be null. */
    public Repository(String name, RepositoryArgs args, ComponentResourceOptions options) {
        super(TYPE, name, null, preflight(args, options));
        Output<String> repoName = args.name().applyValue(Repository::checkedName);
        Output<TagResult> tags = repoName.applyValue(n -> Tagging.compute(args.tagging(), n));
        Output<Map<String, String>> finalTags = tags.applyValue(TagResult::finalTags);

        var repo = new EcrRepositoryResource(name, EcrRepositoryResourceArgs.of(repoName,
                args.imageTagMutability().wire(),
                args.imageTagMutabilityExclusionFilters().stream()
                        .map(f -> new ExclusionFilterArgs(f.filter(), ExclusionFilter.FILTER_TYPE)).toList(),
                encryptionConfiguration(args.encryption()), args.scanOnPush(), args.forceDelete(), finalTags),
                repositoryOptions(this, args));

        var governance = RepositoryGovernance.create(this, name, args, repo.name(), repo.arn(), finalTags);
        if (RepositoryGovernance.hasPolicy(args)) {
            new RepositoryPolicy(name + "-policy", RepositoryPolicyArgs.builder()
                    .repository(repo.name())
                    .policy(RepositoryGovernance.policy(args, governance))
                    .build(), childOptions(this));
        }
        args.lifecyclePolicy().ifPresent(policy -> new LifecyclePolicy(name + "-lifecycle", LifecyclePolicyArgs.builder()
                .repository(repo.name())
                .policy(policy)
                .build(), childOptions(this)));

        this.repositoryArn = repo.arn();
        this.repositoryUrl = repo.repositoryUrl();
        this.repositoryName = repo.name();
        this.registryId = repo.registryId();
        this.repositoryPolicyExists = Output.of(RepositoryGovernance.hasPolicy(args));
        this.lifecyclePolicy = Output.of(args.lifecyclePolicy().orElse(""));
        this.appliedTags = finalTags;
        this.taggingStrategy = tags.applyValue(TagResult::taggingStrategy);
        this.tagComplianceStatus = tags.applyValue(TagResult::tagComplianceStatus);
        this.securityStatus = Output.of(securityStatus(args));
        this.pullRequestRules = RepositoryGovernance.status(args, governance);
        registerOutputs(Map.ofEntries(Map.entry("repositoryArn", repositoryArn),
                Map.entry("repositoryUrl", repositoryUrl), Map.entry("repositoryName", repositoryName),
                Map.entry("registryId", registryId), Map.entry("repositoryPolicyExists", repositoryPolicyExists),
                Map.entry("lifecyclePolicy", lifecyclePolicy), Map.entry("appliedTags", appliedTags),
                Map.entry("taggingStrategy", taggingStrategy), Map.entry("tagComplianceStatus", tagComplianceStatus),
                Map.entry("securityStatus", securityStatus), Map.entry("pullRequestRules", pullRequestRules)));
    }

    /** Checks what the Args cannot accept yet, before the component itself is registered. */
    private static ComponentResourceOptions preflight(RepositoryArgs args, ComponentResourceOptions options) {
        Objects.requireNonNull(args, "args");
        if (args.encryption() instanceof Encryption.NewKmsKey k) {
            new Problems().addNoValue("kmsKey", "is required with encryption " + k.type().wire()
                    + ": creating a customer managed key (the KmsKey component) is not supported yet;"
                    + " give an existing key ARN, alias or id").throwIfAny();
        }
        return options;
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

    static EncryptionConfigurationArgs encryptionConfiguration(Encryption encryption) {
        if (encryption instanceof Encryption.KmsKeyRef k) {
            return new EncryptionConfigurationArgs(k.type().wire(), k.key().applyValue(Repository::checkedKey));
        }
        return new EncryptionConfigurationArgs(encryption.type().wire(), null);
    }

    /** Options of the repository: parent, protect (preventDestroy), delete timeout, provider version for filters. */
    static CustomResourceOptions repositoryOptions(Resource parent, RepositoryArgs args) {
        var b = CustomResourceOptions.builder().parent(parent).protect(args.preventDestroy());
        args.deleteTimeout().ifPresent(d -> b.customTimeouts(CustomTimeouts.builder().delete(d).build()));
        if (!args.imageTagMutabilityExclusionFilters().isEmpty()) {
            b.version(EXCLUSION_FILTERS_PROVIDER_VERSION);
        }
        return b.build();
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
