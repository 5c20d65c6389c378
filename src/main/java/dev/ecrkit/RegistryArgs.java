package dev.ecrkit;

import com.pulumi.core.Output;
import com.pulumi.resources.ResourceArgs;
import dev.ecrkit.policy.PolicyDocuments;
import dev.ecrkit.registry.AccountSettings;
import dev.ecrkit.registry.InspectorActivation;
import dev.ecrkit.registry.PullThroughCacheRule;
import dev.ecrkit.registry.PullTimeUpdateExclusions;
import dev.ecrkit.registry.RegistryRules;
import dev.ecrkit.registry.RegistryScanning;
import dev.ecrkit.registry.Replication;
import dev.ecrkit.registry.ReplicationSources;
import dev.ecrkit.registry.RepositoryCreationTemplate;
import dev.ecrkit.registry.ResourceTags;
import dev.ecrkit.registry.ScanType;
import dev.ecrkit.validation.Problems;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Inputs of {@link Registry}: the registry-level settings of one account and region. Every group is optional and
 * only a group that is set creates resources. {@link Builder#build()} checks every plain value at once and throws
 * {@link dev.ecrkit.validation.InvalidInputException} listing every problem; a registry policy given as an
 * {@link Output} is checked with the same rules when it resolves, and so is everything that needs the deployed-to
 * account (a destination or secret in "this" account).
 */
public final class RegistryArgs extends ResourceArgs {
    private Replication replication;
    private RegistryScanning scanning;
    private AccountSettings accountSettings;
    private Output<String> registryPolicy;
    private List<RepositoryCreationTemplate> templates;
    private List<PullThroughCacheRule> pullThroughCacheRules;
    private SortedMap<String, String> tags;
    private String sourceRegion;
    private List<String> pullTimeUpdateExclusions;
    private List<String> replicationSourceAccounts;
    private InspectorActivation inspector;

    private RegistryArgs() {
    }

    /** Replication configuration. Default: none (replication is left as it is). */
    public Optional<Replication> replication() {
        return Optional.ofNullable(replication);
    }

    /** Registry scanning configuration. Default: none (scanning is left as it is). */
    public Optional<RegistryScanning> scanning() {
        return Optional.ofNullable(scanning);
    }

    /** Account settings; one resource per set setting. Default: {@link AccountSettings#none()}. */
    public AccountSettings accountSettings() {
        return accountSettings;
    }

    /** Registry policy JSON (at most {@value RegistryRules#REGISTRY_POLICY_MAX_LENGTH} characters). Default: none. */
    public Optional<Output<String>> registryPolicy() {
        return Optional.ofNullable(registryPolicy);
    }

    /** Repository creation templates, keyed by prefix. Default: none. */
    public List<RepositoryCreationTemplate> repositoryCreationTemplates() {
        return templates;
    }

    /** Pull-through cache rules, keyed by ecrRepositoryPrefix (created through a {@link PullThroughCache}). Default: none. */
    public List<PullThroughCacheRule> pullThroughCacheRules() {
        return pullThroughCacheRules;
    }

    /** Tags of the taggable resources ecrkit creates here (the pull-through cache IAM role). Default: none. */
    public SortedMap<String, String> tags() {
        return tags;
    }

    /** The stack's region when known as a plain value (checks before deploy). Default: "" (checked when the provider's region resolves). */
    public String sourceRegion() {
        return sourceRegion;
    }

    /**
     * IAM role or user ARNs whose image pulls do not update an image's last recorded pull time (pull-time update
     * exclusions; one child resource per principal, on AWS provider plugin 7.17.0). Default: none.
     */
    public List<String> pullTimeUpdateExclusions() {
        return pullTimeUpdateExclusions;
    }

    /** Source account ids allowed to replicate into this registry ({@link ReplicationSources}). */
    public List<String> replicationSourceAccounts() {
        return replicationSourceAccounts;
    }

    /**
     * Amazon Inspector activation for the registry's own account ({@link InspectorActivation}: one
     * {@code aws.inspector2.Enabler}). Default: none (Inspector is left as it is).
     */
    public Optional<InspectorActivation> inspector() {
        return Optional.ofNullable(inspector);
    }

    /** Whether nothing is set (the component would create nothing). */
    public boolean isEmpty() {
        return replication == null && scanning == null && accountSettings.isEmpty() && registryPolicy == null
                && templates.isEmpty() && pullThroughCacheRules.isEmpty()
                && pullTimeUpdateExclusions.isEmpty() && replicationSourceAccounts.isEmpty() && inspector == null;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builder; {@link #build()} validates. */
    public static final class Builder {
        private Replication replication;
        private RegistryScanning scanning;
        private AccountSettings accountSettings = AccountSettings.none();
        private Output<String> registryPolicy;
        private String plainPolicy;
        private List<RepositoryCreationTemplate> templates = List.of();
        private List<PullThroughCacheRule> rules = List.of();
        private Map<String, String> tags = Map.of();
        private String sourceRegion = "";
        private List<String> pullTimeUpdateExclusions = List.of();
        private List<String> replicationSourceAccounts = List.of();
        private InspectorActivation inspector;

        private Builder() {
        }

        /** Replication configuration. Default: none. */
        public Builder replication(Replication replication) {
            this.replication = Objects.requireNonNull(replication, "replication");
            return this;
        }

        /** Registry scanning configuration. Default: none. */
        public Builder scanning(RegistryScanning scanning) {
            this.scanning = Objects.requireNonNull(scanning, "scanning");
            return this;
        }

        /** Account settings. Default: none. */
        public Builder accountSettings(AccountSettings settings) {
            this.accountSettings = Objects.requireNonNull(settings, "accountSettings");
            return this;
        }

        /** Registry policy JSON. Default: none. */
        public Builder registryPolicy(String json) {
            this.plainPolicy = Objects.requireNonNull(json, "registryPolicy");
            this.registryPolicy = Output.of(json);
            return this;
        }

        /** Registry policy JSON from another resource; validated when it resolves. */
        public Builder registryPolicy(Output<String> json) {
            this.plainPolicy = null;
            this.registryPolicy = Objects.requireNonNull(json, "registryPolicy");
            return this;
        }

        /** Repository creation templates. Default: none. */
        public Builder repositoryCreationTemplates(List<RepositoryCreationTemplate> templates) {
            this.templates = List.copyOf(templates);
            return this;
        }

        /** Repository creation templates. Default: none. */
        public Builder repositoryCreationTemplates(RepositoryCreationTemplate... templates) {
            return repositoryCreationTemplates(List.of(templates));
        }

        /** Pull-through cache rules. Default: none. */
        public Builder pullThroughCacheRules(List<PullThroughCacheRule> rules) {
            this.rules = List.copyOf(rules);
            return this;
        }

        /** Pull-through cache rules. Default: none. */
        public Builder pullThroughCacheRules(PullThroughCacheRule... rules) {
            return pullThroughCacheRules(List.of(rules));
        }

        /**
         * IAM role or user ARNs excluded from pull-time updates (at most
         * {@value PullTimeUpdateExclusions#MAX_EXCLUSIONS} per account). Default: none.
         */
        public Builder pullTimeUpdateExclusions(List<String> principalArns) {
            this.pullTimeUpdateExclusions = List.copyOf(principalArns);
            return this;
        }

        /** IAM role or user ARNs excluded from pull-time updates. Default: none. */
        public Builder pullTimeUpdateExclusions(String... principalArns) {
            return pullTimeUpdateExclusions(List.of(principalArns));
        }

        /**
         * 12-digit ids of the accounts whose registries replicate into this one: adds the registry policy statement
         * the ECR guide documents for cross-account replication ({@link ReplicationSources}), merged with
         * {@link #registryPolicy}. Default: none.
         */
        public Builder replicationSourceAccounts(List<String> accountIds) {
            this.replicationSourceAccounts = List.copyOf(accountIds);
            return this;
        }

        /** Source account ids; see {@link #replicationSourceAccounts(List)}. */
        public Builder replicationSourceAccounts(String... accountIds) {
            return replicationSourceAccounts(List.of(accountIds));
        }

        /**
         * Activates Amazon Inspector's ECR scanning (and the other scan types it lists) in the registry's account, for
         * example {@code InspectorActivation.ecr()}; read {@link InspectorActivation} for what its create and delete do
         * to the account's other scan types. Refused beside a BASIC {@link #scanning}. Default: none.
         */
        public Builder inspector(InspectorActivation activation) {
            this.inspector = Objects.requireNonNull(activation, "inspector");
            return this;
        }

        /** Tags of the created IAM role. Default: none. */
        public Builder tags(Map<String, String> tags) {
            this.tags = Map.copyOf(tags);
            return this;
        }

        /** The stack's region, for checks before deploy. Default: "". */
        public Builder sourceRegion(String region) {
            this.sourceRegion = Objects.requireNonNull(region, "sourceRegion");
            return this;
        }

        /** Validates every plain value and returns the args; throws listing every problem. */
        public RegistryArgs build() {
            var p = new Problems();
            if (!sourceRegion.isEmpty()) {
                RegistryRules.checkRegion(p, "sourceRegion", sourceRegion);
            }
            if (replication != null) {
                replication.validate(p.at("replication"), sourceRegion);
            }
            if (scanning != null) {
                scanning.validate(p.at("scanning"));
            }
            accountSettings.validate(p.at("accountSettings"));
            if (plainPolicy != null) {
                var own = new Problems();
                PolicyDocuments.check(own, "registryPolicy", plainPolicy, RegistryRules.REGISTRY_POLICY_MAX_LENGTH);
                if (own.isEmpty() && !replicationSourceAccounts.isEmpty()) {
                    ReplicationSources.checkSids(own, plainPolicy);
                }
                p.addAll(own.list());
            }
            RepositoryCreationTemplate.validateAll(p.at("repositoryCreationTemplates"), templates);
            PullThroughCacheRule.validateAll(p.at("pullThroughCacheRules"), rules, sourceRegion);
            ResourceTags.check(p, "tags", tags);
            PullTimeUpdateExclusions.validate(p, "pullTimeUpdateExclusions", pullTimeUpdateExclusions);
            ReplicationSources.validate(p, ReplicationSources.FIELD, replicationSourceAccounts);
            if (inspector != null) {
                inspector.validate(p.at("inspector"));
                if (scanning != null && scanning.scanType() == ScanType.BASIC) {
                    p.add("scanning.scanType", InspectorActivation.BASIC_SCAN_TYPE_RULE, ScanType.BASIC.wire());
                }
            }
            p.throwIfAny();

            var a = new RegistryArgs();
            a.replication = replication;
            a.scanning = scanning;
            a.accountSettings = accountSettings;
            a.registryPolicy = registryPolicy;
            a.templates = templates;
            a.pullThroughCacheRules = rules;
            a.tags = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(tags));
            a.sourceRegion = sourceRegion;
            a.pullTimeUpdateExclusions = pullTimeUpdateExclusions;
            a.replicationSourceAccounts = replicationSourceAccounts;
            a.inspector = inspector;
            return a;
        }
    }
}
