package dev.ecrkit;

import com.pulumi.core.Output;
import com.pulumi.resources.ResourceArgs;
import dev.ecrkit.ecr.ExclusionFilter;
import dev.ecrkit.ecr.ImageTagMutability;
import dev.ecrkit.events.RepositoryEventRule;
import dev.ecrkit.governance.PullRequestRule;
import dev.ecrkit.governance.PullRequestRules;
import dev.ecrkit.lifecycle.LifecycleHelpers;
import dev.ecrkit.lifecycle.LifecyclePolicy;
import dev.ecrkit.lifecycle.LifecyclePolicyValidator;
import dev.ecrkit.lifecycle.LifecycleRule;
import dev.ecrkit.lifecycle.LifecycleTemplate;
import dev.ecrkit.observability.LoggingSettings;
import dev.ecrkit.observability.MonitoringSettings;
import dev.ecrkit.policy.PolicyDocuments;
import dev.ecrkit.policy.RepositoryAccess;
import dev.ecrkit.policy.RepositoryPolicies;
import dev.ecrkit.tagging.Tagging;
import dev.ecrkit.tagging.TaggingSettings;
import dev.ecrkit.validation.EcrRules;
import dev.ecrkit.validation.Problems;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Inputs of {@link Repository}. Build with {@link #builder()}; {@link Builder#build()} checks every plain value at once
 * and throws {@link dev.ecrkit.validation.InvalidInputException} listing every problem. Values given as
 * {@link Output} are checked with the same rules when they resolve.
 */
public final class RepositoryArgs extends ResourceArgs {
    /** Default tag mutability, as in AWS and the Terraform module. */
    public static final ImageTagMutability DEFAULT_IMAGE_TAG_MUTABILITY = ImageTagMutability.MUTABLE;
    /** Default scan on push, as in the Terraform module. */
    public static final boolean DEFAULT_SCAN_ON_PUSH = true;

    private Output<String> name;
    private String plainName;
    private ImageTagMutability imageTagMutability;
    private List<ExclusionFilter> exclusionFilters;
    private Encryption encryption;
    private boolean scanOnPush;
    private boolean forceDelete;
    private boolean adoptExisting;
    private boolean preventDestroy;
    private Duration deleteTimeout;
    private Output<String> policy;
    private String lifecyclePolicy;
    private String lifecycleSource;
    private TaggingSettings tagging;
    // Logging and Monitoring groups (null = off)
    private LoggingSettings logging;
    private MonitoringSettings monitoring;
    private List<PullRequestRule> pullRequestRules;
    private List<RepositoryEventRule> eventRules;
    private RepositoryAccess access;

    private RepositoryArgs() {
    }

    /** Repository name (validated against the AWS API pattern, 2-256 characters). Required. */
    public Output<String> name() {
        return name;
    }

    /** The name when given as a plain value. */
    public Optional<String> plainName() {
        return Optional.ofNullable(plainName);
    }

    /** Tag mutability. Default: {@link #DEFAULT_IMAGE_TAG_MUTABILITY}. */
    public ImageTagMutability imageTagMutability() {
        return imageTagMutability;
    }

    /** Exclusion filters (only with a {@code *_WITH_EXCLUSION} mode). Default: none. */
    public List<ExclusionFilter> imageTagMutabilityExclusionFilters() {
        return exclusionFilters;
    }

    /**
     * Encryption. Default: {@link Encryption#aes256()}. With {@link Encryption#kmsWithNewKey}, the repository creates
     * a {@link KmsKey} child; its settings are checked by {@link Builder#build()} under {@code kms.*}.
     */
    public Encryption encryption() {
        return encryption;
    }

    /** Scan images on push. Default: {@link #DEFAULT_SCAN_ON_PUSH}. */
    public boolean scanOnPush() {
        return scanOnPush;
    }

    /** Delete the repository even if it holds images. Default: false. */
    public boolean forceDelete() {
        return forceDelete;
    }

    /**
     * The repository already exists: it (and the lifecycle and repository policies this entry declares) is imported
     * by its name (Pulumi's {@code import} option) instead of created. Default: false.
     */
    public boolean adoptExisting() {
        return adoptExisting;
    }

    /** Protect the repository from deletion (Pulumi's {@code protect} option). Default: false. */
    public boolean preventDestroy() {
        return preventDestroy;
    }

    /** Delete timeout of the repository. Default: empty, the provider's default (20 minutes). */
    public Optional<Duration> deleteTimeout() {
        return Optional.ofNullable(deleteTimeout);
    }

    /** Repository policy JSON. Default: none (no repository policy resource). */
    public Optional<Output<String>> policy() {
        return Optional.ofNullable(policy);
    }

    /** The final lifecycle policy JSON, after precedence (raw JSON &gt; rules &gt; template &gt; helpers). Default: none. */
    public Optional<String> lifecyclePolicy() {
        return Optional.ofNullable(lifecyclePolicy);
    }

    /** Where the lifecycle policy came from: {@code json}, {@code rules}, {@code template:<name>}, {@code helpers} or {@code none}. */
    public String lifecyclePolicySource() {
        return lifecycleSource;
    }

    /** Tagging settings. Default: {@link TaggingSettings#defaults()}. */
    public TaggingSettings tagging() {
        return tagging;
    }

    /**
     * Record the repository's ECR and Inspector events in CloudWatch Logs (a {@link Logging} child; the module's
     * {@code enable_logging}). Default: empty (off).
     */
    public Optional<LoggingSettings> logging() {
        return Optional.ofNullable(logging);
    }

    /**
     * Alarms and notifications (a {@link Monitoring} child; the module's {@code enable_monitoring}). Default: empty
     * (off).
     */
    public Optional<MonitoringSettings> monitoring() {
        return Optional.ofNullable(monitoring);
    }

    /**
     * Pull request rules (the module's {@code pull_request_rules}), deployed by a {@link Governance} child; see
     * {@code docs/governance.md}. Default: none (no Governance component).
     */
    public List<PullRequestRule> pullRequestRules() {
        return pullRequestRules;
    }

    /**
     * EventBridge rules with one target each, the rules of the event helpers ({@link Repository#onImagePushed} ...);
     * see {@code docs/repository.md}, "Event rules". Default: none.
     */
    public List<RepositoryEventRule> eventRules() {
        return eventRules;
    }

    /**
     * Access intents (read-only, push, full-access principals, organizations, Lambda), rendered into the repository
     * policy with stable Sids; see {@code docs/access.md}. Default: none.
     */
    public RepositoryAccess access() {
        return access;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builder; {@link #build()} validates. */
    public static final class Builder {
        private Output<String> name;
        private String plainName;
        private ImageTagMutability imageTagMutability = DEFAULT_IMAGE_TAG_MUTABILITY;
        private final List<ExclusionFilter> exclusionFilters = new ArrayList<>();
        private Encryption encryption = Encryption.aes256();
        private boolean scanOnPush = DEFAULT_SCAN_ON_PUSH;
        private boolean forceDelete;
        private boolean adoptExisting;
        private boolean preventDestroy;
        private String deleteTimeout;
        private Output<String> policy;
        private String plainPolicy;
        private String lifecyclePolicyJson;
        private List<LifecycleRule> lifecycleRules = List.of();
        private LifecycleTemplate lifecycleTemplate;
        private LifecycleHelpers lifecycleHelpers;
        private TaggingSettings tagging = TaggingSettings.defaults();
        private LoggingSettings logging;
        private MonitoringSettings monitoring;
        private List<PullRequestRule> pullRequestRules = List.of();
        private List<RepositoryEventRule> eventRules = List.of();
        private List<String> readOnlyPrincipals = List.of();
        private List<String> pushPrincipals = List.of();
        private List<String> fullAccessPrincipals = List.of();
        private List<String> readOrganizationIds = List.of();
        private List<String> pushOrganizationIds = List.of();
        private List<String> readOrganizationPaths = List.of();
        private List<String> pushOrganizationPaths = List.of();
        private List<String> lambdaReadAccess = List.of();
        private List<String> pullThroughCachePrincipals = List.of();

        private Builder() {
        }

        /** IAM principal ARNs or 12-digit account ids that may pull (statement {@code ReadOnlyPrincipals}). */
        public Builder readOnlyPrincipals(String... principals) {
            this.readOnlyPrincipals = List.of(principals);
            return this;
        }

        /** Principals that may pull and push (statement {@code PushPrincipals}). */
        public Builder pushPrincipals(String... principals) {
            this.pushPrincipals = List.of(principals);
            return this;
        }

        /** Principals that may do every ECR action on the repository (statement {@code FullAccessPrincipals}). */
        public Builder fullAccessPrincipals(String... principals) {
            this.fullAccessPrincipals = List.of(principals);
            return this;
        }

        /** Organizations whose principals may pull ({@code aws:PrincipalOrgID}, statement {@code ReadOrganizations}). */
        public Builder readOrganizationIds(String... ids) {
            this.readOrganizationIds = List.of(ids);
            return this;
        }

        /** Organizations whose principals may pull and push (statement {@code PushOrganizations}). */
        public Builder pushOrganizationIds(String... ids) {
            this.pushOrganizationIds = List.of(ids);
            return this;
        }

        /** OU paths whose principals may pull ({@code aws:PrincipalOrgPaths}, statement {@code ReadOrganizationPaths}). */
        public Builder readOrganizationPaths(String... paths) {
            this.readOrganizationPaths = List.of(paths);
            return this;
        }

        /** OU paths whose principals may pull and push (statement {@code PushOrganizationPaths}). */
        public Builder pushOrganizationPaths(String... paths) {
            this.pushOrganizationPaths = List.of(paths);
            return this;
        }

        /**
         * Account ids or Lambda function ARNs whose functions may pull their image ({@code lambda.amazonaws.com} with
         * {@code aws:SourceArn}: the ARN, or every function of the account; statements {@code LambdaReadAccounts},
         * {@code LambdaReadFunctions}).
         */
        public Builder lambdaReadAccess(String... accountsOrFunctionArns) {
            this.lambdaReadAccess = List.of(accountsOrFunctionArns);
            return this;
        }

        /**
         * Principals that may pull and import upstream images into this repository through a pull-through cache rule
         * ({@code ecr:BatchImportUpstreamImage}; statement {@code PullThroughCachePrincipals}).
         */
        public Builder pullThroughCachePrincipals(String... principals) {
            this.pullThroughCachePrincipals = List.of(principals);
            return this;
        }

        /** Repository name. Required. */
        public Builder name(String name) {
            this.plainName = Objects.requireNonNull(name, "name");
            this.name = Output.of(name);
            return this;
        }

        /** Repository name from another resource; validated when it resolves. */
        public Builder name(Output<String> name) {
            this.plainName = null;
            this.name = Objects.requireNonNull(name, "name");
            return this;
        }

        /** Tag mutability. Default: MUTABLE. */
        public Builder imageTagMutability(ImageTagMutability mode) {
            this.imageTagMutability = Objects.requireNonNull(mode, "imageTagMutability");
            return this;
        }

        /** Exclusion filters, 1-5, only with a {@code *_WITH_EXCLUSION} mode. Default: none. */
        public Builder imageTagMutabilityExclusionFilters(List<ExclusionFilter> filters) {
            this.exclusionFilters.clear();
            this.exclusionFilters.addAll(List.copyOf(filters));
            return this;
        }

        /** Exclusion filters as wildcard patterns. */
        public Builder imageTagMutabilityExclusionFilters(String... patterns) {
            return imageTagMutabilityExclusionFilters(Arrays.stream(patterns).map(ExclusionFilter::wildcard).toList());
        }

        /** Encryption. Default: AES256. */
        public Builder encryption(Encryption encryption) {
            this.encryption = Objects.requireNonNull(encryption, "encryption");
            return this;
        }

        /** Scan on push. Default: true. */
        public Builder scanOnPush(boolean scanOnPush) {
            this.scanOnPush = scanOnPush;
            return this;
        }

        /** Force delete. Default: false. */
        public Builder forceDelete(boolean forceDelete) {
            this.forceDelete = forceDelete;
            return this;
        }

        /**
         * The repository already exists: import it (and the policies this entry declares) by its name instead of
         * creating it. Needs the name as a plain value; not with a created KMS key. Default: false.
         */
        public Builder adoptExisting(boolean adoptExisting) {
            this.adoptExisting = adoptExisting;
            return this;
        }

        /** Protect the repository (toggling it never replaces the repository). Default: false. */
        public Builder preventDestroy(boolean preventDestroy) {
            this.preventDestroy = preventDestroy;
            return this;
        }

        /** Delete timeout such as {@code 20m}, {@code 300s}, {@code 1h30m}. Default: the provider's default. */
        public Builder deleteTimeout(String duration) {
            this.deleteTimeout = Objects.requireNonNull(duration, "deleteTimeout");
            return this;
        }

        /** Repository policy JSON (at most 10,240 characters). Default: none. */
        public Builder policy(String json) {
            this.plainPolicy = Objects.requireNonNull(json, "policy");
            this.policy = Output.of(json);
            return this;
        }

        /** Repository policy JSON from another resource; validated when it resolves. */
        public Builder policy(Output<String> json) {
            this.plainPolicy = null;
            this.policy = Objects.requireNonNull(json, "policy");
            return this;
        }

        /** Lifecycle policy JSON; wins over rules, template and helpers. Default: none. */
        public Builder lifecyclePolicy(String json) {
            this.lifecyclePolicyJson = Objects.requireNonNull(json, "lifecyclePolicy");
            return this;
        }

        /** Typed lifecycle rules, rendered through the same validator as JSON; wins over template and helpers. */
        public Builder lifecycleRules(LifecycleRule... rules) {
            this.lifecycleRules = List.of(rules);
            return this;
        }

        /** A lifecycle template; wins over helper values. Default: none. */
        public Builder lifecyclePolicyTemplate(LifecycleTemplate template) {
            this.lifecycleTemplate = Objects.requireNonNull(template, "lifecyclePolicyTemplate");
            return this;
        }

        /** Lifecycle helper values (keep latest N, expire untagged/tagged after days, prefixes). Default: none. */
        public Builder lifecycleHelpers(LifecycleHelpers helpers) {
            this.lifecycleHelpers = Objects.requireNonNull(helpers, "lifecycleHelpers");
            return this;
        }

        /** Tagging settings. Default: {@link TaggingSettings#defaults()}. */
        public Builder tagging(TaggingSettings tagging) {
            this.tagging = Objects.requireNonNull(tagging, "tagging");
            return this;
        }

        /** Turns logging on with these settings. Default: off. */
        public Builder logging(LoggingSettings logging) {
            this.logging = Objects.requireNonNull(logging, "logging");
            return this;
        }

        /** Turns monitoring on with these settings. Default: off. */
        public Builder monitoring(MonitoringSettings monitoring) {
            this.monitoring = Objects.requireNonNull(monitoring, "monitoring");
            return this;
        }

        /** Pull request rules, deployed by a {@link Governance} child. Default: none. */
        public Builder pullRequestRules(List<PullRequestRule> rules) {
            this.pullRequestRules = List.copyOf(rules);
            return this;
        }

        /** Pull request rules, deployed by a {@link Governance} child. Default: none. */
        public Builder pullRequestRules(PullRequestRule... rules) {
            return pullRequestRules(List.of(rules));
        }

        /**
         * EventBridge rules, each the rule of an event helper plus one target (a Lambda function, whose invoke
         * permission the repository registers, an SNS topic, an SQS queue or a log group). Default: none.
         */
        public Builder eventRules(List<RepositoryEventRule> rules) {
            this.eventRules = List.copyOf(rules);
            return this;
        }

        /** {@link #eventRules(List)}. */
        public Builder eventRules(RepositoryEventRule... rules) {
            return eventRules(List.of(rules));
        }

        /** Validates every plain value and returns the args; throws listing every problem. */
        public RepositoryArgs build() {
            Objects.requireNonNull(name, "RepositoryArgs.name is required");
            var p = new Problems();
            if (plainName != null) {
                EcrRules.checkName(p, "name", plainName);
            }
            EcrRules.checkExclusionFilters(p, "imageTagMutabilityExclusionFilters",
                    exclusionFilters.stream().map(ExclusionFilter::filter).toList(), imageTagMutability.wire(),
                    imageTagMutability.takesExclusionFilters());
            if (encryption instanceof Encryption.KmsKeyRef k && !k.plain().isEmpty()) {
                EcrRules.checkKmsKey(p, "kmsKey", k.plain());
            }
            if (encryption instanceof Encryption.NewKmsKey k) {
                Repository.checkNewKey(p, k);
            }
            if (adoptExisting) {
                Repository.checkAdoption(p, plainName, encryption);
            }
            Duration timeout = deleteTimeout == null ? null
                    : EcrRules.checkDuration(p, "timeouts.delete", deleteTimeout).orElse(null);
            var access = new RepositoryAccess(readOnlyPrincipals, pushPrincipals, fullAccessPrincipals,
                    readOrganizationIds, pushOrganizationIds, readOrganizationPaths, pushOrganizationPaths,
                    lambdaReadAccess, pullThroughCachePrincipals);
            access.check(p);
            if (plainPolicy != null) {
                var policyProblems = new Problems();
                PolicyDocuments.check(policyProblems, "policy", plainPolicy, PolicyDocuments.REPOSITORY_POLICY_MAX_LENGTH);
                p.addAll(policyProblems.list());
                if (policyProblems.isEmpty() && !access.isEmpty()) {
                    RepositoryPolicies.merge(p, "policy", Optional.of(plainPolicy), access, List.of());
                }
            }
            var lifecycle = resolveLifecycle(p);
            Tagging.validate(tagging, p);
            if (logging != null) {
                logging.validate(p.at("logging"));
            }
            if (monitoring != null) {
                monitoring.validate(p.at("monitoring"));
            }
            PullRequestRules.validate(pullRequestRules, p.at("pullRequestRules"));
            RepositoryEventRule.validate(eventRules, p.at("eventRules"));
            p.throwIfAny();

            var a = new RepositoryArgs();
            a.name = name;
            a.plainName = plainName;
            a.imageTagMutability = imageTagMutability;
            a.exclusionFilters = List.copyOf(exclusionFilters);
            a.encryption = encryption;
            a.scanOnPush = scanOnPush;
            a.forceDelete = forceDelete;
            a.adoptExisting = adoptExisting;
            a.preventDestroy = preventDestroy;
            a.deleteTimeout = timeout;
            a.policy = policy;
            a.lifecyclePolicy = lifecycle.json;
            a.lifecycleSource = lifecycle.source;
            a.tagging = tagging;
            a.logging = logging;
            a.monitoring = monitoring;
            a.pullRequestRules = pullRequestRules;
            a.eventRules = eventRules;
            a.access = access;
            return a;
        }

        private record ResolvedLifecycle(String json, String source) {
        }

        /** The module's precedence: raw JSON, then (ecrkit) typed rules, then template, then helpers. */
        private ResolvedLifecycle resolveLifecycle(Problems p) {
            if (lifecyclePolicyJson != null && !lifecycleRules.isEmpty()) {
                p.addNoValue("lifecycleRules", "set either lifecyclePolicy (JSON) or lifecycleRules, not both");
            }
            if (lifecyclePolicyJson != null) {
                if (lifecyclePolicyJson.isBlank()) {
                    p.add("lifecyclePolicy", "must be a lifecycle policy document; an empty policy is not allowed",
                            lifecyclePolicyJson);
                    return new ResolvedLifecycle(null, "none");
                }
                p.at("lifecyclePolicy").addAll(LifecyclePolicyValidator.validate(lifecyclePolicyJson));
                return new ResolvedLifecycle(lifecyclePolicyJson, "json");
            }
            if (!lifecycleRules.isEmpty()) {
                return generated(p, "lifecycleRules", new LifecyclePolicy(lifecycleRules), "rules");
            }
            if (lifecycleTemplate != null) {
                return lifecycleTemplate.helpers().toPolicy()
                        .map(policy -> generated(p, "lifecyclePolicyTemplate", policy, "template:" + lifecycleTemplate))
                        .orElse(new ResolvedLifecycle(null, "none"));
            }
            if (lifecycleHelpers != null) {
                var helperProblems = lifecycleHelpers.problems();
                if (!helperProblems.isEmpty()) {
                    p.at("lifecycle").addAll(helperProblems);
                    return new ResolvedLifecycle(null, "none");
                }
                return lifecycleHelpers.toPolicy()
                        .map(policy -> generated(p, "lifecycle", policy, "helpers"))
                        .orElse(new ResolvedLifecycle(null, "none"));
            }
            return new ResolvedLifecycle(null, "none");
        }

        private static ResolvedLifecycle generated(Problems p, String field, LifecyclePolicy policy, String source) {
            p.at(field).addAll(LifecyclePolicyValidator.validate(policy));
            return new ResolvedLifecycle(policy.toJson(), source);
        }
    }
}
