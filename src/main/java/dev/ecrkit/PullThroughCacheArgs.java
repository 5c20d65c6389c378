package dev.ecrkit;

import com.pulumi.resources.ResourceArgs;
import dev.ecrkit.registry.PullThroughCacheRule;
import dev.ecrkit.registry.RegistryRules;
import dev.ecrkit.registry.ResourceTags;
import dev.ecrkit.validation.Problems;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Inputs of {@link PullThroughCache}. {@link Builder#build()} checks every rule at once (the AWS limits, unique
 * prefixes, credentials exactly where the upstream needs them) and throws
 * {@link dev.ecrkit.validation.InvalidInputException} listing every problem.
 */
public final class PullThroughCacheArgs extends ResourceArgs {
    private List<PullThroughCacheRule> rules;
    private SortedMap<String, String> tags;
    private String sourceRegion;

    private PullThroughCacheArgs() {
    }

    /** The rules, 1-{@value PullThroughCacheRule#MAX_RULES}, each keyed by its ecrRepositoryPrefix. Required. */
    public List<PullThroughCacheRule> rules() {
        return rules;
    }

    /** Tags of the IAM role ecrkit creates for rules that ask for one. Default: none. */
    public SortedMap<String, String> tags() {
        return tags;
    }

    /**
     * The region the rules are created in, when known as a plain value: checked against secrets before anything is
     * registered. Default: "" (checked when the provider's region resolves).
     */
    public String sourceRegion() {
        return sourceRegion;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builder; {@link #build()} validates. */
    public static final class Builder {
        private List<PullThroughCacheRule> rules = List.of();
        private Map<String, String> tags = Map.of();
        private String sourceRegion = "";

        private Builder() {
        }

        /** The rules. Required: at least one. */
        public Builder rules(List<PullThroughCacheRule> rules) {
            this.rules = List.copyOf(rules);
            return this;
        }

        /** The rules. Required: at least one. */
        public Builder rules(PullThroughCacheRule... rules) {
            return rules(List.of(rules));
        }

        /** Tags of the created IAM role. Default: none. */
        public Builder tags(Map<String, String> tags) {
            this.tags = Map.copyOf(tags);
            return this;
        }

        /** The stack's region, for checks before deploy. Default: "" (checked when the provider's region resolves). */
        public Builder sourceRegion(String region) {
            this.sourceRegion = Objects.requireNonNull(region, "sourceRegion");
            return this;
        }

        /** Validates every value and returns the args; throws listing every problem. */
        public PullThroughCacheArgs build() {
            var p = new Problems();
            if (rules.isEmpty()) {
                p.addNoValue("rules", "at least 1 rule is required");
            }
            if (!sourceRegion.isEmpty()) {
                RegistryRules.checkRegion(p, "sourceRegion", sourceRegion);
            }
            PullThroughCacheRule.validateAll(p.at("rules"), rules, sourceRegion);
            ResourceTags.check(p, "tags", tags);
            p.throwIfAny();
            var a = new PullThroughCacheArgs();
            a.rules = rules;
            a.tags = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(tags));
            a.sourceRegion = sourceRegion;
            return a;
        }
    }
}
