package dev.ecrkit;

import com.pulumi.core.Output;
import dev.ecrkit.aws.AwsScopes;
import dev.ecrkit.policy.AwsScope;
import dev.ecrkit.validation.EcrRules;
import dev.ecrkit.validation.Problems;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The repository a component works for and the tags of its resources: the inputs {@code repositoryName},
 * {@code repositoryArn} and {@code tags} that {@link LoggingArgs}, {@link MonitoringArgs}, {@link GovernanceArgs} and
 * {@link KmsKeyArgs} share. Each value is given plain (checked by the args' {@code build()}) or as an {@link Output}
 * (checked when it resolves); the plain value is kept for the checks. Each builder holds one and delegates its public
 * {@code repositoryName}, {@code repositoryArn} and {@code tags} methods to it; {@link #built} gives the args their
 * own copy. Package-private: the public API is the builders' methods.
 */
final class RepositoryTarget {
    /** Input name of the repository name. */
    static final String NAME = "repositoryName";
    /** Input name of the repository ARN. */
    static final String ARN = "repositoryArn";

    private Output<String> name;
    private String plainName;
    private Output<String> arn;
    private String plainArn;
    private Output<Map<String, String>> tags = Output.of(Map.of());

    /** The repository name, plain. */
    void name(String value) {
        this.plainName = Objects.requireNonNull(value, NAME);
        this.name = Output.of(value);
    }

    /** The repository name from another resource. */
    void name(Output<String> value) {
        this.plainName = null;
        this.name = Objects.requireNonNull(value, NAME);
    }

    /** The repository ARN, plain. */
    void arn(String value) {
        this.plainArn = Objects.requireNonNull(value, ARN);
        this.arn = Output.of(value);
    }

    /** The repository ARN from another resource. */
    void arn(Output<String> value) {
        this.plainArn = null;
        this.arn = Objects.requireNonNull(value, ARN);
    }

    /** Tags, copied. */
    void tags(Map<String, String> value) {
        this.tags = Output.of(Map.copyOf(value));
    }

    /** Tags from another resource. */
    void tags(Output<Map<String, String>> value) {
        this.tags = Objects.requireNonNull(value, "tags");
    }

    /** The name. */
    Output<String> name() {
        return name;
    }

    /** The ARN, when given. */
    Optional<Output<String>> arn() {
        return Optional.ofNullable(arn);
    }

    /** The tags. Default: none. */
    Output<Map<String, String>> tags() {
        return tags;
    }

    /** The name, when given as a plain value. */
    Optional<String> plainName() {
        return Optional.ofNullable(plainName);
    }

    /** The ARN, when given as a plain value. */
    Optional<String> plainArn() {
        return Optional.ofNullable(plainArn);
    }

    /**
     * Checks the plain values: the name against ECR's repository name rules, the ARN as an ECR repository ARN
     * ({@link AwsScopes#REPOSITORY_ARN_RULE}).
     */
    void check(Problems p) {
        plainName().ifPresent(n -> EcrRules.checkName(p, NAME, n));
        plainArn().filter(a -> AwsScope.ofRepositoryArn(a).isEmpty())
                .ifPresent(a -> p.add(ARN, AwsScopes.REPOSITORY_ARN_RULE, a));
    }

    /**
     * A copy for the built args of type {@code args}; {@link NullPointerException} naming the input when the name (or,
     * with {@code arnRequired}, the ARN) is missing.
     */
    RepositoryTarget built(String args, boolean arnRequired) {
        Objects.requireNonNull(name, args + "." + NAME + " is required");
        if (arnRequired) {
            Objects.requireNonNull(arn, args + "." + ARN + " is required");
        }
        var copy = new RepositoryTarget();
        copy.name = name;
        copy.plainName = plainName;
        copy.arn = arn;
        copy.plainArn = plainArn;
        copy.tags = tags;
        return copy;
    }
}
