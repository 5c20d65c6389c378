package com.example.monitoring;

import com.pulumi.Context;
import com.pulumi.Pulumi;
import com.pulumi.aws.cloudwatch.Dashboard;
import com.pulumi.aws.cloudwatch.DashboardArgs;
import com.pulumi.aws.cloudwatch.MetricAlarm;
import com.pulumi.aws.cloudwatch.MetricAlarmArgs;
import com.pulumi.core.Output;
import dev.ecrkit.Registry;
import dev.ecrkit.RegistryArgs;
import dev.ecrkit.Repository;
import dev.ecrkit.RepositoryArgs;
import dev.ecrkit.lifecycle.LifecycleTemplate;
import dev.ecrkit.observability.AlarmTopic;
import dev.ecrkit.observability.LoggingSettings;
import dev.ecrkit.observability.MonitoringSettings;
import dev.ecrkit.registry.RegistryScanning;
import dev.ecrkit.registry.ScanType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * terraform-aws-ecr examples/monitoring: enhanced scanning, alarms with custom thresholds, an SNS topic
 * {@code <repo>-ecr-alerts} with e-mail subscribers, logging and the production lifecycle template. In ecrkit the
 * alarms watch metrics AWS really publishes (docs/monitoring.md), logging really receives the repository's events, and
 * enhanced scanning is the account's one {@link Registry} (docs/registry.md). Like the module example, the program
 * adds its own dashboard and inactivity alarm next to the component, as plain CloudWatch resources fed by the
 * component's outputs (the topic, the alarms) and by the metrics its alarms watch.
 */
public final class App {
    static final String REPOSITORY = "monitored-app";
    /**
     * The inactivity alarm fires after this many days without a pull: 7 daily periods, the longest evaluation range
     * CloudWatch accepts ("Period multiplied by EvaluationPeriods can't be more than 604,800 seconds",
     * https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_PutMetricAlarm.html).
     */
    static final int INACTIVE_DAYS = 7;
    private static final int DAY_SECONDS = 86_400;

    private App() {
    }

    public static void main(String[] args) {
        Pulumi.run(App::stack);
    }

    /** The program (the test runs it under the Pulumi mock engine). */
    static void stack(Context ctx) {
        var repo = new Repository("ecr-monitoring", RepositoryArgs.builder()
                .name(REPOSITORY)
                .scanOnPush(true)
                .lifecyclePolicyTemplate(LifecycleTemplate.PRODUCTION)
                .logging(LoggingSettings.builder().retentionInDays(30).build())
                .monitoring(MonitoringSettings.builder()
                        .storageThresholdGb(5)                 // alarm above 5 GB of images
                        .apiCallsThreshold(500)                // ECR API calls per minute (account and Region)
                        .securityFindingsThreshold(5)          // CRITICAL/HIGH findings per scan
                        .imagePushThreshold(20)                // pushes in 5 minutes
                        .imagePullThreshold(200)               // pulls in 5 minutes
                        .topic(AlarmTopic.create("monitored-app-ecr-alerts"))
                        .subscribers(List.of("devops@example.com", "security@example.com"))
                        .build())
                .build(), null);
        new Registry("registry", RegistryArgs.builder()
                .scanning(RegistryScanning.fromModule(ScanType.ENHANCED, false, RegistryScanning.MODULE_DEFAULT_FILTERS))
                .build(), null);
        String region = ctx.config("aws").get("region").orElse("us-east-1");
        // no pull for INACTIVE_DAYS days: AWS/ECR publishes RepositoryPullCount only when there are pulls, so missing
        // data is what an unused repository looks like (treated as breaching)
        var inactive = new MetricAlarm("monitored-app-inactive", MetricAlarmArgs.builder()
                .name(REPOSITORY + "-ecr-inactive")
                .alarmDescription("No image of " + REPOSITORY + " pulled for " + INACTIVE_DAYS + " days")
                .namespace("AWS/ECR")
                .metricName("RepositoryPullCount")
                .dimensions(Map.of("RepositoryName", REPOSITORY))
                .statistic("Sum")
                .period(DAY_SECONDS)
                .evaluationPeriods(INACTIVE_DAYS)
                .threshold(1.0)
                .comparisonOperator("LessThanThreshold")
                .treatMissingData("breaching")
                .alarmActions(repo.snsTopicArn.applyValue(List::of))
                .build());
        new Dashboard("monitored-app-dashboard", DashboardArgs.builder()
                .dashboardName(REPOSITORY + "-ecr")
                .dashboardBody(Output.tuple(repo.cloudwatchAlarms, inactive.arn()).applyValue(t -> dashboard(region, t.t1, t.t2)))
                .build());
        ctx.export("repositoryUrl", repo.repositoryUrl);
        ctx.export("snsTopicArn", repo.snsTopicArn);
        ctx.export("cloudwatchAlarms", repo.cloudwatchAlarms);
        ctx.export("monitoringStatus", repo.monitoringStatus);
        ctx.export("inactivityAlarmArn", inactive.arn());
    }

    /**
     * The dashboard body: pulls (AWS/ECR), size and image count (the metrics ecrkit's storage function publishes in
     * {@code ecrkit/ECR}) and the state of every alarm.
     */
    @SuppressWarnings("unchecked")
    static String dashboard(String region, Map<String, Object> alarms, String inactiveArn) {
        var arns = new ArrayList<String>();
        new TreeMap<>(alarms).values().forEach(a -> arns.add(String.valueOf(((Map<String, Object>) a).get("arn"))));
        arns.add(inactiveArn);
        String alarmList = String.join(",", arns.stream().map(a -> "\"" + a + "\"").toList());
        return """
                {"widgets":[\
                {"type":"metric","x":0,"y":0,"width":12,"height":6,"properties":{"title":"Pulls","region":"%3$s",\
                "stat":"Sum","period":300,"metrics":[["AWS/ECR","RepositoryPullCount","RepositoryName","%1$s"]]}},\
                {"type":"metric","x":12,"y":0,"width":12,"height":6,"properties":{"title":"Size and images","region":"%3$s",\
                "stat":"Maximum","period":3600,"metrics":[["ecrkit/ECR","RepositorySizeInBytes","RepositoryName","%1$s"],\
                ["ecrkit/ECR","ImageCount","RepositoryName","%1$s",{"yAxis":"right"}]]}},\
                {"type":"alarm","x":0,"y":6,"width":24,"height":4,"properties":{"title":"Alarms","alarms":[%2$s]}}]}\
                """.formatted(REPOSITORY, alarmList, region);
    }
}
