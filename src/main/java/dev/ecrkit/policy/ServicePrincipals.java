package dev.ecrkit.policy;

/**
 * AWS service principals ecrkit's policies name. The same names are used in every partition ecrkit documents
 * ({@code aws}, {@code aws-us-gov}); China Region suffixes are not verified (security-checks.md, section 2.8).
 */
public final class ServicePrincipals {
    /** Amazon EventBridge (rules delivering to targets). */
    public static final String EVENTS = "events.amazonaws.com";
    /** CloudWatch Logs delivery, named next to EventBridge in the log group resource policy EventBridge documents. */
    public static final String LOGS_DELIVERY = "delivery.logs.amazonaws.com";
    /** Amazon CloudWatch (alarm actions). */
    public static final String CLOUDWATCH = "cloudwatch.amazonaws.com";
    /** AWS Lambda (execution roles). */
    public static final String LAMBDA = "lambda.amazonaws.com";

    private ServicePrincipals() {
    }
}
