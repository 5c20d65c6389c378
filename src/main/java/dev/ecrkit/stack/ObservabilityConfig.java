package dev.ecrkit.stack;

import dev.ecrkit.EventLogPolicyArgs;
import dev.ecrkit.GovernanceArgs;
import dev.ecrkit.LoggingArgs;
import dev.ecrkit.MonitoringArgs;
import dev.ecrkit.governance.PullRequestRules;
import dev.ecrkit.inputs.EventLogPolicyInputs;
import dev.ecrkit.inputs.GovernanceInputs;
import dev.ecrkit.inputs.LoggingInputs;
import dev.ecrkit.inputs.MonitoringInputs;
import dev.ecrkit.observability.AlarmTopic;
import dev.ecrkit.observability.LoggingSettings;
import dev.ecrkit.observability.MonitoringSettings;
import dev.ecrkit.validation.EcrRules;
import dev.ecrkit.validation.InvalidInputException;
import dev.ecrkit.validation.Problems;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Converts the inputs of the standalone {@code Logging}, {@code Monitoring}, {@code Governance} and
 * {@code EventLogPolicy} components for other languages ({@link LoggingInputs}, ...: the Java builder names) into
 * their Java args: every input that names one builder method is set from its declaration ({@link Declarations#set});
 * what is read here is what combines (the required inputs, the alarm topic, the pull request rules). Also the alarm
 * topic of a repository entry's {@code createSnsTopic} / {@code snsTopicName}. Validation stays in the settings and
 * args builders. Pure.
 */
public final class ObservabilityConfig {
    /** The rule of a standalone component's missing {@code repositoryName}. */
    private static final String REPOSITORY_REQUIRED = "is required: the repository this component is for";

    private ObservabilityConfig() {
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
     * A standalone Logging's args from its inputs. Throws {@link InvalidInputException} with every problem at once,
     * each named by its input, before anything is registered.
     */
    public static LoggingArgs loggingArgs(LoggingInputs inputs) {
        var p = new Problems();
        var b = LoggingArgs.builder();
        var settings = LoggingSettings.builder();
        var v = Declarations.set(inputs, p, b, settings);
        var s = settings.build();
        b.settings(s);
        return build(v, "repositoryName", REPOSITORY_REQUIRED, p, b::build, () -> s.validate(p));
    }

    /**
     * A standalone Monitoring's args from its inputs ({@code createTopic} with {@code topicName} creates that topic,
     * {@code topicName} alone names an existing topic, name or ARN); see {@link #loggingArgs}.
     */
    public static MonitoringArgs monitoringArgs(MonitoringInputs inputs) {
        var p = new Problems();
        var b = MonitoringArgs.builder();
        var settings = MonitoringSettings.builder();
        var v = Declarations.set(inputs, p, b, settings);
        settings.topic(topic(Boolean.TRUE.equals(v.get("createTopic")), (String) v.get("topicName"), "topicName", p));
        var s = settings.build();
        b.settings(s);
        return build(v, "repositoryName", REPOSITORY_REQUIRED, p, b::build, () -> s.validate(p));
    }

    /**
     * A standalone Governance's args from its inputs ({@code rules} read like a repository's
     * {@code pullRequestRules}); see {@link #loggingArgs}.
     */
    public static GovernanceArgs governanceArgs(GovernanceInputs inputs) {
        var p = new Problems();
        var values = Binder.values(inputs);
        var read = GovernanceConfig.rules((List<?>) values.getOrDefault("rules", List.of()), p.at("rules"));
        var b = GovernanceArgs.builder().rules(read.rules());
        var v = Declarations.set(inputs, p, b);
        if (!v.containsKey("repositoryArn")) {
            p.addNoValue("repositoryArn", "is required: the governed repository's ARN");
        }
        if (!read.allBuilt() || !v.containsKey("repositoryArn")) { // rule indices would be off, or nothing to build
            return build(v, "repositoryName", REPOSITORY_REQUIRED, p, () -> null, () -> { });
        }
        // a rule with a problem of its own was built with the default in place of the wrong value: the builder
        // checks the rest of it and every other input
        return build(v, "repositoryName", REPOSITORY_REQUIRED, p, b::build,
                () -> PullRequestRules.validate(read.rules(), p.at("rules")));
    }

    /**
     * A standalone EventLogPolicy's args from its inputs. Throws {@link InvalidInputException} with every problem at
     * once, each named by its input, before anything is registered.
     */
    public static EventLogPolicyArgs eventLogPolicyArgs(EventLogPolicyInputs inputs) {
        var p = new Problems();
        var b = EventLogPolicyArgs.builder();
        var v = Declarations.set(inputs, p, b);
        var repositories = (List<?>) v.getOrDefault("repositoryNames", List.of());
        return build(v, "policyName", "is required: the name of the resource policy", p, b::build, () -> {
            for (int i = 0; i < repositories.size(); i++) { // what the builder would have checked of the rest
                EcrRules.checkName(p, "repositoryNames[" + i + "]", (String) repositories.get(i));
            }
        });
    }

    /**
     * A standalone component's args: built with {@code build} when its required input {@code key} is set (the
     * builder's own checks add their problems to those found converting); else {@code key} is reported missing
     * ({@code rule}) with what the builder would have checked of the rest ({@code check}). Throws with every problem.
     */
    static <T> T build(Map<String, Object> v, String key, String rule, Problems p, Supplier<T> build, Runnable check) {
        T args = null;
        if (!v.containsKey(key)) {
            p.addNoValue(key, rule);
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
}
