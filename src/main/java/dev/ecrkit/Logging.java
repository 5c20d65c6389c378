package dev.ecrkit;

import com.pulumi.aws.cloudwatch.EventRule;
import com.pulumi.aws.cloudwatch.EventRuleArgs;
import com.pulumi.aws.cloudwatch.EventTarget;
import com.pulumi.aws.cloudwatch.EventTargetArgs;
import com.pulumi.aws.cloudwatch.LogGroup;
import com.pulumi.aws.cloudwatch.LogGroupArgs;
import com.pulumi.aws.cloudwatch.LogResourcePolicy;
import com.pulumi.aws.cloudwatch.LogResourcePolicyArgs;
import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.Resource;
import dev.ecrkit.aws.AwsScopes;
import dev.ecrkit.events.EcrEventPatterns;
import dev.ecrkit.naming.Descriptions;
import dev.ecrkit.observability.LoggingSettings;
import dev.ecrkit.observability.ObservabilityNames;
import dev.ecrkit.policy.AwsScope;
import dev.ecrkit.policy.ObservabilityPolicies;
import dev.ecrkit.validation.EcrRules;
import dev.ecrkit.validation.Problems;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Records one repository's ECR and Amazon Inspector events in CloudWatch Logs ({@code ecrkit:index:Logging}), the
 * Terraform module's {@code enable_logging} made real: a log group {@code /aws/ecr/<repository>}, an EventBridge rule
 * for the repository's events targeting it, and the CloudWatch Logs resource policy that lets that rule (and only it)
 * write there, unless {@link LoggingArgs#createResourcePolicy()} is false (an {@link EventLogPolicy} shared by many
 * repositories lets the rule write instead). No IAM role: EventBridge writes to CloudWatch Logs through the resource
 * policy. See docs/logging.md.
 */
public final class Logging extends ComponentResource {
    /** Type token. */
    public static final String TYPE = "ecrkit:index:Logging";
    /** Id of the rule's target. */
    public static final String TARGET_ID = "log-group";

    /** ARN of the log group (the module's {@code cloudwatch_log_group_arn}). */
    @Export(name = "cloudwatchLogGroupArn", refs = {String.class}, tree = "[0]")
    public final Output<String> cloudwatchLogGroupArn;
    /** Name of the log group. */
    @Export(name = "logGroupName", refs = {String.class}, tree = "[0]")
    public final Output<String> logGroupName;
    /** ARN of the EventBridge rule that records the events. */
    @Export(name = "eventRuleArn", refs = {String.class}, tree = "[0]")
    public final Output<String> eventRuleArn;
    /** Name of that rule. */
    @Export(name = "eventRuleName", refs = {String.class}, tree = "[0]")
    public final Output<String> eventRuleName;

    /** Exactly one constructor (multi-language requirement); {@code options} may be null. */
    public Logging(String name, LoggingArgs args, ComponentResourceOptions options) {
        super(TYPE, name, null, options);
        var out = register(this, name, args);
        this.cloudwatchLogGroupArn = out.cloudwatchLogGroupArn();
        this.logGroupName = out.logGroupName();
        this.eventRuleArn = out.eventRuleArn();
        this.eventRuleName = out.eventRuleName();
        registerOutputs(out.toMap());
    }

    /**
     * The outputs of the log resources: the values of the {@link Logging} fields of the same names.
     *
     * @param cloudwatchLogGroupArn see {@link Logging#cloudwatchLogGroupArn}
     * @param logGroupName see {@link Logging#logGroupName}
     * @param eventRuleArn see {@link Logging#eventRuleArn}
     * @param eventRuleName see {@link Logging#eventRuleName}
     */
    public record Outputs(Output<String> cloudwatchLogGroupArn, Output<String> logGroupName,
            Output<String> eventRuleArn, Output<String> eventRuleName) {
        /** Every output by its {@code @Export} name ({@link Exports}), for {@code registerOutputs}. */
        public Map<String, Output<?>> toMap() {
            return Exports.of(Logging.class, this);
        }
    }

    /**
     * Registers the component's resources as children of {@code parent} and returns their outputs: the body of
     * the constructor, public so that the multi-language plugin's own {@code ecrkit:index:Logging} class registers
     * exactly the same resources. Java programs use the constructor.
     */
    public static Outputs register(ComponentResource parent, String name, LoggingArgs args) {
        Objects.requireNonNull(args, "args");
        var child = CustomResourceOptions.builder().parent(parent).build();
        Output<String> repository = args.repositoryName().applyValue(Logging::checkedName);
        Output<AwsScope> scope = AwsScopes.of(args.repositoryArn(), "repositoryArn", parent);
        Output<String> repositoryArn = Output.tuple(scope, repository).applyValue(t -> t.t1.repositoryArn(t.t2));
        Output<String> groupName = repository.applyValue(ObservabilityNames::logGroup);

        var group = LogGroupArgs.builder()
                .name(groupName)
                .retentionInDays(args.settings().retentionInDays())
                .tags(args.tags());
        args.kmsKeyArn().map(k -> k.applyValue(Logging::checkedKey))
                .or(() -> args.settings().kmsKey().map(Output::of))
                .ifPresent(group::kmsKeyId);
        var logGroup = new LogGroup(name + "-log-group", group.build(), child);

        var rule = new EventRule(name + "-events", EventRuleArgs.builder()
                .name(repository.applyValue(ObservabilityNames::eventsRule))
                .description(repository.applyValue(r -> Descriptions.fit("ECR and Amazon Inspector events of repository "
                        + r + ", recorded in " + ObservabilityNames.logGroup(r) + " (ecrkit)", Descriptions.EVENT_RULE)))
                .eventPattern(Output.tuple(repository, repositoryArn)
                        .applyValue(t -> EcrEventPatterns.repositoryEvents(t.t1, t.t2)))
                .tags(args.tags())
                .build(), child);

        var targetDependencies = new ArrayList<Resource>();
        if (args.createResourcePolicy()) {
            targetDependencies.add(new LogResourcePolicy(name + "-log-policy", LogResourcePolicyArgs.builder()
                    .policyName(repository.applyValue(ObservabilityNames::logResourcePolicy))
                    .policyDocument(Output.tuple(scope, groupName, rule.arn())
                            .applyValue(t -> ObservabilityPolicies.eventsToLogGroup(t.t1, t.t2, t.t3).toJson()))
                    .build(), child));
        }
        new EventTarget(name + "-events-target", EventTargetArgs.builder()
                .rule(rule.name())
                .targetId(TARGET_ID)
                .arn(logGroup.arn())
                .build(), CustomResourceOptions.builder().parent(parent)
                .dependsOn(List.copyOf(targetDependencies)).build());

                return new Outputs(logGroup.arn(), logGroup.name(), rule.arn(), rule.name());
    }

    private static String checkedName(String name) {
        var p = new Problems();
        EcrRules.checkName(p, "repositoryName", name);
        p.throwIfAny();
        return name;
    }

    private static String checkedKey(String arn) {
        var p = new Problems();
        LoggingSettings.checkKmsKeyArn(p, "kmsKeyArn", arn);
        if (arn.isEmpty()) {
            p.add("kmsKeyArn", "must be a KMS key ARN, not empty", arn);
        }
        p.throwIfAny();
        return arn;
    }
}
