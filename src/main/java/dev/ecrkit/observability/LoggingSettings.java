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
 */
public record LoggingSettings(int retentionInDays, String kmsKeyArn) {
    /** Default retention, the module's {@code log_retention_days} default. */
    public static final int DEFAULT_RETENTION_IN_DAYS = 30;
    /**
     * A KMS key ARN, the only form CloudWatch Logs takes for a log group key
     * (https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/encrypt-log-data-kms.html), in any partition.
     */
    public static final Pattern KMS_KEY_ARN = Pattern.compile("arn:aws[a-z-]*:kms:[a-z0-9-]+:[0-9]{12}:key/[A-Za-z0-9-]+");

    public LoggingSettings {
        Objects.requireNonNull(kmsKeyArn, "kmsKeyArn");
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

        /** The settings (checked by {@link LoggingSettings#validate}, which the Args' build() calls). */
        public LoggingSettings build() {
            return new LoggingSettings(retentionInDays, kmsKeyArn);
        }
    }
}
