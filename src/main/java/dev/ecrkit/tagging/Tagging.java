package dev.ecrkit.tagging;

import dev.ecrkit.validation.InvalidInputException;
import dev.ecrkit.validation.Problem;
import dev.ecrkit.validation.Problems;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Computes and validates the tags of a repository (the module's tag pipeline, with ecrkit's fixes; see
 * {@code docs/tagging.md}):
 * <ol>
 *   <li>default tags: the chosen set, entries with an unset value dropped ({@link #computedDefaultTags});</li>
 *   <li>default tags and user tags are each normalized: keys by {@link TaggingSettings#tagKeyCase()}, values trimmed
 *       when {@link TaggingSettings#normalizeTagValues()}; nothing changes when normalization is off;</li>
 *   <li>merge: on the same normalized key a user tag wins over a default tag; two user tags with the same normalized
 *       key are an error naming both;</li>
 *   <li>{@code Name} = repository name, unless a user tag key is {@code name} in any case (the user's value wins);</li>
 *   <li>AWS limits on the final tags, and required tags when validation is on (missing ones are an error).</li>
 * </ol>
 */
public final class Tagging {
    /** Tags per resource, {@code Name} and default tags included. Source: "Maximum number of tags per resource: 50",
     * https://docs.aws.amazon.com/tag-editor/latest/userguide/tagging.html */
    public static final int MAX_TAGS = 50;
    /** Shortest tag key. Source: Key "Minimum length of 1",
     * https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_Tag.html */
    public static final int MIN_KEY_LENGTH = 1;
    /** Longest tag key, in characters. Source: Key "Maximum length of 128",
     * https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_Tag.html */
    public static final int MAX_KEY_LENGTH = 128;
    /** Longest tag value, in characters (the empty value is allowed). Source: Value "Maximum length of 256",
     * https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_Tag.html */
    public static final int MAX_VALUE_LENGTH = 256;
    /** Characters allowed in keys and values, as a regex class. Source: "letters, numbers, and spaces representable in
     * UTF-8, and the following characters: _ . : / = + - @",
     * https://docs.aws.amazon.com/tag-editor/latest/userguide/tagging.html */
    public static final String ALLOWED_CHARACTERS = "[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]";
    /** Reserved key prefix, in any case. Source: "The aws: prefix is prohibited for tags",
     * https://docs.aws.amazon.com/tag-editor/latest/userguide/tagging.html */
    public static final String RESERVED_PREFIX = "aws:";
    /** Most required tags. Source: the Terraform module's {@code required_tags} validation
     * ("Maximum of 50 required tags allowed."). */
    public static final int MAX_REQUIRED_TAGS = 50;
    /** The key of the tag holding the repository name. */
    public static final String NAME_KEY = "Name";

    private static final Pattern ALLOWED = Pattern.compile(ALLOWED_CHARACTERS + "*");
    private static final String CHARACTERS_RULE = "only letters, digits, spaces and _ . : / = + - @";

    private Tagging() {
    }

    /**
     * The final tags of repository {@code repositoryName}.
     *
     * @throws InvalidInputException with every problem of {@link #validate}
     */
    public static TagResult compute(TaggingSettings settings, String repositoryName) {
        Objects.requireNonNull(repositoryName, "repositoryName");
        var problems = new Problems();
        var evaluation = evaluate(settings, problems);
        problems.throwIfAny();
        var finalTags = new TreeMap<String, String>();
        evaluation.merged().forEach((key, entry) -> finalTags.put(key, entry.value()));
        if (!evaluation.userName()) {
            finalTags.put(NAME_KEY, repositoryName);
        }
        return new TagResult(settings, finalTags, computedDefaultTags(settings), evaluation.missing());
    }

    /**
     * Adds every problem of {@code settings} to {@code problems} (field paths relative to it: {@code tags["k"]},
     * {@code defaultTagsEnvironment}, {@code requiredTags}...). The repository name is not checked here.
     */
    public static void validate(TaggingSettings settings, Problems problems) {
        evaluate(settings, problems);
    }

    /**
     * The default tags before normalization, sorted by key: the chosen set without entries whose value is unset; empty
     * when default tags are off.
     */
    public static SortedMap<String, String> computedDefaultTags(TaggingSettings settings) {
        var tags = new TreeMap<String, String>();
        defaultEntries(settings).forEach(e -> tags.put(e.key(), e.value()));
        return TagResult.sorted(tags);
    }

    /**
     * {@code finalTags} plus {@code extra} (extra wins on the same key), sorted; extra keys are not normalized. For
     * child resources, for example {@code Name=<repo>-kms-key}.
     */
    public static SortedMap<String, String> withExtra(Map<String, String> finalTags, Map<String, String> extra) {
        var tags = new TreeMap<>(finalTags);
        tags.putAll(extra);
        return TagResult.sorted(tags);
    }

    /** A tag on its way to the final map, with the settings field it came from (for problem messages). */
    private record Entry(String key, String value, String field) {
    }

    private record Evaluation(Map<String, Entry> merged, boolean userName, List<String> missing) {
    }

    private static Evaluation evaluate(TaggingSettings s, Problems problems) {
        UnaryOperator<String> keyOf = s.enableTagNormalization() ? s.tagKeyCase()::apply : UnaryOperator.identity();
        UnaryOperator<String> valueOf = s.enableTagNormalization() && s.normalizeTagValues()
                ? String::strip : UnaryOperator.identity();

        var merged = new LinkedHashMap<String, Entry>();
        for (Entry e : defaultEntries(s)) {
            merged.put(keyOf.apply(e.key()), new Entry(keyOf.apply(e.key()), valueOf.apply(e.value()), e.field()));
        }
        var userKeys = new LinkedHashMap<String, String>();   // normalized key -> original key
        s.tags().forEach((key, value) -> {
            String normalized = keyOf.apply(key);
            String first = userKeys.putIfAbsent(normalized, key);
            if (first != null) {
                problems.add(tagField(key), "normalizes to the same key as " + tagField(first), normalized);
            } else {
                merged.put(normalized, new Entry(normalized, valueOf.apply(value), tagField(key)));
            }
        });
        boolean userName = userKeys.keySet().stream().anyMatch(NAME_KEY::equalsIgnoreCase);

        checkLimits(merged.values(), merged.size() + (userName ? 0 : 1), problems);
        var missing = checkRequired(s, keyOf, merged.keySet(), problems);
        return new Evaluation(merged, userName, missing);
    }

    /** The default-tag set with unset entries dropped, in template order, keys and values as given. */
    private static List<Entry> defaultEntries(TaggingSettings s) {
        if (!s.enableDefaultTags()) {
            return List.of();
        }
        var entries = new ArrayList<Entry>();
        for (TemplateTag t : s.defaultTagsTemplate().entries()) {
            t.value().apply(s.defaultTagValues()).ifPresent(v -> entries.add(new Entry(t.key(), v, t.field())));
        }
        return entries;
    }

    private static void checkLimits(Iterable<Entry> entries, int total, Problems problems) {
        if (total > MAX_TAGS) {
            problems.add("tags", "must give at most " + MAX_TAGS + " tags in total (default tags and "
                    + NAME_KEY + " included)", total);
        }
        // a set: a default value used by several keys (sdlc's environment) is reported once
        Set<Problem> found = new LinkedHashSet<>();
        for (Entry e : entries) {
            int keyLength = e.key().codePointCount(0, e.key().length());
            if (keyLength < MIN_KEY_LENGTH || keyLength > MAX_KEY_LENGTH) {
                found.add(problem(e.field(), "key must have " + MIN_KEY_LENGTH + " to " + MAX_KEY_LENGTH
                        + " characters", e.key()));
            }
            if (!ALLOWED.matcher(e.key()).matches()) {
                found.add(problem(e.field(), "key must contain " + CHARACTERS_RULE, e.key()));
            }
            if (e.key().regionMatches(true, 0, RESERVED_PREFIX, 0, RESERVED_PREFIX.length())) {
                found.add(problem(e.field(), "key must not start with \"" + RESERVED_PREFIX
                        + "\" in any case (reserved for AWS)", e.key()));
            }
            if (e.value().codePointCount(0, e.value().length()) > MAX_VALUE_LENGTH) {
                found.add(problem(e.field(), "value must have at most " + MAX_VALUE_LENGTH + " characters",
                        e.value()));
            }
            if (!ALLOWED.matcher(e.value()).matches()) {
                found.add(problem(e.field(), "value must contain " + CHARACTERS_RULE, e.value()));
            }
        }
        problems.addAll(List.copyOf(found));
    }

    /** Original names of missing required tags, sorted; reports them as one problem. */
    private static List<String> checkRequired(TaggingSettings s, UnaryOperator<String> keyOf, Set<String> keys,
                                              Problems problems) {
        List<String> required = s.requiredTags();
        if (required.size() > MAX_REQUIRED_TAGS) {
            problems.add("requiredTags", "must have at most " + MAX_REQUIRED_TAGS + " entries", required.size());
        }
        for (int i = 0; i < required.size(); i++) {
            if (keyOf.apply(required.get(i)).isBlank()) {
                problems.add("requiredTags[" + i + "]", "must name a tag key", required.get(i));
            }
        }
        if (!s.enableTagValidation()) {
            return List.of();
        }
        var missing = new TreeSet<String>();
        for (String name : required) {
            String key = keyOf.apply(name);
            // the Name tag is always present, under the user's spelling or as "Name"
            if (!keys.contains(key) && !NAME_KEY.equalsIgnoreCase(key)) {
                missing.add(name);
            }
        }
        if (!missing.isEmpty()) {
            problems.addNoValue("requiredTags", "missing required tags: " + String.join(", ", missing));
        }
        return List.copyOf(missing);
    }

    private static String tagField(String key) {
        return "tags[" + Problems.show(key) + "]";
    }

    private static Problem problem(String field, String rule, String value) {
        return new Problem(field, rule, Problems.show(value));
    }
}
