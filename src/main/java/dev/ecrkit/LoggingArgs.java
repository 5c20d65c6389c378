package dev.ecrkit;

import com.pulumi.core.Output;
import com.pulumi.resources.ResourceArgs;
import dev.ecrkit.observability.LoggingSettings;
import dev.ecrkit.validation.Problems;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Inputs of {@link Logging}. Build with {@link #builder()}; {@link Builder#build()} checks every plain value at once;
 * values given as {@link Output} are checked with the same rules when they resolve.
 */
public final class LoggingArgs extends ResourceArgs {
    private RepositoryTarget target;
    private LoggingSettings settings;
    private Output<String> kmsKeyArn;

    private LoggingArgs() {
    }

    /** Name of the repository whose events are recorded. Required. */
    public Output<String> repositoryName() {
        return target.name();
    }

    /** ARN of the repository. Default: empty, built from the name and the provider's partition, Region and account. */
    public Optional<Output<String>> repositoryArn() {
        return target.arn();
    }

    /** Retention, key and resource policy settings. Default: {@link LoggingSettings#defaults()}. */
    public LoggingSettings settings() {
        return settings;
    }

    /** KMS key ARN of the log group. Default: {@link LoggingSettings#kmsKeyArn()} (none). */
    public Optional<Output<String>> kmsKeyArn() {
        return Optional.ofNullable(kmsKeyArn);
    }

    /**
     * Whether the component creates the CloudWatch Logs resource policy that lets its rule write the log group.
     * Default: true ({@link LoggingSettings#createResourcePolicy()}). Set false only when a shared policy
     * ({@link EventLogPolicy}) or one you manage already allows it: an account has at most 10 such policies per Region
     * (docs/logging.md).
     */
    public boolean createResourcePolicy() {
        return settings.createResourcePolicy();
    }

    /** Tags of every resource. Default: none. */
    public Output<Map<String, String>> tags() {
        return target.tags();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builder; {@link #build()} validates. */
    public static final class Builder extends RepositoryTargetBuilder<Builder> {
        private LoggingSettings settings = LoggingSettings.defaults();
        private Output<String> kmsKeyArn;

        private Builder() {
        }

        @Override
        Builder self() {
            return this;
        }





        /**
         * Retention, key and resource policy settings (replacing those set before). Default:
         * {@link LoggingSettings#defaults()}.
         */
        public Builder settings(LoggingSettings settings) {
            this.settings = Objects.requireNonNull(settings, "settings");
            return this;
        }

        /** Retention in days (0 never expires). Default: {@value LoggingSettings#DEFAULT_RETENTION_IN_DAYS}. */
        public Builder retentionInDays(int days) {
            this.settings = new LoggingSettings(days, settings.kmsKeyArn(), settings.createResourcePolicy());
            return this;
        }

        /** KMS key ARN of the log group. Default: none. */
        public Builder kmsKeyArn(String arn) {
            this.settings = new LoggingSettings(settings.retentionInDays(), Objects.requireNonNull(arn, "kmsKeyArn"),
                    settings.createResourcePolicy());
            this.kmsKeyArn = null;
            return this;
        }

        /** KMS key ARN from another resource (for example a KmsKey); validated when it resolves. */
        public Builder kmsKeyArn(Output<String> arn) {
            this.kmsKeyArn = Objects.requireNonNull(arn, "kmsKeyArn");
            return this;
        }

        /**
         * Whether to create the log group resource policy; false when an {@link EventLogPolicy} covers the repository.
         * Default: true.
         */
        public Builder createResourcePolicy(boolean create) {
            this.settings = new LoggingSettings(settings.retentionInDays(), settings.kmsKeyArn(), create);
            return this;
        }



        /** Validates every plain value and returns the args; throws listing every problem. */
        public LoggingArgs build() {
            var built = target.built("LoggingArgs", false);
            var p = new Problems();
            target.check(p);
            settings.validate(p);
            p.throwIfAny();
            var a = new LoggingArgs();
            a.target = built;
            a.settings = settings;
            a.kmsKeyArn = kmsKeyArn;
            return a;
        }
    }
}
