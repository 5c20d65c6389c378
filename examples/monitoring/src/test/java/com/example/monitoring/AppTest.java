package com.example.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ecrkit.testing.FoundResource;
import dev.ecrkit.testing.Match;
import dev.ecrkit.testing.MockStack;
import dev.ecrkit.testing.Template;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Runs the program under ecrkit's test kit (docs/testing.md) and checks what it registers. */
class AppTest {
    static final String ALARM = "aws:cloudwatch/metricAlarm:MetricAlarm";
    static Template t;

    @BeforeAll
    static void run() {
        t = MockStack.builder().project("ecrkit-example-monitoring").build().run(App::stack);
    }

    @Test
    void monitoring_createsAlarmsOnRealSignals_aTopicWithSubscribers_loggingAndEnhancedScanning() {
        t.resourceCountIs("ecrkit:index:Logging", 1).resourceCountIs("ecrkit:index:Monitoring", 1)
                .resourceCountIs(ALARM, 5)   // four from the component, the inactivity alarm
                .resourceCountIs("aws:cloudwatch/dashboard:Dashboard", 1).resourceCountIs("aws:sns/topic:Topic", 1)
                .resourceCountIs("aws:sns/topicSubscription:TopicSubscription", 2)
                .resourceCountIs("aws:ecr/lifecyclePolicy:LifecyclePolicy", 1)
                .resourceCountIs("aws:ecr/registryScanningConfiguration:RegistryScanningConfiguration", 1);
        t.resource("aws:sns/topic:Topic").hasInput("name", "monitored-app-ecr-alerts");
        t.hasResourceProperties("aws:cloudwatch/logGroup:LogGroup", Map.of("name", "/aws/ecr/monitored-app"));
        // the pull alarm watches AWS/ECR RepositoryPullCount
        assertEquals(1, t.findResources(ALARM, Map.of("metricName", "RepositoryPullCount",
                "comparisonOperator", "GreaterThanThreshold", "namespace", "AWS/ECR", "threshold", 200)).size());
        t.resource("aws:ecr/registryScanningConfiguration:RegistryScanningConfiguration").hasInput("scanType", "ENHANCED");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theProgramsOwnDashboardAndInactivityAlarm_useTheComponentsTopicAndAlarms() {
        FoundResource inactive = t.hasResourceProperties(ALARM, Map.of("name", "monitored-app-ecr-inactive",
                "comparisonOperator", "LessThanThreshold", "treatMissingData", "breaching"));
        assertEquals(604_800, ((Number) inactive.input("period")).intValue()
                * ((Number) inactive.input("evaluationPeriods")).intValue(), "CloudWatch's longest evaluation range");
        String topicArn = "arn:aws:sns:us-east-1:123456789012:monitored-app-ecr-alerts";
        inactive.hasInput("alarmActions", List.of(topicArn));
        // the dashboard body is JSON: its third widget lists every alarm's ARN
        var alarmArns = t.resources(ALARM).stream()
                .map(a -> "arn:aws:cloudwatch:us-east-1:123456789012:alarm:" + a.inputs().get("name")).toList();
        assertEquals(5, alarmArns.size(), "the component's four alarms and the program's inactivity alarm");
        var dashboard = t.resource("aws:cloudwatch/dashboard:Dashboard");
        dashboard.hasInput("dashboardBody", Map.of("widgets", Match.arrayWith(
                Map.of("properties", Map.of("alarms", Match.arrayWith(alarmArns.get(0)))))));
        var body = (Map<String, Object>) new com.google.gson.Gson().fromJson(
                String.valueOf(dashboard.input("dashboardBody")), Map.class);
        var widgets = (List<Map<String, Object>>) body.get("widgets");
        assertEquals(3, widgets.size());
        var listed = (List<String>) ((Map<String, Object>) widgets.get(2).get("properties")).get("alarms");
        assertEquals(alarmArns.stream().sorted().toList(), listed.stream().sorted().toList());
        assertTrue(String.valueOf(widgets.get(0)).contains("RepositoryPullCount"));
    }
}
