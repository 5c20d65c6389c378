package dev.ecrkit.stack;

import dev.ecrkit.RepositoryArgs;
import dev.ecrkit.events.EventTargetArn;
import dev.ecrkit.events.OnEventOptions;
import dev.ecrkit.events.RepositoryEvent;
import dev.ecrkit.events.RepositoryEventRule;
import dev.ecrkit.policy.AwsScope;
import dev.ecrkit.validation.Problems;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code eventRules} of a repository's inputs ({@code dev.ecrkit.inputs.RepositoryEventRuleArgs} items) turned into
 * {@link RepositoryEventRule}s, for the one conversion ({@link StackConfig}). A Lambda target gets its permission; an
 * SNS, SQS or log group target a notice ({@link EventTargetArn.Type#notice()}): its own policy must let EventBridge in.
 */
final class EventRulesConfig {
    private EventRulesConfig() {
    }

    /**
     * Sets the rules on {@code b} (validated by its {@code build()}); when an item misses a required field, the
     * fields every item has are validated here, at their own index, and no rule is set.
     */
    static void convert(Map<String, Object> v, RepositoryArgs.Builder b, Problems p, Problems notices) {
        var items = (List<?>) v.getOrDefault("eventRules", List.of());
        var rules = new ArrayList<Optional<RepositoryEventRule>>();
        var partChecks = new ArrayList<Runnable>();
        for (int i = 0; i < items.size(); i++) {
            String at = "eventRules[" + i + "]";
            var f = Binder.values(items.get(i));
            var name = required(f, "name", at, p);
            var event = required(f, "event", at, p).flatMap(e -> Declarations.wire(RepositoryEvent.class, e,
                    at + ".event", p));
            var target = required(f, "targetArn", at, p);
            target.flatMap(EventTargetArn::of).flatMap(t -> t.type().notice())
                    .ifPresent(n -> notices.addNoValue(at + ".targetArn", n));
            var options = new OnEventOptions(strings(f, "tagPrefixes"), strings(f, "tagPatterns"),
                    Optional.ofNullable((String) f.get("description")));
            boolean complete = name.isPresent() && event.isPresent() && target.isPresent();
            rules.add(complete ? Optional.of(RepositoryEventRule.of(event.get(), name.get(), target.get(), options))
                    : Optional.empty());
            partChecks.add(() -> RepositoryEventRule.validate(p.at(at), name.orElse(null), target.orElse(null),
                    options));
        }
        if (rules.stream().allMatch(Optional::isPresent)) {
            b.eventRules(rules.stream().map(Optional::get).toList());
        } else {
            partChecks.forEach(Runnable::run);
        }
    }

    /**
     * Checks the targets of an entry's raw {@code eventRules} against the stack's Region (known before anything is
     * registered; the account is checked when the repository's ARN resolves): {@link EventTargetArn#REGION_RULE}.
     */
    static void checkRegion(Object entry, String region, Problems p) {
        if (!(entry instanceof Map<?, ?> settings) || !(settings.get("eventRules") instanceof List<?> items)) {
            return;
        }
        var stack = new AwsScope(AwsScope.partitionOf(region), region, "");
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) instanceof Map<?, ?> item && item.get("targetArn") instanceof String arn
                    && EventTargetArn.of(arn).filter(t -> !t.inRegion(stack)).isPresent()) {
                p.add("eventRules[" + i + "].targetArn", EventTargetArn.REGION_RULE.formatted(region), arn);
            }
        }
    }

    private static Optional<String> required(Map<String, Object> f, String field, String at, Problems p) {
        if (!(f.get(field) instanceof String s)) {
            p.addNoValue(at + "." + field, "is required");
            return Optional.empty();
        }
        return Optional.of(s);
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Map<String, Object> f, String field) {
        return (List<String>) f.getOrDefault(field, List.of());
    }
}
