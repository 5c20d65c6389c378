package dev.ecrkit.observability;

import dev.ecrkit.policy.ObservabilityPolicies;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The alarms of the Monitoring component, each on a metric AWS (or ecrkit) really publishes. The Terraform module's
 * alarms watch {@code AWS/ECR} metrics that do not exist except {@code RepositoryPullCount}
 * (terraform-module-behaviour.md section 8.2); the table in docs/monitoring.md maps each to what ecrkit creates.
 * Pure.
 */
public final class MonitoringAlarms {
    /** Comparison of every alarm, as in the module. */
    public static final String COMPARISON = "GreaterThanThreshold";
    /** Longest evaluation range: period x evaluation periods at most one week (BOTO cloudwatch PutMetricAlarmInput). */
    public static final long MAX_EVALUATION_SECONDS = 604_800;
    /** Missing data counts as not breaching: a count metric has no datapoint when nothing happened. */
    public static final String MISSING_IS_NOT_BREACHING = "notBreaching";
    /** Missing data stays missing: the alarm goes to INSUFFICIENT_DATA (and says so) when a metric stops. */
    public static final String MISSING_IS_MISSING = "missing";

    /**
     * AWS/ECR RepositoryPullCount, dimension RepositoryName, statistic Sum
     * (https://docs.aws.amazon.com/AmazonECR/latest/userguide/ecr-repository-metrics.html).
     */
    public static final String PULL_NAMESPACE = "AWS/ECR";
    /** See {@link #PULL_NAMESPACE}. */
    public static final String PULL_METRIC = "RepositoryPullCount";
    /** The dimension of ECR's and ecrkit's repository metrics. */
    public static final String REPOSITORY_DIMENSION = "RepositoryName";

    /**
     * ECR API usage: AWS/Usage CallCount with dimensions Service=ECR, Type=API and Resource=&lt;API&gt; (ECR does not
     * use the Class dimension), published for these APIs only
     * (https://docs.aws.amazon.com/AmazonECR/latest/userguide/monitoring-usage.html). Per account and Region.
     */
    public static final List<String> USAGE_APIS = List.of("GetAuthorizationToken", "BatchCheckLayerAvailability",
            "InitiateLayerUpload", "UploadLayerPart", "CompleteLayerUpload", "PutImage", "BatchGetImage",
            "GetDownloadUrlForLayer");
    /** See {@link #USAGE_APIS}. */
    public static final String USAGE_NAMESPACE = "AWS/Usage";
    /** See {@link #USAGE_APIS}. */
    public static final String USAGE_METRIC = "CallCount";
    /**
     * Metrics a metric-math alarm may retrieve: at most 10 (https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_MetricDataQuery.html:
     * up to 20 queries in PutMetricAlarm, of which at most 10 retrieve a metric).
     */
    public static final int MAX_ALARM_METRICS = 10;

    /**
     * Pushes: EventBridge's AWS/Events TriggeredRules of the rule that matches the repository's successful pushes,
     * dimension RuleName, statistic Sum (https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-monitoring.html).
     * No data until the rule first matches.
     */
    public static final String PUSH_NAMESPACE = "AWS/Events";
    /** See {@link #PUSH_NAMESPACE}. */
    public static final String PUSH_METRIC = "TriggeredRules";
    /** See {@link #PUSH_NAMESPACE}. */
    public static final String RULE_DIMENSION = "RuleName";
    /** ecrkit's metric of repository size, published hourly by the storage-metric function (storage_metric.py). */
    public static final String SIZE_METRIC = "RepositorySizeInBytes";

    /** Module's periods: pulls, pushes 300 s x 2; API calls 60 s x 2 (usage metrics are per minute). */
    public static final int COUNT_PERIOD_SECONDS = 300;
    /** See {@link #COUNT_PERIOD_SECONDS}. */
    public static final int API_PERIOD_SECONDS = 60;
    /** See {@link #COUNT_PERIOD_SECONDS}. */
    public static final int COUNT_EVALUATION_PERIODS = 2;
    /** Storage: hourly datapoints (the function's schedule), 2 hours evaluated, 1 breaching datapoint alarms. */
    public static final int STORAGE_PERIOD_SECONDS = 3600;
    /** See {@link #STORAGE_PERIOD_SECONDS}. */
    public static final int STORAGE_EVALUATION_PERIODS = 2;

