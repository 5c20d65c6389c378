package dev.ecrkit.stack;

import static dev.ecrkit.stack.ConfigKey.Type.BOOL;
import static dev.ecrkit.stack.ConfigKey.Type.NUMBER;
import static dev.ecrkit.stack.ConfigKey.Type.OBJECT_LIST;
import static dev.ecrkit.stack.ConfigKey.Type.STRING;
import static dev.ecrkit.stack.ConfigKey.Type.STRING_LIST;
import static dev.ecrkit.stack.ConfigKey.Type.STRING_MAP;

import dev.ecrkit.EventLogPolicyArgs;
import dev.ecrkit.GovernanceArgs;
import dev.ecrkit.LoggingArgs;
import dev.ecrkit.MonitoringArgs;
import dev.ecrkit.governance.PullRequestRules;
import dev.ecrkit.observability.AlarmTopic;
import dev.ecrkit.observability.LoggingSettings;
import dev.ecrkit.observability.MonitoringSettings;
import dev.ecrkit.validation.EcrRules;
import dev.ecrkit.validation.InvalidInputException;
import dev.ecrkit.validation.Problems;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the logging, monitoring and pull request rule settings: those of a repository entry ({@code logRetentionDays},
 * {@code monitoringThreshold*}, {@code createSnsTopic}, ...) for the stack program, and the inputs of the standalone
 * {@code Logging}, {@code Monitoring}, {@code Governance} and {@code EventLogPolicy} components for other languages
 * ({@link #LOGGING_INPUTS}, {@link #MONITORING_INPUTS}, {@link #GOVERNANCE_INPUTS}, {@link #EVENT_LOG_POLICY_INPUTS}:
 * the Java builder names). One reader per settings object
 * serves both; only the names differ. Validation stays in the settings and args builders. Pure.
 */
public final class ObservabilityConfig {
    /** Inputs of a standalone Logging ({@link #loggingArgs}): the builder names of {@link LoggingArgs}. */
    public static final List<ConfigKey> LOGGING_INPUTS = List.of(
            ConfigKey.key("repositoryName", STRING, ConfigKey.NO_DEFAULT,
                    "Required. The repository whose ECR and Inspector events are recorded"),
            ConfigKey.key("repositoryArn", STRING, ConfigKey.NO_DEFAULT,
                    "The repository's ARN; default: from the name and the provider's partition, Region and account"),
            ConfigKey.key("retentionInDays", NUMBER, LoggingSettings.DEFAULT_RETENTION_IN_DAYS,
                    "Log retention: 0 (never expire) or any value CloudWatch Logs accepts"),
            ConfigKey.key("kmsKeyArn", STRING, ConfigKey.NO_DEFAULT, "KMS key ARN of the log group"),
            ConfigKey.key("createResourcePolicy", BOOL, true,
                    "Create the CloudWatch Logs resource policy that lets the rule write (at most 10 per Region)"),
            ConfigKey.key("tags", STRING_MAP, Map.of(), "Tags of every resource"));
    /** Inputs of a standalone Monitoring ({@link #monitoringArgs}): the builder names of {@link MonitoringSettings}. */
    public static final List<ConfigKey> MONITORING_INPUTS = List.of(
            ConfigKey.key("repositoryName", STRING, ConfigKey.NO_DEFAULT, "Required. The monitored repository"),
            ConfigKey.key("repositoryArn", STRING, ConfigKey.NO_DEFAULT,
                    "The repository's ARN; default: from the name and the provider's partition, Region and account"),
            ConfigKey.key("storageThresholdGb", NUMBER, MonitoringSettings.DEFAULT_STORAGE_GB,
                    "Alarm when the repository's images sum to more than this many GB (> 0)"),
            ConfigKey.key("apiCallsThreshold", NUMBER, MonitoringSettings.DEFAULT_API_CALLS,
                    "Alarm when ECR API calls per minute exceed this (> 0)"),
            ConfigKey.key("securityFindingsThreshold", NUMBER, MonitoringSettings.DEFAULT_SECURITY_FINDINGS,
                    "Notify when a scan finds more than this many CRITICAL or HIGH vulnerabilities (>= 0)"),
            ConfigKey.key("imagePushThreshold", NUMBER, MonitoringSettings.DEFAULT_IMAGE_PUSH,
                    "Alarm when more than this many pushes in 5 minutes (> 0)"),
            ConfigKey.key("imagePullThreshold", NUMBER, MonitoringSettings.DEFAULT_IMAGE_PULL,
                    "Alarm when more than this many pulls in 5 minutes (> 0)"),
            ConfigKey.key("createTopic", BOOL, false,
                    "Create the alarm topic (`topicName`, else `<repositoryName>-ecr-monitoring`)"),
            ConfigKey.key("topicName", STRING, ConfigKey.NO_DEFAULT,
                    "Topic to create (with `createTopic`), else an existing topic's name or ARN"),
            ConfigKey.key("subscribers", STRING_LIST, ConfigKey.NONE, "E-mail addresses subscribed to the topic"),
            ConfigKey.key("tags", STRING_MAP, Map.of(), "Tags of every resource"));
    /** Inputs of a standalone Governance ({@link #governanceArgs}): the builder names of {@link GovernanceArgs}. */
    public static final List<ConfigKey> GOVERNANCE_INPUTS = List.of(
            ConfigKey.key("repositoryName", STRING, ConfigKey.NO_DEFAULT, "Required. The governed repository"),
            ConfigKey.key("repositoryArn", STRING, ConfigKey.NO_DEFAULT, "Required. The governed repository's ARN"),
            ConfigKey.object("rules", OBJECT_LIST, ConfigKeys.find("pullRequestRules").orElseThrow().fields(),
                    ConfigKey.NONE, "Required, at least one: the shape of a repository's `pullRequestRules`"),
            ConfigKey.key("repositoryPolicy", STRING, GovernanceArgs.DEFAULT_REPOSITORY_POLICY_MODE.name(),
                    "REGISTER (the component registers the repository policy) or STATEMENTS_ONLY"),
            ConfigKey.key("basePolicy", STRING, ConfigKey.NO_DEFAULT,
                    "Policy JSON the rules' statements are appended to (REGISTER only)"),
            ConfigKey.key("tags", STRING_MAP, Map.of(), "Tags of every taggable resource"));

    /** Inputs of a standalone EventLogPolicy ({@link #eventLogPolicyArgs}): the builder names of {@link EventLogPolicyArgs}. */
    public static final List<ConfigKey> EVENT_LOG_POLICY_INPUTS = List.of(
            ConfigKey.key("policyName", STRING, ConfigKey.NO_DEFAULT,
                    "Required. Name of the CloudWatch Logs resource policy, unique per account and Region"),
            ConfigKey.key("repositoryNames", STRING_LIST, ConfigKey.NONE,
                    "Repositories whose Logging relies on this policy (only shortened rule names change it)"));

    /** A standalone Monitoring's inputs. */
    private static final MonitoringNames STANDALONE_MONITORING = new MonitoringNames("storageThresholdGb",
            "apiCallsThreshold", "securityFindingsThreshold", "imagePushThreshold", "imagePullThreshold",
            "createTopic", "topicName", "subscribers");

    private ObservabilityConfig() {
    }

    /** Where the monitoring settings are read from: one key per setting. */
    record MonitoringNames(String storage, String apiCalls, String securityFindings, String imagePush,
            String imagePull, String createTopic, String topicName, String subscribers) {
    }

    /** The logging settings' retention, read from {@code retentionKey}. */
    static LoggingSettings.Builder logging(ConfigNode v, String retentionKey) {
        var s = LoggingSettings.builder();
        v.integer(retentionKey).ifPresent(s::retentionInDays);
        return s;
    }

    /**
     * The monitoring settings: thresholds, the topic ({@code createTopic} with {@code topicName} creates that topic,
     * {@code topicName} alone names an existing topic, name or ARN) and subscribers.
     */
    static MonitoringSettings monitoring(ConfigNode v, MonitoringNames n) {
        var s = MonitoringSettings.builder();
        v.number(n.storage()).ifPresent(s::storageThresholdGb);
        v.number(n.apiCalls()).ifPresent(s::apiCallsThreshold);
        v.number(n.securityFindings()).ifPresent(s::securityFindingsThreshold);
        v.number(n.imagePush()).ifPresent(s::imagePushThreshold);
        v.number(n.imagePull()).ifPresent(s::imagePullThreshold);
        boolean create = v.bool(n.createTopic()).orElse(false);
        s.topic(topic(create, v.string(n.topicName()).orElse(null), n.topicName(), v.problems));
        s.subscribers(v.strings(n.subscribers()));
        return s.build();
    }

    /**
     * The alarm topic: with {@code create}, the topic {@code name} (default name when null); else the existing topic
     * {@code name} (name or ARN), or none. An empty name (at {@code key}) is a problem.
     */
    static AlarmTopic topic(boolean create, String name, String key, Problems p) {
        var given = Optional.ofNullable(name);
        given.filter(String::isEmpty).ifPresent(x -> p.add(key, "must not be empty; leave it out for the default name",
                x));
        return create ? given.filter(x -> !x.isEmpty()).map(AlarmTopic::create).orElse(AlarmTopic.create())
                : given.filter(x -> !x.isEmpty()).map(AlarmTopic::existing).orElse(AlarmTopic.none());
    }

    /**
     * A standalone Logging's args from its inputs ({@link #LOGGING_INPUTS} -> plain value). Throws
     * {@link InvalidInputException} with every problem at once, each named by its input, before anything is
     * registered.
     */
    public static LoggingArgs loggingArgs(Map<String, Object> inputs) {
        var p = new Problems();
        var v = ConfigNode.keys(inputs, LOGGING_INPUTS, p);
        var settings = logging(v, "retentionInDays");
        v.string("kmsKeyArn").ifPresent(settings::kmsKeyArn);
        var b = LoggingArgs.builder().settings(settings.build()).tags(v.stringMap("tags"));
        v.string("repositoryArn").ifPresent(b::repositoryArn);
        v.bool("createResourcePolicy").ifPresent(b::createResourcePolicy);
        return build(v, p, () -> b.repositoryName(v.string("repositoryName").orElseThrow()).build(),
                () -> settings.build().validate(p));
    }

    /** A standalone Monitoring's args from its inputs ({@link #MONITORING_INPUTS}); see {@link #loggingArgs}. */
    public static MonitoringArgs monitoringArgs(Map<String, Object> inputs) {
        var p = new Problems();
        var v = ConfigNode.keys(inputs, MONITORING_INPUTS, p);
        var settings = monitoring(v, STANDALONE_MONITORING);
        var b = MonitoringArgs.builder().settings(settings).tags(v.stringMap("tags"));
        v.string("repositoryArn").ifPresent(b::repositoryArn);
        return build(v, p, () -> b.repositoryName(v.string("repositoryName").orElseThrow()).build(),
                () -> settings.validate(p));
    }

    /**
     * A standalone Governance's args from its inputs ({@link #GOVERNANCE_INPUTS}; {@code rules} read like a
     * repository's {@code pullRequestRules}); see {@link #loggingArgs}.
     */
    public static GovernanceArgs governanceArgs(Map<String, Object> inputs) {
        var p = new Problems();
        var v = ConfigNode.keys(inputs, GOVERNANCE_INPUTS, p);
        var read = GovernanceConfig.rules(v.fieldsOfEach("rules"), p.at("rules"));
        var b = GovernanceArgs.builder().rules(read.rules()).tags(v.stringMap("tags"));
        v.string("repositoryPolicy").flatMap(s -> v.enumValue("repositoryPolicy", s, policyMode(s), policyModes()))
                .ifPresent(b::repositoryPolicy);
        v.string("basePolicy").ifPresent(b::basePolicy);
        var arn = v.string("repositoryArn");
        if (!v.has("repositoryArn")) {
            p.addNoValue("repositoryArn", "is required: the governed repository's ARN");
        }
        if (!read.allBuilt() || arn.isEmpty()) { // rule indices would be off, or nothing to build with
            return build(v, p, () -> null, () -> { });
        }
        // a rule with a problem of its own was built with the default in place of the wrong value: the builder
        // checks the rest of it and every other input
        return build(v, p, () -> b.repositoryName(v.string("repositoryName").orElseThrow())
                .repositoryArn(arn.get()).build(), () -> PullRequestRules.validate(read.rules(), p.at("rules")));
    }

    /**
     * A standalone EventLogPolicy's args from its inputs ({@link #EVENT_LOG_POLICY_INPUTS} -> plain value). Throws
     * {@link InvalidInputException} with every problem at once, each named by its input, before anything is
     * registered.
     */
    public static EventLogPolicyArgs eventLogPolicyArgs(Map<String, Object> inputs) {
        var p = new Problems();
        var v = ConfigNode.keys(inputs, EVENT_LOG_POLICY_INPUTS, p);
        var repositories = v.strings("repositoryNames");
        var b = EventLogPolicyArgs.builder().repositoryNames(repositories);
        var name = v.string("policyName");
        if (!v.has("policyName")) {
            p.addNoValue("policyName", "is required: the name of the resource policy");
        }
        EventLogPolicyArgs args = null;
        if (name.isEmpty()) { // what the builder would have checked of the rest
            for (int i = 0; i < repositories.size(); i++) {
                EcrRules.checkName(p, "repositoryNames[" + i + "]", repositories.get(i));
            }
        } else {
            try {
                args = b.policyName(name.get()).build();
            } catch (InvalidInputException e) {
                p.addAll(e.problems());
            }
        }
        p.throwIfAny();
        return args;
    }

    /**
     * Builds with {@code build} when {@code repositoryName} is set (the builder's own checks add their problems to
     * those found reading); else reports what the builder would have checked of the settings ({@code check}) and the
     * missing name. Throws with every problem.
     */
    private static <T> T build(ConfigNode v, Problems p, java.util.function.Supplier<T> build,
            Runnable check) {
        var name = v.string("repositoryName");
        if (!v.has("repositoryName")) {
            p.addNoValue("repositoryName", "is required: the repository this component is for");
        }
        T args = null;
        if (name.isEmpty()) {
            check.run();
        } else {
            try {
                args = build.get();
            } catch (InvalidInputException e) {
                p.addAll(e.problems());
            }
        }
        p.throwIfAny();
        return args;
    }

    private static Optional<GovernanceArgs.RepositoryPolicyMode> policyMode(String s) {
        return Arrays.stream(GovernanceArgs.RepositoryPolicyMode.values()).filter(m -> m.name().equals(s)).findFirst();
    }

    private static List<String> policyModes() {
        return Arrays.stream(GovernanceArgs.RepositoryPolicyMode.values()).map(Enum::name).toList();
    }
}
