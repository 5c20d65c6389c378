package dev.ecrkit.observability;

import dev.ecrkit.naming.DerivedName;
import dev.ecrkit.naming.NameKind;

/**
 * The names the Logging and Monitoring components give their AWS resources, derived from the repository name. Names
 * the Terraform module also creates keep its form ({@code /aws/ecr/<name>}, {@code <name>-ecr-monitoring},
 * {@code <name>-ecr-image-pull}, ...) when the service accepts them; otherwise {@link DerivedName} sanitizes them.
 * Pure.
 */
public final class ObservabilityNames {
    private ObservabilityNames() {
    }

    /** Log group of the repository's events: {@code /aws/ecr/<repository>} (the module's name). */
    public static String logGroup(String repository) {
        return DerivedName.of(NameKind.LOG_GROUP, "/aws/ecr/" + repository);
    }

    /** EventBridge rule that records the repository's events. */
    public static String eventsRule(String repository) {
        return DerivedName.of(NameKind.EVENT_RULE, repository + "-ecr-events");
    }

    /** CloudWatch Logs resource policy that lets that rule write the log group. */
    public static String logResourcePolicy(String repository) {
        return DerivedName.of(NameKind.LOG_RESOURCE_POLICY, repository + "-ecr-events");
    }

    /** Default alarm topic: {@code <repository>-ecr-monitoring} (the module's default). */
    public static String topic(String repository) {
        return DerivedName.of(NameKind.SNS_TOPIC, repository + "-ecr-monitoring");
    }

    /** Display name of a created topic: "ECR Monitoring Alerts for &lt;repository&gt;" (the module's), cut to 100. */
    public static String topicDisplayName(String repository) {
        String name = "ECR Monitoring Alerts for " + repository;
        return name.length() <= MAX_DISPLAY_NAME ? name : name.substring(0, MAX_DISPLAY_NAME);
    }

    /**
     * Longest SNS topic display name ecrkit writes: 100 characters, the limit the SNS console states for the display
     * name. The API reference (https://docs.aws.amazon.com/sns/latest/api/API_SetTopicAttributes.html, DisplayName)
     * states none; UNVERIFIED against the API, so ecrkit stays within the console's limit.
     */
    public static final int MAX_DISPLAY_NAME = 100;

    /** An alarm: {@code <repository>-ecr-<suffix>} (the module's alarm names). */
    public static String alarm(String repository, String suffix) {
        return DerivedName.of(NameKind.ALARM, repository + "-ecr-" + suffix);
    }

    /** The rule notifying basic-scan results above the threshold. */
    public static String basicScanRule(String repository) {
        return DerivedName.of(NameKind.EVENT_RULE, repository + "-ecr-basic-scan-findings");
    }

    /** The rule notifying enhanced-scan (Inspector) results above the threshold. */
    public static String enhancedScanRule(String repository) {
        return DerivedName.of(NameKind.EVENT_RULE, repository + "-ecr-enhanced-scan-findings");
    }

    /** The rule matching the repository's successful pushes (counted by the push alarm). */
    public static String pushRule(String repository) {
        return DerivedName.of(NameKind.EVENT_RULE, repository + "-ecr-image-pushes");
    }

    /** The storage-metric function. */
    public static String storageFunction(String repository) {
        return DerivedName.of(NameKind.LAMBDA_FUNCTION, repository + "-ecr-storage-metric");
    }

    /** Its schedule rule. */
    public static String storageScheduleRule(String repository) {
        return DerivedName.of(NameKind.EVENT_RULE, repository + "-ecr-storage-metric");
    }

    /** Its dead-letter queue. */
    public static String storageQueue(String repository) {
        return DerivedName.of(NameKind.SQS_QUEUE, repository + "-ecr-storage-metric-dlq");
    }

    /** Its role; IAM names are global to the account, so the Region is part of the name. */
    public static String storageRole(String repository, String region) {
        return DerivedName.of(NameKind.IAM_ROLE, repository + "-ecr-storage-metric-" + region);
    }
}
