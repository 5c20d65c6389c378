package dev.ecrkit.plugin;

import dev.ecrkit.inputs.TagArgs;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import dev.ecrkit.MonitoringArgs;
import dev.ecrkit.stack.ObservabilityConfig;
import java.util.List;

/**
 * Inputs of the plugin's {@code ecrkit:index:Monitoring}, standalone alarms and notifications for one repository:
 * {@code repositoryName}, {@code repositoryArn} and {@code tags} of {@link MonitoringArgs}, the threshold and
 * {@code subscribers} builder names of {@link dev.ecrkit.observability.MonitoringSettings}, and {@code createTopic} /
 * {@code topicName} for its {@code topic} ({@link ObservabilityConfig#MONITORING_INPUTS}): {@code createTopic} creates
 * {@code topicName} (default {@code <repository>-ecr-monitoring}), {@code topicName} alone names an existing topic
 * (name or ARN), neither means no topic, exactly like a repository entry's {@code createSnsTopic} /
 * {@code snsTopicName}. Converted by {@link ObservabilityConfig#monitoringArgs}, the entry's monitoring reader with
 * these names. No static fields.
 */
final class MonitoringInputs extends ResourceArgs {
    @Import(name = "repositoryName", required = true)
    private String repositoryName;
    @Import(name = "repositoryArn")
    private String repositoryArn;
    @Import(name = "storageThresholdGb")
    private Double storageThresholdGb;
    @Import(name = "apiCallsThreshold")
    private Double apiCallsThreshold;
    @Import(name = "securityFindingsThreshold")
    private Double securityFindingsThreshold;
    @Import(name = "imagePushThreshold")
    private Double imagePushThreshold;
    @Import(name = "imagePullThreshold")
    private Double imagePullThreshold;
    @Import(name = "createTopic")
    private Boolean createTopic;
    @Import(name = "topicName")
    private String topicName;
    @Import(name = "subscribers")
    private List<String> subscribers;
    @Import(name = "tags")
    private List<TagArgs> tags;

    private MonitoringInputs() {
    }

    /** The Java args, through the monitoring reader. */
    MonitoringArgs toArgs() {
        return PluginInputs.convert(this, ObservabilityConfig::monitoringArgs);
    }
}
