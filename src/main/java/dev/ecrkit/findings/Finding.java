package dev.ecrkit.findings;

import dev.ecrkit.json.Json;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One security finding of a planned stack (the plan's {@code "findings"} array).
 *
 * @param id       stable identifier of the check, {@code ECRKIT-...} ({@link Check#id()})
 * @param severity LOW, MEDIUM or HIGH
 * @param urn      URN of the planned resource that fails the check
 * @param key      the config key path that fixes it ({@code ecrkit:repositories.app.imageTagMutability}); for a
 *                 repository outside an {@code ecrkit:index:Repository} component, the input name alone
 * @param controls the scanner and Security Hub controls it corresponds to ({@code CKV_AWS_51}, {@code ECR.2}); may be empty
 * @param message  one line
 */
public record Finding(String id, Severity severity, String urn, String key, List<String> controls, String message) {
    public Finding {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(urn, "urn");
        Objects.requireNonNull(key, "key");
        controls = List.copyOf(controls);
        Objects.requireNonNull(message, "message");
    }

    /** {@code {"id", "severity", "urn", "key", "controls", "message"}}. */
    public Map<String, Object> toMap() {
        return Json.object("id", id, "severity", severity.name(), "urn", urn, "key", key, "controls", controls,
                "message", message);
    }
}
