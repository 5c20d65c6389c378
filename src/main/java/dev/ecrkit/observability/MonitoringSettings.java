package dev.ecrkit.observability;

import dev.ecrkit.validation.Problems;
import java.util.List;
import java.util.Objects;

/**
 * Settings of the Monitoring component: the Terraform module's five thresholds, its SNS topic choice and e-mail
 * subscribers. The presence of a {@code MonitoringSettings} in {@code RepositoryArgs} turns monitoring on (the
 * module's {@code enable_monitoring}). Build with {@link #builder()}; checked by {@link #validate}. What each
 * threshold watches: docs/monitoring.md.
 *
 * @param storageThresholdGb        alarm when the repository's images sum to more than this many GiB
 *                                  (1 GB = 1024^3 bytes, as in the module). Default: {@value #DEFAULT_STORAGE_GB}
 * @param apiCallsThreshold         alarm when the account's ECR API calls in the Region exceed this per minute.
 *                                  Default: {@value #DEFAULT_API_CALLS}
 * @param securityFindingsThreshold notify when a scan finds more than this many CRITICAL or more than this many HIGH
 *                                  vulnerabilities. Default: {@value #DEFAULT_SECURITY_FINDINGS}
 * @param imagePushThreshold        alarm when more than this many images are pushed in 5 minutes. Default:
 *                                  {@value #DEFAULT_IMAGE_PUSH}
 * @param imagePullThreshold        alarm when images are pulled more than this many times in 5 minutes. Default:
 *                                  {@value #DEFAULT_IMAGE_PULL}
 * @param topic                     where to notify. Default: {@link AlarmTopic#none()}
 * @param subscribers               e-mail addresses subscribed to the topic. Default: none
 */
public record MonitoringSettings(double storageThresholdGb, double apiCallsThreshold, double securityFindingsThreshold,
        double imagePushThreshold, double imagePullThreshold, AlarmTopic topic, List<String> subscribers) {
    /** Module default of {@code monitoring_threshold_storage} (GB). */
    public static final double DEFAULT_STORAGE_GB = 10;
    /** Module default of {@code monitoring_threshold_api_calls}. */
    public static final double DEFAULT_API_CALLS = 1000;
    /** Module default of {@code monitoring_threshold_security_findings}. */
    public static final double DEFAULT_SECURITY_FINDINGS = 10;
    /** Module default of {@code monitoring_threshold_image_push}. */
    public static final double DEFAULT_IMAGE_PUSH = 10;
    /** Module default of {@code monitoring_threshold_image_pull}. */
    public static final double DEFAULT_IMAGE_PULL = 100;
    /** Bytes in one GB of the storage threshold: 1024^3, as the module converts it. */
    public static final double BYTES_PER_GB = 1024.0 * 1024 * 1024;

    public MonitoringSettings {
        Objects.requireNonNull(topic, "topic");
        subscribers = List.copyOf(subscribers);
    }

    /** All defaults. */
    public static MonitoringSettings defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The storage threshold in bytes. */
    public double storageThresholdBytes() {
        return storageThresholdGb * BYTES_PER_GB;
    }

    /** Whether a topic is in use (created or existing). */
    public boolean hasTopic() {
        return !(topic instanceof AlarmTopic.None);
    }

    /**
     * Adds every problem, relative to {@code p}: the module's rules ({@code > 0}; security findings {@code >= 0}),
     * finite numbers, topic name, e-mail addresses, and subscribers without a topic.
     */
    public void validate(Problems p) {
        positive(p, "storageThresholdGb", storageThresholdGb);
        if (Double.isFinite(storageThresholdGb) && storageThresholdGb > MAX_STORAGE_GB) {
            p.add("storageThresholdGb", "must be at most " + MAX_STORAGE_GB + " (the alarm threshold in bytes,"
                    + " GB x 1024^3, must be a finite number)", storageThresholdGb);
        }
        positive(p, "apiCallsThreshold", apiCallsThreshold);
        if (!Double.isFinite(securityFindingsThreshold) || securityFindingsThreshold < 0) {
            p.add("securityFindingsThreshold", "must be a number of at least 0", securityFindingsThreshold);
        }
        positive(p, "imagePushThreshold", imagePushThreshold);
        positive(p, "imagePullThreshold", imagePullThreshold);
        topic.validate(p, "topic");
        EmailAddresses.check(p, "subscribers", subscribers);
        if (!subscribers.isEmpty() && !hasTopic()) {
            p.add("subscribers", "need a topic: create one or name an existing one", subscribers);
        }
    }

    /**
     * Largest storage threshold in GB whose value in bytes (the CloudWatch alarm's {@code Threshold}, a double) is a
     * finite number: {@code Double.MAX_VALUE / BYTES_PER_GB}.
     */
    public static final double MAX_STORAGE_GB = Double.MAX_VALUE / BYTES_PER_GB;

    private static void positive(Problems p, String field, double value) {
        if (!Double.isFinite(value) || value <= 0) {
            p.add(field, "must be a number greater than 0", value);
        }
    }

    /** Builder; every value defaults to the module's. */
    public static final class Builder {
        private double storageThresholdGb = DEFAULT_STORAGE_GB;
        private double apiCallsThreshold = DEFAULT_API_CALLS;
        private double securityFindingsThreshold = DEFAULT_SECURITY_FINDINGS;
        private double imagePushThreshold = DEFAULT_IMAGE_PUSH;
        private double imagePullThreshold = DEFAULT_IMAGE_PULL;
        private AlarmTopic topic = AlarmTopic.none();
        private List<String> subscribers = List.of();

        private Builder() {
        }

        /** Storage alarm threshold in GB (1024^3 bytes). Default: {@value MonitoringSettings#DEFAULT_STORAGE_GB}. */
        public Builder storageThresholdGb(double value) {
            this.storageThresholdGb = value;
            return this;
        }

        /** API calls per minute (account and Region). Default: {@value MonitoringSettings#DEFAULT_API_CALLS}. */
        public Builder apiCallsThreshold(double value) {
            this.apiCallsThreshold = value;
            return this;
        }

        /** CRITICAL or HIGH findings per scan. Default: {@value MonitoringSettings#DEFAULT_SECURITY_FINDINGS}. */
        public Builder securityFindingsThreshold(double value) {
            this.securityFindingsThreshold = value;
            return this;
        }

        /** Pushes per 5 minutes. Default: {@value MonitoringSettings#DEFAULT_IMAGE_PUSH}. */
        public Builder imagePushThreshold(double value) {
            this.imagePushThreshold = value;
            return this;
        }

        /** Pulls per 5 minutes. Default: {@value MonitoringSettings#DEFAULT_IMAGE_PULL}. */
        public Builder imagePullThreshold(double value) {
            this.imagePullThreshold = value;
            return this;
        }

        /** The topic. Default: {@link AlarmTopic#none()}. */
        public Builder topic(AlarmTopic value) {
            this.topic = Objects.requireNonNull(value, "topic");
            return this;
        }

        /** E-mail subscribers (each must confirm by e-mail). Default: none. */
        public Builder subscribers(List<String> value) {
            this.subscribers = List.copyOf(value);
            return this;
        }

        /** The settings (checked by {@link MonitoringSettings#validate}, which the Args' build() calls). */
        public MonitoringSettings build() {
            return new MonitoringSettings(storageThresholdGb, apiCallsThreshold, securityFindingsThreshold,
                    imagePushThreshold, imagePullThreshold, topic, subscribers);
        }
    }
}
