package dev.ecrkit.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ecrkit.TestEngine;
import dev.ecrkit.inputs.EventLogPolicyInputs;
import dev.ecrkit.json.Json;
import dev.ecrkit.observability.AlarmTopic;
import dev.ecrkit.observability.LoggingSettings;
import dev.ecrkit.observability.MonitoringSettings;
import dev.ecrkit.validation.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The module's logging and monitoring variables read into the Repository's groups. */
class ObservabilityConfigTest {
    private static dev.ecrkit.RepositoryArgs args(Map<String, Object> entry) {
        return StackConfig.parse(Map.of("repositories", Map.of("app", entry))).entries().get(0).args();
    }

    @Test
    void switchesOff_meanNoGroups_andDefaultValuesAreAccepted() {
        var a = args(Map.of("enableLogging", false, "logRetentionDays", 30, "enableMonitoring", false,
                "monitoringThresholdStorage", 10, "createSnsTopic", false, "snsTopicSubscribers", List.of()));
        assertEquals(Optional.empty(), a.logging());
        assertEquals(Optional.empty(), a.monitoring());
    }

    @Test
    void enableLogging_readsTheRetention_includingValuesTheModuleRejects() {
        // in the stack program, the stack's one EventLogPolicy lets the rule write: no policy per entry
        assertEquals(Optional.of(LoggingSettings.builder().retentionInDays(2192).createResourcePolicy(false).build()),
                args(Map.of("enableLogging", true, "logRetentionDays", 2192)).logging());
        assertEquals(Optional.of(new LoggingSettings(LoggingSettings.DEFAULT_RETENTION_IN_DAYS, "", false)),
                args(Map.of("enableLogging", true)).logging());
        // one entry read on its own (a plugin Repository) keeps its own policy
        assertEquals(Optional.of(LoggingSettings.defaults()),
                StackConfig.repositoryArgs("app", Map.of("enableLogging", true)).logging());
    }

    @Test
    void enableMonitoring_readsEveryThreshold_andTheTopicChoice() {
        var entry = new LinkedHashMap<String, Object>();
        entry.put("enableMonitoring", true);
        entry.put("monitoringThresholdStorage", 2.5);
        entry.put("monitoringThresholdApiCalls", 5000);
        entry.put("monitoringThresholdSecurityFindings", 0);
        entry.put("monitoringThresholdImagePush", 20);
        entry.put("monitoringThresholdImagePull", 300);
        entry.put("createSnsTopic", true);
        entry.put("snsTopicName", "team-alerts");
        entry.put("snsTopicSubscribers", List.of("ops@example.com"));
        assertEquals(Optional.of(new MonitoringSettings(2.5, 5000, 0, 20, 300, AlarmTopic.create("team-alerts"),
                List.of("ops@example.com"))), args(entry).monitoring());
        assertEquals(AlarmTopic.create(), args(Map.of("enableMonitoring", true, "createSnsTopic", true))
                .monitoring().orElseThrow().topic(), "createSnsTopic alone: the derived name");
        assertEquals(AlarmTopic.existing("arn:aws:sns:us-east-1:123456789012:ops"),
                args(Map.of("enableMonitoring", true, "snsTopicName", "arn:aws:sns:us-east-1:123456789012:ops"))
                        .monitoring().orElseThrow().topic(), "snsTopicName alone: an existing topic");
        assertEquals(AlarmTopic.none(), args(Map.of("enableMonitoring", true)).monitoring().orElseThrow().topic());
    }

    @Test
    void groupProblems_nameTheModuleVariables() {
        var e = assertThrows(InvalidInputException.class, () -> StackConfig.parse(Map.of("repositories", Map.of("app",
                new java.util.TreeMap<>(Map.of("enableLogging", true, "logRetentionDays", 400.5, "enableMonitoring", true,
                        "monitoringThresholdSecurityFindings", -2, "snsTopicSubscribers", List.of("ops@example.com")))))));
        assertEquals(List.of(
                "ecrkit:repositories.app.logRetentionDays: must be a whole number, got 400.5",
                "ecrkit:repositories.app.monitoringThresholdSecurityFindings: must be a number of at least 0, got -2",
                "ecrkit:repositories.app.snsTopicSubscribers: need a topic: create one or name an existing one,"
                        + " got [\"ops@example.com\"]"),
                e.problems().stream().map(Object::toString).toList());
    }

