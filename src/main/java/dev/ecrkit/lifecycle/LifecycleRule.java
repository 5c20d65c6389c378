package dev.ecrkit.lifecycle;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One typed rule of an ECR lifecycle policy
 * (https://docs.aws.amazon.com/AmazonECR/latest/userguide/lifecycle_policy_parameters.html).
 * The record does not validate AWS's rules; {@link LifecyclePolicyValidator#validate(LifecyclePolicy)} does, on the
 * rendered JSON, so typed and raw policies go through the same checks.
 *
 * @param priority       {@code rulePriority}; AWS requires at least 1, unique within the policy
 * @param description    {@code description}; "" means omitted
 * @param tagStatus      {@code selection.tagStatus}
 * @param tagPrefixList  {@code selection.tagPrefixList}; empty means omitted
 * @param tagPatternList {@code selection.tagPatternList}; empty means omitted
 * @param countType      {@code selection.countType}; fixes {@code countUnit} ("days" for the since* types)
 * @param countNumber    {@code selection.countNumber}; AWS requires at least 1
 * @param storageClass   {@code selection.storageClass}; written only when {@link StorageClass#ARCHIVE}
 * @param action         {@code action.type}; {@code targetStorageClass} "archive" is written for transition
 */
public record LifecycleRule(int priority, String description, TagStatus tagStatus, List<String> tagPrefixList,
                            List<String> tagPatternList, CountType countType, int countNumber,
                            StorageClass storageClass, ActionType action) {

    /** The tag pattern matching every tagged image. */
    public static final String EVERY_TAG = "*";

    /** Rejects nulls and copies the lists. */
    public LifecycleRule {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(tagStatus, "tagStatus");
        tagPrefixList = List.copyOf(tagPrefixList);
        tagPatternList = List.copyOf(tagPatternList);
        Objects.requireNonNull(countType, "countType");
        Objects.requireNonNull(storageClass, "storageClass");
        Objects.requireNonNull(action, "action");
    }

    /**
     * A builder with defaults: priority 1, no description, tagStatus any, action expire, storage class from the count
     * type. A count criterion ({@code imageCountMoreThan} or a {@code since*} method) is required.
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Keeps the newest {@code count} images, tagged or untagged (tagStatus any): "Keep only N latest images". */
    public static LifecycleRule keepLatest(int priority, int count) {
        return builder().priority(priority).description("Keep only " + count + " latest images")
                .any().imageCountMoreThan(count).build();
    }

    /** Keeps the newest {@code count} tagged images (tagPatternList ["*"]): "Keep only N latest tagged images". */
    public static LifecycleRule keepLatestTagged(int priority, int count) {
        return builder().priority(priority).description("Keep only " + count + " latest tagged images")
                .patterns(EVERY_TAG).imageCountMoreThan(count).build();
    }

    /** Keeps the newest {@code count} images with a tag starting with {@code prefix}: "Keep only N images tagged p*". */
    public static LifecycleRule keepLatestWithPrefix(int priority, int count, String prefix) {
        return builder().priority(priority).description("Keep only " + count + " images tagged " + prefix + "*")
                .prefixes(prefix).imageCountMoreThan(count).build();
    }

    /** Expires untagged images pushed more than {@code days} ago: "Expire untagged images after N days". */
    public static LifecycleRule expireUntaggedAfterDays(int priority, int days) {
        return builder().priority(priority).description("Expire untagged images after " + days + " days")
                .untagged().sinceImagePushed(days).build();
    }

    /** Expires tagged images (tagPatternList ["*"]) pushed more than {@code days} ago: "Expire tagged images after N days". */
    public static LifecycleRule expireTaggedAfterDays(int priority, int days) {
        return builder().priority(priority).description("Expire tagged images after " + days + " days")
                .patterns(EVERY_TAG).sinceImagePushed(days).build();
    }

    /**
     * Moves images (tagStatus any) not pulled for {@code days} days, or never pulled and pushed more than {@code days}
     * ago, to the archive storage class: "Archive images not pulled for N days".
     */
    public static LifecycleRule archiveAfterDaysNotPulled(int priority, int days) {
        return builder().priority(priority).description("Archive images not pulled for " + days + " days")
                .any().sinceImagePulled(days).transitionToArchive().build();
    }

    /** Expires archived images archived more than {@code days} ago: "Expire archived images after N days". */
    public static LifecycleRule expireArchivedAfterDays(int priority, int days) {
        return builder().priority(priority).description("Expire archived images after " + days + " days")
                .any().sinceImageTransitioned(days).build();
    }

    /**
     * The rule as an insertion-ordered JSON map: rulePriority, description (when non-empty), selection {tagStatus,
     * tagPrefixList / tagPatternList (when non-empty), countType, countUnit (since* only), countNumber, storageClass
     * (archive only)}, action {type, targetStorageClass (transition only)}.
     */
    public Map<String, Object> toMap() {
        var selection = new LinkedHashMap<String, Object>();
        selection.put("tagStatus", tagStatus.toString());
        putIfNotEmpty(selection, "tagPrefixList", tagPrefixList);
        putIfNotEmpty(selection, "tagPatternList", tagPatternList);
        selection.put("countType", countType.toString());
        if (countType.usesDays()) {
            selection.put("countUnit", CountType.DAYS);
        }
        selection.put("countNumber", countNumber);
        if (storageClass != StorageClass.STANDARD) {
            selection.put("storageClass", storageClass.toString());
        }
        var actionMap = new LinkedHashMap<String, Object>();
        actionMap.put("type", action.toString());
        action.targetStorageClass().ifPresent(c -> actionMap.put("targetStorageClass", c.toString()));
        var rule = new LinkedHashMap<String, Object>();
        rule.put("rulePriority", priority);
        if (!description.isEmpty()) {
            rule.put("description", description);
        }
        rule.put("selection", selection);
        rule.put("action", actionMap);
        return rule;
    }

    private static void putIfNotEmpty(Map<String, Object> map, String key, List<String> list) {
        if (!list.isEmpty()) {
            map.put(key, list);
        }
    }

    /**
     * Fluent builder; see {@link LifecycleRule#builder()} for the defaults. Choosing {@link #prefixes} or
     * {@link #patterns} also sets tagStatus tagged; {@link #untagged()} and {@link #any()} clear both lists.
     */
    public static final class Builder {
        private int priority = 1;
        private String description = "";
        private TagStatus tagStatus = TagStatus.ANY;
        private List<String> prefixes = List.of();
        private List<String> patterns = List.of();
        private CountType countType;
        private int countNumber;
        private ActionType action = ActionType.EXPIRE;

        private Builder() {
        }

        /** {@code rulePriority}; default 1. */
        public Builder priority(int priority) {
            this.priority = priority;
            return this;
        }

        /** {@code description}; default "" (omitted). */
        public Builder description(String description) {
            this.description = Objects.requireNonNull(description, "description");
            return this;
        }

        /** tagStatus tagged; keeps any prefixes or patterns already set (one of them is required by AWS). */
        public Builder tagged() {
            return status(TagStatus.TAGGED, prefixes, patterns);
        }

        /**
         * tagStatus tagged with a tagPrefixList. AWS selects only images carrying a tag for EVERY listed prefix (AND);
         * use one rule per prefix to treat prefixes independently.
         */
        public Builder prefixes(String... prefixes) {
            return status(TagStatus.TAGGED, List.of(prefixes), List.of());
        }

        /**
         * tagStatus tagged with a tagPatternList ({@code *} wildcards, at most 4 per pattern). As with prefixes, AWS
         * selects only images carrying a tag for EVERY listed pattern (AND): "If you specify multiple tags, only the
         * images with all specified tags are selected" (lifecycle_policy_parameters.html, "tagPatternList").
         */
        public Builder patterns(String... patterns) {
            return status(TagStatus.TAGGED, List.of(), List.of(patterns));
        }

        /** tagStatus untagged; clears prefixes and patterns. */
        public Builder untagged() {
            return status(TagStatus.UNTAGGED, List.of(), List.of());
        }

        /** tagStatus any (the default); clears prefixes and patterns. */
        public Builder any() {
            return status(TagStatus.ANY, List.of(), List.of());
        }

        private Builder status(TagStatus status, List<String> prefixList, List<String> patternList) {
            this.tagStatus = status;
            this.prefixes = prefixList;
            this.patterns = patternList;
            return this;
        }

        /** countType imageCountMoreThan: keep the newest {@code count} images of the selection. */
        public Builder imageCountMoreThan(int count) {
            return count(CountType.IMAGE_COUNT_MORE_THAN, count);
        }

        /** countType sinceImagePushed, countUnit days. */
        public Builder sinceImagePushed(int days) {
            return count(CountType.SINCE_IMAGE_PUSHED, days);
        }

        /** countType sinceImagePulled, countUnit days (AWS allows it only with {@link #transitionToArchive()}). */
        public Builder sinceImagePulled(int days) {
            return count(CountType.SINCE_IMAGE_PULLED, days);
        }

        /** countType sinceImageTransitioned, countUnit days; selects storageClass archive (only with expire). */
        public Builder sinceImageTransitioned(int days) {
            return count(CountType.SINCE_IMAGE_TRANSITIONED, days);
        }

        private Builder count(CountType type, int number) {
            this.countType = type;
            this.countNumber = number;
            return this;
        }

        /** action expire (the default). */
        public Builder expire() {
            this.action = ActionType.EXPIRE;
            return this;
        }

        /** action transition with targetStorageClass archive. */
        public Builder transitionToArchive() {
            this.action = ActionType.TRANSITION;
            return this;
        }

        /**
         * The rule; its storage class is the one the count type selects.
         *
         * @throws IllegalStateException when no count criterion was chosen
         */
        public LifecycleRule build() {
            if (countType == null) {
                throw new IllegalStateException(
                        "choose a count criterion: imageCountMoreThan, sinceImagePushed, sinceImagePulled or sinceImageTransitioned");
            }
            return new LifecycleRule(priority, description, tagStatus, prefixes, patterns, countType, countNumber,
                    countType.storageClass(), action);
        }
    }
}
