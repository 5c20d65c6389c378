package dev.ecrkit.observability;

import dev.ecrkit.naming.DerivedName;
import dev.ecrkit.naming.NameKind;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The names the Logging and Monitoring components give their AWS resources, derived from the repository name. Names
 * the Terraform module also creates keep its form ({@code /aws/ecr/<name>}, {@code <name>-ecr-monitoring},
 * {@code <name>-ecr-image-pull}, ...) when the service accepts them; otherwise {@link DerivedName} sanitizes them.
 * Pure.
 */
public final class ObservabilityNames {
    /**
     * What every event log group name starts with. A repository name (at most 256 of {@code [a-z0-9._/-]}) after it
     * is always a valid log group name, so {@link #logGroup} never sanitizes: every event log group is
     * {@code /aws/ecr/<repository>}.
     */
    public static final String LOG_GROUP_PREFIX = "/aws/ecr/";
    /** What the wanted name of a recording rule ends with: {@code <repository>-ecr-events}. */
    public static final String EVENTS_RULE_SUFFIX = "-ecr-events";
    /** What the wanted name of a stack's shared event log policy ends with ({@link #eventLogPolicy}). */
    public static final String EVENT_LOG_POLICY_SUFFIX = "-ecr-event-logs";

    private ObservabilityNames() {
    }

    /** Log group of the repository's events: {@code /aws/ecr/<repository>} (the module's name). */
    public static String logGroup(String repository) {
        return DerivedName.of(NameKind.LOG_GROUP, LOG_GROUP_PREFIX + repository);
    }

    /** EventBridge rule that records the repository's events. */
    public static String eventsRule(String repository) {
        return DerivedName.of(NameKind.EVENT_RULE, repository + EVENTS_RULE_SUFFIX);
    }

    /**
     * The rule name patterns ({@code ArnLike} wildcards {@code *} and {@code ?}) that the recording rules of
     * {@link #eventsRule} match unless their name was shortened: {@code *-ecr-events} (the wanted name, kept when
     * EventBridge accepts it) and {@code *-ecr-events-????????} (a sanitized name, {@code /} replaced, with
     * {@link DerivedName}'s hash). A name is shortened when the sanitized wanted name is longer than
     * {@link NameKind#EVENT_RULE}'s 64 characters minus the hash, which happens to repository names of more than 44
     * characters with a {@code /} or more than 53 without: then nothing of the suffix is sure to be left, and
     * {@link #eventsRuleMatchesPatterns} is false.
     */
    public static List<String> eventsRulePatterns() {
        return List.of("*" + EVENTS_RULE_SUFFIX,
                "*" + EVENTS_RULE_SUFFIX + DerivedName.REPLACEMENT + "?".repeat(DerivedName.HASH_LENGTH));
    }

    /** Whether the recording rule of {@code repository} matches one of {@link #eventsRulePatterns()}. */
    public static boolean eventsRuleMatchesPatterns(String repository) {
        String rule = eventsRule(repository);
        return eventsRulePatterns().stream().anyMatch(p -> wildcard(p).matcher(rule).matches());
    }

    /** The log group pattern of a shared event log policy: {@code /aws/ecr/*}, every name {@link #logGroup} gives. */
    public static String eventLogGroups() {
        return LOG_GROUP_PREFIX + "*";
    }

    /**
     * The rule names a shared event log policy lets write: {@link #eventsRulePatterns()}, then the rule of each of
     * {@code repositoryNames} that matches no pattern (a shortened name), sorted by repository, without duplicates.
     * Only those few names make the list depend on the repositories; their order and number never do.
     */
    public static List<String> eventRuleSources(Collection<String> repositoryNames) {
        var sources = new ArrayList<>(eventsRulePatterns());
        new TreeSet<>(repositoryNames).stream().filter(r -> !eventsRuleMatchesPatterns(r))
                .map(ObservabilityNames::eventsRule).distinct().forEach(sources::add);
        return List.copyOf(sources);
    }

    /** An {@code ArnLike}/{@code StringLike} pattern as a regular expression: {@code *} any run, {@code ?} one character. */
    public static Pattern wildcard(String pattern) {
        var regex = new StringBuilder();
        for (String part : pattern.split("(?<=[*?])|(?=[*?])")) {
            regex.append(switch (part) {
                case "*" -> ".*";
                case "?" -> ".";
                default -> Pattern.quote(part);
            });
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }

    /**
     * Name of a stack's one shared event log policy: {@code <project>-<stack>-ecr-event-logs}, sanitized and
     * shortened by {@link DerivedName} under {@link NameKind#LOG_RESOURCE_POLICY}. Policy names are unique per account
     * and Region; the per-repository policies are named {@code <repository>-ecr-events} (or end in a hash of that),
     * so the two differ unless two hashes collide.
     */
    public static String eventLogPolicy(String project, String stack) {
        return DerivedName.of(NameKind.LOG_RESOURCE_POLICY, project + "-" + stack + EVENT_LOG_POLICY_SUFFIX);
    }

    /** CloudWatch Logs resource policy that lets that rule write the log group. */
    public static String logResourcePolicy(String repository) {
        return DerivedName.of(NameKind.LOG_RESOURCE_POLICY, repository + EVENTS_RULE_SUFFIX);
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
