package dev.ecrkit.observability;

import dev.ecrkit.validation.Problems;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Settings of the Logging component: the Terraform module's {@code log_retention_days}, plus an optional KMS key for
 * the log group. The presence of a {@code LoggingSettings} in {@code RepositoryArgs} turns logging on (the module's
 * {@code enable_logging}). Build with {@link #builder()}; checked by {@link #validate}.
 *
 * @param retentionInDays days CloudWatch Logs keeps the events, or 0 to never expire. Default:
 *                        {@value #DEFAULT_RETENTION_IN_DAYS} (the module's)
 * @param kmsKeyArn       ARN of a symmetric KMS key that encrypts the log group, or "" for CloudWatch Logs' own
 *                        encryption. Default: ""
 * @param createResourcePolicy whether the Logging component creates its own CloudWatch Logs resource policy (one of
 *                        the account's {@value dev.ecrkit.policy.ObservabilityPolicies#MAX_LOG_RESOURCE_POLICIES} per
 *                        Region). False when a shared policy ({@code EventLogPolicy}) lets the rule write instead, as
 *                        the stack program does. Default: {@value #DEFAULT_CREATE_RESOURCE_POLICY}
 */
public record LoggingSettings(int retentionInDays, String kmsKeyArn, boolean createResourcePolicy) {
    /** Default retention, the module's {@code log_retention_days} default. */
    public static final int DEFAULT_RETENTION_IN_DAYS = 30;
    /** Default of {@link #createResourcePolicy()}: each Logging creates its own policy. */
    public static final boolean DEFAULT_CREATE_RESOURCE_POLICY = true;
    /**
     * A KMS key ARN, the only form CloudWatch Logs takes for a log group key
     * (https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/encrypt-log-data-kms.html), in any partition.
     */
    public static final Pattern KMS_KEY_ARN = Pattern.compile("arn:aws[a-z-]*:kms:[a-z0-9-]+:[0-9]{12}:key/[A-Za-z0-9-]+");

    public LoggingSettings {
        Objects.requireNonNull(kmsKeyArn, "kmsKeyArn");
    }

    /** Settings that create their own resource policy ({@value #DEFAULT_CREATE_RESOURCE_POLICY}). */
    public LoggingSettings(int retentionInDays, String kmsKeyArn) {
        this(retentionInDays, kmsKeyArn, DEFAULT_CREATE_RESOURCE_POLICY);
    }

    /** All defaults. */
    public static LoggingSettings defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The log group key, when one is set. */
    public Optional<String> kmsKey() {
        return kmsKeyArn.isEmpty() ? Optional.empty() : Optional.of(kmsKeyArn);
    }

    /** Adds every problem, fields {@code retentionInDays} and {@code kmsKeyArn} relative to {@code p}. */
    public void validate(Problems p) {
        LogRetention.check(p, "retentionInDays", retentionInDays);
        checkKmsKeyArn(p, "kmsKeyArn", kmsKeyArn);
    }

    /** Checks a log group key ARN ("" is no key). */
    public static void checkKmsKeyArn(Problems p, String field, String arn) {
        if (!arn.isEmpty() && !KMS_KEY_ARN.matcher(arn).matches()) {
            p.add(field, "must be a KMS key ARN (arn:<partition>:kms:<region>:<account>:key/<id>)", arn);
        }
    }

    /** Builder. */
    public static final class Builder {
        private int retentionInDays = DEFAULT_RETENTION_IN_DAYS;
        private String kmsKeyArn = "";
        private boolean createResourcePolicy = DEFAULT_CREATE_RESOURCE_POLICY;

        private Builder() {
        }

        /** Retention in days; 0 never expires. Default: {@value LoggingSettings#DEFAULT_RETENTION_IN_DAYS}. */
        public Builder retentionInDays(int days) {
            this.retentionInDays = days;
            return this;
        }

        /** KMS key ARN for the log group. Default: none. */
        public Builder kmsKeyArn(String arn) {
            this.kmsKeyArn = Objects.requireNonNull(arn, "kmsKeyArn");
            return this;
        }

        /**
         * Whether the Logging creates its own CloudWatch Logs resource policy. Set false when one shared policy lets
         * every repository's rule write (an {@code EventLogPolicy}; docs/logging.md). Default:
         * {@value LoggingSettings#DEFAULT_CREATE_RESOURCE_POLICY}.
         */
        public Builder createResourcePolicy(boolean create) {
            this.createResourcePolicy = create;
            return this;
        }

        /** The settings (checked by {@link LoggingSettings#validate}, which the Args' build() calls). */
        public LoggingSettings build() {
            return new LoggingSettings(retentionInDays, kmsKeyArn, createResourcePolicy);
        }
    }
}
