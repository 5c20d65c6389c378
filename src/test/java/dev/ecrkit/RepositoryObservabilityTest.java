package dev.ecrkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ecrkit.observability.AlarmTopic;
import dev.ecrkit.observability.LoggingSettings;
import dev.ecrkit.observability.MonitoringSettings;
import dev.ecrkit.tagging.TaggingSettings;
import dev.ecrkit.validation.InvalidInputException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Repository with its Logging and Monitoring groups: children, wiring and the module's outputs. */
class RepositoryObservabilityTest {
    static Repository deploy(UnaryOperator<RepositoryArgs.Builder> customize, AtomicReference<TestEngine.Run> run) {
        var holder = new AtomicReference<Repository>();
        run.set(TestEngine.run(ctx -> holder.set(new Repository("app",
                customize.apply(RepositoryArgs.builder().name("team/app")
                        .tagging(TaggingSettings.builder().tags(Map.of("Team", "a")).build())).build(), null))));
        assertNull(run.get().failure());
        return holder.get();
    }

    @Test
    void loggingAndMonitoring_areChildrenOfTheRepository() {
        var run = new AtomicReference<TestEngine.Run>();
        var r = deploy(b -> b.logging(LoggingSettings.builder().retentionInDays(365).build())
                .monitoring(MonitoringSettings.builder().topic(AlarmTopic.create()).build()), run);
        var stack = run.get();
        String repository = stack.one(Repository.TYPE).urn();
        var logging = stack.one(Logging.TYPE);
        var monitoring = stack.one(Monitoring.TYPE);
        assertEquals("app-logging", logging.name());
        assertEquals("app-monitoring", monitoring.name());
        assertEquals(repository, logging.parent());
        assertEquals(repository, monitoring.parent());
        var eventLog = stack.ofType("aws:cloudwatch/logGroup:LogGroup").stream()
                .filter(g -> "/aws/ecr/team/app".equals(g.inputs().get("name"))).toList();
        assertEquals(1, eventLog.size());
        assertEquals(365L, eventLog.get(0).inputs().get("retentionInDays"));
        assertEquals(Map.of("CreatedBy", "Pulumi", "ManagedBy", "Pulumi", "Name", "team/app", "Team", "a"),
                eventLog.get(0).inputs().get("tags"), "children carry the repository's final tags");

        assertEquals("arn:aws:logs:eu-west-1:123456789012:log-group:/aws/ecr/team/app", LoggingTest.value(r.cloudwatchLogGroupArn));
        assertEquals("", LoggingTest.value(r.loggingRoleArn));
        String topic = "arn:aws:sns:eu-west-1:123456789012:team-app-ecr-monitoring-"
                + dev.ecrkit.naming.DerivedName.hash("team/app-ecr-monitoring");
        assertEquals(topic, LoggingTest.value(r.snsTopicArn));
        assertEquals(List.of("storageUsageAlarm", "apiCallsAlarm", "imagePushAlarm", "imagePullAlarm"),
                List.copyOf(LoggingTest.value(r.cloudwatchAlarms).keySet()));
        assertEquals(true, LoggingTest.value(r.monitoringStatus).get("snsTopicCreated"));
        assertTrue(stack.ofType("aws:iam/role:Role").stream()
                .noneMatch(role -> String.valueOf(role.inputs().get("name")).contains("logging")), "no logging role");
    }

    @Test
    void monitoringAlone_createsNoLog() {
        var run = new AtomicReference<TestEngine.Run>();
        var r = deploy(b -> b.monitoring(MonitoringSettings.defaults()), run);
        assertTrue(run.get().ofType(Logging.TYPE).isEmpty());
        assertTrue(run.get().ofType("aws:cloudwatch/logResourcePolicy:LogResourcePolicy").isEmpty());
        assertEquals("", LoggingTest.value(r.cloudwatchLogGroupArn));
        assertEquals("", LoggingTest.value(r.snsTopicArn));
        assertEquals(4, LoggingTest.value(r.cloudwatchAlarms).size());
    }

