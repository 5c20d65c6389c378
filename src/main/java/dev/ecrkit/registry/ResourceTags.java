package dev.ecrkit.registry;

import dev.ecrkit.tagging.Tagging;
import dev.ecrkit.validation.Problems;
import java.util.Map;
import java.util.regex.Pattern;

/** Checks of a plain tag map (tags set as given, no normalization), with the limits of {@link Tagging}. Pure. */
public final class ResourceTags {
    private static final Pattern ALLOWED = Pattern.compile(Tagging.ALLOWED_CHARACTERS + "*");
    private static final String CHARACTERS_RULE = "only letters, digits, spaces and _ . : / = + - @";

    private ResourceTags() {
    }

    /** Checks count, key and value of every tag; fields {@code field} and {@code field.<key>}. */
    public static void check(Problems p, String field, Map<String, String> tags) {
        if (tags.size() > Tagging.MAX_TAGS) {
            p.add(field, "at most " + Tagging.MAX_TAGS + " tags", tags.size());
        }
        tags.forEach((k, v) -> {
            String at = field + "." + k;
            int keyLength = k.codePointCount(0, k.length());
            if (keyLength < Tagging.MIN_KEY_LENGTH || keyLength > Tagging.MAX_KEY_LENGTH || !ALLOWED.matcher(k).matches()) {
                p.add(at, "key must have " + Tagging.MIN_KEY_LENGTH + "-" + Tagging.MAX_KEY_LENGTH + " characters, "
                        + CHARACTERS_RULE, k);
            } else if (k.regionMatches(true, 0, Tagging.RESERVED_PREFIX, 0, Tagging.RESERVED_PREFIX.length())) {
                p.add(at, "key must not start with \"" + Tagging.RESERVED_PREFIX + "\" (reserved for AWS)", k);
            }
            if (v.codePointCount(0, v.length()) > Tagging.MAX_VALUE_LENGTH || !ALLOWED.matcher(v).matches()) {
                p.add(at, "value must have at most " + Tagging.MAX_VALUE_LENGTH + " characters, " + CHARACTERS_RULE, v);
            }
        });
    }
}
