package dev.ecrkit.lifecycle;

import dev.ecrkit.json.Json;
import java.util.Map;
import java.util.Objects;

/**
 * Advice about one rule of a valid policy, for example a rule that can never act.
 *
 * @param rulePriority the rule's priority
 * @param message      one line
 */
public record RuleWarning(int rulePriority, String message) {
    public RuleWarning {
        Objects.requireNonNull(message, "message");
    }

    /** {@code {"rulePriority": N, "message": "..."}}. */
    public Map<String, Object> toMap() {
        return Json.object("rulePriority", rulePriority, "message", message);
    }
}