    @Test
    void neither_registersNoChild_andOutputsSayOff() {
        var run = new AtomicReference<TestEngine.Run>();
        var r = deploy(b -> b, run);
        assertTrue(run.get().ofType(Logging.TYPE).isEmpty() && run.get().ofType(Monitoring.TYPE).isEmpty());
        assertEquals("", LoggingTest.value(r.cloudwatchLogGroupArn));
        assertEquals("", LoggingTest.value(r.loggingRoleArn));
        assertEquals(Map.of("enabled", false), LoggingTest.value(r.monitoringStatus));
        assertEquals("", LoggingTest.value(r.snsTopicArn));
        assertEquals(Map.of(), LoggingTest.value(r.cloudwatchAlarms));
    }

    @Test
    void badGroupSettings_areReportedWithTheOtherProblems_underTheirGroup() {
        var e = assertThrows(InvalidInputException.class, () -> RepositoryArgs.builder().name("a")
                .forceDelete(true).deleteTimeout("soon")
                .logging(LoggingSettings.builder().retentionInDays(31).build())
                .monitoring(MonitoringSettings.builder().imagePullThreshold(0)
                        .subscribers(List.of("x@example.com")).build()).build());
        assertEquals(List.of("name: must be 2-256 characters of lowercase letters and digits, separated by '.', '_', "
                        + "'__', '-' or '/' (no leading, trailing or doubled separator), got \"a\"",
                "timeouts.delete: must be a positive duration such as \"20m\", \"300s\", \"1h\" or \"1h30m\", got \"soon\"",
                "logging.retentionInDays: must be 0 (never expire) or one of 1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180,"
                        + " 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653, got 31",
                "monitoring.imagePullThreshold: must be a number greater than 0, got 0",
                "monitoring.subscribers: need a topic: create one or name an existing one, got [\"x@example.com\"]"),
                e.problems().stream().map(Object::toString).toList());
    }

    @Test
    void longestRepositoryName_givesNamesAndDescriptionsEveryServiceAccepts() {
        String name = "a".repeat(120) + "/" + "b".repeat(135);
        assertEquals(256, name.length());
        var holder = new AtomicReference<TestEngine.Run>();
        holder.set(TestEngine.run(ctx -> new Repository("long", RepositoryArgs.builder().name(name)
                .logging(LoggingSettings.defaults())
                .monitoring(MonitoringSettings.builder().topic(AlarmTopic.create()).build()).build(), null)));
        var run = holder.get();
        assertNull(run.failure());
        var kinds = Map.of(
                "aws:cloudwatch/eventRule:EventRule", dev.ecrkit.naming.NameKind.EVENT_RULE,
                "aws:lambda/function:Function", dev.ecrkit.naming.NameKind.LAMBDA_FUNCTION,
                "aws:iam/role:Role", dev.ecrkit.naming.NameKind.IAM_ROLE,
                "aws:sqs/queue:Queue", dev.ecrkit.naming.NameKind.SQS_QUEUE,
                "aws:sns/topic:Topic", dev.ecrkit.naming.NameKind.SNS_TOPIC,
                "aws:cloudwatch/metricAlarm:MetricAlarm", dev.ecrkit.naming.NameKind.ALARM,
                "aws:cloudwatch/logGroup:LogGroup", dev.ecrkit.naming.NameKind.LOG_GROUP,
                "aws:cloudwatch/logResourcePolicy:LogResourcePolicy", dev.ecrkit.naming.NameKind.LOG_RESOURCE_POLICY);
        kinds.forEach((type, kind) -> {
            assertTrue(!run.ofType(type).isEmpty(), type);
            for (var r : run.ofType(type)) {
                Object n = r.inputs().getOrDefault("name", r.inputs().get("policyName"));
                assertTrue(kind.isValid(String.valueOf(n)), type + " name " + n);
            }
        });
        for (var rule : run.ofType("aws:cloudwatch/eventRule:EventRule")) {
            assertTrue(String.valueOf(rule.inputs().get("description")).length() <= 512, rule.name());
            String pattern = (String) rule.inputs().get("eventPattern");
            assertTrue(pattern == null || pattern.length() <= 2048, rule.name());
        }
        assertTrue(String.valueOf(run.one("aws:lambda/function:Function").inputs().get("description")).length() <= 256);
        for (var alarm : run.ofType("aws:cloudwatch/metricAlarm:MetricAlarm")) {
            assertTrue(String.valueOf(alarm.inputs().get("alarmDescription")).length() <= 1024, alarm.name());
        }
    }
}