    private MonitoringAlarms() {
    }

    /** The four alarms of {@code repository}, in output order: storage, API calls, pushes, pulls. */
    public static List<AlarmSpec> of(String repository, MonitoringSettings s) {
        var repositoryDimension = Map.of(REPOSITORY_DIMENSION, repository);
        var alarms = new ArrayList<AlarmSpec>();
        alarms.add(new AlarmSpec("storageUsageAlarm", ObservabilityNames.alarm(repository, "storage-usage"),
                "Images of ECR repository " + repository + " sum to more than " + number(s.storageThresholdGb())
                        + " GB (" + ObservabilityPolicies.METRIC_NAMESPACE + " " + SIZE_METRIC
                        + ", published hourly by ecrkit). INSUFFICIENT_DATA means the storage-metric function stopped.",
                new AlarmMetric.Single(ObservabilityPolicies.METRIC_NAMESPACE, SIZE_METRIC, repositoryDimension,
                        "Maximum", STORAGE_PERIOD_SECONDS),
                STORAGE_EVALUATION_PERIODS, 1, s.storageThresholdBytes(), MISSING_IS_MISSING, true));
        alarms.add(new AlarmSpec("apiCallsAlarm", ObservabilityNames.alarm(repository, "api-calls"),
                "More than " + number(s.apiCallsThreshold()) + " ECR API calls per minute in this account and Region"
                        + " (AWS/Usage CallCount, Service ECR; not per repository), alarm of " + repository + ".",
                apiCalls(), COUNT_EVALUATION_PERIODS, COUNT_EVALUATION_PERIODS, s.apiCallsThreshold(),
                MISSING_IS_NOT_BREACHING, false));
        String pushRule = ObservabilityNames.pushRule(repository);
        alarms.add(new AlarmSpec("imagePushAlarm", ObservabilityNames.alarm(repository, "image-push"),
                "More than " + number(s.imagePushThreshold()) + " images pushed to ECR repository " + repository
                        + " in 5 minutes (AWS/Events TriggeredRules of rule " + pushRule
                        + ", which matches the repository's successful ECR pushes).",
                new AlarmMetric.Single(PUSH_NAMESPACE, PUSH_METRIC, Map.of(RULE_DIMENSION, pushRule), "Sum",
                        COUNT_PERIOD_SECONDS),
                COUNT_EVALUATION_PERIODS, COUNT_EVALUATION_PERIODS, s.imagePushThreshold(), MISSING_IS_NOT_BREACHING,
                false));
        alarms.add(new AlarmSpec("imagePullAlarm", ObservabilityNames.alarm(repository, "image-pull"),
                "More than " + number(s.imagePullThreshold()) + " image pulls from ECR repository " + repository
                        + " in 5 minutes (AWS/ECR RepositoryPullCount).",
                new AlarmMetric.Single(PULL_NAMESPACE, PULL_METRIC, repositoryDimension, "Sum", COUNT_PERIOD_SECONDS),
                COUNT_EVALUATION_PERIODS, COUNT_EVALUATION_PERIODS, s.imagePullThreshold(), MISSING_IS_NOT_BREACHING,
                false));
        return alarms;
    }

    /** SUM of CallCount over the ECR APIs AWS reports, per minute. */
    static AlarmMetric.Expression apiCalls() {
        var inputs = USAGE_APIS.stream().map(api -> {
            var dims = new LinkedHashMap<String, String>();
            dims.put("Service", "ECR");
            dims.put("Type", "API");
            dims.put("Resource", api);
            return new AlarmMetric.Single(USAGE_NAMESPACE, USAGE_METRIC, dims, "Sum", API_PERIOD_SECONDS);
        }).toList();
        if (inputs.size() > MAX_ALARM_METRICS) {
            throw new IllegalStateException("an alarm may retrieve at most " + MAX_ALARM_METRICS + " metrics");
        }
        return new AlarmMetric.Expression("e1", "SUM(METRICS())", "ECR API calls", inputs, API_PERIOD_SECONDS);
    }

    /** A threshold as written: 10 not 10.0. */
    public static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
