package dev.ecrkit;

import com.pulumi.aws.cloudwatch.EventRule;
import com.pulumi.aws.cloudwatch.EventRuleArgs;
import com.pulumi.aws.cloudwatch.EventTarget;
import com.pulumi.aws.cloudwatch.EventTargetArgs;
import com.pulumi.aws.lambda.Permission;
import com.pulumi.aws.lambda.PermissionArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.Resource;
import dev.ecrkit.events.EventTargetArn;
import dev.ecrkit.events.OnEventOptions;
import dev.ecrkit.events.RepositoryEvent;
import dev.ecrkit.naming.Descriptions;
import dev.ecrkit.policy.AwsScope;
import dev.ecrkit.policy.ServicePrincipals;
import dev.ecrkit.validation.Problems;
import java.util.List;
import java.util.Map;

/**
 * How a {@link Repository} registers EventBridge rules for its events: the rule of an event helper
 * ({@link Repository#onImagePushed} ...), and the {@code eventRules} of its args, each that rule plus one target and,
 * for a Lambda function, the function's invoke permission for the rule (as AWS CDK's {@code LambdaFunction} target
 * adds it).
 */
final class RepositoryEvents {
    private RepositoryEvents() {
    }

    /** The repository's resources the rules name. */
    record Scope(String name, Output<String> repositoryName, Output<String> repositoryArn,
            Output<Map<String, String>> tags) {
    }

    /**
     * A helper's rule ({@link Repository#onImagePushed} ...): {@code ruleName} and {@code options} (null: none)
     * checked, then {@link #rule}. Throws naming {@code ruleName} or {@code options.<field>} before registering anything.
     */
    static EventRule helper(Resource parent, Scope scope, RepositoryEvent event, String ruleName,
            OnEventOptions given) {
        var options = given == null ? OnEventOptions.NONE : given;
        var p = new Problems();
        if (ruleName == null || !RepositoryEvent.RULE_NAME.matcher(ruleName).matches()) {
            p.add("ruleName", RepositoryEvent.RULE_NAME_RULE, ruleName == null ? "null" : ruleName);
        }
        options.validate(p.at("options"));
        p.throwIfAny();
        return rule(parent, scope, event, ruleName, options);
    }

    /** The rule of {@code event} (child {@code <name>-on-<kind>-<ruleName>}), once its name and options are checked. */
    static EventRule rule(Resource parent, Scope scope, RepositoryEvent event, String ruleName,
            OnEventOptions options) {
        return new EventRule(scope.name() + "-on-" + event.kind() + "-" + ruleName, EventRuleArgs.builder()
                .description(options.description().map(Output::of).orElseGet(() -> scope.repositoryName()
                        .applyValue(r -> Descriptions.fit(event.description(r), Descriptions.EVENT_RULE))))
                .eventPattern(Output.tuple(scope.repositoryName(), scope.repositoryArn())
                        .applyValue(t -> event.pattern(t.t1, t.t2, options)))
                .tags(scope.tags())
                .build(), Repository.childOptions(parent));
    }

    /**
     * The {@code eventRules} (validated by {@link RepositoryArgs.Builder#build()}): per item its rule, a target
     * ({@code <rule>-target}) and, for a Lambda function, a {@code lambda.Permission} ({@code <rule>-permission},
     * principal {@code events.amazonaws.com}, source the rule's ARN; a version or alias as its {@code qualifier}). The
     * targets' account and Region are checked against the repository's when its ARN resolves
     * ({@link EventTargetArn#checkScope}).
     */
    static void create(Resource parent, Scope scope, RepositoryArgs args) {
        var targets = args.eventRules().stream().map(r -> EventTargetArn.of(r.targetArn()).orElseThrow()).toList();
        Output<String> checked = scope.repositoryArn().applyValue(arn -> checkedScope(targets, arn));
        for (int i = 0; i < targets.size(); i++) {
            var item = args.eventRules().get(i);
            var target = targets.get(i);
            var rule = rule(parent, scope, item.event(), item.name(), item.options());
            Output<String> arn = checked.applyValue(ignored -> target.arn());
            String resourceName = item.resourceName(scope.name());
            new EventTarget(resourceName + "-target", EventTargetArgs.builder()
                    .rule(rule.name())
                    .arn(arn)
                    .build(), Repository.childOptions(parent));
            if (target.type() == EventTargetArn.Type.LAMBDA_FUNCTION) {
                var permission = PermissionArgs.builder()
                        .function(checked.applyValue(ignored -> target.functionArn()))
                        .action("lambda:InvokeFunction")
                        .principal(ServicePrincipals.EVENTS)
                        .sourceArn(rule.arn());
                target.qualifier().ifPresent(permission::qualifier);
                new Permission(resourceName + "-permission", permission.build(), Repository.childOptions(parent));
            }
        }
    }

    /**
     * The repository ARN, once every target is known to be in its account and Region (every problem at once); a
     * repository ARN of unknown form (a test's own mocks) is not checked.
     */
    private static String checkedScope(List<EventTargetArn> targets, String repositoryArn) {
        var p = new Problems();
        AwsScope.ofRepositoryArn(repositoryArn).ifPresent(s -> {
            for (int i = 0; i < targets.size(); i++) {
                targets.get(i).checkScope(p.at("eventRules[" + i + "]"), "targetArn", s);
            }
        });
        p.throwIfAny();
        return repositoryArn;
    }
}
