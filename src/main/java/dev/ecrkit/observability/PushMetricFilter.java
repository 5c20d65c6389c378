package dev.ecrkit.observability;

/**
 * The CloudWatch Logs metric filter that turns the repository's successful push events (recorded by the Logging
 * component as JSON log events) into {@code ecrkit/ECR ImagePushCount} with dimension RepositoryName
 * (https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/FilterAndPatternSyntax.html, JSON patterns). Pure.
 */
public final class PushMetricFilter {
    /** Each matching event adds 1. */
    public static final String METRIC_VALUE = "1";
    /** The dimension value is read from the event. */
    public static final String REPOSITORY_SELECTOR = "$.detail.repository-name";
    /** Unit of the metric. */
    public static final String UNIT = "Count";

    private PushMetricFilter() {
    }

    /** The filter pattern: ECR Image Action events of {@code repository} with action PUSH and result SUCCESS. */
    public static String pattern(String repository) {
        return "{ ($.source = \"aws.ecr\") && ($.detail-type = \"ECR Image Action\") && ($.detail.action-type = \"PUSH\")"
                + " && ($.detail.result = \"SUCCESS\") && ($.detail.repository-name = \"" + repository + "\") }";
    }
}
