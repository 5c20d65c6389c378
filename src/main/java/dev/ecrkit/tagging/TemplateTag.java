package dev.ecrkit.tagging;

import java.util.Optional;
import java.util.function.Function;

/**
 * One entry of a default-tag template: a key and where its value comes from (package-private).
 *
 * @param key   the tag key before normalization
 * @param value the value, or empty when the entry is dropped (its input is unset)
 * @param field the settings field the value comes from, for problem messages
 */
record TemplateTag(String key, Function<DefaultTagValues, Optional<String>> value, String field) {
    /** An entry with a fixed value. */
    static TemplateTag fixed(String key, String value) {
        return new TemplateTag(key, values -> Optional.of(value), "defaultTagsTemplate");
    }

    /** An entry whose value is one of the user's default-tag values. */
    static TemplateTag from(String key, DefaultTagValue input) {
        return new TemplateTag(key, values -> values.get(input), input.field());
    }
}
