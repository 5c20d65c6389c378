package com.example.monitoring;

import com.pulumi.Context;
import com.pulumi.Pulumi;
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
import java.util.List;

/**
 * terraform-aws-ecr examples/monitoring: enhanced scanning, alarms with custom thresholds, an SNS topic
 * {@code <repo>-ecr-alerts} with e-mail subscribers, logging and the production lifecycle template. In ecrkit the
 * alarms watch metrics AWS really publishes (docs/monitoring.md), logging really receives the repository's events, and
 * enhanced scanning is the account's one {@link Registry} (docs/registry.md). The module example's own dashboard and
 * inactivity alarm are plain CloudWatch resources outside the module and are left out.
 */
public final class App {
    private App() {
    }

    public static void main(String[] args) {
        Pulumi.run(App::stack);
    }

    /** The program (the test runs it under the Pulumi mock engine). */
    static void stack(Context ctx) {
        var repo = new Repository("ecr-monitoring", RepositoryArgs.builder()
                .name("monitored-app")
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
        ctx.export("repositoryUrl", repo.repositoryUrl);
        ctx.export("snsTopicArn", repo.snsTopicArn);
        ctx.export("cloudwatchAlarms", repo.cloudwatchAlarms);
        ctx.export("monitoringStatus", repo.monitoringStatus);
    }
}
