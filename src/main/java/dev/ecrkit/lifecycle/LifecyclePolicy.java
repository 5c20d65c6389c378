package dev.ecrkit.lifecycle;

import dev.ecrkit.json.Json;
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
}
