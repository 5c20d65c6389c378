package dev.ecrkit;

import com.pulumi.core.Output;
import com.pulumi.resources.ResourceArgs;
import dev.ecrkit.governance.PullRequestRule;
import dev.ecrkit.governance.PullRequestRules;
import dev.ecrkit.policy.AwsScope;
import dev.ecrkit.policy.PolicyDocuments;
import dev.ecrkit.aws.AwsScopes;
import dev.ecrkit.validation.Problems;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Inputs of {@link Governance}. Build with {@link #builder()}; {@link Builder#build()} checks every plain value at once
 * (rules under {@code rules[i]...}) and throws {@link dev.ecrkit.validation.InvalidInputException} listing every
 * problem. Values given as {@link Output} are checked with the same rules when they resolve.
 */
public final class GovernanceArgs extends ResourceArgs {
    /** Who registers the repository policy that carries the rules' statements. */
    public enum RepositoryPolicyMode {
        /**
         * The Governance component registers the repository's policy (the rules' statements, after
         * {@link Builder#basePolicy} when given). A repository has one policy: this replaces any other.
         */
        REGISTER,
        /**
         * The caller merges {@link Governance#repositoryPolicyStatements} into the one policy it registers
         * ({@link Repository} does this with its {@code policy}).
         */
        STATEMENTS_ONLY
    }

    /** Default of {@code repositoryPolicy}. */
    public static final RepositoryPolicyMode DEFAULT_REPOSITORY_POLICY_MODE = RepositoryPolicyMode.REGISTER;

    private RepositoryTarget target;
    private List<PullRequestRule> rules;
    private RepositoryPolicyMode repositoryPolicy;
    private Output<String> basePolicy;

    private GovernanceArgs() {
    }

    /** Name of the governed repository. Required. */
    public Output<String> repositoryName() {
        return target.name();
    }

    /** ARN of the governed repository (its partition, Region and account scope every generated name and policy). Required. */
    public Output<String> repositoryArn() {
        return target.arn().orElseThrow();
    }

    /** The rules, in order (disabled rules deploy nothing). At least one. */
    public List<PullRequestRule> rules() {
        return rules;
    }

    /** Who registers the repository policy. Default: {@link #DEFAULT_REPOSITORY_POLICY_MODE}. */
    public RepositoryPolicyMode repositoryPolicy() {
        return repositoryPolicy;
    }

    /** A policy document the generated statements are appended to (REGISTER mode). Default: none. */
    public Optional<Output<String>> basePolicy() {
        return Optional.ofNullable(basePolicy);
    }

    /** Tags of every taggable resource. Default: none. */
    public Output<Map<String, String>> tags() {
        return target.tags();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builder; {@link #build()} validates. */
    public static final class Builder extends RepositoryTargetBuilder<Builder> {
        private final List<PullRequestRule> rules = new ArrayList<>();
        private RepositoryPolicyMode repositoryPolicy = DEFAULT_REPOSITORY_POLICY_MODE;
        private Output<String> basePolicy;
        private String plainBasePolicy;

        private Builder() {
        }

        @Override
        Builder self() {
            return this;
        }





        /** The rules. Required: at least one. */
        public Builder rules(List<PullRequestRule> values) {
            this.rules.clear();
            this.rules.addAll(List.copyOf(values));
            return this;
        }

        /** The rules. Required: at least one. */
        public Builder rules(PullRequestRule... values) {
            return rules(List.of(values));
        }

        /** Who registers the repository policy. Default: REGISTER. */
        public Builder repositoryPolicy(RepositoryPolicyMode value) {
            this.repositoryPolicy = Objects.requireNonNull(value, "repositoryPolicy");
            return this;
        }

        /** Policy document the generated statements are appended to (REGISTER mode). Default: none. */
        public Builder basePolicy(String json) {
            this.plainBasePolicy = Objects.requireNonNull(json, "basePolicy");
            this.basePolicy = Output.of(json);
            return this;
        }

        /** Policy document from another resource; validated when it resolves. */
        public Builder basePolicy(Output<String> json) {
            this.plainBasePolicy = null;
            this.basePolicy = Objects.requireNonNull(json, "basePolicy");
            return this;
        }



        /** Validates every plain value and returns the args; throws listing every problem. */
        public GovernanceArgs build() {
            var built = target.built("GovernanceArgs", true);
            var p = new Problems();
            target.check(p);
            target.plainArn().filter(arn -> AwsScope.ofRepositoryArn(arn).isPresent())
                    .ifPresent(arn -> checkArn(p, arn, target.plainName().orElse(null)));
            if (rules.isEmpty()) {
                p.addNoValue("rules", "at least one rule is required");
            }
            PullRequestRules.validate(rules, p.at("rules"));
            if (plainBasePolicy != null) {
                if (repositoryPolicy == RepositoryPolicyMode.STATEMENTS_ONLY) {
                    p.addNoValue("basePolicy", "only used when the component registers the policy (repositoryPolicy REGISTER)");
                }
                PolicyDocuments.check(p, "basePolicy", plainBasePolicy, PolicyDocuments.REPOSITORY_POLICY_MAX_LENGTH);
            }
            p.throwIfAny();
            var a = new GovernanceArgs();
            a.target = built;
            a.rules = List.copyOf(rules);
            a.repositoryPolicy = repositoryPolicy;
            a.basePolicy = basePolicy;
            return a;
        }
    }

    /** Checks a repository ARN, and that it names {@code name} when the name is known. */
    static void checkArn(Problems p, String arn, String name) {
        var scope = AwsScope.ofRepositoryArn(arn);
        if (scope.isEmpty()) {
            p.add(RepositoryTarget.ARN, AwsScopes.REPOSITORY_ARN_RULE, arn);
        } else if (name != null && !scope.get().repositoryArn(name).equals(arn)) {
            p.add(RepositoryTarget.ARN, "must be the ARN of repository " + name, arn);
        }
    }
}
