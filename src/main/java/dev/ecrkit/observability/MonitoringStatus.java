package dev.ecrkit.observability;

import java.util.LinkedHashMap;
import java.util.Map;

/** The {@code monitoringStatus} output: the Terraform module's fields, with every threshold reported. Pure. */
public final class MonitoringStatus {
    private MonitoringStatus() {
    }

    /** Status of a repository without monitoring: {@code {enabled: false}}. */
    public static Map<String, Object> disabled() {
        return Map.of("enabled", false);
    }

    /**
     * Status of a monitored repository.
     *
     * @param s         the settings
     * @param topicName the topic in use ("" when none)
     */
    public static Map<String, Object> of(MonitoringSettings s, String topicName) {
        var m = new LinkedHashMap<String, Object>();
        m.put("enabled", true);
        m.put("storageThresholdGb", s.storageThresholdGb());
        m.put("apiCallsThreshold", s.apiCallsThreshold());
        m.put("securityFindingsThreshold", s.securityFindingsThreshold());
        m.put("imagePushThreshold", s.imagePushThreshold());
        m.put("imagePullThreshold", s.imagePullThreshold());
        m.put("snsTopicCreated", s.topic() instanceof AlarmTopic.Create);
        if (!topicName.isEmpty()) {
            m.put("snsTopicName", topicName);
        }
        m.put("snsSubscribersCount", s.subscribers().size());
        m.put("securityMonitoringEnabled", s.hasTopic());
        return m;
    }
}
