package dev.ecrkit.tagging;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The tags of a repository and what produced them.
 *
 * @param settings            the settings they were computed from
 * @param finalTags           the tags to apply, {@code Name} included, sorted by key
 * @param computedDefaultTags the default tags before normalization (the module's {@code computed_default_tags}),
 *                            sorted by key; empty when default tags are off
 * @param missingRequiredTags original names of required tags that are missing, sorted; always empty after a successful
 *                            {@link Tagging#compute} (a missing tag is an error), kept for the compliance output
 */
public record TagResult(TaggingSettings settings, SortedMap<String, String> finalTags,
                        SortedMap<String, String> computedDefaultTags, List<String> missingRequiredTags) {
    public TagResult {
        Objects.requireNonNull(settings, "settings");
        finalTags = sorted(finalTags);
        computedDefaultTags = sorted(computedDefaultTags);
        missingRequiredTags = List.copyOf(missingRequiredTags);
    }

    /**
     * The module's {@code tagging_strategy} output with camelCase names, in this order: defaultTagsEnabled,
     * defaultTagsTemplate (omitted when there is no template), tagValidationEnabled, tagNormalizationEnabled,
     * tagKeyCase (omitted for {@link KeyCase#NONE}), requiredTags, computedDefaultTags.
     */
    public Map<String, Object> taggingStrategy() {
        var m = new LinkedHashMap<String, Object>();
        m.put("defaultTagsEnabled", settings.enableDefaultTags());
        putWire(m, "defaultTagsTemplate", settings.defaultTagsTemplate().wire());
        m.put("tagValidationEnabled", settings.enableTagValidation());
        m.put("tagNormalizationEnabled", settings.enableTagNormalization());
        putWire(m, "tagKeyCase", settings.tagKeyCase().wire());
        m.put("requiredTags", settings.requiredTags());
        m.put("computedDefaultTags", computedDefaultTags);
        return Collections.unmodifiableMap(m);
    }

    /**
     * The module's {@code tag_compliance_status} output with camelCase names, in this order: validationEnabled,
     * validationPassed and requiredTagsPresent (both omitted when validation is off), missingRequiredTags,
     * totalTagsApplied (Name included), normalizationEnabled, tagKeyCase (omitted for {@link KeyCase#NONE}).
     */
    public Map<String, Object> tagComplianceStatus() {
        var m = new LinkedHashMap<String, Object>();
        m.put("validationEnabled", settings.enableTagValidation());
        if (settings.enableTagValidation()) {
            m.put("validationPassed", missingRequiredTags.isEmpty());
            m.put("requiredTagsPresent", missingRequiredTags.isEmpty());
        }
        m.put("missingRequiredTags", missingRequiredTags);
        m.put("totalTagsApplied", finalTags.size());
        m.put("normalizationEnabled", settings.enableTagNormalization());
        putWire(m, "tagKeyCase", settings.tagKeyCase().wire());
        return Collections.unmodifiableMap(m);
    }

    private static void putWire(Map<String, Object> m, String key, String wire) {
        if (!wire.isEmpty()) {
            m.put(key, wire);
        }
    }

    static SortedMap<String, String> sorted(Map<String, String> map) {
        return Collections.unmodifiableSortedMap(new TreeMap<>(Objects.requireNonNull(map, "map")));
    }
}
