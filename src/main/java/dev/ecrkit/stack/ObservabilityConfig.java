package dev.ecrkit.stack;

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
 * (the Java builder names, declared once by the plugin's input classes and passed in as {@code declared}). One
 * reader per settings object
 * serves both; only the names differ. Validation stays in the settings and args builders. Pure.
 */
public final class ObservabilityConfig {
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
     * A standalone Logging's args from its inputs ({@code declared} -> plain value). Throws
     * {@link InvalidInputException} with every problem at once, each named by its input, before anything is
     * registered.
     */
    public static LoggingArgs loggingArgs(Map<String, Object> inputs, List<ConfigKey> declared) {
        var p = new Problems();
        var v = ConfigNode.keys(inputs, declared, p);
        var settings = logging(v, "retentionInDays");
        v.string("kmsKeyArn").ifPresent(settings::kmsKeyArn);
        var b = LoggingArgs.builder().settings(settings.build()).tags(v.stringMap("tags"));
        v.string("repositoryArn").ifPresent(b::repositoryArn);
        v.bool("createResourcePolicy").ifPresent(b::createResourcePolicy);
        return build(v, p, () -> b.repositoryName(v.string("repositoryName").orElseThrow()).build(),
                () -> settings.build().validate(p));
    }

    /** A standalone Monitoring's args from its inputs ({@code declared}); see {@link #loggingArgs}. */
    public static MonitoringArgs monitoringArgs(Map<String, Object> inputs, List<ConfigKey> declared) {
        var p = new Problems();
        var v = ConfigNode.keys(inputs, declared, p);
        var settings = monitoring(v, STANDALONE_MONITORING);
        var b = MonitoringArgs.builder().settings(settings).tags(v.stringMap("tags"));
        v.string("repositoryArn").ifPresent(b::repositoryArn);
        return build(v, p, () -> b.repositoryName(v.string("repositoryName").orElseThrow()).build(),
                () -> settings.validate(p));
    }

    /**
     * A standalone Governance's args from its inputs ({@code declared}; {@code rules} read like a
     * repository's {@code pullRequestRules}); see {@link #loggingArgs}.
     */
    public static GovernanceArgs governanceArgs(Map<String, Object> inputs, List<ConfigKey> declared) {
        var p = new Problems();
        var v = ConfigNode.keys(inputs, declared, p);
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
     * A standalone EventLogPolicy's args from its inputs ({@code declared} -> plain value). Throws
     * {@link InvalidInputException} with every problem at once, each named by its input, before anything is
     * registered.
     */
    public static EventLogPolicyArgs eventLogPolicyArgs(Map<String, Object> inputs, List<ConfigKey> declared) {
        var p = new Problems();
        var v = ConfigNode.keys(inputs, declared, p);
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
