package dev.ecrkit;

import com.pulumi.aws.cloudwatch.EventRule;
import com.pulumi.aws.cloudwatch.EventRuleArgs;
import com.pulumi.aws.cloudwatch.EventTarget;
import com.pulumi.aws.cloudwatch.EventTargetArgs;
import com.pulumi.aws.cloudwatch.inputs.EventTargetDeadLetterConfigArgs;
import com.pulumi.aws.cloudwatch.inputs.EventTargetInputTransformerArgs;
import com.pulumi.aws.cloudwatch.inputs.EventTargetRetryPolicyArgs;
import com.pulumi.aws.ecr.RepositoryPolicy;
import com.pulumi.aws.ecr.RepositoryPolicyArgs;
import com.pulumi.aws.sqs.Queue;
import com.pulumi.aws.sqs.QueueArgs;
import com.pulumi.aws.sqs.QueuePolicy;
import com.pulumi.aws.sqs.QueuePolicyArgs;
import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import dev.ecrkit.events.EcrEventPatterns;
import dev.ecrkit.functions.FunctionCode;
import dev.ecrkit.functions.FunctionTrigger;
import dev.ecrkit.functions.PythonFunction;
import dev.ecrkit.governance.GovernancePlan;
import dev.ecrkit.governance.NotificationMessages;
import dev.ecrkit.governance.PullRequestRule;
import dev.ecrkit.json.Json;
import dev.ecrkit.naming.DerivedName;
import dev.ecrkit.naming.NameKind;
import dev.ecrkit.policy.AwsScope;
import dev.ecrkit.policy.FunctionPolicies;
import dev.ecrkit.policy.PolicyStatement;
import dev.ecrkit.policy.PolicyDocuments;
import dev.ecrkit.policy.RepositoryPolicies;
import dev.ecrkit.validation.EcrRules;
import dev.ecrkit.validation.Problems;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Terraform module's "pull request rules" for one repository ({@code ecrkit:index:Governance}), each rule doing
 * what its type says (see {@code docs/governance.md}): EventBridge rules on the repository's pushes or scan results
 * that send a readable message to the rule's SNS topic, a webhook function that POSTs the event, a quarantine function
 * that takes failing tags off scanned images, and repository policy Deny statements that only let the allowed
 * principals push. Created by {@link Repository} when rules are set, or standalone for an existing repository.
 */
public final class Governance extends ComponentResource {
    /** Type token. */
    public static final String TYPE = "ecrkit:index:Governance";
    /**
     * How long EventBridge retries delivering an event to a target: 86,400 s, the EventBridge default and maximum
     * (BOTO events {@code RetryPolicy.MaximumEventAgeInSeconds}).
     */
    public static final int MAX_EVENT_AGE_SECONDS = FunctionTrigger.MAX_EVENT_AGE_SECONDS;
    /** How often EventBridge retries a delivery: 185, the EventBridge default and maximum (BOTO events {@code RetryPolicy}). */
    public static final int MAX_RETRY_ATTEMPTS = FunctionTrigger.MAX_RETRY_ATTEMPTS;
    /** Timeout of the webhook and quarantine functions: 60 s (the webhook's HTTP timeout is 15 s). */
    public static final int FUNCTION_TIMEOUT_SECONDS = 60;

    /**
     * The module's {@code pull_request_rules} output with honest values: {@code enabled}, {@code rules} (the enabled
     * rules: name, type, enabled, effects), {@code policies} ({@code statements}: how many repository policy statements
     * the rules generate, {@code registered}: whether this component registered the policy),
     * {@code notificationTopicArns} (the rules' topics; ecrkit creates none), {@code eventRules},
     * {@code webhookFunctions} and {@code quarantineFunctions} ({@code {name, arn}} each).
     */
    @Export(name = "pullRequestRules", refs = {Map.class, String.class, Object.class}, tree = "[0,1,2]")
    public final Output<Map<String, Object>> pullRequestRules;
    /** The repository policy statements the rules generate, as a JSON array ({@code []} when none). */
    @Export(name = "repositoryPolicyStatements", refs = {String.class}, tree = "[0]")
    public final Output<String> repositoryPolicyStatements;
    /** The same statements as typed values, for a caller that merges them into its policy (Java only). */
    public final Output<List<PolicyStatement>> statements;

