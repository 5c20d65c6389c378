package dev.ecrkit.functions;

import com.pulumi.aws.cloudwatch.EventRule;
import com.pulumi.aws.cloudwatch.EventRuleArgs;
import com.pulumi.aws.cloudwatch.EventTarget;
import com.pulumi.aws.cloudwatch.EventTargetArgs;
import com.pulumi.aws.cloudwatch.LogGroup;
import com.pulumi.aws.cloudwatch.LogGroupArgs;
import com.pulumi.aws.cloudwatch.inputs.EventTargetDeadLetterConfigArgs;
import com.pulumi.aws.cloudwatch.inputs.EventTargetRetryPolicyArgs;
import com.pulumi.aws.iam.Role;
import com.pulumi.aws.iam.RoleArgs;
import com.pulumi.aws.iam.RolePolicy;
import com.pulumi.aws.iam.RolePolicyArgs;
import com.pulumi.aws.lambda.Function;
import com.pulumi.aws.lambda.FunctionArgs;
import com.pulumi.aws.lambda.Permission;
import com.pulumi.aws.lambda.PermissionArgs;
import com.pulumi.aws.lambda.inputs.FunctionDeadLetterConfigArgs;
import com.pulumi.aws.lambda.inputs.FunctionEnvironmentArgs;
import com.pulumi.aws.lambda.inputs.FunctionTracingConfigArgs;
import com.pulumi.aws.sqs.Queue;
import com.pulumi.aws.sqs.QueueArgs;
import com.pulumi.aws.sqs.QueuePolicy;
import com.pulumi.aws.sqs.QueuePolicyArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.Resource;
import dev.ecrkit.policy.AwsScope;
import dev.ecrkit.policy.FunctionPolicies;
import dev.ecrkit.policy.ServicePrincipals;
import dev.ecrkit.validation.Problems;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Deploys one ecrkit Python function with everything it needs and nothing more (see {@code docs/functions.md}): an
 * execution role that only Lambda can assume, with two inline policies (the runtime policy of
 * {@link FunctionPolicies#runtime} and the caller's access policy), the function's own log group with a retention,
 * an SSE-encrypted SQS dead-letter queue, the function ({@value FunctionCode#RUNTIME}, active X-Ray tracing,
 * dead-letter queue), and per {@link FunctionTrigger} an EventBridge rule, its target (retry policy, same
 * dead-letter queue) and the Lambda permission for that rule only. Every resource has {@code parent} as parent and is
 * named {@code <name>-<key>}. Not a component (the resources belong to the caller's component); used by Monitoring
 * and meant for Governance.
 */
public final class PythonFunction {
    /** Default timeout: 60 s. */
    public static final int DEFAULT_TIMEOUT_SECONDS = 60;
    /** Shortest timeout: 1 s (https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html). */
    public static final int MIN_TIMEOUT_SECONDS = 1;
    /** Longest timeout: 900 s (https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html). */
    public static final int MAX_TIMEOUT_SECONDS = 900;
    /** Default memory: 128 MB, the minimum. */
    public static final int DEFAULT_MEMORY_MB = 128;
    /** Least memory: 128 MB (https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html). */
    public static final int MIN_MEMORY_MB = 128;
    /** Most memory: 10,240 MB (https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html). */
    public static final int MAX_MEMORY_MB = 10_240;
    /** Retention of the function's log group: 30 days (a value CloudWatch Logs accepts, see LogRetention). */
    public static final int LOG_RETENTION_DAYS = 30;
    /**
     * How long the dead-letter queue keeps a message: 14 days, the SQS maximum
     * (https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_SetQueueAttributes.html,
     * MessageRetentionPeriod 60-1,209,600 s).
     */
    public static final int DEAD_LETTER_RETENTION_SECONDS = 1_209_600;
    /** Lambda tracing mode that records a trace per invocation (Security Hub Lambda.7). */
    public static final String TRACING_MODE = "Active";
    /**
     * Environment variable names (BOTO lambda {@code EnvironmentVariableName}); names starting with {@code AWS_} are
     * reserved by the runtime (https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars.html).
     */
    public static final Pattern ENVIRONMENT_NAME = Pattern.compile("[a-zA-Z][a-zA-Z0-9_]+");

    /** The function. */
    public final Function function;
    /** Its execution role. */
    public final Role role;
    /** Its dead-letter queue (failed asynchronous invocations and undeliverable trigger events). */
    public final Queue deadLetterQueue;
    /** Its log group, {@code /aws/lambda/<function name>}. */
    public final LogGroup logGroup;
    /** The rule of each trigger, by trigger key. */
    public final Map<String, EventRule> rules;

    private PythonFunction(Function function, Role role, Queue deadLetterQueue, LogGroup logGroup,
            Map<String, EventRule> rules) {
        this.function = function;
        this.role = role;
        this.deadLetterQueue = deadLetterQueue;
        this.logGroup = logGroup;
        this.rules = Map.copyOf(rules);
    }

    /** A builder for the function named {@code name} (resource names) running {@code code}. */
    public static Builder builder(String name, FunctionCode code) {
        return new Builder(name, code);
    }

    /** Builder; {@link #create(Resource)} checks the plain settings and registers the resources. */
    public static final class Builder {
        private final String name;
        private final FunctionCode code;
        private Output<String> functionName;
        private Output<String> roleName;
        private Output<String> queueName;
        private Output<String> description = Output.of("");
        private Output<Map<String, String>> environment = Output.of(Map.of());
        private Output<String> accessPolicy;
        private Output<AwsScope> scope;
        private Output<Map<String, String>> tags = Output.of(Map.of());
        private int timeoutSeconds = DEFAULT_TIMEOUT_SECONDS;
        private int memoryMb = DEFAULT_MEMORY_MB;
        private final List<FunctionTrigger> triggers = new ArrayList<>();

        private Builder(String name, FunctionCode code) {
            this.name = Objects.requireNonNull(name, "name");
            this.code = Objects.requireNonNull(code, "code");
        }

        /** Function name (a valid Lambda function name). Required. */
        public Builder functionName(Output<String> value) {
            this.functionName = value;
            return this;
        }

        /** Role name (a valid IAM role name, unique in the account across Regions). Required. */
        public Builder roleName(Output<String> value) {
            this.roleName = value;
            return this;
        }

        /** Dead-letter queue name (a valid SQS queue name). Required. */
        public Builder queueName(Output<String> value) {
            this.queueName = value;
            return this;
        }

        /** Function description. Default: empty. */
        public Builder description(Output<String> value) {
            this.description = value;
            return this;
        }

        /** Environment variables (no secrets: they are stored in plain text). Default: none. */
        public Builder environment(Output<Map<String, String>> value) {
            this.environment = value;
            return this;
        }

        /** The policy JSON granting exactly what the code calls. Required. */
        public Builder accessPolicy(Output<String> value) {
            this.accessPolicy = value;
            return this;
        }

        /** Partition, Region and account of the deployment. Required. */
        public Builder scope(Output<AwsScope> value) {
            this.scope = value;
            return this;
        }

        /** Tags of every resource. Default: none. */
        public Builder tags(Output<Map<String, String>> value) {
            this.tags = value;
            return this;
        }

        /** Timeout in seconds. Default: {@value #DEFAULT_TIMEOUT_SECONDS}. */
        public Builder timeoutSeconds(int value) {
            this.timeoutSeconds = value;
            return this;
        }

        /** Memory in MB. Default: {@value #DEFAULT_MEMORY_MB}. */
        public Builder memoryMb(int value) {
            this.memoryMb = value;
            return this;
        }

        /** Adds a trigger. Default: none (then nothing invokes the function; give at least one). */
        public Builder trigger(FunctionTrigger trigger) {
            this.triggers.add(Objects.requireNonNull(trigger, "trigger"));
            return this;
        }

        /** Registers the resources as children of {@code parent}. */
        public PythonFunction create(Resource parent) {
            Objects.requireNonNull(functionName, "functionName");
            Objects.requireNonNull(roleName, "roleName");
            Objects.requireNonNull(queueName, "queueName");
            Objects.requireNonNull(accessPolicy, "accessPolicy");
            Objects.requireNonNull(scope, "scope");
            var p = new Problems();
            p.range("timeoutSeconds", timeoutSeconds, MIN_TIMEOUT_SECONDS, MAX_TIMEOUT_SECONDS);
            p.range("memoryMb", memoryMb, MIN_MEMORY_MB, MAX_MEMORY_MB);
            if (triggers.isEmpty()) {
                p.addNoValue("triggers", "at least one trigger is required: nothing would invoke the function");
            }
            if (triggers.stream().map(FunctionTrigger::key).distinct().count() != triggers.size()) {
                p.add("triggers", "keys must be unique", triggers.stream().map(FunctionTrigger::key).toList());
            }
            p.throwIfAny();
            return register(parent);
        }

        private PythonFunction register(Resource parent) {
            var options = CustomResourceOptions.builder().parent(parent).build();
            Output<String> logGroupName = functionName.applyValue(n -> "/aws/lambda/" + n);
            var role = new Role(name + "-role", RoleArgs.builder()
                    .name(roleName)
                    .description(functionName.applyValue(n -> "Execution role of the ecrkit function " + n))
                    .assumeRolePolicy(FunctionPolicies.lambdaTrust().toJson())
                    .tags(tags)
                    .build(), options);
            var logGroup = new LogGroup(name + "-log-group", LogGroupArgs.builder()
                    .name(logGroupName)
                    .retentionInDays(LOG_RETENTION_DAYS)
                    .tags(tags)
                    .build(), options);
            var queue = new Queue(name + "-dlq", QueueArgs.builder()
                    .name(queueName)
                    .sqsManagedSseEnabled(true)
                    .messageRetentionSeconds(DEAD_LETTER_RETENTION_SECONDS)
                    .tags(tags)
                    .build(), options);
            var runtimePolicy = new RolePolicy(name + "-runtime-policy", RolePolicyArgs.builder()
                    .role(role.name())
                    .name("runtime")
                    .policy(Output.tuple(scope, logGroupName, queue.arn())
                            .applyValue(t -> FunctionPolicies.runtime(t.t1, t.t2, t.t3).toJson()))
                    .build(), options);
            var accessPolicyResource = new RolePolicy(name + "-access-policy", RolePolicyArgs.builder()
                    .role(role.name())
                    .name("access")
                    .policy(accessPolicy)
                    .build(), options);
            var function = new Function(name + "-function", FunctionArgs.builder()
                    .name(functionName)
                    .description(description)
                    .runtime(FunctionCode.RUNTIME)
                    .handler(code.handler())
                    .code(code.archive())
                    .role(role.arn())
                    .timeout(timeoutSeconds)
                    .memorySize(memoryMb)
                    .environment(environment.applyValue(PythonFunction::checkedEnvironment)
                            .applyValue(env -> FunctionEnvironmentArgs.builder().variables(env).build()))
                    .tracingConfig(FunctionTracingConfigArgs.builder().mode(TRACING_MODE).build())
                    .deadLetterConfig(FunctionDeadLetterConfigArgs.builder().targetArn(queue.arn()).build())
                    .tags(tags)
                    .build(), CustomResourceOptions.builder().parent(parent)
                    .dependsOn(List.of(runtimePolicy, accessPolicyResource, logGroup)).build());
            var rules = new LinkedHashMap<String, EventRule>();
            for (FunctionTrigger t : triggers) {
                rules.put(t.key(), trigger(parent, function, queue, t));
            }
            new QueuePolicy(name + "-dlq-policy", QueuePolicyArgs.builder()
                    .queueUrl(queue.url())
                    .policy(Output.tuple(queue.arn(), Output.all(rules.values().stream().map(EventRule::arn).toList()))
                            .applyValue(t -> FunctionPolicies.deadLetterQueue(t.t1, t.t2).toJson()))
                    .build(), options);
            return new PythonFunction(function, role, queue, logGroup, rules);
        }

        private EventRule trigger(Resource parent, Function function, Queue queue, FunctionTrigger t) {
            var options = CustomResourceOptions.builder().parent(parent).build();
            var rule = EventRuleArgs.builder()
                    .name(t.ruleName())
                    .description(t.description())
                    .tags(tags);
            if (t.isSchedule()) {
                rule.scheduleExpression(t.scheduleExpression());
            } else {
                rule.eventPattern(t.eventPattern());
            }
            var eventRule = new EventRule(name + "-" + t.key() + "-rule", rule.build(), options);
            new EventTarget(name + "-" + t.key() + "-target", EventTargetArgs.builder()
                    .rule(eventRule.name())
                    .targetId("function")
                    .arn(function.arn())
                    .retryPolicy(EventTargetRetryPolicyArgs.builder()
                            .maximumEventAgeInSeconds(t.maxEventAgeSeconds())
                            .maximumRetryAttempts(t.maxRetryAttempts()).build())
                    .deadLetterConfig(EventTargetDeadLetterConfigArgs.builder().arn(queue.arn()).build())
                    .build(), options);
            new Permission(name + "-" + t.key() + "-permission", PermissionArgs.builder()
                    .function(function.name())
                    .action("lambda:InvokeFunction")
                    .principal(ServicePrincipals.EVENTS)
                    .sourceArn(eventRule.arn())
                    .statementId("invoke-from-" + t.key())
                    .build(), options);
            return eventRule;
        }
    }

    /** Checks environment variable names when they resolve. */
    static Map<String, String> checkedEnvironment(Map<String, String> env) {
        var p = new Problems();
        env.keySet().stream().sorted().forEach(k -> {
            if (!ENVIRONMENT_NAME.matcher(k).matches() || k.startsWith("AWS_")) {
                p.add("environment", "names must match " + ENVIRONMENT_NAME.pattern() + " and not start with AWS_", k);
            }
        });
        p.throwIfAny();
        return env;
    }
}
