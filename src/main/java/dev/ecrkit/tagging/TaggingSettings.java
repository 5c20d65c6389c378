package dev.ecrkit.tagging;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Every tagging input of a repository (the Terraform module's tagging variables). Holds no nulls; building checks
 * only for nulls: the values are validated by {@link Tagging#validate} and {@link Tagging#compute}.
 *
 * @param tags                   user tags. Default: none ({@code {}}). Copied and sorted by key
 * @param enableDefaultTags      whether the default-tag set is added. Default: {@value #DEFAULT_ENABLE_DEFAULT_TAGS}
 * @param defaultTagsTemplate    which default-tag set. Default: {@link DefaultTagsTemplate#CUSTOM} (no template)
 * @param defaultTagValues       environment, owner, project and cost center for the default tags. Default: all unset
 * @param enableTagValidation    whether every required tag must be present. Default:
 *                               {@value #DEFAULT_ENABLE_TAG_VALIDATION}
 * @param requiredTags           keys that must be present when validation is on (normalized like tag keys). Default:
 *                               none ({@code []}). At most {@value Tagging#MAX_REQUIRED_TAGS}
 * @param tagKeyCase             key style; {@link KeyCase#NONE} keeps keys. Default: {@link KeyCase#PASCAL_CASE}
 * @param enableTagNormalization whether keys (and values, see next) are normalized at all; off means keys and values
 *                               exactly as given. Default: {@value #DEFAULT_ENABLE_TAG_NORMALIZATION}
 * @param normalizeTagValues     whether values are trimmed when normalization is on. Default:
 *                               {@value #DEFAULT_NORMALIZE_TAG_VALUES}
 */
public record TaggingSettings(
        SortedMap<String, String> tags,
        boolean enableDefaultTags,
        DefaultTagsTemplate defaultTagsTemplate,
        DefaultTagValues defaultTagValues,
        boolean enableTagValidation,
        List<String> requiredTags,
        KeyCase tagKeyCase,
        boolean enableTagNormalization,
        boolean normalizeTagValues) {

    /** Default of {@code enableDefaultTags}. */
    public static final boolean DEFAULT_ENABLE_DEFAULT_TAGS = true;
    /** Default of {@code defaultTagsTemplate}: no template, the custom set. */
    public static final DefaultTagsTemplate DEFAULT_TEMPLATE = DefaultTagsTemplate.CUSTOM;
    /** Default of {@code enableTagValidation}. */
    public static final boolean DEFAULT_ENABLE_TAG_VALIDATION = false;
    /** Default of {@code tagKeyCase}. */
    public static final KeyCase DEFAULT_TAG_KEY_CASE = KeyCase.PASCAL_CASE;
    /** Default of {@code enableTagNormalization}. */
    public static final boolean DEFAULT_ENABLE_TAG_NORMALIZATION = true;
    /** Default of {@code normalizeTagValues}. */
    public static final boolean DEFAULT_NORMALIZE_TAG_VALUES = true;

    public TaggingSettings {
        tags = sortedCopy(Objects.requireNonNull(tags, "tags"));
        Objects.requireNonNull(defaultTagsTemplate, "defaultTagsTemplate");
        Objects.requireNonNull(defaultTagValues, "defaultTagValues");
        requiredTags = List.copyOf(Objects.requireNonNull(requiredTags, "requiredTags"));
        Objects.requireNonNull(tagKeyCase, "tagKeyCase");
    }

    /** All defaults: default tags on, custom set, no user tags, PascalCase keys, no validation. */
    public static TaggingSettings defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Default tag environment, or empty when unset. */
    public Optional<String> defaultTagsEnvironment() {
        return defaultTagValues.get(DefaultTagValue.ENVIRONMENT);
    }

    /** Default tag owner, or empty when unset. */
    public Optional<String> defaultTagsOwner() {
        return defaultTagValues.get(DefaultTagValue.OWNER);
    }

    /** Default tag project, or empty when unset. */
    public Optional<String> defaultTagsProject() {
        return defaultTagValues.get(DefaultTagValue.PROJECT);
    }

    /** Default tag cost center, or empty when unset. */
    public Optional<String> defaultTagsCostCenter() {
        return defaultTagValues.get(DefaultTagValue.COST_CENTER);
    }

    private static SortedMap<String, String> sortedCopy(Map<String, String> map) {
        var copy = new TreeMap<String, String>();
        map.forEach((k, v) -> copy.put(Objects.requireNonNull(k, "tag key"), Objects.requireNonNull(v, "tags[\"" + k + "\"]")));
        return Collections.unmodifiableSortedMap(copy);
    }

    /** Builder; every setter's default is documented on the record component of the same name. */
    public static final class Builder {
        private SortedMap<String, String> tags = sortedCopy(Map.of());
        private boolean enableDefaultTags = DEFAULT_ENABLE_DEFAULT_TAGS;
        private DefaultTagsTemplate defaultTagsTemplate = DEFAULT_TEMPLATE;
        private DefaultTagValues defaultTagValues = DefaultTagValues.NONE;
        private boolean enableTagValidation = DEFAULT_ENABLE_TAG_VALIDATION;
        private List<String> requiredTags = List.of();
        private KeyCase tagKeyCase = DEFAULT_TAG_KEY_CASE;
        private boolean enableTagNormalization = DEFAULT_ENABLE_TAG_NORMALIZATION;
        private boolean normalizeTagValues = DEFAULT_NORMALIZE_TAG_VALUES;

        private Builder() {
        }

        /** User tags (replaces any set before). Default: none. */
        public Builder tags(Map<String, String> tags) {
            this.tags = sortedCopy(tags);
            return this;
        }

        /** Whether the default-tag set is added. Default: {@value TaggingSettings#DEFAULT_ENABLE_DEFAULT_TAGS}. */
        public Builder enableDefaultTags(boolean enable) {
            this.enableDefaultTags = enable;
            return this;
        }

        /** The default-tag set. Default: {@link DefaultTagsTemplate#CUSTOM} (no template). */
        public Builder defaultTagsTemplate(DefaultTagsTemplate template) {
            this.defaultTagsTemplate = Objects.requireNonNull(template, "defaultTagsTemplate");
            return this;
        }

        /** Environment for the default tags; empty = unset, {@code ""} is kept. Default: unset. */
        public Builder defaultTagsEnvironment(Optional<String> value) {
            return defaultTagValue(DefaultTagValue.ENVIRONMENT, value);
        }

        /** Environment for the default tags. Default: unset. */
        public Builder defaultTagsEnvironment(String value) {
            return defaultTagsEnvironment(Optional.of(value));
        }

        /** Owner for the default tags; empty = unset. Default: unset. */
        public Builder defaultTagsOwner(Optional<String> value) {
            return defaultTagValue(DefaultTagValue.OWNER, value);
        }

        /** Owner for the default tags. Default: unset. */
        public Builder defaultTagsOwner(String value) {
            return defaultTagsOwner(Optional.of(value));
        }

        /** Project for the default tags; empty = unset. Default: unset. */
        public Builder defaultTagsProject(Optional<String> value) {
            return defaultTagValue(DefaultTagValue.PROJECT, value);
        }

        /** Project for the default tags. Default: unset. */
        public Builder defaultTagsProject(String value) {
            return defaultTagsProject(Optional.of(value));
        }

        /** Cost center for the default tags; empty = unset. Default: unset. */
        public Builder defaultTagsCostCenter(Optional<String> value) {
            return defaultTagValue(DefaultTagValue.COST_CENTER, value);
        }

        /** Cost center for the default tags. Default: unset. */
        public Builder defaultTagsCostCenter(String value) {
            return defaultTagsCostCenter(Optional.of(value));
        }

        /** Sets or unsets one default-tag value; empty = unset. Default: unset. */
        public Builder defaultTagValue(DefaultTagValue which, Optional<String> value) {
            this.defaultTagValues = defaultTagValues.with(which, Objects.requireNonNull(value, which.field()));
            return this;
        }

        /** Whether every required tag must be present. Default: {@value TaggingSettings#DEFAULT_ENABLE_TAG_VALIDATION}. */
        public Builder enableTagValidation(boolean enable) {
            this.enableTagValidation = enable;
            return this;
        }

        /** Keys that must be present when validation is on. Default: none. */
        public Builder requiredTags(List<String> keys) {
            this.requiredTags = List.copyOf(keys);
            return this;
        }

        /** Keys that must be present when validation is on. Default: none. */
        public Builder requiredTags(String... keys) {
            return requiredTags(List.of(keys));
        }

        /** Key style; {@link KeyCase#NONE} keeps keys as given. Default: {@link KeyCase#PASCAL_CASE}. */
        public Builder tagKeyCase(KeyCase keyCase) {
            this.tagKeyCase = Objects.requireNonNull(keyCase, "tagKeyCase");
            return this;
        }

        /** Whether keys and values are normalized at all. Default: {@value TaggingSettings#DEFAULT_ENABLE_TAG_NORMALIZATION}. */
        public Builder enableTagNormalization(boolean enable) {
            this.enableTagNormalization = enable;
            return this;
        }

        /** Whether values are trimmed when normalization is on. Default: {@value TaggingSettings#DEFAULT_NORMALIZE_TAG_VALUES}. */
        public Builder normalizeTagValues(boolean normalize) {
            this.normalizeTagValues = normalize;
            return this;
        }

        public TaggingSettings build() {
            return new TaggingSettings(tags, enableDefaultTags, defaultTagsTemplate, defaultTagValues,
                    enableTagValidation, requiredTags, tagKeyCase, enableTagNormalization, normalizeTagValues);
        }
    }
}
