package dev.ecrkit;

import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.Resource;
import dev.ecrkit.observability.MonitoringStatus;
import java.util.Map;

/**
 * The Logging and Monitoring children of a {@link Repository} (created when their settings are present) and the
 * module outputs they answer. Package-private: part of Repository, kept apart so Repository stays small.
 *
 * @param cloudwatchLogGroupArn the log group recording the repository's events; "" without logging
 * @param loggingRoleArn        always "": EventBridge writes to CloudWatch Logs through a resource policy, no role
 *                              exists (the module's role was never assumed by anything)
 * @param monitoringStatus      the module's monitoring status; {@code {enabled: false}} without monitoring
 * @param snsTopicArn           the topic alarms notify, created or existing; "" without one
 * @param cloudwatchAlarms      alarm key -> {name, arn}; empty without monitoring
 */
public record RepositoryObservability(Output<String> cloudwatchLogGroupArn, Output<String> loggingRoleArn,
        Output<Map<String, Object>> monitoringStatus, Output<String> snsTopicArn,
        Output<Map<String, Object>> cloudwatchAlarms) {

    /** Creates the children of {@code parent} (named {@code <name>-logging}, {@code <name>-monitoring}). */
    static RepositoryObservability create(Resource parent, String name, RepositoryArgs args,
            Output<String> repositoryName, Output<String> repositoryArn, Output<Map<String, String>> tags) {
        var options = ComponentResourceOptions.builder().parent(parent).build();
        Logging logging = args.logging().map(settings -> new Logging(name + "-logging", LoggingArgs.builder()
                .repositoryName(repositoryName)
                .repositoryArn(repositoryArn)
                .settings(settings)
                .tags(tags)
                .build(), options)).orElse(null);
        Monitoring monitoring = args.monitoring().map(settings -> {
            return new Monitoring(name + "-monitoring", MonitoringArgs.builder()
                    .repositoryName(repositoryName)
                    .repositoryArn(repositoryArn)
                    .settings(settings)
                    .tags(tags)
                    .build(), options);
        }).orElse(null);
        Output<String> logGroupArn = logging != null ? logging.cloudwatchLogGroupArn : Output.of("");
        return new RepositoryObservability(logGroupArn, Output.of(""),
                monitoring != null ? monitoring.monitoringStatus : Output.of(MonitoringStatus.disabled()),
                monitoring != null ? monitoring.snsTopicArn : Output.of(""),
                monitoring != null ? monitoring.cloudwatchAlarms : Output.of(Map.of()));
    }
}
