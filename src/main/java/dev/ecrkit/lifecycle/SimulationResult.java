package dev.ecrkit.lifecycle;

import com.google.gson.JsonNull;
import dev.ecrkit.json.Json;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The outcome of {@link LifecycleSimulator}: one {@link ImageOutcome} per image, in the order the images were given,
 * and the policy's warnings ({@link ShadowedRules}).
 *
 * @param now      the evaluation time
 * @param images   one outcome per image, in input order
 * @param warnings rules that can never act
 */
public record SimulationResult(Instant now, List<ImageOutcome> images, List<RuleWarning> warnings) {
    public SimulationResult {
        Objects.requireNonNull(now, "now");
        images = List.copyOf(images);
        warnings = List.copyOf(warnings);
    }

    /** How many images get {@code action}. */
    public long count(SimulatedAction action) {
        return images.stream().filter(o -> o.action() == action).count();
    }

    /**
     * The Simulate command's JSON document: {@code {"now", "images": [{"digest", "tags", "action", "rulePriority": N or
     * null}], "summary": {"expire", "transition", "keep"}, "warnings": [{"rulePriority", "message"}]}}.
     */
    public Map<String, Object> toMap() {
        var doc = new LinkedHashMap<String, Object>();
        doc.put("now", now.toString());
        doc.put("images", images.stream().map(SimulationResult::imageMap).toList());
        var summary = new LinkedHashMap<String, Object>();
        for (SimulatedAction a : SimulatedAction.values()) {
            summary.put(a.toString(), count(a));
        }
        doc.put("summary", summary);
        doc.put("warnings", warnings.stream().map(RuleWarning::toMap).toList());
        return doc;
    }

    private static Map<String, Object> imageMap(ImageOutcome o) {
        var m = new LinkedHashMap<String, Object>();
        m.put("digest", o.image().digest());
        m.put("tags", o.image().tags());
        m.put("action", o.action().toString());
        m.put("rulePriority", o.rulePriority() == ImageOutcome.NO_RULE ? JsonNull.INSTANCE : o.rulePriority());
        return m;
    }

    /** {@link Json#pretty(Object)} of {@link #toMap()}. */
    public String toJson() {
        return Json.pretty(toMap());
    }
}
