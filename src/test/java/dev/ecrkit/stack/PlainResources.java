package dev.ecrkit.stack;

import com.pulumi.aws.cloudwatch.EventRule;
import com.pulumi.aws.cloudwatch.EventRuleArgs;
import com.pulumi.aws.cloudwatch.EventTarget;
import com.pulumi.aws.cloudwatch.EventTargetArgs;
import com.pulumi.aws.cloudwatch.LogGroup;
import com.pulumi.aws.cloudwatch.LogGroupArgs;
import com.pulumi.aws.cloudwatch.LogResourcePolicy;
import com.pulumi.aws.cloudwatch.LogResourcePolicyArgs;
import com.pulumi.aws.cloudwatch.MetricAlarm;
import com.pulumi.aws.cloudwatch.MetricAlarmArgs;
import com.pulumi.aws.cloudwatch.inputs.EventTargetDeadLetterConfigArgs;
import com.pulumi.aws.cloudwatch.inputs.EventTargetInputTransformerArgs;
import com.pulumi.aws.cloudwatch.inputs.EventTargetRetryPolicyArgs;
import com.pulumi.aws.cloudwatch.inputs.MetricAlarmMetricQueryArgs;
import com.pulumi.aws.cloudwatch.inputs.MetricAlarmMetricQueryMetricArgs;
import com.pulumi.aws.ecr.LifecyclePolicy;
import com.pulumi.aws.ecr.LifecyclePolicyArgs;
import com.pulumi.aws.ecr.RepositoryPolicy;
import com.pulumi.aws.ecr.RepositoryPolicyArgs;
import com.pulumi.aws.ecr.inputs.RepositoryEncryptionConfigurationArgs;
import com.pulumi.aws.ecr.inputs.RepositoryImageScanningConfigurationArgs;
import com.pulumi.aws.iam.Role;
import com.pulumi.aws.iam.RoleArgs;
import com.pulumi.aws.iam.RolePolicy;
import com.pulumi.aws.iam.RolePolicyArgs;
import com.pulumi.aws.kms.Alias;
import com.pulumi.aws.kms.AliasArgs;
import com.pulumi.aws.kms.Key;
import com.pulumi.aws.kms.KeyArgs;
import com.pulumi.aws.lambda.Function;
import com.pulumi.aws.lambda.FunctionArgs;
import com.pulumi.aws.lambda.Permission;
import com.pulumi.aws.lambda.PermissionArgs;
import com.pulumi.aws.lambda.inputs.FunctionDeadLetterConfigArgs;
import com.pulumi.aws.lambda.inputs.FunctionEnvironmentArgs;
import com.pulumi.aws.lambda.inputs.FunctionTracingConfigArgs;
import com.pulumi.aws.sns.Topic;
import com.pulumi.aws.sns.TopicArgs;
import com.pulumi.aws.sns.TopicPolicy;
import com.pulumi.aws.sns.TopicPolicyArgs;
import com.pulumi.aws.sns.TopicSubscription;
import com.pulumi.aws.sns.TopicSubscriptionArgs;
import com.pulumi.aws.sqs.Queue;
import com.pulumi.aws.sqs.QueueArgs;
import com.pulumi.aws.sqs.QueuePolicy;
import com.pulumi.aws.sqs.QueuePolicyArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.CustomTimeouts;
import com.pulumi.resources.Resource;
import dev.ecrkit.functions.FunctionCode;
import dev.ecrkit.governance.GovernancePlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The {@code plain} variant of the {@link ScaleBenchmark}: one synthetic repository's AWS resources registered the way a
 * user writing plain {@code com.pulumi:aws} resources by hand would, with no component and no parent. Literal inputs
 * (names, descriptions, event patterns, policy documents, tags...) come from what the components sent, recorded before
 * the timed run ({@link ScaleBenchmark#literals}); every input whose whole value is an attribute of another resource
 * of the repository is wired as that resource's {@code Output} (a target's {@code rule} is the rule's {@code name()}, a
 * function's {@code role} the role's {@code arn()}, an alarm's actions the topic's {@code arn()}, ...), and the
 * components' {@code dependsOn} and custom timeouts are given the same way. Values that only contain a name or an ARN
 * stay literal, as a user pasting them would write them: policy documents, event patterns, alarm dimensions, function
 * environments, the log policy's name (the components compute these from the repository name). One method per
 * resource type, each reading only the inputs that type takes: no reflection, so the timed run pays for the typed
 * builders only.
 */
final class PlainResources {
    /** The trigger keys of the storage-metric function (as Monitoring names them). */
    static final List<String> STORAGE_TRIGGERS = List.of("hourly", "pushes");
    /** The trigger key of each governance function. */
    static final List<String> GOVERNANCE_TRIGGERS = List.of("events");

    /** Recorded inputs by {@code type::name}. */
    private final Map<String, Map<String, Object>> literals;
    /** The function code of each Python module, loaded once per program (as a hand-written program would). */
    private final Map<String, FunctionCode> code;

    private PlainResources(Map<String, Map<String, Object>> literals, Map<String, FunctionCode> code) {
        this.literals = literals;
        this.code = code;
    }

    /** A registrar over the recorded inputs; loads the functions' code once. */
    static PlainResources of(Map<String, Map<String, Object>> literals) {
        return new PlainResources(literals, Map.of(
                "storage_metric", FunctionCode.of("storage_metric"),
                GovernancePlan.WEBHOOK_MODULE, FunctionCode.of(GovernancePlan.WEBHOOK_MODULE),
                GovernancePlan.QUARANTINE_MODULE, FunctionCode.of(GovernancePlan.QUARANTINE_MODULE)));
    }

    /**
     * Registers the stack's one shared CloudWatch Logs resource policy, as the {@code EventLogPolicy} component
     * {@code name} does (here without the component: no parent), with the typed args builder and the recorded inputs.
     */
    void eventLogPolicy(String name) {
        logResourcePolicy(name + "-log-policy");
    }

    /**
     * Registers every AWS resource of synthetic repository {@code name} ({@link ScaleBenchmark#entry}), no log resource
     * policy of its own ({@link #eventLogPolicy}).
     */
    void repository(String name) {
        // KMS key and alias, the repository, its lifecycle policy and repository policy (Repository, KmsKey)
        var key = key(name + "-kms-key");
        alias(name + "-kms-alias", key);
        var repo = ecrRepository(name, key);
        lifecyclePolicy(name + "-lifecycle", repo);
        repositoryPolicy(name + "-policy", repo);

        // Logging: log group, recording rule, the rule's target (the stack's shared policy lets it write)
        String logging = name + "-logging";
        var group = logGroup(logging + "-log-group");
        var events = eventRule(logging + "-events");
        eventTarget(logging + "-events-target", events, group.arn(), null, List.of());

        // Monitoring: topic, its policy and subscriptions, the storage-metric function, alarms, scan-finding rules
        String monitoring = name + "-monitoring";
        var topic = topic(monitoring + "-topic");
        topicPolicy(monitoring + "-topic-policy", topic);
        for (String address : ScaleBenchmark.SUBSCRIBERS) {
            topicSubscription(monitoring + "-email-" + address, topic);
        }
        function(monitoring + "-storage", STORAGE_TRIGGERS, false);
        Output<List<String>> actions = topic.arn().applyValue(List::of);
        for (String alarm : List.of("storage-usage-alarm", "api-calls-alarm", "image-push-alarm", "image-pull-alarm")) {
            metricAlarm(monitoring + "-" + alarm, actions);
        }
        for (String findings : List.of("basic-scan-findings", "enhanced-scan-findings")) {
            var rule = eventRule(monitoring + "-" + findings);
            eventTarget(monitoring + "-" + findings + "-target", rule, topic.arn(), null, List.of());
        }

        // Governance: notification rules to the rules' (existing) topics with a shared dead-letter queue; the
        // quarantine and webhook functions. The rules' repository policy statements are in the repository policy.
        String governance = name + "-governance";
        var queue = queue(governance + "-notifications-dlq");
        for (String notification : ScaleBenchmark.NOTIFICATIONS) {
            var rule = eventRule(governance + "-" + notification + "-rule");
            String target = governance + "-" + notification + "-target";
            // the rule's topic is not part of the stack: its ARN is a literal
            eventTarget(target, rule, Output.of(string(input("aws:cloudwatch/eventTarget:EventTarget", target), "arn")),
                    queue, List.of());
        }
        queuePolicy(governance + "-notifications-dlq-policy", queue);
        function(governance + "-" + ScaleBenchmark.QUARANTINE_FUNCTION, GOVERNANCE_TRIGGERS, false);
        // the component keeps the webhook URL encrypted in the state: so does a careful user
        function(governance + "-" + ScaleBenchmark.WEBHOOK_FUNCTION, GOVERNANCE_TRIGGERS, true);
    }

    /**
     * One ecrkit-style Lambda function {@code prefix}: execution role with its runtime and access policies, log group,
     * dead-letter queue and its policy, the function (after its policies and log group), and per trigger key a rule,
     * its target and the permission that lets the rule invoke the function.
     */
    private void function(String prefix, List<String> triggers, boolean secretEnvironment) {
        var role = role(prefix + "-role");
        var group = logGroup(prefix + "-log-group");
        var queue = queue(prefix + "-dlq");
        var runtime = rolePolicy(prefix + "-runtime-policy", role);
        var access = rolePolicy(prefix + "-access-policy", role);
        var function = lambdaFunction(prefix + "-function", role, queue, secretEnvironment,
                List.of(runtime, access, group));
        for (String trigger : triggers) {
            var rule = eventRule(prefix + "-" + trigger + "-rule");
            eventTarget(prefix + "-" + trigger + "-target", rule, function.arn(), queue, List.of());
            permission(prefix + "-" + trigger + "-permission", function, rule);
        }
        queuePolicy(prefix + "-dlq-policy", queue);
    }

    private Key key(String name) {
        var k = input("aws:kms/key:Key", name);
        return new Key(name, KeyArgs.builder()
                .description(string(k, "description"))
                .deletionWindowInDays(integer(k, "deletionWindowInDays"))
                .enableKeyRotation(bool(k, "enableKeyRotation"))
                .rotationPeriodInDays(integer(k, "rotationPeriodInDays"))
                .multiRegion(bool(k, "multiRegion"))
                .keyUsage(string(k, "keyUsage"))
                .bypassPolicyLockoutSafetyCheck(bool(k, "bypassPolicyLockoutSafetyCheck"))
                .policy(string(k, "policy"))
                .tags(stringMap(k, "tags"))
                .build());
    }

    private void alias(String name, Key key) {
        var a = input("aws:kms/alias:Alias", name);
        new Alias(name, AliasArgs.builder().name(string(a, "name")).targetKeyId(key.keyId()).build());
    }

    @SuppressWarnings("unchecked")
    private com.pulumi.aws.ecr.Repository ecrRepository(String name, Key key) {
        var r = input("aws:ecr/repository:Repository", name);
        var encryption = ((List<Map<String, Object>>) r.get("encryptionConfigurations")).get(0);
        var scanning = (Map<String, Object>) r.get("imageScanningConfiguration");
        return new com.pulumi.aws.ecr.Repository(name, com.pulumi.aws.ecr.RepositoryArgs.builder()
                .name(string(r, "name"))
                .imageTagMutability(string(r, "imageTagMutability"))
                .encryptionConfigurations(RepositoryEncryptionConfigurationArgs.builder()
                        .encryptionType(string(encryption, "encryptionType")).kmsKey(key.arn()).build())
                .imageScanningConfiguration(RepositoryImageScanningConfigurationArgs.builder()
                        .scanOnPush(bool(scanning, "scanOnPush")).build())
                .forceDelete(bool(r, "forceDelete"))
                .tags(stringMap(r, "tags"))
                .build(), CustomResourceOptions.builder()
                .customTimeouts(CustomTimeouts.builder().delete(ScaleBenchmark.DELETE_TIMEOUT).build()).build());
    }

    private void lifecyclePolicy(String name, com.pulumi.aws.ecr.Repository repo) {
        var l = input("aws:ecr/lifecyclePolicy:LifecyclePolicy", name);
        new LifecyclePolicy(name, LifecyclePolicyArgs.builder().repository(repo.name()).policy(string(l, "policy")).build());
    }

    private void repositoryPolicy(String name, com.pulumi.aws.ecr.Repository repo) {
        var p = input("aws:ecr/repositoryPolicy:RepositoryPolicy", name);
        new RepositoryPolicy(name, RepositoryPolicyArgs.builder().repository(repo.name()).policy(string(p, "policy")).build());
    }

    private LogGroup logGroup(String name) {
        var g = input("aws:cloudwatch/logGroup:LogGroup", name);
        var args = LogGroupArgs.builder()
                .name(string(g, "name"))
                .retentionInDays(integer(g, "retentionInDays"))
                .tags(stringMap(g, "tags"));
        if (g.containsKey("kmsKeyId")) {
            args.kmsKeyId(string(g, "kmsKeyId"));
        }
        return new LogGroup(name, args.build());
    }

    private LogResourcePolicy logResourcePolicy(String name) {
        var p = input("aws:cloudwatch/logResourcePolicy:LogResourcePolicy", name);
        return new LogResourcePolicy(name, LogResourcePolicyArgs.builder()
                .policyName(string(p, "policyName"))
                .policyDocument(string(p, "policyDocument"))
                .build());
    }

    /** A rule on an event pattern or a schedule, whichever it was recorded with. */
    private EventRule eventRule(String name) {
        var r = input("aws:cloudwatch/eventRule:EventRule", name);
        var args = EventRuleArgs.builder()
                .name(string(r, "name"))
                .description(string(r, "description"))
                .tags(stringMap(r, "tags"));
        if (r.containsKey("scheduleExpression")) {
            args.scheduleExpression(string(r, "scheduleExpression"));
        } else {
            args.eventPattern(string(r, "eventPattern"));
        }
        return new EventRule(name, args.build());
    }

    /**
     * A target of {@code rule} delivering to {@code arn}; a retry policy and an input transformer when recorded, the
     * dead-letter queue {@code deadLetter} unless null, registered after {@code dependsOn}.
     */
    @SuppressWarnings("unchecked")
    private void eventTarget(String name, EventRule rule, Output<String> arn, Queue deadLetter, List<Resource> dependsOn) {
        var t = input("aws:cloudwatch/eventTarget:EventTarget", name);
        var args = EventTargetArgs.builder()
                .rule(rule.name())
                .targetId(string(t, "targetId"))
                .arn(arn);
        if (t.get("retryPolicy") instanceof Map<?, ?> m) {
            var retry = (Map<String, Object>) m;
            args.retryPolicy(EventTargetRetryPolicyArgs.builder()
                    .maximumEventAgeInSeconds(integer(retry, "maximumEventAgeInSeconds"))
                    .maximumRetryAttempts(integer(retry, "maximumRetryAttempts")).build());
        }
        if (t.get("inputTransformer") instanceof Map<?, ?> m) {
            var transformer = (Map<String, Object>) m;
            args.inputTransformer(EventTargetInputTransformerArgs.builder()
                    .inputPaths(stringMap(transformer, "inputPaths"))
                    .inputTemplate(string(transformer, "inputTemplate")).build());
        }
        if (deadLetter != null) {
            args.deadLetterConfig(EventTargetDeadLetterConfigArgs.builder().arn(deadLetter.arn()).build());
        }
        new EventTarget(name, args.build(), dependsOn.isEmpty() ? CustomResourceOptions.Empty
                : CustomResourceOptions.builder().dependsOn(dependsOn).build());
    }

    private Topic topic(String name) {
        var t = input("aws:sns/topic:Topic", name);
        return new Topic(name, TopicArgs.builder()
                .name(string(t, "name"))
                .displayName(string(t, "displayName"))
                .tags(stringMap(t, "tags"))
                .build());
    }

    private void topicPolicy(String name, Topic topic) {
        var p = input("aws:sns/topicPolicy:TopicPolicy", name);
        new TopicPolicy(name, TopicPolicyArgs.builder().arn(topic.arn()).policy(string(p, "policy")).build());
    }

    private void topicSubscription(String name, Topic topic) {
        var s = input("aws:sns/topicSubscription:TopicSubscription", name);
        new TopicSubscription(name, TopicSubscriptionArgs.builder()
                .topic(topic.arn())
                .protocol(string(s, "protocol"))
                .endpoint(string(s, "endpoint"))
                .build());
    }

    /** An alarm on one metric or on metric math, notifying {@code actions} (also for INSUFFICIENT_DATA if recorded). */
    @SuppressWarnings("unchecked")
    private void metricAlarm(String name, Output<List<String>> actions) {
        var a = input("aws:cloudwatch/metricAlarm:MetricAlarm", name);
        var args = MetricAlarmArgs.builder()
                .name(string(a, "name"))
                .alarmDescription(string(a, "alarmDescription"))
                .comparisonOperator(string(a, "comparisonOperator"))
                .evaluationPeriods(integer(a, "evaluationPeriods"))
                .datapointsToAlarm(integer(a, "datapointsToAlarm"))
                .threshold(((Number) a.get("threshold")).doubleValue())
                .treatMissingData(string(a, "treatMissingData"))
                .tags(stringMap(a, "tags"))
                .alarmActions(actions)
                .okActions(actions);
        if (a.containsKey("insufficientDataActions")) {
            args.insufficientDataActions(actions);
        }
        if (a.get("metricQueries") instanceof List<?> queries) {
            var list = new ArrayList<MetricAlarmMetricQueryArgs>();
            for (Object o : queries) {
                list.add(metricQuery((Map<String, Object>) o));
            }
            args.metricQueries(list);
        } else {
            args.namespace(string(a, "namespace"))
                    .metricName(string(a, "metricName"))
                    .statistic(string(a, "statistic"))
                    .period(integer(a, "period"))
                    .dimensions(stringMap(a, "dimensions"));
        }
        new MetricAlarm(name, args.build());
    }

    /** One query of a metric-math alarm: an expression, or a metric it retrieves. */
    @SuppressWarnings("unchecked")
    private static MetricAlarmMetricQueryArgs metricQuery(Map<String, Object> q) {
        var query = MetricAlarmMetricQueryArgs.builder().id(string(q, "id")).returnData(bool(q, "returnData"));
        if (q.containsKey("expression")) {
            query.expression(string(q, "expression")).label(string(q, "label"));
        }
        if (q.get("metric") instanceof Map<?, ?> m) {
            var metric = (Map<String, Object>) m;
            query.metric(MetricAlarmMetricQueryMetricArgs.builder()
                    .namespace(string(metric, "namespace"))
                    .metricName(string(metric, "metricName"))
                    .dimensions(stringMap(metric, "dimensions"))
                    .stat(string(metric, "stat"))
                    .period(integer(metric, "period"))
                    .build());
        }
        return query.build();
    }

    private Queue queue(String name) {
        var q = input("aws:sqs/queue:Queue", name);
        return new Queue(name, QueueArgs.builder()
                .name(string(q, "name"))
                .sqsManagedSseEnabled(bool(q, "sqsManagedSseEnabled"))
                .messageRetentionSeconds(integer(q, "messageRetentionSeconds"))
                .tags(stringMap(q, "tags"))
                .build());
    }

    private void queuePolicy(String name, Queue queue) {
        var p = input("aws:sqs/queuePolicy:QueuePolicy", name);
        new QueuePolicy(name, QueuePolicyArgs.builder().queueUrl(queue.url()).policy(string(p, "policy")).build());
    }

    private Role role(String name) {
        var r = input("aws:iam/role:Role", name);
        return new Role(name, RoleArgs.builder()
                .name(string(r, "name"))
                .description(string(r, "description"))
                .assumeRolePolicy(string(r, "assumeRolePolicy"))
                .tags(stringMap(r, "tags"))
                .build());
    }

    private RolePolicy rolePolicy(String name, Role role) {
        var p = input("aws:iam/rolePolicy:RolePolicy", name);
        return new RolePolicy(name, RolePolicyArgs.builder()
                .role(role.name())
                .name(string(p, "name"))
                .policy(string(p, "policy"))
                .build());
    }

    /**
     * A Python function running the module its handler names, with the archive the components build
     * ({@link FunctionCode#archive}); its environment a secret when {@code secretEnvironment}.
     */
    @SuppressWarnings("unchecked")
    private Function lambdaFunction(String name, Role role, Queue deadLetter, boolean secretEnvironment,
            List<Resource> dependsOn) {
        var f = input("aws:lambda/function:Function", name);
        String handler = string(f, "handler");
        var variables = stringMap((Map<String, Object>) f.get("environment"), "variables");
        var environment = FunctionEnvironmentArgs.builder().variables(variables).build();
        var tracing = (Map<String, Object>) f.get("tracingConfig");
        return new Function(name, FunctionArgs.builder()
                .name(string(f, "name"))
                .description(string(f, "description"))
                .runtime(string(f, "runtime"))
                .handler(handler)
                .code(code.get(handler.substring(0, handler.indexOf('.'))).archive())
                .role(role.arn())
                .timeout(integer(f, "timeout"))
                .memorySize(integer(f, "memorySize"))
                .environment(secretEnvironment ? Output.ofSecret(environment) : Output.of(environment))
                .tracingConfig(FunctionTracingConfigArgs.builder().mode(string(tracing, "mode")).build())
                .deadLetterConfig(FunctionDeadLetterConfigArgs.builder().targetArn(deadLetter.arn()).build())
                .tags(stringMap(f, "tags"))
                .build(), CustomResourceOptions.builder().dependsOn(dependsOn).build());
    }

    private void permission(String name, Function function, EventRule rule) {
        var p = input("aws:lambda/permission:Permission", name);
        new Permission(name, PermissionArgs.builder()
                .function(function.name())
                .action(string(p, "action"))
                .principal(string(p, "principal"))
                .sourceArn(rule.arn())
                .statementId(string(p, "statementId"))
                .build());
    }

    /** The recorded inputs of resource {@code type::name}; throws when the components did not register it. */
    private Map<String, Object> input(String type, String name) {
        var inputs = literals.get(type + "::" + name);
        if (inputs == null) {
            throw new IllegalStateException("no recorded inputs for " + type + "::" + name);
        }
        return inputs;
    }

    private static String string(Map<String, Object> m, String key) {
        return (String) m.get(key);
    }

    private static int integer(Map<String, Object> m, String key) {
        return ((Number) m.get(key)).intValue();
    }

    private static boolean bool(Map<String, Object> m, String key) {
        return (Boolean) m.get(key);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> stringMap(Map<String, Object> m, String key) {
        return (Map<String, String>) m.get(key);
    }
}
