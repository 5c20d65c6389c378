package dev.ecrkit.events;

import dev.ecrkit.lifecycle.ImageInventory;
import dev.ecrkit.naming.Descriptions;
import dev.ecrkit.validation.Problems;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Options of a repository's event helpers ({@code Repository.onImagePushed(...)} and the others): image tag filters and
 * the rule's description. Tag filters use EventBridge content filtering
 * (https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-create-pattern-operators.html): a prefix matches tags
 * that start with it ({@code {"prefix": "v"}}), a pattern matches exactly, or by wildcard when it has {@code *}
 * ({@code {"wildcard": "release-*-amd64"}}); an event matches when one of its tags matches one filter. No filter: every
 * event, tagged or not. Pure.
 *
 * @param tagPrefixes image tag prefixes
 * @param tagPatterns image tags, exact or with {@code *} wildcards
 * @param description the rule's description; empty: a generated one
 */
public record OnEventOptions(List<String> tagPrefixes, List<String> tagPatterns, Optional<String> description) {
    /** No filter, generated description. */
    public static final OnEventOptions NONE = new OnEventOptions(List.of(), List.of(), Optional.empty());
    /** The rule a tag filter breaks (an image tag is 1 to {@link ImageInventory#MAX_TAG_LENGTH} characters). */
    public static final String TAG_FILTER_RULE = "must be 1 to " + ImageInventory.MAX_TAG_LENGTH
            + " characters (the length of an image tag)";
    /**
     * The rule a wildcard pattern breaks: consecutive wildcard characters, which AWS's EventBridge matcher event-ruler
     * refuses ("Consecutive wildcard characters", https://github.com/aws/event-ruler#wildcard-matching; the tests check
     * with event-ruler itself).
     */
    public static final String WILDCARD_RULE = "must not have consecutive * wildcards";
    /** The rule a description breaks ({@link Descriptions#EVENT_RULE}, EventBridge PutRule {@code Description}). */
    public static final String DESCRIPTION_RULE = "must be at most " + Descriptions.EVENT_RULE + " characters";

    public OnEventOptions {
        tagPrefixes = List.copyOf(Objects.requireNonNull(tagPrefixes, "tagPrefixes"));
        tagPatterns = List.copyOf(Objects.requireNonNull(tagPatterns, "tagPatterns"));
        Objects.requireNonNull(description, "description");
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Adds one line per broken rule, naming {@code tagPrefixes[i]}, {@code tagPatterns[i]} or {@code description}. */
    public void validate(Problems p) {
        for (int i = 0; i < tagPrefixes.size(); i++) {
            checkLength(p, "tagPrefixes[" + i + "]", tagPrefixes.get(i));
        }
        for (int i = 0; i < tagPatterns.size(); i++) {
            String field = "tagPatterns[" + i + "]";
            if (checkLength(p, field, tagPatterns.get(i)) && tagPatterns.get(i).contains("**")) {
                p.add(field, WILDCARD_RULE, tagPatterns.get(i));
            }
        }
        description.filter(d -> d.length() > Descriptions.EVENT_RULE)
                .ifPresent(d -> p.add("description", DESCRIPTION_RULE, d.length() + " characters"));
    }

    private static boolean checkLength(Problems p, String field, String value) {
        if (value == null || value.isEmpty() || value.length() > ImageInventory.MAX_TAG_LENGTH) {
            p.add(field, TAG_FILTER_RULE, value == null ? "null" : value);
            return false;
        }
        return true;
    }

    /** The EventBridge matchers of the tag filters (prefixes first, in order); null when there are none. */
    List<Object> tagMatchers() {
        if (tagPrefixes.isEmpty() && tagPatterns.isEmpty()) {
            return null;
        }
        var out = new java.util.ArrayList<Object>();
        tagPrefixes.forEach(t -> out.add(java.util.Map.of("prefix", t)));
        out.addAll(EcrEventPatterns.tagMatchers(tagPatterns));
        return out;
    }

    /** Builder of {@link OnEventOptions}. */
    public static final class Builder {
        private List<String> tagPrefixes = List.of();
        private List<String> tagPatterns = List.of();
        private String description;

        private Builder() {
        }

        /** Image tag prefixes ({@code "v"} matches {@code v1.2}). */
        public Builder tagPrefixes(String... prefixes) {
            this.tagPrefixes = List.of(prefixes);
            return this;
        }

        /** Image tags, exact or with {@code *} wildcards ({@code "release-*"}). */
        public Builder tagPatterns(String... patterns) {
            this.tagPatterns = List.of(patterns);
            return this;
        }

        /** The rule's description (at most {@link Descriptions#EVENT_RULE} characters). */
        public Builder description(String description) {
            this.description = description;
            return this;
        }

        /** The options. */
        public OnEventOptions build() {
            return new OnEventOptions(tagPrefixes, tagPatterns, Optional.ofNullable(description));
        }
    }
}
