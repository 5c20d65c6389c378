package dev.ecrkit.policy;

import java.util.List;

/** Resource and role policies of the Logging and Monitoring components. Pure. */
public final class ObservabilityPolicies {
    /**
     * The ecrkit metric namespace. Custom namespaces must not start with {@code AWS/}
     * (https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_PutMetricData.html).
     */
    public static final String METRIC_NAMESPACE = "ecrkit/ECR";
    /**
     * Account-level CloudWatch Logs resource policies per Region: at most 10
     * (https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_PutResourcePolicy.html). Each Logging
     * component creates one by default (com.pulumi:aws 6.83.0 cannot attach a policy to one log group); the stack
     * program creates one for all its repositories ({@link #eventsToLogGroups}).
     */
    public static final int MAX_LOG_RESOURCE_POLICIES = 10;
    /**
     * Longest CloudWatch Logs resource policy document: 5120 characters
     * (https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_PutResourcePolicy.html, policyDocument:
     * "Maximum length of 5120").
     */
    public static final int MAX_LOG_RESOURCE_POLICY_LENGTH = 5120;

    private ObservabilityPolicies() {
    }

    /**
     * Statement id of the log-stream statement of {@link #eventsToLogGroup} and {@link #eventsToLogGroups}.
     */
    public static final String CREATE_LOG_STREAMS_SID = "EventBridgeCreatesLogStreams";
    /** Statement id of the log-events statement of {@link #eventsToLogGroup} and {@link #eventsToLogGroups}. */
    public static final String PUT_LOG_EVENTS_SID = "EventBridgeWritesRepositoryEvents";

    /**
     * CloudWatch Logs resource policy that lets EventBridge write one rule's events to one log group, in two statements:
     * <ul>
     * <li>{@code logs:CreateLogStream} with no condition, in the form the EventBridge user guide documents for
     * CloudWatch Logs targets (principals {@code events.amazonaws.com} and {@code delivery.logs.amazonaws.com}, no
     * {@code Condition}: https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-use-resource-based.html#eb-cloudwatchlogs-permissions).
     * A condition on {@code aws:SourceArn} here stops delivery: AWS's own sample had to drop it from CreateLogStream
     * (aws-samples/serverless-patterns, eventbridge-cloudwatch/template.yaml, pull request 618: "The conditional ARN
     * for the Rule only applies to logs:PutLogEvents").</li>
     * <li>{@code logs:PutLogEvents} with the confused-deputy condition the CloudWatch Logs API reference shows for a
     * service writing to a log group: {@code aws:SourceArn} (the rule) and {@code aws:SourceAccount}
     * (https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_PutResourcePolicy.html, policyDocument
     * example).</li>
     * </ul>
     */
    public static PolicyDocument eventsToLogGroup(AwsScope scope, String logGroupName, String ruleArn) {
        return logDelivery(scope.logGroupArn(logGroupName) + ":*", scope, "ArnEquals", List.of(ruleArn));
    }

    /**
     * One CloudWatch Logs resource policy that lets EventBridge write the events of many repositories, each to its own
     * log group: {@link #eventsToLogGroup} widened to the log groups that {@code logGroupPattern} matches (the
     * {@code :*} suffix is added) and, on {@code logs:PutLogEvents}, to the rules of this account and Region that one
     * of {@code ruleNamePatterns} matches ({@code ArnLike}, wildcards {@code *} and {@code ?}). The Logging names give
     * both ({@code ObservabilityNames.eventLogGroups()} and {@code ObservabilityNames.eventRuleSources}).
     */
    public static PolicyDocument eventsToLogGroups(AwsScope scope, String logGroupPattern, List<String> ruleNamePatterns) {
        return logDelivery(scope.logGroupArn(logGroupPattern) + ":*", scope, "ArnLike",
                ruleNamePatterns.stream().map(scope::eventRuleArn).toList());
    }

    private static PolicyDocument logDelivery(String logGroups, AwsScope scope, String arnOperator, List<String> rules) {
        return PolicyDocument.of(
                PolicyStatement.allow(CREATE_LOG_STREAMS_SID)
                        .services(ServicePrincipals.EVENTS, ServicePrincipals.LOGS_DELIVERY)
                        .actions("logs:CreateLogStream")
                        .resources(logGroups).build(),
                PolicyStatement.allow(PUT_LOG_EVENTS_SID)
                        .services(ServicePrincipals.EVENTS, ServicePrincipals.LOGS_DELIVERY)
                        .actions("logs:PutLogEvents")
                        .resources(logGroups)
                        .condition("StringEquals", "aws:SourceAccount", scope.accountId())
                        .condition(arnOperator, "aws:SourceArn", rules).build());
    }

    /**
     * SNS topic policy that lets the repository's alarms and EventBridge rules publish. CloudWatch is scoped to the
     * account and to the named alarms (https://docs.aws.amazon.com/sns/latest/dg/sns-access-policy-use-cases.html).
     * The EventBridge statement has no condition: "You can't use Condition blocks in Amazon SNS topic policies for
     * EventBridge" (https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-use-resource-based.html#eb-sns-permissions).
     * A service principal is not public (security-checks.md, section 2.3).
     */
    public static PolicyDocument alarmTopic(AwsScope scope, String topicArn, List<String> alarmNames) {
        return PolicyDocument.of(
                PolicyStatement.allow("CloudWatchAlarmsPublish").services(ServicePrincipals.CLOUDWATCH)
                        .actions("sns:Publish").resources(topicArn)
                        .condition("StringEquals", "aws:SourceAccount", scope.accountId())
                        .condition("ArnLike", "aws:SourceArn", alarmNames.stream().map(scope::alarmArn).toList())
                        .build(),
                PolicyStatement.allow("EventBridgeRulesPublish").services(ServicePrincipals.EVENTS)
                        .actions("sns:Publish").resources(topicArn).build());
    }

    /**
     * Permissions of the storage-metric function: read the image list of one repository
     * (https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_DescribeImages.html) and publish metrics in the
     * ecrkit namespace only. PutMetricData has no resource-level permissions; the {@code cloudwatch:namespace}
     * condition key limits it (https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/iam-cw-condition-keys-namespace.html).
     */
    public static PolicyDocument storageMetric(String repositoryArn) {
        return PolicyDocument.of(
                PolicyStatement.allow("ListRepositoryImages").actions("ecr:DescribeImages").resources(repositoryArn)
                        .build(),
                PolicyStatement.allow("PublishRepositoryMetrics").actions("cloudwatch:PutMetricData").resources("*")
                        .condition("StringEquals", "cloudwatch:namespace", METRIC_NAMESPACE).build());
    }
}
