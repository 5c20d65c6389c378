package dev.ecrkit.stack;

import dev.ecrkit.json.Json;
import dev.ecrkit.validation.Problem;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An accepted input that configures nothing (DESIGN.md section 7): a Terraform module variable that has no effect in
 * AWS, or a value that another key overrides or whose switch is off. Accepted so that module stacks translate key by
 * key; the plan says so, one {@code notice: <key path>: <message>} line each on stderr and a {@code "notices"} array in
 * {@code --json} (docs/plan.md). Never changes the exit status.
 *
 * @param key     the config key path ({@code ecrkit:repositories.app.registryScanFilters})
 * @param message one line: why it configures nothing, and what to use instead where there is something
 */
public record Notice(String key, String message) {
    public Notice {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(message, "message");
    }

    /** The notices recorded in {@code collected} (each problem's field is the key path, its rule the message). */
    static List<Notice> of(List<Problem> collected) {
        return collected.stream().map(p -> new Notice(p.field(), p.rule())).toList();
    }

    /** {@code {"key", "message"}}, the plan's JSON. */
    public Map<String, Object> toMap() {
        return Json.object("key", key, "message", message);
    }

    /** The stderr line: {@code notice: <key>: <message>}. */
    @Override
    public String toString() {
        return "notice: " + key + ": " + message;
    }
}
