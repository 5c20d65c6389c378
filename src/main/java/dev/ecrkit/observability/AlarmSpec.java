package dev.ecrkit.observability;

import java.util.Objects;

/**
 * One CloudWatch alarm of the Monitoring component. Pure.
 *
 * @param key                    stable key: output key and resource name suffix
 * @param name                   alarm name
 * @param description            alarm description
 * @param metric                 what it watches
 * @param evaluationPeriods      periods evaluated
 * @param datapointsToAlarm      of those, how many must breach
 * @param threshold              threshold (compared with {@link MonitoringAlarms#COMPARISON})
 * @param treatMissingData       how periods without data count (a TreatMissingData value)
 * @param notifyInsufficientData whether INSUFFICIENT_DATA also notifies the topic (metrics that must never lack data)
 */
public record AlarmSpec(String key, String name, String description, AlarmMetric metric, int evaluationPeriods,
        int datapointsToAlarm, double threshold, String treatMissingData, boolean notifyInsufficientData) {
    public AlarmSpec {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(treatMissingData, "treatMissingData");
        if (datapointsToAlarm < 1 || datapointsToAlarm > evaluationPeriods) {
            throw new IllegalArgumentException("datapointsToAlarm must be 1.." + evaluationPeriods);
        }
        if ((long) evaluationPeriods * metric.periodSeconds() > MonitoringAlarms.MAX_EVALUATION_SECONDS) {
            throw new IllegalArgumentException("period x evaluation periods exceeds one week");
        }
    }
}
