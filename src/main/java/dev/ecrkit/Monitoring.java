package dev.ecrkit;

import com.pulumi.aws.cloudwatch.EventRule;
import com.pulumi.aws.cloudwatch.EventRuleArgs;
import com.pulumi.aws.cloudwatch.EventTarget;
import com.pulumi.aws.cloudwatch.EventTargetArgs;
import com.pulumi.aws.cloudwatch.MetricAlarm;
import com.pulumi.aws.cloudwatch.MetricAlarmArgs;
import com.pulumi.aws.cloudwatch.inputs.EventTargetRetryPolicyArgs;
import com.pulumi.aws.cloudwatch.inputs.MetricAlarmMetricQueryArgs;
import com.pulumi.aws.cloudwatch.inputs.MetricAlarmMetricQueryMetricArgs;
import com.pulumi.aws.sns.Topic;
import com.pulumi.aws.sns.TopicArgs;
import com.pulumi.aws.sns.TopicPolicy;
import com.pulumi.aws.sns.TopicPolicyArgs;
import com.pulumi.aws.sns.TopicSubscription;
import com.pulumi.aws.sns.TopicSubscriptionArgs;
import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import dev.ecrkit.aws.AwsScopes;
import dev.ecrkit.events.EcrEventPatterns;
import dev.ecrkit.functions.FunctionCode;
import dev.ecrkit.functions.FunctionTrigger;
import dev.ecrkit.functions.PythonFunction;
import dev.ecrkit.naming.Descriptions;
import dev.ecrkit.observability.AlarmMetric;
import dev.ecrkit.observability.AlarmSpec;
import dev.ecrkit.observability.AlarmTopic;
import dev.ecrkit.observability.EmailAddresses;
import dev.ecrkit.observability.MonitoringAlarms;
import dev.ecrkit.observability.MonitoringSettings;
import dev.ecrkit.observability.MonitoringStatus;
import dev.ecrkit.observability.ObservabilityNames;
import dev.ecrkit.policy.AwsScope;
import dev.ecrkit.policy.ObservabilityPolicies;
import dev.ecrkit.tagging.KeyCase;
import dev.ecrkit.validation.EcrRules;
import dev.ecrkit.validation.Problems;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Alarms and notifications for one repository ({@code ecrkit:index:Monitoring}), the Terraform module's
 * {@code enable_monitoring} backed by signals AWS really sends (docs/monitoring.md): alarms on
 * {@code AWS/ECR RepositoryPullCount}, on the account's {@code AWS/Usage CallCount} for ECR, on the
 * {@code AWS/Events TriggeredRules} of a rule matching the repository's pushes, and on the repository size that an
 * ecrkit function publishes hourly and after each push; EventBridge rules for scan results above the
 * security-findings threshold; an SNS topic (created, or an existing one) with e-mail subscriptions.
 */
public final class Monitoring extends ComponentResource {
    /** Type token. */
    public static final String TYPE = "ecrkit:index:Monitoring";
    /** The storage function's schedule: hourly (the storage alarm's period). */
    public static final String STORAGE_SCHEDULE = "rate(1 hour)";
    /** A missed hourly run is not retried after an hour: the next run replaces it. */
    public static final int STORAGE_MAX_EVENT_AGE_SECONDS = 3600;
    /** Retries of an hourly run. */
    public static final int STORAGE_MAX_RETRY_ATTEMPTS = 2;
    /** Retries of a security-finding notification: EventBridge's maximum window, 24 hours. */
    public static final int NOTIFY_MAX_EVENT_AGE_SECONDS = 86_400;
    /** See {@link #NOTIFY_MAX_EVENT_AGE_SECONDS}. */
    public static final int NOTIFY_MAX_RETRY_ATTEMPTS = 185;
    /** The storage function's environment (the names storage_metric.py reads). */
    public static final List<String> STORAGE_ENVIRONMENT =
            List.of("REPOSITORY_NAME", "REGISTRY_ID", "METRIC_NAMESPACE");

    /** ARN of the topic alarms notify: created or existing; "" without a topic. */
    @Export(name = "snsTopicArn", refs = {String.class}, tree = "[0]")
    public final Output<String> snsTopicArn;
    /** The alarms: key -> {name, arn} (storageUsageAlarm, apiCallsAlarm, imagePushAlarm, imagePullAlarm). */
    @Export(name = "cloudwatchAlarms", refs = {Map.class, String.class, Object.class}, tree = "[0,1,2]")
    public final Output<Map<String, Object>> cloudwatchAlarms;
    /** The module's monitoring status, with every threshold. */
    @Export(name = "monitoringStatus", refs = {Map.class, String.class, Object.class}, tree = "[0,1,2]")
    public final Output<Map<String, Object>> monitoringStatus;
    /** The security-finding rules: basicScanFindings, enhancedScanFindings -> {name, arn}; empty without a topic. */
    @Export(name = "securityFindingRules", refs = {Map.class, String.class, Object.class}, tree = "[0,1,2]")
    public final Output<Map<String, Object>> securityFindingRules;

