package dev.ecrkit.lifecycle;

import dev.ecrkit.json.Json;
import dev.ecrkit.validation.InvalidInputException;
import dev.ecrkit.validation.Problems;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A typed ECR lifecycle policy (https://docs.aws.amazon.com/AmazonECR/latest/userguide/LifecyclePolicies.html).
 * Check it with {@link LifecyclePolicyValidator#validate(LifecyclePolicy)} before use.
 *
 * @param rules the rules in any order; rendered sorted by priority
 */
public record LifecyclePolicy(List<LifecycleRule> rules) {

    /** Copies the rules (no nulls). */
    public LifecyclePolicy {
        rules = List.copyOf(rules);
    }

    /** A policy of the given rules. */
    public static LifecyclePolicy of(LifecycleRule... rules) {
        return new LifecyclePolicy(List.of(rules));
    }

    /** {@code {"rules": [...]}} with the rules sorted by priority (stable for equal priorities). */
    public Map<String, Object> toMap() {
        return Json.object("rules", rules.stream()
                .sorted(Comparator.comparingInt(LifecycleRule::priority))
                .map(LifecycleRule::toMap)
                .toList());
    }

    /** The compact policy text AWS receives ({@link Json#write(Object)} of {@link #toMap()}). */
    public String toJson() {
        return Json.write(toMap());
    }

    /**
     * The typed policy of lifecycle policy text, rules in document order. The text goes through
     * {@link LifecyclePolicyValidator#validate(String)} first: when AWS would reject it, this throws
     * {@link InvalidInputException} with the validator's problems (field paths such as {@code rules[2].selection.countUnit}).
     * A {@code rulePriority} or {@code countNumber} above {@link LifecyclePolicyValidator#MAX_INTEGER} is one of them.
     */
    public static LifecyclePolicy parse(String json) {
        var problems = new Problems().addAll(LifecyclePolicyValidator.validate(json));
        problems.throwIfAny();
        var rules = new ArrayList<LifecycleRule>();
        List<?> list = (List<?>) ((Map<?, ?>) Json.parse(json).orElseThrow()).get("rules");
        for (int i = 0; i < list.size(); i++) {
            var rule = (Map<?, ?>) list.get(i);
            var selection = (Map<?, ?>) rule.get("selection");
            var action = (Map<?, ?>) rule.get("action");
            String at = "rules[" + i + "]";
            int priority = toInt(problems, at + ".rulePriority", rule.get("rulePriority"));
            int count = toInt(problems, at + ".selection.countNumber", selection.get("countNumber"));
            rules.add(new LifecycleRule(priority, String.valueOf(rule.containsKey("description") ? rule.get("description") : ""),
                    TagStatus.fromWire((String) selection.get("tagStatus")).orElseThrow(),
                    strings(selection.get("tagPrefixList")), strings(selection.get("tagPatternList")),
                    CountType.fromWire((String) selection.get("countType")).orElseThrow(), count,
                    selection.containsKey("storageClass")
                            ? StorageClass.fromWire((String) selection.get("storageClass")).orElseThrow()
                            : StorageClass.STANDARD,
                    ActionType.fromWire((String) action.get("type")).orElseThrow()));
        }
        problems.throwIfAny();
        return new LifecyclePolicy(rules);
    }

    /** A member the validator checked (1 to {@link LifecyclePolicyValidator#MAX_INTEGER}). */
    private static int toInt(Problems problems, String field, Object value) {
        return Math.toIntExact((Long) value);
    }

    private static List<String> strings(Object list) {
        return list == null ? List.of() : ((List<?>) list).stream().map(String.class::cast).toList();
    }
}
