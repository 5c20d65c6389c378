package dev.ecrkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ecrkit.events.EcrEventPatterns;
import dev.ecrkit.observability.AlarmTopic;
import dev.ecrkit.observability.MonitoringSettings;
import dev.ecrkit.findings.PlannedResource;
import dev.ecrkit.validation.InvalidInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class MonitoringTest {
    static final String ALARM = "aws:cloudwatch/metricAlarm:MetricAlarm";
    static final String TOPIC = "aws:sns/topic:Topic";
    static final String TOPIC_POLICY = "aws:sns/topicPolicy:TopicPolicy";
    static final String SUBSCRIPTION = "aws:sns/topicSubscription:TopicSubscription";
    static final String RULE = "aws:cloudwatch/eventRule:EventRule";
    static final String TARGET = "aws:cloudwatch/eventTarget:EventTarget";
    private static final String REPO_ARN = "arn:aws:ecr:eu-west-1:123456789012:repository/app";
    private static final String TOPIC_ARN = "arn:aws:sns:eu-west-1:123456789012:app-ecr-monitoring";

    static TestEngine.Run deploy(MonitoringSettings settings, UnaryOperator<MonitoringArgs.Builder> customize) {
        return TestEngine.run(ctx -> new Monitoring("app-monitoring", customize.apply(MonitoringArgs.builder()
                .repositoryName("app").settings(settings)).build(), null));
    }

    static MonitoringSettings withTopic() {
        return MonitoringSettings.builder().topic(AlarmTopic.create())
                .subscribers(List.of("ops@example.com", "Dev.Team+ecr@example.org")).build();
    }

    static PlannedResource alarm(TestEngine.Run run, String key) {
        return run.ofType(ALARM).stream().filter(r -> r.name().equals("app-monitoring-"
                + dev.ecrkit.tagging.KeyCase.KEBAB_CASE.apply(key))).findFirst().orElseThrow();
    }

    @Test
    void defaults_watchFourRealSignals_andNotifyNobody() {
        var run = deploy(MonitoringSettings.defaults(), b -> b);
        assertNull(run.failure());
        assertEquals(4, run.ofType(ALARM).size());
        assertTrue(run.ofType(Logging.TYPE).isEmpty(), "Monitoring needs no event log");
        assertEquals(1, run.ofType("aws:lambda/function:Function").size());
        assertTrue(run.ofType(TOPIC).isEmpty() && run.ofType(SUBSCRIPTION).isEmpty() && run.ofType(TOPIC_POLICY).isEmpty());
        assertEquals(java.util.Set.of("app-ecr-image-pushes", "app-ecr-storage-metric"),
                run.ofType(RULE).stream().map(r -> r.inputs().get("name")).collect(java.util.stream.Collectors.toSet()),
                "no security rules without a topic");
        assertEquals(2, run.ofType(RULE).size());
        for (var a : run.ofType(ALARM)) {
            assertTrue(!a.inputs().containsKey("alarmActions") && !a.inputs().containsKey("okActions"), a.name());
        }
        String component = run.one(Monitoring.TYPE).urn();
        run.stack().resources().stream().filter(r -> r.type().startsWith("aws:"))
                .forEach(r -> assertEquals(component, r.parent(), r.name()));
    }

    @Test
    void pullAlarm_watchesRepositoryPullCountOfTheRepository() {
        var run = deploy(MonitoringSettings.builder().imagePullThreshold(250).build(), b -> b);
        assertEquals(Map.ofEntries(Map.entry("name", "app-ecr-image-pull"),
                Map.entry("alarmDescription", "More than 250 image pulls from ECR repository app in 5 minutes (AWS/ECR RepositoryPullCount)."),
                Map.entry("comparisonOperator", "GreaterThanThreshold"), Map.entry("evaluationPeriods", 2L),
                Map.entry("datapointsToAlarm", 2L), Map.entry("threshold", 250L),
                Map.entry("treatMissingData", "notBreaching"), Map.entry("namespace", "AWS/ECR"),
                Map.entry("metricName", "RepositoryPullCount"), Map.entry("statistic", "Sum"), Map.entry("period", 300L),
                Map.entry("dimensions", Map.of("RepositoryName", "app")), Map.entry("tags", Map.of())),
                alarm(run, "imagePullAlarm").inputs());
    }

    @Test
    void apiCallsAlarm_sumsTheAccountsEcrCallCountWithMetricMath() {
        var run = deploy(MonitoringSettings.defaults(), b -> b);
        var in = alarm(run, "apiCallsAlarm").inputs();
        assertEquals("app-ecr-api-calls", in.get("name"));
        assertEquals(1000L, in.get("threshold"));
        assertTrue(!in.containsKey("namespace") && !in.containsKey("metricName"), "metric math only");
        var queries = (List<?>) in.get("metricQueries");
        assertEquals(9, queries.size());
        assertEquals(Map.of("id", "e1", "expression", "SUM(METRICS())", "label", "ECR API calls", "returnData", true),
                queries.get(0));
        assertEquals(Map.of("id", "m1", "returnData", false, "metric", Map.of("namespace", "AWS/Usage",
                "metricName", "CallCount", "stat", "Sum", "period", 60L,
                "dimensions", Map.of("Service", "ECR", "Type", "API", "Resource", "GetAuthorizationToken"))),
                queries.get(1));
        assertEquals(List.of("GetAuthorizationToken", "BatchCheckLayerAvailability", "InitiateLayerUpload",
                "UploadLayerPart", "CompleteLayerUpload", "PutImage", "BatchGetImage", "GetDownloadUrlForLayer"),
                queries.stream().skip(1).map(q -> ((Map<?, ?>) ((Map<?, ?>) ((Map<?, ?>) q).get("metric"))
                        .get("dimensions")).get("Resource")).toList());
    }

    @Test
    void pushAlarm_countsTheTriggersOfARuleMatchingThePushes_whichAlsoRefreshTheSize() {
        var run = deploy(MonitoringSettings.defaults(), b -> b);
        var rule = run.ofType(RULE).stream().filter(r -> "app-ecr-image-pushes".equals(r.inputs().get("name")))
                .findFirst().orElseThrow();
        assertEquals(EcrEventPatterns.imagePushes("app"), rule.inputs().get("eventPattern"));
        var target = run.ofType(TARGET).stream().filter(t -> "app-ecr-image-pushes".equals(t.inputs().get("rule")))
                .findFirst().orElseThrow();
        assertEquals("arn:aws:lambda:eu-west-1:123456789012:function:app-ecr-storage-metric", target.inputs().get("arn"));
        var in = alarm(run, "imagePushAlarm").inputs();
        assertEquals("AWS/Events", in.get("namespace"));
        assertEquals("TriggeredRules", in.get("metricName"));
        assertEquals(Map.of("RuleName", "app-ecr-image-pushes"), in.get("dimensions"));
        assertEquals("Sum", in.get("statistic"));
        assertEquals(300L, in.get("period"));
        assertEquals(10L, in.get("threshold"));
        assertEquals("notBreaching", in.get("treatMissingData"));
    }

    @Test
    void storageAlarm_watchesTheHourlyPublishedSize_inBytes_andReportsWhenDataStops() {
        var run = deploy(withTopic(), b -> b);
        var in = alarm(run, "storageUsageAlarm").inputs();
        assertEquals("app-ecr-storage-usage", in.get("name"));
        assertEquals("ecrkit/ECR", in.get("namespace"));
        assertEquals("RepositorySizeInBytes", in.get("metricName"));
        assertEquals("Maximum", in.get("statistic"));
        assertEquals(3600L, in.get("period"));
        assertEquals(10_737_418_240L, in.get("threshold"), "10 GB = 10 x 1024^3 bytes");
        assertEquals("missing", in.get("treatMissingData"));
        assertEquals(1L, in.get("datapointsToAlarm"));
        assertEquals(List.of(TOPIC_ARN), in.get("insufficientDataActions"));

        var fn = run.one("aws:lambda/function:Function").inputs();
        assertEquals("app-ecr-storage-metric", fn.get("name"));
        assertEquals("storage_metric.handler", fn.get("handler"));
        assertEquals(Map.of("variables", Map.of("REPOSITORY_NAME", "app", "REGISTRY_ID", "123456789012",
                "METRIC_NAMESPACE", "ecrkit/ECR")), fn.get("environment"));
        var schedule = run.ofType(RULE).stream().filter(r -> "app-ecr-storage-metric".equals(r.inputs().get("name")))
                .findFirst().orElseThrow();
        assertEquals("rate(1 hour)", schedule.inputs().get("scheduleExpression"));
        assertEquals("app-ecr-storage-metric-eu-west-1", run.one("aws:iam/role:Role").inputs().get("name"));
        var access = run.ofType("aws:iam/rolePolicy:RolePolicy").stream()
                .filter(r -> "access".equals(r.inputs().get("name"))).findFirst().orElseThrow();
        assertEquals("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"ListRepositoryImages\",\"Effect\":\"Allow\","
                + "\"Action\":\"ecr:DescribeImages\",\"Resource\":\"" + REPO_ARN + "\"},"
                + "{\"Sid\":\"PublishRepositoryMetrics\",\"Effect\":\"Allow\",\"Action\":\"cloudwatch:PutMetricData\","
                + "\"Resource\":\"*\",\"Condition\":{\"StringEquals\":{\"cloudwatch:namespace\":\"ecrkit/ECR\"}}}]}",
                access.inputs().get("policy"));
    }

    @Test
    void storageFunctionEnvironment_usesTheNamesThePythonModuleReads() throws IOException {
        String module = Files.readString(Path.of("src/main/resources/dev/ecrkit/functions/storage_metric.py"));
        for (String env : Monitoring.STORAGE_ENVIRONMENT) {
            assertTrue(module.contains("= \"" + env + "\""), env + " is not read by storage_metric.py");
        }
        assertTrue(module.contains("SIZE_METRIC = \"RepositorySizeInBytes\""));
        assertTrue(module.contains("DIMENSION = \"RepositoryName\""));
    }

    @Test
    void createdTopic_letsOnlyTheseAlarmsAndEventBridgePublish_andEveryAlarmNotifiesAlarmAndOk() {
        var run = deploy(withTopic(), b -> b.tags(Map.of("Team", "a")));
        var topic = run.one(TOPIC);
        assertEquals(Map.of("name", "app-ecr-monitoring", "displayName", "ECR Monitoring Alerts for app",
                "tags", Map.of("Team", "a")), topic.inputs());
        assertEquals("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"CloudWatchAlarmsPublish\",\"Effect\":\"Allow\","
                + "\"Principal\":{\"Service\":\"cloudwatch.amazonaws.com\"},\"Action\":\"sns:Publish\",\"Resource\":\"" + TOPIC_ARN + "\","
                + "\"Condition\":{\"StringEquals\":{\"aws:SourceAccount\":\"123456789012\"},\"ArnLike\":{\"aws:SourceArn\":["
                + "\"arn:aws:cloudwatch:eu-west-1:123456789012:alarm:app-ecr-storage-usage\","
                + "\"arn:aws:cloudwatch:eu-west-1:123456789012:alarm:app-ecr-api-calls\","
                + "\"arn:aws:cloudwatch:eu-west-1:123456789012:alarm:app-ecr-image-push\","
                + "\"arn:aws:cloudwatch:eu-west-1:123456789012:alarm:app-ecr-image-pull\"]}}},"
                + "{\"Sid\":\"EventBridgeRulesPublish\",\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"events.amazonaws.com\"},"
                + "\"Action\":\"sns:Publish\",\"Resource\":\"" + TOPIC_ARN + "\"}]}",
                run.one(TOPIC_POLICY).inputs().get("policy"));
        assertEquals(TOPIC_ARN, run.one(TOPIC_POLICY).inputs().get("arn"));
        for (var a : run.ofType(ALARM)) {
            assertEquals(List.of(TOPIC_ARN), a.inputs().get("alarmActions"), a.name());
            assertEquals(List.of(TOPIC_ARN), a.inputs().get("okActions"), a.name());
        }
        var subscriptions = new java.util.TreeMap<String, Object>();
        run.ofType(SUBSCRIPTION).forEach(r -> subscriptions.put(r.name(), r.inputs()));
        assertEquals(Map.of(
                "app-monitoring-email-ops@example.com", Map.of("topic", TOPIC_ARN, "protocol", "email", "endpoint", "ops@example.com"),
                "app-monitoring-email-dev.team+ecr@example.org", Map.of("topic", TOPIC_ARN, "protocol", "email",
                        "endpoint", "Dev.Team+ecr@example.org")), subscriptions);
    }

    @Test
    void securityFindings_rulesForBasicAndEnhancedScansNotifyTheTopic() {
        var run = deploy(MonitoringSettings.builder().securityFindingsThreshold(0).topic(AlarmTopic.create()).build(),
                b -> b);
        var rules = new LinkedHashMap<Object, PlannedResource>();
        run.ofType(RULE).forEach(r -> rules.put(r.inputs().get("name"), r));
        assertEquals(EcrEventPatterns.basicScanFindingsAbove("app", 0),
                rules.get("app-ecr-basic-scan-findings").inputs().get("eventPattern"));
        assertEquals(EcrEventPatterns.enhancedScanFindingsAbove(REPO_ARN, 0),
                rules.get("app-ecr-enhanced-scan-findings").inputs().get("eventPattern"));
        var targets = run.ofType(TARGET).stream().filter(t -> "alarm-topic".equals(t.inputs().get("targetId"))).toList();
        assertEquals(2, targets.size());
        for (var t : targets) {
            assertEquals(TOPIC_ARN, t.inputs().get("arn"));
            assertEquals(Map.of("maximumEventAgeInSeconds", 86_400L, "maximumRetryAttempts", 185L),
                    t.inputs().get("retryPolicy"));
            assertTrue(!t.inputs().containsKey("roleArn"), "SNS targets use the topic policy, not a role");
        }
    }

    @Test
    void existingTopicByName_isAddressedInTheRepositorysPartition_andLeftUnchanged() {
        String gov = "arn:aws-us-gov:ecr:us-gov-west-1:123456789012:repository/app";
        var run = deploy(MonitoringSettings.builder().topic(AlarmTopic.existing("ops-alerts"))
                .subscribers(List.of("ops@example.com")).build(), b -> b.repositoryArn(gov));
        assertTrue(run.ofType(TOPIC).isEmpty() && run.ofType(TOPIC_POLICY).isEmpty());
        String arn = "arn:aws-us-gov:sns:us-gov-west-1:123456789012:ops-alerts";
        assertEquals(List.of(arn), alarm(run, "imagePullAlarm").inputs().get("alarmActions"));
        assertEquals(arn, run.one(SUBSCRIPTION).inputs().get("topic"));
    }

    @Test
    void existingTopicByArn_isUsedAsGiven_andReportedInOutputs() {
        String arn = "arn:aws:sns:eu-west-1:210987654321:central-alerts";
        var holder = new AtomicReference<Monitoring>();
        TestEngine.run(ctx -> holder.set(new Monitoring("m", MonitoringArgs.builder().repositoryName("app")
                .settings(MonitoringSettings.builder().topic(AlarmTopic.existing(arn)).build()).build(), null)));
        var m = holder.get();
        assertEquals(arn, LoggingTest.value(m.snsTopicArn));
        var status = LoggingTest.value(m.monitoringStatus);
        assertEquals(false, status.get("snsTopicCreated"));
        assertEquals("central-alerts", status.get("snsTopicName"));
        assertEquals(true, status.get("securityMonitoringEnabled"));
    }

    @Test
    void outputs_listEveryAlarmAndEveryThreshold() {
        var holder = new AtomicReference<Monitoring>();
        TestEngine.run(ctx -> holder.set(new Monitoring("m", MonitoringArgs.builder().repositoryName("app")
                .settings(withTopic()).build(), null)));
        var m = holder.get();
        assertEquals(TOPIC_ARN, LoggingTest.value(m.snsTopicArn));
        assertEquals(Map.of(
                "storageUsageAlarm", Map.of("name", "app-ecr-storage-usage", "arn", "arn:aws:cloudwatch:eu-west-1:123456789012:alarm:app-ecr-storage-usage"),
                "apiCallsAlarm", Map.of("name", "app-ecr-api-calls", "arn", "arn:aws:cloudwatch:eu-west-1:123456789012:alarm:app-ecr-api-calls"),
                "imagePushAlarm", Map.of("name", "app-ecr-image-push", "arn", "arn:aws:cloudwatch:eu-west-1:123456789012:alarm:app-ecr-image-push"),
                "imagePullAlarm", Map.of("name", "app-ecr-image-pull", "arn", "arn:aws:cloudwatch:eu-west-1:123456789012:alarm:app-ecr-image-pull")),
                LoggingTest.value(m.cloudwatchAlarms));
        assertEquals(Map.of("enabled", true, "storageThresholdGb", 10.0, "apiCallsThreshold", 1000.0,
                "securityFindingsThreshold", 10.0, "imagePushThreshold", 10.0, "imagePullThreshold", 100.0,
                "snsTopicCreated", true, "snsTopicName", "app-ecr-monitoring", "snsSubscribersCount", 2,
                "securityMonitoringEnabled", true), LoggingTest.value(m.monitoringStatus));
        assertEquals(List.of("basicScanFindings", "enhancedScanFindings"),
                List.copyOf(LoggingTest.value(m.securityFindingRules).keySet()));
    }

    @Test
    void badThresholdsEmailsAndTopicNames_areReportedTogether() {
        var e = assertThrows(InvalidInputException.class, () -> MonitoringArgs.builder().repositoryName("app")
                .settings(MonitoringSettings.builder().storageThresholdGb(0).apiCallsThreshold(-5)
                        .securityFindingsThreshold(-1).imagePushThreshold(Double.NaN).imagePullThreshold(0.5)
                        .topic(AlarmTopic.create("alerts.fifo"))
                        .subscribers(List.of("ops@example.com", "not-an-address", "OPS@example.com",
                                "a".repeat(65) + "@example.com"))
                        .build()).build());
        assertEquals(List.of(
                "storageThresholdGb: must be a number greater than 0, got 0",
                "apiCallsThreshold: must be a number greater than 0, got -5",
                "securityFindingsThreshold: must be a number of at least 0, got -1",
                "imagePushThreshold: must be a number greater than 0, got NaN",
                "topic: must be a standard SNS topic name: 1-256 characters of [A-Za-z0-9_-], got \"alerts.fifo\"",
                "subscribers[1]: must be an e-mail address (local@domain.tld), got \"not-an-address\"",
                "subscribers[2]: repeats the address at index 0 (addresses are compared ignoring case), got \"OPS@example.com\"",
                "subscribers[3]: must have at most 64 characters before the @, 255 after it and 254 in all, got \""
                        + "a".repeat(65) + "@example.com\""),
                e.problems().stream().map(Object::toString).toList());
    }

    @Test
    void subscribersWithoutTopic_andBadExistingTopic_areRefused() {
        var p = new dev.ecrkit.validation.Problems();
        MonitoringSettings.builder().subscribers(List.of("ops@example.com")).build().validate(p);
        assertEquals(List.of("subscribers: need a topic: create one or name an existing one, got [\"ops@example.com\"]"),
                p.list().stream().map(Object::toString).toList());
        var q = new dev.ecrkit.validation.Problems();
        AlarmTopic.existing("arn:aws:sqs:eu-west-1:123456789012:q").validate(q, "topic");
        assertTrue(q.list().get(0).toString().startsWith("topic: must be an SNS topic name"), q.list().toString());
    }
}