    /** Exactly one constructor (multi-language requirement); {@code options} may be null. */
    public Monitoring(String name, MonitoringArgs args, ComponentResourceOptions options) {
        super(TYPE, name, null, options);
        var out = register(this, name, args);
        this.snsTopicArn = out.snsTopicArn();
        this.cloudwatchAlarms = out.cloudwatchAlarms();
        this.monitoringStatus = out.monitoringStatus();
        this.securityFindingRules = out.securityFindingRules();
        registerOutputs(out.toMap());
    }

    /**
     * The outputs of the monitoring resources: the values of the {@link Monitoring} fields of the same names.
     *
     * @param snsTopicArn see {@link Monitoring#snsTopicArn}
     * @param cloudwatchAlarms see {@link Monitoring#cloudwatchAlarms}
     * @param monitoringStatus see {@link Monitoring#monitoringStatus}
     * @param securityFindingRules see {@link Monitoring#securityFindingRules}
     */
    public record Outputs(Output<String> snsTopicArn, Output<Map<String, Object>> cloudwatchAlarms,
            Output<Map<String, Object>> monitoringStatus, Output<Map<String, Object>> securityFindingRules) {
        /** Every output by its {@code @Export} name ({@link Exports}), for {@code registerOutputs}. */
        public Map<String, Output<?>> toMap() {
            return Exports.of(Monitoring.class, this);
        }
    }

