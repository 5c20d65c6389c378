package com.example.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.example.support.RecordingMocks;
import com.pulumi.test.PulumiTest;
import com.pulumi.test.TestOptions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Runs the program under the Pulumi mock engine and checks what it registers. */
class AppTest {
    /** Runs the program under the mock engine; fails on any error. */
    private static RecordingMocks run() {
        var mocks = new RecordingMocks();
        var result = PulumiTest.withMocks(mocks)
                .withOptions(TestOptions.builder().projectName("ecrkit-example-monitoring").stackName("test").preview(false).build())
                .runTest(App::stack);
        assertEquals(0, result.exitCode(), String.join("\n", result.errors()));
        return mocks;
    }

    @AfterEach
    void cleanup() {
        PulumiTest.cleanup();
    }

    @Test
    void monitoring_createsAlarmsOnRealSignals_aTopicWithSubscribers_loggingAndEnhancedScanning() {
        var mocks = run();

        var counts = mocks.counts();
        assertEquals(1L, counts.get("ecrkit:index:Logging"));
        assertEquals(1L, counts.get("ecrkit:index:Monitoring"));
        assertEquals(5L, counts.get("aws:cloudwatch/metricAlarm:MetricAlarm"), "four from the component, the inactivity alarm");
        assertEquals(1L, counts.get("aws:cloudwatch/dashboard:Dashboard"));
        assertEquals(1L, counts.get("aws:sns/topic:Topic"));
        assertEquals(2L, counts.get("aws:sns/topicSubscription:TopicSubscription"));
        assertEquals(1L, counts.get("aws:ecr/lifecyclePolicy:LifecyclePolicy"));
        assertEquals(1L, counts.get("aws:ecr/registryScanningConfiguration:RegistryScanningConfiguration"));
        assertEquals("monitored-app-ecr-alerts", mocks.one("aws:sns/topic:Topic").inputs().get("name"));
        var logGroups = mocks.ofType("aws:cloudwatch/logGroup:LogGroup").stream()
                .map(r -> String.valueOf(r.inputs().get("name"))).toList();
        org.junit.jupiter.api.Assertions.assertTrue(logGroups.contains("/aws/ecr/monitored-app"), logGroups.toString());
        var pulls = mocks.ofType("aws:cloudwatch/metricAlarm:MetricAlarm").stream()
                .filter(a -> "RepositoryPullCount".equals(a.inputs().get("metricName")))
                .filter(a -> "GreaterThanThreshold".equals(a.inputs().get("comparisonOperator"))).toList();
        assertEquals(1, pulls.size(), "the pull alarm watches AWS/ECR RepositoryPullCount");
        assertEquals("AWS/ECR", pulls.get(0).inputs().get("namespace"));
        assertEquals(200.0, ((Number) pulls.get(0).inputs().get("threshold")).doubleValue());
        assertEquals("ENHANCED", mocks.one("aws:ecr/registryScanningConfiguration:RegistryScanningConfiguration")
                .inputs().get("scanType"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theProgramsOwnDashboardAndInactivityAlarm_useTheComponentsTopicAndAlarms() {
        var mocks = run();

        var inactive = mocks.ofType("aws:cloudwatch/metricAlarm:MetricAlarm").stream()
                .filter(a -> "monitored-app-ecr-inactive".equals(a.inputs().get("name"))).findFirst().orElseThrow();
        assertEquals("LessThanThreshold", inactive.inputs().get("comparisonOperator"));
        assertEquals("breaching", inactive.inputs().get("treatMissingData"));
        assertEquals(604_800, ((Number) inactive.inputs().get("period")).intValue()
                * ((Number) inactive.inputs().get("evaluationPeriods")).intValue(), "CloudWatch's longest evaluation range");
        String topicArn = "arn:aws:sns:us-east-1:123456789012:" + mocks.one("aws:sns/topic:Topic").name();
        assertEquals(List.of(topicArn), inactive.inputs().get("alarmActions"));

        var body = (Map<String, Object>) new com.google.gson.Gson().fromJson(
                String.valueOf(mocks.one("aws:cloudwatch/dashboard:Dashboard").inputs().get("dashboardBody")), Map.class);
        var widgets = (List<Map<String, Object>>) body.get("widgets");
        assertEquals(3, widgets.size());
        var alarmWidget = (Map<String, Object>) widgets.get(2).get("properties");
        var alarmArns = (List<String>) alarmWidget.get("alarms");
        var expected = mocks.ofType("aws:cloudwatch/metricAlarm:MetricAlarm").stream()
                .map(a -> "arn:aws:cloudwatch:us-east-1:123456789012:" + a.name()).sorted().toList();
        assertEquals(5, expected.size(), "the component's four alarms and the program's inactivity alarm");
        assertEquals(expected, alarmArns.stream().sorted().toList());
        org.junit.jupiter.api.Assertions.assertTrue(String.valueOf(widgets.get(0)).contains("RepositoryPullCount"));
    }
}
