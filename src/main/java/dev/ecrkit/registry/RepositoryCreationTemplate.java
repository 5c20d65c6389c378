package dev.ecrkit.registry;

import dev.ecrkit.ecr.EncryptionType;
import dev.ecrkit.ecr.ExclusionFilter;
import dev.ecrkit.ecr.ImageTagMutability;
import dev.ecrkit.lifecycle.LifecyclePolicyValidator;
import dev.ecrkit.policy.PolicyDocuments;
import dev.ecrkit.validation.EcrRules;
import dev.ecrkit.validation.Problems;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * A repository creation template (AWS API {@code CreateRepositoryCreationTemplate}): the settings ECR applies to the
 * repositories it creates itself (for a pull-through cache rule, for replication, or on push) whose names start with
 * {@link #prefix}. Keyed by prefix: at most one template per prefix.
 *
 * @param prefix                             repository-name prefix, or {@value #ROOT} for every repository no other template matches
 * @param appliedFor                         when the template applies; at least one
 * @param description                        at most {@value #DESCRIPTION_MAX_LENGTH} characters; "" = none. Default: ""
 * @param imageTagMutability                 tag mutability of created repositories. Default: MUTABLE
 * @param imageTagMutabilityExclusionFilters 1-5 filters, only with a {@code *_WITH_EXCLUSION} mode. Default: none
 * @param encryption                         encryption of created repositories. Default: {@link TemplateEncryption#aes256()}
 * @param lifecyclePolicy                    lifecycle policy JSON for created repositories; "" = none. Default: ""
 * @param repositoryPolicy                   repository policy JSON for created repositories; "" = none. Default: ""
 * @param resourceTags                       tags of created repositories (not the stack's tags). Default: none
 * @param customRoleArn                      role ECR assumes to create the repositories; required with resource tags
 *                                           or KMS encryption; "" = the service-linked role. Default: ""
 */
public record RepositoryCreationTemplate(String prefix, List<AppliedFor> appliedFor, String description,
        ImageTagMutability imageTagMutability, List<ExclusionFilter> imageTagMutabilityExclusionFilters,
        TemplateEncryption encryption, String lifecyclePolicy, String repositoryPolicy,
        SortedMap<String, String> resourceTags, String customRoleArn) {
    /** The prefix that matches every repository no other template matches (API_CreateRepositoryCreationTemplate.html). */
    public static final String ROOT = "ROOT";
    /** Longest prefix (BOTO {@code Prefix}: 1-256; API_CreateRepositoryCreationTemplate.html). */
    public static final int PREFIX_MAX_LENGTH = 256;
    /**
     * A prefix: a repository name with an optional trailing '/', or {@value #ROOT} (BOTO {@code Prefix} pattern;
     * https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_CreateRepositoryCreationTemplate.html). It rejects
     * what the Terraform module's {@code ^[a-z0-9]+(?:[._/-][a-z0-9]+)*$} rejects ({@code A}, {@code a-},
     * {@code a//b}) and accepts what AWS accepts beyond it ({@code a__b}, {@code a--b}, a trailing {@code /}).
     */
    public static final Pattern PREFIX_PATTERN = Pattern.compile(EcrRules.NAME_PATTERN.pattern() + "/?");
    /** Longest description (https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_RepositoryCreationTemplate.html, "Maximum length of 256"). */
    public static final int DESCRIPTION_MAX_LENGTH = 256;
    /**
     * Shortest prefix the AWS provider takes: terraform-provider-aws {@code internal/service/ecr/repository_creation_template.go}
     * validates {@code prefix} with {@code StringLenBetween(2, ...)} in every release behind pulumi-aws 6.83.0 and
     * 7.17.0, while AWS accepts 1 character (API_CreateRepositoryCreationTemplate: "Minimum length of 1"). Its pattern
     * check is unanchored ({@code validation.StringMatch}), so {@code __} and {@code --} pass it.
     */
    public static final int PROVIDER_PREFIX_MIN_LENGTH = 2;
    /**
     * Longest description the AWS provider takes: the same file validates {@code description} with
     * {@code StringLenBetween(0, 255)}, one less than AWS's {@value #DESCRIPTION_MAX_LENGTH}.
     */
    public static final int PROVIDER_DESCRIPTION_MAX_LENGTH = 255;
    /** What the provider-skew messages say after the rule. */
    static final String PROVIDER_SKEW = ": AWS itself accepts it (API_CreateRepositoryCreationTemplate), but the AWS"
            + " provider does not yet (terraform-provider-aws"
            + " repository_creation_template.go validates ";
    /** Default tag mutability of created repositories (API_RepositoryCreationTemplate.html: "If this parameter is omitted, the default setting of MUTABLE will be used"; also the module's default). */
    public static final ImageTagMutability DEFAULT_IMAGE_TAG_MUTABILITY = ImageTagMutability.MUTABLE;

    public RepositoryCreationTemplate {
        Objects.requireNonNull(prefix, "prefix");
        appliedFor = List.copyOf(appliedFor);
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(imageTagMutability, "imageTagMutability");
        imageTagMutabilityExclusionFilters = List.copyOf(imageTagMutabilityExclusionFilters);
        Objects.requireNonNull(encryption, "encryption");
        Objects.requireNonNull(lifecyclePolicy, "lifecyclePolicy");
        Objects.requireNonNull(repositoryPolicy, "repositoryPolicy");
        resourceTags = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(resourceTags));
        Objects.requireNonNull(customRoleArn, "customRoleArn");
    }

    /** A builder for the template of {@code prefix}. */
    public static Builder builder(String prefix) {
        return new Builder(prefix);
    }

    /** Whether ECR needs a custom role for this template: resource tags or KMS encryption (module validation 9). */
    public boolean needsCustomRole() {
        return !resourceTags.isEmpty() || encryption.type() == EncryptionType.KMS;
    }

    /**
     * Checks the template against the Terraform module's validations (section 1.6 of terraform-module-behaviour.md:
     * prefix, appliedFor, mutability, filter type, filters, filters only with an exclusion mode, encryption type,
     * custom role) and the AWS limits. Fields as in the stack config: {@code prefix}, {@code appliedFor[i]},
     * {@code description}, {@code imageTagMutabilityExclusionFilters[i].filter},
     * {@code encryptionConfiguration.encryptionType|kmsKey}, {@code lifecyclePolicy...}, {@code repositoryPolicy...},
     * {@code resourceTags.<key>}, {@code customRoleArn}.
     */
    public void validate(Problems p) {
        if (!prefix.equals(ROOT) && (prefix.length() > PREFIX_MAX_LENGTH || !PREFIX_PATTERN.matcher(prefix).matches())) {
            p.add("prefix", "must be " + ROOT + " or a repository-name prefix of 1-" + PREFIX_MAX_LENGTH + " characters:"
                    + " lowercase letters and digits separated by '.', '_', '__', '-' or '/', optionally ending in '/'",
                    prefix);
        } else if (prefix.length() < PROVIDER_PREFIX_MIN_LENGTH) {
            p.add("prefix", "must be at least " + PROVIDER_PREFIX_MIN_LENGTH + " characters" + PROVIDER_SKEW
                    + "prefix with StringLenBetween(" + PROVIDER_PREFIX_MIN_LENGTH + ", 256))", prefix);
        }
        if (appliedFor.isEmpty()) {
            p.addNoValue("appliedFor", "at least one of " + String.join(", ", AppliedFor.wireValues()) + " is required");
        }
        var seen = new HashSet<AppliedFor>();
        for (int i = 0; i < appliedFor.size(); i++) {
            if (!seen.add(appliedFor.get(i))) {
                p.add("appliedFor[" + i + "]", "is listed twice", appliedFor.get(i).wire());
            }
        }
        if (description.length() > DESCRIPTION_MAX_LENGTH) {
            p.add("description", "at most " + DESCRIPTION_MAX_LENGTH + " characters", description.length());
        } else if (description.length() > PROVIDER_DESCRIPTION_MAX_LENGTH) {
            p.add("description", "at most " + PROVIDER_DESCRIPTION_MAX_LENGTH + " characters" + PROVIDER_SKEW
                    + "description with StringLenBetween(0, " + PROVIDER_DESCRIPTION_MAX_LENGTH + "))", description.length());
        }
        EcrRules.checkExclusionFilters(p, "imageTagMutabilityExclusionFilters",
                imageTagMutabilityExclusionFilters.stream().map(ExclusionFilter::filter).toList(),
                imageTagMutability.wire(), imageTagMutability.takesExclusionFilters());
        encryption.validate(p.at("encryptionConfiguration"));
        if (!lifecyclePolicy.isEmpty()) {
            p.at("lifecyclePolicy").addAll(LifecyclePolicyValidator.validate(lifecyclePolicy));
        }
        if (!repositoryPolicy.isEmpty()) {
            PolicyDocuments.check(p, "repositoryPolicy", repositoryPolicy, PolicyDocuments.REPOSITORY_POLICY_MAX_LENGTH);
        }
        ResourceTags.check(p, "resourceTags", resourceTags);
        if (!customRoleArn.isEmpty()) {
            RegistryRules.checkRoleArn(p, "customRoleArn", customRoleArn);
        } else if (needsCustomRole()) {
            p.addNoValue("customRoleArn", "is required when the template sets resourceTags or KMS encryption: ECR"
                    + " creates such repositories with this role");
        }
    }

    /** Checks every template and that prefixes are unique; fields {@code [i].*} under {@code p}. */
    public static void validateAll(Problems p, List<RepositoryCreationTemplate> templates) {
        Map<String, Integer> first = new HashMap<>();
        for (int i = 0; i < templates.size(); i++) {
            var t = templates.get(i);
            t.validate(p.at("[" + i + "]"));
            Integer earlier = first.putIfAbsent(t.prefix(), i);
            if (earlier != null) {
                p.add("[" + i + "].prefix", "is already the prefix of template [" + earlier + "]: one template per"
                        + " prefix", t.prefix());
            }
        }
    }

    /** Builder; {@link #build()} checks nulls only ({@link #validate} checks values). */
    public static final class Builder {
        private final String prefix;
        private List<AppliedFor> appliedFor = List.of();
        private String description = "";
        private ImageTagMutability mutability = DEFAULT_IMAGE_TAG_MUTABILITY;
        private List<ExclusionFilter> filters = List.of();
        private TemplateEncryption encryption = TemplateEncryption.aes256();
        private String lifecyclePolicy = "";
        private String repositoryPolicy = "";
        private Map<String, String> resourceTags = Map.of();
        private String customRoleArn = "";

        private Builder(String prefix) {
            this.prefix = Objects.requireNonNull(prefix, "prefix");
        }

        /** When the template applies. Required (at least one). */
        public Builder appliedFor(AppliedFor... values) {
            this.appliedFor = List.of(values);
            return this;
        }

        /** When the template applies. Required (at least one). */
        public Builder appliedFor(List<AppliedFor> values) {
            this.appliedFor = List.copyOf(values);
            return this;
        }

        /** Description. Default: none. */
        public Builder description(String description) {
            this.description = Objects.requireNonNull(description, "description");
            return this;
        }

        /** Tag mutability. Default: MUTABLE. */
        public Builder imageTagMutability(ImageTagMutability mode) {
            this.mutability = Objects.requireNonNull(mode, "imageTagMutability");
            return this;
        }

        /** Exclusion filters (wildcard patterns), only with a {@code *_WITH_EXCLUSION} mode. Default: none. */
        public Builder imageTagMutabilityExclusionFilters(String... patterns) {
            this.filters = Arrays.stream(patterns).map(ExclusionFilter::wildcard).toList();
            return this;
        }

        /** Exclusion filters. Default: none. */
        public Builder imageTagMutabilityExclusionFilters(List<ExclusionFilter> filters) {
            this.filters = List.copyOf(filters);
            return this;
        }

        /** Encryption. Default: AES256. */
        public Builder encryption(TemplateEncryption encryption) {
            this.encryption = Objects.requireNonNull(encryption, "encryption");
            return this;
        }

        /** Lifecycle policy JSON. Default: none. */
        public Builder lifecyclePolicy(String json) {
            this.lifecyclePolicy = Objects.requireNonNull(json, "lifecyclePolicy");
            return this;
        }

        /** Repository policy JSON. Default: none. */
        public Builder repositoryPolicy(String json) {
            this.repositoryPolicy = Objects.requireNonNull(json, "repositoryPolicy");
            return this;
        }

        /** Tags of the created repositories. Default: none. */
        public Builder resourceTags(Map<String, String> tags) {
            this.resourceTags = Map.copyOf(tags);
            return this;
        }

        /** Role ECR assumes to create repositories (required with resource tags or KMS). Default: none. */
        public Builder customRoleArn(String arn) {
            this.customRoleArn = Objects.requireNonNull(arn, "customRoleArn");
            return this;
        }

        /** The template. */
        public RepositoryCreationTemplate build() {
            return new RepositoryCreationTemplate(prefix, appliedFor, description, mutability, filters, encryption,
                    lifecyclePolicy, repositoryPolicy, new TreeMap<>(resourceTags), customRoleArn);
        }
    }
}