    /** Exactly one constructor (multi-language requirement); {@code options} may be null. */
    public Governance(String name, GovernanceArgs args, ComponentResourceOptions options) {
        super(TYPE, name, null, options);
        var out = register(this, name, args);
        this.pullRequestRules = out.pullRequestRules();
        this.repositoryPolicyStatements = out.repositoryPolicyStatements();
        this.statements = out.statements();
        registerOutputs(out.toMap());
    }

    /**
     * The outputs of the rules' resources: the values of the {@link Governance} fields of the same names
     * ({@code statements} is Java only, not in {@link #toMap}).
     *
     * @param pullRequestRules see {@link Governance#pullRequestRules}
     * @param repositoryPolicyStatements see {@link Governance#repositoryPolicyStatements}
     * @param statements see {@link Governance#statements}
     */
    public record Outputs(Output<Map<String, Object>> pullRequestRules, Output<String> repositoryPolicyStatements,
            Output<List<PolicyStatement>> statements) {
        /** Every output by its {@code @Export} name ({@link Exports}), for {@code registerOutputs}. */
        public Map<String, Output<?>> toMap() {
            return Exports.of(Governance.class, this);
        }
    }

    /**
     * Registers the component's resources as children of {@code parent} and returns their outputs: the body of
     * the constructor, public so that the multi-language plugin's own {@code ecrkit:index:Governance} class registers
     * exactly the same resources. Java programs use the constructor.
     */
    public static Outputs register(ComponentResource parent, String name, GovernanceArgs args) {
        var rules = args.rules().stream().filter(PullRequestRule::enabled).toList();
        Output<String> repositoryName = args.repositoryName().applyValue(Governance::checkedName);
        Output<GovernancePlan> plan = Output.tuple(repositoryName, args.repositoryArn())
                .applyValue(t -> checkedPlan(t.t1, t.t2, args.rules()));
        Output<AwsScope> scope = args.repositoryArn().applyValue(arn -> AwsScope.ofRepositoryArn(arn).orElseThrow());
        var options1 = CustomResourceOptions.builder().parent(parent).build();

        var eventRules = new ArrayList<Output<Map<String, Object>>>();
        var notificationRules = new ArrayList<EventRule>();
        var notificationKeys = GovernancePlan.notificationKeys(rules);
        if (!notificationKeys.isEmpty()) {
            Output<String> queueName = repositoryName.applyValue(
                    n -> DerivedName.of(NameKind.SQS_QUEUE, n + "-pr-notifications-dlq"));
            var queue = new Queue(name + "-notifications-dlq", QueueArgs.builder()
                    .name(queueName)
                    .sqsManagedSseEnabled(true)
                    .messageRetentionSeconds(PythonFunction.DEAD_LETTER_RETENTION_SECONDS)
                    .tags(args.tags())
                    .build(), options1);
            for (String key : notificationKeys) {
                Output<GovernancePlan.Notification> n = plan.applyValue(p -> notification(p, key));
                var rule = new EventRule(name + "-" + key + "-rule", EventRuleArgs.builder()
                        .name(n.applyValue(GovernancePlan.Notification::ruleName))
                        .description(n.applyValue(GovernancePlan.Notification::description))
                        .eventPattern(n.applyValue(GovernancePlan.Notification::eventPattern))
                        .tags(args.tags())
                        .build(), options1);
                new EventTarget(name + "-" + key + "-target", EventTargetArgs.builder()
                        .rule(rule.name())
                        .targetId("sns")
                        .arn(n.applyValue(GovernancePlan.Notification::topicArn))
                        .inputTransformer(n.applyValue(x -> EventTargetInputTransformerArgs.builder()
                                .inputPaths(x.inputPaths()).inputTemplate(x.inputTemplate()).build()))
                        .retryPolicy(EventTargetRetryPolicyArgs.builder()
                                .maximumEventAgeInSeconds(MAX_EVENT_AGE_SECONDS)
                                .maximumRetryAttempts(MAX_RETRY_ATTEMPTS).build())
                        .deadLetterConfig(EventTargetDeadLetterConfigArgs.builder().arn(queue.arn()).build())
                        .build(), options1);
                notificationRules.add(rule);
                eventRules.add(nameAndArn(rule.name(), rule.arn()));
            }
            new QueuePolicy(name + "-notifications-dlq-policy", QueuePolicyArgs.builder()
                    .queueUrl(queue.url())
                    .policy(Output.tuple(queue.arn(),
                                    Output.all(notificationRules.stream().map(EventRule::arn).toList()))
                            .applyValue(t -> FunctionPolicies.deadLetterQueue(t.t1, t.t2).toJson()))
                    .build(), options1);
        }

        var webhooks = new ArrayList<Output<Map<String, Object>>>();
        var quarantines = new ArrayList<Output<Map<String, Object>>>();
        for (String key : GovernancePlan.functionKeys(rules)) {
            Output<GovernancePlan.FunctionSpec> f = plan.applyValue(p -> function(p, key));
            boolean webhook = key.endsWith("-webhook");
            Output<Map<String, String>> environment = f.applyValue(GovernancePlan.FunctionSpec::environment);
            var fn = PythonFunction.builder(name + "-" + key,
                            FunctionCode.of(webhook ? GovernancePlan.WEBHOOK_MODULE : GovernancePlan.QUARANTINE_MODULE))
                    .functionName(f.applyValue(GovernancePlan.FunctionSpec::functionName))
                    .roleName(f.applyValue(GovernancePlan.FunctionSpec::roleName))
                    .queueName(f.applyValue(GovernancePlan.FunctionSpec::queueName))
                    .description(f.applyValue(GovernancePlan.FunctionSpec::description))
                    // the webhook URL may carry a token: keep it encrypted in the state
                    .environment(webhook ? environment.asSecret() : environment)
                    .accessPolicy(f.applyValue(GovernancePlan.FunctionSpec::accessPolicy))
                    .scope(scope)
                    .tags(args.tags())
                    .timeoutSeconds(FUNCTION_TIMEOUT_SECONDS)
                    .trigger(FunctionTrigger.events("events", f.applyValue(GovernancePlan.FunctionSpec::triggerRuleName),
                            "ecrkit pull request rule " + key, f.applyValue(GovernancePlan.FunctionSpec::eventPattern),
                            MAX_EVENT_AGE_SECONDS, MAX_RETRY_ATTEMPTS))
                    .create(parent);
            fn.rules.values().forEach(r -> eventRules.add(nameAndArn(r.name(), r.arn())));
            (webhook ? webhooks : quarantines).add(nameAndArn(fn.function.name(), fn.function.arn()));
        }

        boolean register = args.repositoryPolicy() == GovernanceArgs.RepositoryPolicyMode.REGISTER
                && GovernancePlan.hasStatements(rules);
        Output<List<PolicyStatement>> statements = plan.applyValue(GovernancePlan::statements);
        Output<String> repositoryPolicyStatements = statements.applyValue(
                l -> Json.write(l.stream().map(PolicyStatement::toJson).toList()));
        if (register) {
            Output<Optional<String>> base = args.basePolicy()
                    .map(o -> o.applyValue(j -> Optional.of(checkedBasePolicy(j))))
                    .orElse(Output.of(Optional.empty()));
            new RepositoryPolicy(name + "-policy", RepositoryPolicyArgs.builder()
                    .repository(repositoryName)
                    .policy(Output.tuple(base, statements).applyValue(t -> mergedPolicy(t.t1, t.t2)))
                    .build(), options1);
        }
        Output<Map<String, Object>> pullRequestRules = Output.tuple(Output.all(eventRules), Output.all(webhooks),
                        Output.all(quarantines))
                .applyValue(t -> status(rules, register, t.t1, t.t2, t.t3));
        return new Outputs(pullRequestRules, repositoryPolicyStatements, statements);
    }

