package dev.ecrkit.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResource;
import dev.ecrkit.TestEngine;
import dev.ecrkit.policy.AwsScope;
import dev.ecrkit.findings.PlannedResource;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class PythonFunctionTest {
    private static final AwsScope SCOPE = new AwsScope("aws", "eu-west-1", "123456789012");
    private static final String ACCESS = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"X\",\"Effect\":\"Allow\","
            + "\"Action\":\"ecr:DescribeImages\",\"Resource\":\"arn:aws:ecr:eu-west-1:123456789012:repository/app\"}]}";

    static TestEngine.Run deploy(UnaryOperator<PythonFunction.Builder> customize) {
        return TestEngine.run(ctx -> {
            var parent = new ComponentResource("test:index:Parent", "p");
            customize.apply(PythonFunction.builder("p-fn", FunctionCode.of("echo_probe"))
                    .functionName(Output.of("app-fn")).roleName(Output.of("app-fn-eu-west-1"))
                    .queueName(Output.of("app-fn-dlq")).accessPolicy(Output.of(ACCESS)).scope(Output.of(SCOPE))
                    .description(Output.of("probe")).environment(Output.of(Map.of("REPOSITORY_NAME", "app")))
                    .tags(Output.of(Map.of("Team", "a")))
                    .trigger(FunctionTrigger.schedule("hourly", Output.of("app-fn-hourly"), "every hour",
                            "rate(1 hour)", 3600, 3)))
                    .create(parent);
        });
    }

    @Test
    void registersRoleLogGroupQueueFunctionAndTriggerAllUnderTheParent() {
        var run = deploy(b -> b);
        assertNull(run.failure());
        String parent = run.one("test:index:Parent").urn();
        var names = run.stack().resources().stream().filter(r -> r.type().startsWith("aws:"))
                .peek(r -> assertEquals(parent, r.parent(), r.name())).map(r -> r.type() + " " + r.name())
                .collect(java.util.stream.Collectors.toSet());
        assertEquals(java.util.Set.of("aws:iam/role:Role p-fn-role", "aws:cloudwatch/logGroup:LogGroup p-fn-log-group",
                "aws:sqs/queue:Queue p-fn-dlq", "aws:iam/rolePolicy:RolePolicy p-fn-runtime-policy",
                "aws:iam/rolePolicy:RolePolicy p-fn-access-policy", "aws:lambda/function:Function p-fn-function",
                "aws:cloudwatch/eventRule:EventRule p-fn-hourly-rule",
                "aws:cloudwatch/eventTarget:EventTarget p-fn-hourly-target",
                "aws:lambda/permission:Permission p-fn-hourly-permission",
                "aws:sqs/queuePolicy:QueuePolicy p-fn-dlq-policy"), names);
    }

    @Test
    void role_trustsOnlyLambda_andItsPoliciesGrantOnlyWhatTheFunctionDoes() {
        var run = deploy(b -> b);
        var role = run.one("aws:iam/role:Role");
        assertEquals("app-fn-eu-west-1", role.inputs().get("name"));
        assertEquals("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"LambdaAssumesRole\",\"Effect\":\"Allow\","
                + "\"Principal\":{\"Service\":\"lambda.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}]}",
                role.inputs().get("assumeRolePolicy"));
        var policies = run.ofType("aws:iam/rolePolicy:RolePolicy").stream()
                .sorted(java.util.Comparator.comparing((PlannedResource r) -> !r.name().endsWith("runtime-policy"))).toList();
        assertEquals("{\"Version\":\"2012-10-17\",\"Statement\":["
                + "{\"Sid\":\"WriteOwnLogs\",\"Effect\":\"Allow\",\"Action\":[\"logs:CreateLogStream\",\"logs:PutLogEvents\"],"
                + "\"Resource\":\"arn:aws:logs:eu-west-1:123456789012:log-group:/aws/lambda/app-fn:*\"},"
                + "{\"Sid\":\"WriteTraces\",\"Effect\":\"Allow\",\"Action\":[\"xray:PutTraceSegments\",\"xray:PutTelemetryRecords\"],"
                + "\"Resource\":\"*\"},"
                + "{\"Sid\":\"DeadLetterFailedInvocations\",\"Effect\":\"Allow\",\"Action\":\"sqs:SendMessage\","
                + "\"Resource\":\"arn:aws:sqs:eu-west-1:123456789012:app-fn-dlq\"}]}",
                policies.get(0).inputs().get("policy"));
        assertEquals(Map.of("name", "runtime", "role", "app-fn-eu-west-1", "policy", policies.get(0).inputs().get("policy")),
                policies.get(0).inputs());
        assertEquals(Map.of("name", "access", "role", "app-fn-eu-west-1", "policy", ACCESS), policies.get(1).inputs());
    }

    @Test
    void function_runsPython312WithTracingDeadLetterQueueAndTheModuleArchive() {
        var run = deploy(b -> b.timeoutSeconds(120).memoryMb(256));
        var fn = run.one("aws:lambda/function:Function");
        var in = fn.inputs();
        assertEquals("app-fn", in.get("name"));
        assertEquals("python3.12", in.get("runtime"));
        assertEquals("echo_probe.handler", in.get("handler"));
        assertEquals(Map.of("mode", "Active"), in.get("tracingConfig"));
        assertEquals(Map.of("targetArn", "arn:aws:sqs:eu-west-1:123456789012:app-fn-dlq"), in.get("deadLetterConfig"));
        assertEquals("arn:aws:iam::123456789012:role/app-fn-eu-west-1", in.get("role"));
        assertEquals(120L, in.get("timeout"));
        assertEquals(256L, in.get("memorySize"));
        assertEquals(Map.of("variables", Map.of("REPOSITORY_NAME", "app")), in.get("environment"));
        assertEquals(Map.of("assets", FunctionCodeTest.entries(FunctionCode.of("echo_probe"))), in.get("code"));
        assertEquals(Map.of("Team", "a"), in.get("tags"));
        assertTrue(!in.containsKey("reservedConcurrentExecutions"), "reserved concurrency is a report-only note");
        var dependsOn = fn.dependsOn();
        for (String dep : List.of("p-fn-runtime-policy", "p-fn-access-policy", "p-fn-log-group")) {
            assertTrue(dependsOn.stream().anyMatch(u -> u.endsWith("::" + dep)), "depends on " + dep + ": " + dependsOn);
        }
        var logGroup = run.one("aws:cloudwatch/logGroup:LogGroup");
        assertEquals(Map.of("name", "/aws/lambda/app-fn", "retentionInDays", 30L, "tags", Map.of("Team", "a")),
                logGroup.inputs());
        var queue = run.one("aws:sqs/queue:Queue");
        assertEquals(Map.of("name", "app-fn-dlq", "sqsManagedSseEnabled", true, "messageRetentionSeconds", 1_209_600L,
                "tags", Map.of("Team", "a")), queue.inputs());
    }

    @Test
    void trigger_ruleTargetsTheFunctionWithRetriesAndDeadLetters_andOnlyThatRuleMayInvoke() {
        var run = deploy(b -> b);
        var rule = run.one("aws:cloudwatch/eventRule:EventRule");
        assertEquals(Map.of("name", "app-fn-hourly", "description", "every hour", "scheduleExpression", "rate(1 hour)",
                "tags", Map.of("Team", "a")), rule.inputs());
        var target = run.one("aws:cloudwatch/eventTarget:EventTarget");
        assertEquals(Map.of("rule", "app-fn-hourly", "targetId", "function",
                "arn", "arn:aws:lambda:eu-west-1:123456789012:function:app-fn",
                "retryPolicy", Map.of("maximumEventAgeInSeconds", 3600L, "maximumRetryAttempts", 3L),
                "deadLetterConfig", Map.of("arn", "arn:aws:sqs:eu-west-1:123456789012:app-fn-dlq")), target.inputs());
        var permission = run.one("aws:lambda/permission:Permission");
        assertEquals(Map.of("function", "app-fn", "action", "lambda:InvokeFunction", "principal", "events.amazonaws.com",
                "sourceArn", "arn:aws:events:eu-west-1:123456789012:rule/app-fn-hourly",
                "statementId", "invoke-from-hourly"), permission.inputs());
        PlannedResource queuePolicy = run.one("aws:sqs/queuePolicy:QueuePolicy");
        assertEquals("https://sqs.eu-west-1.amazonaws.com/123456789012/app-fn-dlq", queuePolicy.inputs().get("queueUrl"));
        assertEquals("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"EventBridgeDeadLetters\",\"Effect\":\"Allow\","
                + "\"Principal\":{\"Service\":\"events.amazonaws.com\"},\"Action\":\"sqs:SendMessage\","
                + "\"Resource\":\"arn:aws:sqs:eu-west-1:123456789012:app-fn-dlq\","
                + "\"Condition\":{\"ArnEquals\":{\"aws:SourceArn\":\"arn:aws:events:eu-west-1:123456789012:rule/app-fn-hourly\"}}}]}",
                queuePolicy.inputs().get("policy"));
    }

    @Test
    void eventTrigger_usesThePatternInsteadOfASchedule() {
        var run = TestEngine.run(ctx -> PythonFunction.builder("p-fn", FunctionCode.of("echo_probe"))
                .functionName(Output.of("app-fn")).roleName(Output.of("r")).queueName(Output.of("q"))
                .accessPolicy(Output.of(ACCESS)).scope(Output.of(SCOPE))
                .trigger(FunctionTrigger.events("pushes", Output.of("app-pushes"), "pushes",
                        Output.of("{\"source\":[\"aws.ecr\"]}"), 86_400, 185))
                .create(new ComponentResource("test:index:Parent", "p")));
        var rule = run.one("aws:cloudwatch/eventRule:EventRule");
        assertEquals("{\"source\":[\"aws.ecr\"]}", rule.inputs().get("eventPattern"));
        assertTrue(!rule.inputs().containsKey("scheduleExpression"));
    }

    @Test
    void badSettings_areReportedTogetherBeforeAnythingIsRegistered() {
        var run = TestEngine.run(ctx -> PythonFunction.builder("p-fn", FunctionCode.of("echo_probe"))
                .functionName(Output.of("f")).roleName(Output.of("r")).queueName(Output.of("q"))
                .accessPolicy(Output.of(ACCESS)).scope(Output.of(SCOPE)).timeoutSeconds(901).memoryMb(64)
                .create(new ComponentResource("test:index:Parent", "p")));
        assertEquals("timeoutSeconds: must be between 1 and 900, got 901\n"
                + "memoryMb: must be between 128 and 10240, got 64\n"
                + "triggers: at least one trigger is required: nothing would invoke the function", run.message());
    }

    @Test
    void reservedOrInvalidEnvironmentName_isRefusedWhenItResolves() {
        var run = deploy(b -> b.environment(Output.of(Map.of("AWS_REGION", "x"))));
        assertTrue(run.message().startsWith("environment: names must match"), run.message());
    }

    @Test
    void triggerSettings_outsideTheEventBridgeRanges_areRefused() {
        var age = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> FunctionTrigger.schedule("k", Output.of("r"), "d", "rate(1 hour)", 59, 0));
        assertEquals("maxEventAgeSeconds: must be between 60 and 86400, got 59", age.getMessage());
        var retries = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> FunctionTrigger.schedule("k", Output.of("r"), "d", "rate(1 hour)", 60, 186));
        assertEquals("maxRetryAttempts: must be between 0 and 185, got 186", retries.getMessage());
        var key = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> FunctionTrigger.schedule("Bad Key", Output.of("r"), "d", "rate(1 hour)", 60, 0));
        assertTrue(key.getMessage().startsWith("key: must match"));
    }
}