    @Test
    void anyNumberOfLoggingEntries_shareTheStacksOneLogResourcePolicy() {
        var repos = new LinkedHashMap<String, Object>();
        for (int i = 0; i < 30; i++) {
            repos.put("repo-" + i, Map.of("enableLogging", true));
        }
        repos.put("renamed", Map.of("name", "team/renamed", "enableLogging", true));
        repos.put("quiet", Map.of("enableMonitoring", true));
        var stack = StackConfig.parse(Map.of("repositories", repos));
        assertEquals(32, stack.entries().size());
        assertEquals(31, stack.loggedRepositories().size());
        assertEquals("team/renamed", stack.loggedRepositories().get(30), "the repository name, not the entry key");
        assertTrue(stack.entries().stream().flatMap(e -> e.args().logging().stream())
                .noneMatch(LoggingSettings::createResourcePolicy));

        var run = TestEngine.run(Map.of("ecrkit:repositories", Json.write(repos)), App::stack);
        assertEquals(null, run.failure());
        var policies = run.ofType("aws:cloudwatch/logResourcePolicy:LogResourcePolicy");
        assertEquals(1, policies.size(), "one of the account's 10 slots, whatever the number of entries");
        var policy = policies.get(0);
        assertEquals("event-logs-log-policy", policy.name());
        assertEquals(run.one(dev.ecrkit.EventLogPolicy.TYPE).urn(), policy.parent());
        assertEquals("ecrkit-test-ecr-event-logs", policy.inputs().get("policyName"));
        assertTrue(String.valueOf(policy.inputs().get("policyDocument"))
                .contains("\"Resource\":\"arn:aws:logs:eu-west-1:123456789012:log-group:/aws/ecr/*:*\""));
    }

    @Test
    void withoutLoggingEntries_theStackHasNoEventLogPolicy() {
        var run = TestEngine.run(Map.of("ecrkit:repositories", Json.write(Map.of("app", Map.of("enableMonitoring", true)))),
                App::stack);
        assertEquals(List.of(), run.ofType(dev.ecrkit.EventLogPolicy.TYPE));
        assertEquals(List.of(), run.ofType("aws:cloudwatch/logResourcePolicy:LogResourcePolicy"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void stackExport_carriesTheMonitoringOutputs_andLeavesOutWhatIsOff() {
        var entries = new LinkedHashMap<String, Object>();
        entries.put("watched", Map.of("enableLogging", true, "enableMonitoring", true, "createSnsTopic", true));
        entries.put("plain", Map.of());
        var run = TestEngine.run(Map.of("ecrkit:repositories", Json.write(entries)), App::stack);
        var outputs = run.stack().outputs();
        var watched = (Map<String, Object>) outputs.get("watched");
        assertEquals("arn:aws:logs:eu-west-1:123456789012:log-group:/aws/ecr/watched", watched.get("cloudwatchLogGroupArn"));
        assertEquals("arn:aws:sns:eu-west-1:123456789012:watched-ecr-monitoring", watched.get("snsTopicArn"));
        assertEquals(4, ((Map<?, ?>) watched.get("cloudwatchAlarms")).size());
        assertEquals(true, ((Map<?, ?>) watched.get("monitoringStatus")).get("enabled"));
        assertTrue(!watched.containsKey("loggingRoleArn"), "no role exists, so no output");
        var plain = (Map<String, Object>) outputs.get("plain");
        assertEquals(Map.of("enabled", false), plain.get("monitoringStatus"));
        for (String off : List.of("cloudwatchLogGroupArn", "loggingRoleArn", "snsTopicArn", "cloudwatchAlarms")) {
            assertTrue(!plain.containsKey(off), off + " is left out when off");
        }
    }

    /** A standalone EventLogPolicy's inputs, bound from {@code inputs}. */
    private static EventLogPolicyInputs eventLogPolicy(Map<String, Object> inputs) {
        return Bound.of(inputs, EventLogPolicyInputs.class);
    }

    @Test
    void eventLogPolicyInputs_withoutPolicyName_reportEveryProblemAtOnce() {
        var bad = assertThrows(InvalidInputException.class, () -> ObservabilityConfig.eventLogPolicyArgs(
                eventLogPolicy(Map.of("repositoryNames", List.of("team/app", "Team/App")))));
        assertEquals(List.of("policyName: is required: the name of the resource policy",
                "repositoryNames[1]: must be 2-256 characters of lowercase letters and digits, separated by '.', '_',"
                        + " '__', '-' or '/' (no leading, trailing or doubled separator), got \"Team/App\""),
                bad.problems().stream().map(Object::toString).toList());
    }

    @Test
    void eventLogPolicyInputs_areTheBuilderValues_repositoryNamesDefaultingToNone() {
        var a = ObservabilityConfig.eventLogPolicyArgs(eventLogPolicy(Map.of("policyName", "shared-logs")));
        assertEquals("shared-logs", a.policyName());
        assertEquals(List.of(), a.repositoryNames());
        var b = ObservabilityConfig.eventLogPolicyArgs(eventLogPolicy(Map.of("policyName", "p",
                "repositoryNames", List.of("team/app"))));
        assertEquals(List.of("team/app"), b.repositoryNames());
    }
}