    /** The plan, with the names and patterns checked against the AWS limits. */
    static GovernancePlan checkedPlan(String repositoryName, String repositoryArn, List<PullRequestRule> rules) {
        var p = new Problems();
        GovernanceArgs.checkArn(p, repositoryArn, repositoryName);
        p.throwIfAny();
        var plan = GovernancePlan.of(repositoryName, AwsScope.ofRepositoryArn(repositoryArn).orElseThrow(), rules);
        plan.notifications().forEach(n -> {
            checkPattern(p, rules, n.key(), n.eventPattern());
            if (n.inputTemplate().length() > NotificationMessages.MAX_TEMPLATE_LENGTH) {
                p.add(field(rules, n.key(), "name"), "the notification message must be at most "
                        + NotificationMessages.MAX_TEMPLATE_LENGTH + " characters", n.inputTemplate().length());
            }
        });
        plan.functions().forEach(f -> checkPattern(p, rules, f.key(), f.eventPattern()));
        p.throwIfAny();
        return plan;
    }

    private static void checkPattern(Problems p, List<PullRequestRule> rules, String key, String pattern) {
        if (pattern.length() > EcrEventPatterns.MAX_PATTERN_LENGTH) {
            p.add(field(rules, key, "conditions.tagPatterns"), "the EventBridge pattern of " + key + " (repository"
                    + " name and tag patterns) must be at most " + EcrEventPatterns.MAX_PATTERN_LENGTH
                    + " characters; use fewer or shorter tag patterns", pattern.length() + " characters");
        }
    }

