package dev.ecrkit.docs;

import dev.ecrkit.Repository;
import dev.ecrkit.RepositoryArgs;
import dev.ecrkit.observability.AlarmTopic;
import dev.ecrkit.observability.MonitoringSettings;
import java.util.List;

/** The Java snippet of docs/monitoring.md. */
final class MonitoringSnippets {
    private MonitoringSnippets() {
    }

    static void repository() {
        // snippet: repository
        new Repository("orders", RepositoryArgs.builder()
                .name("team/orders")
                .monitoring(MonitoringSettings.builder()
                        .storageThresholdGb(50)
                        .imagePullThreshold(500)
                        .securityFindingsThreshold(0)                    // any CRITICAL or HIGH finding notifies
                        .topic(AlarmTopic.create())                      // or AlarmTopic.create("name"), AlarmTopic.existing("name or ARN")
                        .subscribers(List.of("oncall@example.com"))
                        .build())
                .build(), null);
        // end-snippet
    }
}
