package dev.ecrkit;

import com.pulumi.core.Output;
import com.pulumi.resources.ResourceArgs;
import dev.ecrkit.aws.AwsScopes;
import dev.ecrkit.observability.MonitoringSettings;
import dev.ecrkit.policy.AwsScope;
import dev.ecrkit.validation.EcrRules;
import dev.ecrkit.validation.Problems;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Inputs of {@link Monitoring}. Build with {@link #builder()}; {@link Builder#build()} checks every plain value at
 * once; values given as {@link Output} are checked with the same rules when they resolve.
 */
public final class MonitoringArgs extends ResourceArgs {
    private Output<String> repositoryName;
    private Output<String> repositoryArn;
    private MonitoringSettings settings;
    private Output<Map<String, String>> tags;

    private MonitoringArgs() {
    }

    /** Name of the monitored repository. Required. */
    public Output<String> repositoryName() {
        return repositoryName;
    }

    /** ARN of the repository. Default: empty, built from the name and the provider's partition, Region and account. */
    public Optional<Output<String>> repositoryArn() {
        return Optional.ofNullable(repositoryArn);
    }

    /** Thresholds, topic and subscribers. Default: {@link MonitoringSettings#defaults()} (the module's). */
    public MonitoringSettings settings() {
        return settings;
    }

    /** Tags of every resource. Default: none. */
    public Output<Map<String, String>> tags() {
        return tags;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builder; {@link #build()} validates. */
    public static final class Builder {
        private Output<String> repositoryName;
        private String plainRepositoryName;
        private Output<String> repositoryArn;
        private String plainRepositoryArn;
        private MonitoringSettings settings = MonitoringSettings.defaults();
        private Output<Map<String, String>> tags = Output.of(Map.of());

        private Builder() {
        }

        /** Repository name. Required. */
        public Builder repositoryName(String name) {
            this.plainRepositoryName = Objects.requireNonNull(name, "repositoryName");
            this.repositoryName = Output.of(name);
            return this;
        }

        /** Repository name from another resource; validated when it resolves. */
        public Builder repositoryName(Output<String> name) {
            this.plainRepositoryName = null;
            this.repositoryName = Objects.requireNonNull(name, "repositoryName");
            return this;
        }

        /** Repository ARN. Default: derived. */
        public Builder repositoryArn(String arn) {
            this.plainRepositoryArn = Objects.requireNonNull(arn, "repositoryArn");
            this.repositoryArn = Output.of(arn);
            return this;
        }

        /** Repository ARN from another resource; validated when it resolves. */
        public Builder repositoryArn(Output<String> arn) {
            this.plainRepositoryArn = null;
            this.repositoryArn = Objects.requireNonNull(arn, "repositoryArn");
            return this;
        }

        /** Thresholds, topic and subscribers. Default: the module's defaults. */
        public Builder settings(MonitoringSettings settings) {
            this.settings = Objects.requireNonNull(settings, "settings");
            return this;
        }

        /** Tags. Default: none. */
        public Builder tags(Map<String, String> tags) {
            return tags(Output.of(Map.copyOf(tags)));
        }

        /** Tags from another resource (a Repository's {@code appliedTags}). */
        public Builder tags(Output<Map<String, String>> tags) {
            this.tags = Objects.requireNonNull(tags, "tags");
            return this;
        }

        /** Validates every plain value and returns the args; throws listing every problem. */
        public MonitoringArgs build() {
            Objects.requireNonNull(repositoryName, "MonitoringArgs.repositoryName is required");
            var p = new Problems();
            if (plainRepositoryName != null) {
                EcrRules.checkName(p, "repositoryName", plainRepositoryName);
            }
            if (plainRepositoryArn != null && AwsScope.ofRepositoryArn(plainRepositoryArn).isEmpty()) {
                p.add("repositoryArn", AwsScopes.REPOSITORY_ARN_RULE, plainRepositoryArn);
            }
            settings.validate(p);
            p.throwIfAny();
            var a = new MonitoringArgs();
            a.repositoryName = repositoryName;
            a.repositoryArn = repositoryArn;
            a.settings = settings;
            a.tags = tags;
            return a;
        }
    }
}