    /** {@code rules[i].<suffix>} of the rule whose resources have {@code key} ({@code <rule name>-<kind>}). */
    private static String field(List<PullRequestRule> rules, String key, String suffix) {
        for (int i = 0; i < rules.size(); i++) {
            if (key.startsWith(rules.get(i).name() + "-")
                    && (GovernancePlan.notificationKeys(List.of(rules.get(i))).contains(key)
                    || GovernancePlan.functionKeys(List.of(rules.get(i))).contains(key))) {
                return "rules[" + i + "]." + suffix;
            }
        }
        return "rules";
    }

    private static String checkedName(String name) {
        var p = new Problems();
        EcrRules.checkName(p, "repositoryName", name);
        p.throwIfAny();
        return name;
    }

    private static String checkedBasePolicy(String json) {
        var p = new Problems();
        PolicyDocuments.check(p, "basePolicy", json, PolicyDocuments.REPOSITORY_POLICY_MAX_LENGTH);
        p.throwIfAny();
        return json;
    }

    private static String mergedPolicy(Optional<String> base, List<PolicyStatement> statements) {
        var p = new Problems();
        var merged = RepositoryPolicies.merge(p, "basePolicy", base, statements);
        p.throwIfAny();
        return merged.orElseThrow();
    }

    private static GovernancePlan.Notification notification(GovernancePlan plan, String key) {
        return plan.notifications().stream().filter(n -> n.key().equals(key)).findFirst().orElseThrow();
    }

    private static GovernancePlan.FunctionSpec function(GovernancePlan plan, String key) {
        return plan.functions().stream().filter(f -> f.key().equals(key)).findFirst().orElseThrow();
    }

    private static Output<Map<String, Object>> nameAndArn(Output<String> name, Output<String> arn) {
        return Output.tuple(name, arn).applyValue(t -> {
            var m = new LinkedHashMap<String, Object>();
            m.put("name", t.t1);
            m.put("arn", t.t2);
            return m;
        });
    }

    static Map<String, Object> status(List<PullRequestRule> enabledRules, boolean registered,
            List<Map<String, Object>> eventRules, List<Map<String, Object>> webhooks,
            List<Map<String, Object>> quarantines) {
        var m = new LinkedHashMap<String, Object>();
        m.put("enabled", true);
        m.put("rules", enabledRules.stream().map(r -> {
            var rule = new LinkedHashMap<String, Object>();
            rule.put("name", r.name());
            rule.put("type", r.type().wire());
            rule.put("enabled", r.enabled());
            rule.put("effects", r.effects());
            return rule;
        }).toList());
        var policies = new LinkedHashMap<String, Object>();
        policies.put("statements", (int) enabledRules.stream().filter(PullRequestRule::deniesPush).count());
        policies.put("registered", registered);
        m.put("policies", policies);
        m.put("notificationTopicArns", enabledRules.stream().filter(PullRequestRule::notifiesTopic)
                .map(PullRequestRule::notificationTopicArn).distinct().toList());
        m.put("eventRules", eventRules);
        m.put("webhookFunctions", webhooks);
        m.put("quarantineFunctions", quarantines);
        return m;
    }
}
