package dev.ecrkit.observability;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/** What an alarm watches: one metric, or a metric math expression over several. Pure. */
public sealed interface AlarmMetric permits AlarmMetric.Single, AlarmMetric.Expression {
    /** Evaluation period in seconds. */
    int periodSeconds();

    /**
     * One metric.
     *
     * @param namespace     namespace
     * @param metricName    metric name
     * @param dimensions    dimensions (exactly those the metric is published with)
     * @param statistic     statistic (Sum, Maximum, ...)
     * @param periodSeconds period
     */
    record Single(String namespace, String metricName, Map<String, String> dimensions, String statistic,
            int periodSeconds) implements AlarmMetric {
        public Single {
            Objects.requireNonNull(namespace, "namespace");
            Objects.requireNonNull(metricName, "metricName");
            dimensions = Map.copyOf(dimensions);
            Objects.requireNonNull(statistic, "statistic");
        }
    }

    /**
     * A metric math expression over metrics {@code m1..mN}.
     *
     * @param id            id of the expression (the value the alarm watches)
     * @param expression    expression, for example {@code SUM(METRICS())}
     * @param label         label of the result
     * @param inputs        the metrics, ids {@code m1..mN} in order
     * @param periodSeconds period of every input
     */
    record Expression(String id, String expression, String label, List<Single> inputs, int periodSeconds)
            implements AlarmMetric {
        public Expression {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(expression, "expression");
            Objects.requireNonNull(label, "label");
            inputs = List.copyOf(inputs);
        }
    }
}
