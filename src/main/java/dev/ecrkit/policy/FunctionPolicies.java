package dev.ecrkit.policy;

import java.util.List;

/**
 * Policies of the Lambda functions ecrkit deploys (see {@code docs/functions.md}): each role grants exactly the
 * actions its function calls, on the resources it touches. Pure.
 */
public final class FunctionPolicies {
    /**
     * Actions that upload X-Ray traces of a function with active tracing; X-Ray supports no resource-level
     * permissions, so the resource is {@code *} (https://docs.aws.amazon.com/lambda/latest/dg/services-xray.html:
     * the execution role needs the write access of the AWSXRayDaemonWriteAccess policy; these are its two write
     * actions).
     */
    public static final List<String> XRAY_WRITE_ACTIONS = List.of("xray:PutTraceSegments", "xray:PutTelemetryRecords");

    private FunctionPolicies() {
    }

    /** Trust policy of an execution role: only Lambda may assume it. */
    public static PolicyDocument lambdaTrust() {
        return PolicyDocument.of(PolicyStatement.allow("LambdaAssumesRole").services(ServicePrincipals.LAMBDA)
                .actions("sts:AssumeRole").noResource().build());
    }

    /**
     * What every ecrkit function does at run time: write its own log group (created by ecrkit, so no
     * {@code logs:CreateLogGroup}), upload its traces, and send failed asynchronous invocations to its dead-letter
     * queue.
     */
    public static PolicyDocument runtime(AwsScope scope, String logGroupName, String deadLetterQueueArn) {
        return PolicyDocument.of(
                PolicyStatement.allow("WriteOwnLogs").actions("logs:CreateLogStream", "logs:PutLogEvents")
                        .resources(scope.logGroupArn(logGroupName) + ":*").build(),
                PolicyStatement.allow("WriteTraces").actions(XRAY_WRITE_ACTIONS)
                        .resources("*").build(),
                PolicyStatement.allow("DeadLetterFailedInvocations").actions("sqs:SendMessage")
                        .resources(deadLetterQueueArn).build());
    }

    /**
     * Queue policy of a function's dead-letter queue: EventBridge may send the events it could not deliver, and only
     * for the given rules (https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-rule-dlq.html).
     */
    public static PolicyDocument deadLetterQueue(String queueArn, List<String> ruleArns) {
        return PolicyDocument.of(PolicyStatement.allow("EventBridgeDeadLetters").services(ServicePrincipals.EVENTS)
                .actions("sqs:SendMessage").resources(queueArn)
                .condition("ArnEquals", "aws:SourceArn", ruleArns).build());
    }
}
