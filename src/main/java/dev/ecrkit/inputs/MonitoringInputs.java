package dev.ecrkit.inputs;

import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import dev.ecrkit.MonitoringArgs;
import dev.ecrkit.observability.AlarmTopic;
import dev.ecrkit.observability.MonitoringSettings;
import java.util.List;
import java.util.Map;

/**
 * Inputs of the plugin's {@code ecrkit:index:Monitoring}, standalone alarms and notifications for one repository:
 * {@code repositoryName}, {@code repositoryArn} and {@code tags} of {@link MonitoringArgs}, the threshold and
 * {@code subscribers} builder names of {@link dev.ecrkit.observability.MonitoringSettings}, and {@code createTopic} /
 * {@code topicName} for its {@code topic} (declared here with {@link Input}, once): {@code createTopic} creates
 * {@code topicName} (default {@code <repository>-ecr-monitoring}), {@code topicName} alone names an existing topic
 * (name or ARN), neither means no topic, exactly like a repository entry's {@code createSnsTopic} /
 * {@code snsTopicName}. Each input names the builder method it sets ({@link Input#java}); converted by
 * {@code dev.ecrkit.stack.ObservabilityConfig#monitoringArgs}. No static fields.
 */
public final class MonitoringInputs extends ResourceArgs {
    @Input(doc = "Required. The monitored repository",
            java = {@Input.Java(owner = MonitoringArgs.Builder.class, name = "repositoryName", params = String.class)})
    @Import(name = "repositoryName", required = true)
    private String repositoryName;
    @Input(doc = "The repository's ARN; default: from the name and the provider's partition, Region and account",
            java = {@Input.Java(owner = MonitoringArgs.Builder.class, name = "repositoryArn", params = String.class)})
    @Import(name = "repositoryArn")
    private String repositoryArn;
    @Input(doc = "Alarm when the repository's images sum to more than this many GB (> 0)",
            moduleDefault = "" + MonitoringSettings.DEFAULT_STORAGE_GB,
            java = {@Input.Java(owner = MonitoringSettings.Builder.class, name = "storageThresholdGb", params = double.class)})
    @Import(name = "storageThresholdGb")
    private Double storageThresholdGb;
    @Input(doc = "Alarm when ECR API calls per minute exceed this (> 0)",
            moduleDefault = "" + MonitoringSettings.DEFAULT_API_CALLS,
            java = {@Input.Java(owner = MonitoringSettings.Builder.class, name = "apiCallsThreshold", params = double.class)})
    @Import(name = "apiCallsThreshold")
    private Double apiCallsThreshold;
    @Input(doc = "Notify when a scan finds more than this many CRITICAL or HIGH vulnerabilities (>= 0)",
            moduleDefault = "" + MonitoringSettings.DEFAULT_SECURITY_FINDINGS,
            java = {@Input.Java(owner = MonitoringSettings.Builder.class, name = "securityFindingsThreshold", params = double.class)})
    @Import(name = "securityFindingsThreshold")
    private Double securityFindingsThreshold;
    @Input(doc = "Alarm when more than this many pushes in 5 minutes (> 0)",
            moduleDefault = "" + MonitoringSettings.DEFAULT_IMAGE_PUSH,
            java = {@Input.Java(owner = MonitoringSettings.Builder.class, name = "imagePushThreshold", params = double.class)})
    @Import(name = "imagePushThreshold")
    private Double imagePushThreshold;
    @Input(doc = "Alarm when more than this many pulls in 5 minutes (> 0)",
            moduleDefault = "" + MonitoringSettings.DEFAULT_IMAGE_PULL,
            java = {@Input.Java(owner = MonitoringSettings.Builder.class, name = "imagePullThreshold", params = double.class)})
    @Import(name = "imagePullThreshold")
    private Double imagePullThreshold;
    @Input(doc = "Create the alarm topic (`topicName`, else `<repositoryName>-ecr-monitoring`)",
            moduleDefault = "false",
            java = {@Input.Java(owner = MonitoringSettings.Builder.class, name = "topic", params = AlarmTopic.class),
                @Input.Java(owner = AlarmTopic.class, name = "create", params = String.class)})
    @Import(name = "createTopic")
    private Boolean createTopic;
    @Input(doc = "Topic to create (with `createTopic`), else an existing topic's name or ARN",
            java = {@Input.Java(owner = AlarmTopic.class, name = "existing", params = String.class)})
    @Import(name = "topicName")
    private String topicName;
    @Input(doc = "E-mail addresses subscribed to the topic", moduleDefault = "[]",
            java = {@Input.Java(owner = MonitoringSettings.Builder.class, name = "subscribers", params = List.class)})
    @Import(name = "subscribers")
    private List<String> subscribers;
    @Input(doc = "Tags of every resource", moduleDefault = "{}",
            java = {@Input.Java(owner = MonitoringArgs.Builder.class, name = "tags", params = Map.class)})
    @Import(name = "tags")
    private List<TagArgs> tags;

    private MonitoringInputs() {
    }
}