    /**
     * Registers the component's resources as children of {@code parent} and returns their outputs: the body of
     * the constructor, public so that the multi-language plugin's own {@code ecrkit:index:Monitoring} class registers
     * exactly the same resources. Java programs use the constructor.
     */
    public static Outputs register(ComponentResource parent, String name, MonitoringArgs args) {
        Objects.requireNonNull(args, "args");
        MonitoringSettings s = args.settings();
        var child = CustomResourceOptions.builder().parent(parent).build();
        Output<String> repository = args.repositoryName().applyValue(Monitoring::checkedName);
        Output<AwsScope> scope = AwsScopes.of(args.repositoryArn(), "repositoryArn", parent);
        Output<String> repositoryArn = Output.tuple(scope, repository).applyValue(t -> t.t1.repositoryArn(t.t2));
        Output<List<AlarmSpec>> specs = repository.applyValue(r -> MonitoringAlarms.of(r, s));

        // The topic
        Output<String> topicArn;
        Output<String> topicName;
        if (s.topic() instanceof AlarmTopic.Create create) {
            topicName = repository.applyValue(r -> create.name().isEmpty()
                    ? ObservabilityNames.topic(r) : create.name());
            var topic = new Topic(name + "-topic", TopicArgs.builder()
                    .name(topicName)
                    .displayName(repository.applyValue(ObservabilityNames::topicDisplayName))
                    .tags(args.tags())
                    .build(), child);
            topicArn = topic.arn();
            new TopicPolicy(name + "-topic-policy", TopicPolicyArgs.builder()
                    .arn(topic.arn())
                    .policy(Output.tuple(scope, topic.arn(), specs).applyValue(t -> ObservabilityPolicies
                            .alarmTopic(t.t1, t.t2, t.t3.stream().map(AlarmSpec::name).toList()).toJson()))
                    .build(), child);
        } else if (s.topic() instanceof AlarmTopic.Existing existing) {
            topicArn = existing.isArn() ? Output.of(existing.nameOrArn())
                    : scope.applyValue(sc -> sc.topicArn(existing.nameOrArn()));
            topicName = Output.of(existing.isArn()
                    ? existing.nameOrArn().substring(existing.nameOrArn().lastIndexOf(':') + 1) : existing.nameOrArn());
        } else {
            topicArn = Output.of("");
            topicName = Output.of("");
        }
        for (String address : s.subscribers()) {
            new TopicSubscription(name + "-email-" + EmailAddresses.key(address), TopicSubscriptionArgs.builder()
                    .topic(topicArn)
                    .protocol("email")
                    .endpoint(address)
                    .build(), child);
        }

        // The repository size, published hourly and after every push; the push rule's TriggeredRules count pushes
        PythonFunction.builder(name + "-storage", FunctionCode.of("storage_metric"))
                .functionName(repository.applyValue(ObservabilityNames::storageFunction))
                .roleName(Output.tuple(repository, scope)
                        .applyValue(t -> ObservabilityNames.storageRole(t.t1, t.t2.region())))
                .queueName(repository.applyValue(ObservabilityNames::storageQueue))
                .description(repository.applyValue(r -> Descriptions.fit("Publishes the size of ECR repository " + r
                        + " as " + ObservabilityPolicies.METRIC_NAMESPACE + " " + MonitoringAlarms.SIZE_METRIC
                        + " (ecrkit)", Descriptions.LAMBDA_FUNCTION)))
                .environment(Output.tuple(repository, scope).applyValue(t -> storageEnvironment(t.t1, t.t2)))
                .accessPolicy(repositoryArn.applyValue(a -> ObservabilityPolicies.storageMetric(a).toJson()))
                .scope(scope)
                .tags(args.tags())
                .trigger(FunctionTrigger.schedule("hourly",
                        repository.applyValue(ObservabilityNames::storageScheduleRule),
                        "Runs the ecrkit storage-metric function every hour", STORAGE_SCHEDULE,
                        STORAGE_MAX_EVENT_AGE_SECONDS, STORAGE_MAX_RETRY_ATTEMPTS))
                .trigger(FunctionTrigger.events("pushes", repository.applyValue(ObservabilityNames::pushRule),
                        "Successful image pushes to the repository: refresh its size metric; the rule's"
                                + " TriggeredRules metric counts the pushes (ecrkit)",
                        repository.applyValue(EcrEventPatterns::imagePushes),
                        STORAGE_MAX_EVENT_AGE_SECONDS, STORAGE_MAX_RETRY_ATTEMPTS))
                .create(parent);

        // The alarms; which kind of metric each watches does not depend on the repository name
        List<AlarmSpec> shapes = MonitoringAlarms.of("shape", s);
        var alarms = new LinkedHashMap<String, MetricAlarm>();
        for (int i = 0; i < shapes.size(); i++) {
            int index = i;
            AlarmSpec shape = shapes.get(i);
            Output<AlarmSpec> spec = specs.applyValue(l -> l.get(index));
            alarms.put(shape.key(), new MetricAlarm(name + "-" + KeyCase.KEBAB_CASE.apply(shape.key()),
                    alarmArgs(shape, spec, s, topicArn, args.tags()), child));
        }

        // Scan results above the threshold notify the topic (only when there is one to notify)
        var rules = new LinkedHashMap<String, EventRule>();
        if (s.hasTopic()) {
            double threshold = s.securityFindingsThreshold();
            String above = " with more than " + MonitoringAlarms.number(threshold) + " CRITICAL or HIGH findings (ecrkit)";
            rules.put("basicScanFindings", notifyRule(name + "-basic-scan-findings",
                    repository.applyValue(ObservabilityNames::basicScanRule),
                    repository.applyValue(r -> Descriptions.fit("Basic scans of ECR repository " + r + above,
                            Descriptions.EVENT_RULE)),
                    repository.applyValue(r -> EcrEventPatterns.basicScanFindingsAbove(r, threshold)),
                    topicArn, args, child));
            rules.put("enhancedScanFindings", notifyRule(name + "-enhanced-scan-findings",
                    repository.applyValue(ObservabilityNames::enhancedScanRule),
                    repository.applyValue(r -> Descriptions.fit("Amazon Inspector scans of ECR repository " + r + above,
                            Descriptions.EVENT_RULE)),
                    repositoryArn.applyValue(a -> EcrEventPatterns.enhancedScanFindingsAbove(a, threshold)),
                    topicArn, args, child));
        }

                Output<Map<String, Object>> cloudwatchAlarms = namesAndArns(alarms.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), List.of(e.getValue().name(), e.getValue().arn()))).toList());
        Output<Map<String, Object>> securityFindingRules = namesAndArns(rules.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), List.of(e.getValue().name(), e.getValue().arn()))).toList());
        Output<Map<String, Object>> monitoringStatus = topicName.applyValue(t -> MonitoringStatus.of(s, t));
        return new Outputs(topicArn, cloudwatchAlarms, monitoringStatus, securityFindingRules);
    }

    private static MetricAlarmArgs alarmArgs(AlarmSpec shape, Output<AlarmSpec> spec, MonitoringSettings s,
            Output<String> topicArn, Output<Map<String, String>> tags) {
        var b = MetricAlarmArgs.builder()
                .name(spec.applyValue(AlarmSpec::name))
                .alarmDescription(spec.applyValue(x -> Descriptions.fit(x.description(), Descriptions.ALARM)))
                .comparisonOperator(MonitoringAlarms.COMPARISON)
                .evaluationPeriods(shape.evaluationPeriods())
                .datapointsToAlarm(shape.datapointsToAlarm())
                .threshold(shape.threshold())
                .treatMissingData(shape.treatMissingData())
                .tags(tags);
        if (s.hasTopic()) {
            Output<List<String>> actions = topicArn.applyValue(List::of);
            b.alarmActions(actions).okActions(actions);
            if (shape.notifyInsufficientData()) {
                b.insufficientDataActions(actions);
            }
        }
        if (shape.metric() instanceof AlarmMetric.Single single) {
            Output<AlarmMetric.Single> metric = spec.applyValue(x -> (AlarmMetric.Single) x.metric());
            b.namespace(single.namespace())
                    .metricName(single.metricName())
                    .statistic(single.statistic())
                    .period(single.periodSeconds())
                    .dimensions(metric.applyValue(AlarmMetric.Single::dimensions));
        } else {
            b.metricQueries(spec.applyValue(x -> queries((AlarmMetric.Expression) x.metric())));
        }
        return b.build();
    }

    private static List<MetricAlarmMetricQueryArgs> queries(AlarmMetric.Expression e) {
        var queries = new ArrayList<MetricAlarmMetricQueryArgs>();
        queries.add(MetricAlarmMetricQueryArgs.builder().id(e.id()).expression(e.expression()).label(e.label())
                .returnData(true).build());
        for (int i = 0; i < e.inputs().size(); i++) {
            var m = e.inputs().get(i);
            queries.add(MetricAlarmMetricQueryArgs.builder()
                    .id("m" + (i + 1))
                    .returnData(false)
                    .metric(MetricAlarmMetricQueryMetricArgs.builder()
                            .namespace(m.namespace())
                            .metricName(m.metricName())
                            .dimensions(m.dimensions())
                            .stat(m.statistic())
                            .period(m.periodSeconds())
                            .build())
                    .build());
        }
        return queries;
    }

    private static EventRule notifyRule(String resourceName, Output<String> ruleName, Output<String> description,
            Output<String> pattern, Output<String> topicArn, MonitoringArgs args, CustomResourceOptions options) {
        var rule = new EventRule(resourceName, EventRuleArgs.builder()
                .name(ruleName)
                .description(description)
                .eventPattern(pattern)
                .tags(args.tags())
                .build(), options);
        new EventTarget(resourceName + "-target", EventTargetArgs.builder()
                .rule(rule.name())
                .targetId("alarm-topic")
                .arn(topicArn)
                .retryPolicy(EventTargetRetryPolicyArgs.builder()
                        .maximumEventAgeInSeconds(NOTIFY_MAX_EVENT_AGE_SECONDS)
                        .maximumRetryAttempts(NOTIFY_MAX_RETRY_ATTEMPTS).build())
                .build(), options);
        return rule;
    }

    static Map<String, String> storageEnvironment(String repository, AwsScope scope) {
        var env = new LinkedHashMap<String, String>();
        env.put(STORAGE_ENVIRONMENT.get(0), repository);
        env.put(STORAGE_ENVIRONMENT.get(1), scope.accountId());
        env.put(STORAGE_ENVIRONMENT.get(2), ObservabilityPolicies.METRIC_NAMESPACE);
        return env;
    }

    /** key -> {name, arn} from key -> [name output, arn output]. */
    private static Output<Map<String, Object>> namesAndArns(List<Map.Entry<String, List<Output<String>>>> entries) {
        if (entries.isEmpty()) {
            return Output.of(Map.of());
        }
        var flat = new ArrayList<Output<String>>();
        entries.forEach(e -> flat.addAll(e.getValue()));
        return Output.all(flat).applyValue(values -> {
            var out = new LinkedHashMap<String, Object>();
            for (int i = 0; i < entries.size(); i++) {
                var item = new LinkedHashMap<String, Object>();
                item.put("name", values.get(2 * i));
                item.put("arn", values.get(2 * i + 1));
                out.put(entries.get(i).getKey(), item);
            }
            return out;
        });
    }

    private static String checkedName(String name) {
        var p = new Problems();
        EcrRules.checkName(p, "repositoryName", name);
        p.throwIfAny();
        return name;
    }
}
