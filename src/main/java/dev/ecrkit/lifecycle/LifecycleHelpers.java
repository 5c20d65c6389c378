package dev.ecrkit.lifecycle;

import dev.ecrkit.validation.Problem;
import dev.ecrkit.validation.Problems;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/**
 * The simple retention settings of the lgallard/terraform-aws-ecr module (its {@code lifecycle_*} helper variables),
 * turned into a lifecycle policy without that module's bugs. An {@code int} of {@link #NOT_SET} means "not set" (any other value
 * outside its range, 0 included, is a problem);
 * every setting defaults to not set and the prefix list to empty.
 *
 * <p>Generated rules, numbered 1..n in this order (AWS: an image that matches the tag selection of a higher-priority
 * rule is never expired by a lower-priority rule):
 * <ol>
 *   <li>expireUntaggedAfterDays U: untagged, sinceImagePushed U days;</li>
 *   <li>keepLatestNImages K with prefixes: one rule per prefix (AWS ANDs a multi-prefix list), imageCountMoreThan K;</li>
 *   <li>keepLatestNImages K with tag patterns: one rule per pattern (tagPatternList, ANDed the same way), imageCountMoreThan K;</li>
 *   <li>keepLatestNImages K without prefixes or patterns: tagStatus any when it is the only rule, else every tagged image
 *       (tagPatternList ["*"]);</li>
 *   <li>expireTaggedAfterDays T: tagged images (tagPatternList ["*"]), sinceImagePushed T days;</li>
 *   <li>archiveAfterDaysNotPulled A: tagStatus any, sinceImagePulled A days, transition to the archive storage class
 *       (last of the standard-class rules: AWS requires tagStatus any to have the highest rulePriority there);</li>
 *   <li>expireArchivedAfterDays M: archived images (storageClass archive), sinceImageTransitioned M days, expire;
 *       M is at least {@link LifecyclePolicyValidator#MIN_ARCHIVED_DAYS_BEFORE_EXPIRE}.</li>
 * </ol>
 * The keep rules come before the age rule so the newest K are never deleted by age; {@link #explain()} says what AWS
 * then really keeps and expires.
 *
 * @param keepLatestNImages       images to keep per selection, 1..10000, or NOT_SET
 * @param expireUntaggedAfterDays days after push before untagged images expire, 1..3650, or NOT_SET
 * @param expireTaggedAfterDays   days after push before tagged images expire, 1..3650, or NOT_SET
 * @param tagPrefixesToKeep       tag prefixes the keep-latest rule applies to, one rule each; default empty (all tagged)
 * @param archiveAfterDaysNotPulled days without a pull (since push when never pulled) before images move to the
 *                                  archive storage class, 1..3650, or NOT_SET
 * @param expireArchivedAfterDays   days in the archive before archived images expire, 90..3650, or NOT_SET
 * @param tagPatternsToKeep       tag patterns ({@code *} wildcards) the keep-latest rule applies to, one rule each;
 *                                default empty
 */
public record LifecycleHelpers(int keepLatestNImages, int expireUntaggedAfterDays, int expireTaggedAfterDays,
                               List<String> tagPrefixesToKeep, int archiveAfterDaysNotPulled,
                               int expireArchivedAfterDays, List<String> tagPatternsToKeep) {
    /** The value of an {@code int} setting that is not set. */
    public static final int NOT_SET = Integer.MIN_VALUE;
    /** Fewest images to keep (lgallard/terraform-aws-ecr variables.tf, lifecycle_keep_latest_n_images "Range: 1-10000"). */
    public static final int MIN_KEEP_LATEST = 1;
    /** Most images to keep (lgallard/terraform-aws-ecr variables.tf, lifecycle_keep_latest_n_images "Range: 1-10000"). */
    public static final int MAX_KEEP_LATEST = 10_000;
    /** Shortest expiry (lgallard/terraform-aws-ecr variables.tf, lifecycle_expire_*_after_days "Range: 1-3650 days"). */
    public static final int MIN_DAYS = 1;
    /** Longest expiry (lgallard/terraform-aws-ecr variables.tf, lifecycle_expire_*_after_days "Range: 1-3650 days"). */
    public static final int MAX_DAYS = 3650;
    /** Most prefixes (lgallard/terraform-aws-ecr variables.tf, lifecycle_tag_prefixes_to_keep "Maximum 100 prefixes"). */
    public static final int MAX_PREFIXES = 100;
    /** Shortest prefix: AWS rejects empty tagPrefixList entries (lifecycle_policy_parameters.html, "tagPrefixList"). */
    public static final int MIN_PREFIX_LENGTH = 1;
    /** Longest prefix (lgallard/terraform-aws-ecr variables.tf, lifecycle_tag_prefixes_to_keep "each up to 255 characters"). */
    public static final int MAX_PREFIX_LENGTH = 255;

    private static final String PREFIXES = "tagPrefixesToKeep";
    private static final String PATTERNS = "tagPatternsToKeep";
    private static final String ARCHIVE_MINIMUM = "must be at least "
            + LifecyclePolicyValidator.MIN_ARCHIVED_DAYS_BEFORE_EXPIRE + ": archived images have a minimum storage "
            + "duration of " + LifecyclePolicyValidator.MIN_ARCHIVED_DAYS_BEFORE_EXPIRE + " days and AWS refuses a "
            + "lifecycle rule that expires them sooner (lifecycle_policy_examples.html, \"Combining archive and "
            + "expire rules\")";

    /** Copies the prefixes and patterns (no nulls). */
    public LifecycleHelpers {
        tagPrefixesToKeep = List.copyOf(tagPrefixesToKeep);
        tagPatternsToKeep = List.copyOf(tagPatternsToKeep);
    }

    /** The settings without tag patterns. */
    public LifecycleHelpers(int keepLatestNImages, int expireUntaggedAfterDays, int expireTaggedAfterDays,
                            List<String> tagPrefixesToKeep, int archiveAfterDaysNotPulled, int expireArchivedAfterDays) {
        this(keepLatestNImages, expireUntaggedAfterDays, expireTaggedAfterDays, tagPrefixesToKeep,
                archiveAfterDaysNotPulled, expireArchivedAfterDays, List.of());
    }

    /** The settings without the archive helpers (both not set). */
    public LifecycleHelpers(int keepLatestNImages, int expireUntaggedAfterDays, int expireTaggedAfterDays,
                            List<String> tagPrefixesToKeep) {
        this(keepLatestNImages, expireUntaggedAfterDays, expireTaggedAfterDays, tagPrefixesToKeep, NOT_SET, NOT_SET);
    }

    /** A builder with every setting not set and no prefixes. */
    public static Builder builder() {
        return new Builder();
    }

    /** Whether no setting is given (then no policy is generated). */
    public boolean isEmpty() {
        return keepLatestNImages == NOT_SET && expireUntaggedAfterDays == NOT_SET && expireTaggedAfterDays == NOT_SET
                && tagPrefixesToKeep.isEmpty() && archiveAfterDaysNotPulled == NOT_SET
                && expireArchivedAfterDays == NOT_SET && tagPatternsToKeep.isEmpty();
    }

    /**
     * Adds every problem to {@code problems}: fields keepLatestNImages, expireUntaggedAfterDays,
     * expireTaggedAfterDays, tagPrefixesToKeep, tagPrefixesToKeep[i], tagPatternsToKeep[i], archiveAfterDaysNotPulled and
     * expireArchivedAfterDays (at least {@link LifecyclePolicyValidator#MIN_ARCHIVED_DAYS_BEFORE_EXPIRE}); then, when the settings themselves are valid,
     * any problem of the generated policy under {@code lifecyclePolicy}.
     */
    public void validate(Problems problems) {
        var own = new Problems();
        rangeIfSet(own, "keepLatestNImages", keepLatestNImages, MIN_KEEP_LATEST, MAX_KEEP_LATEST);
        rangeIfSet(own, "expireUntaggedAfterDays", expireUntaggedAfterDays, MIN_DAYS, MAX_DAYS);
        rangeIfSet(own, "expireTaggedAfterDays", expireTaggedAfterDays, MIN_DAYS, MAX_DAYS);
        rangeIfSet(own, "archiveAfterDaysNotPulled", archiveAfterDaysNotPulled, MIN_DAYS, MAX_DAYS);
        if (expireArchivedAfterDays != NOT_SET
                && expireArchivedAfterDays < LifecyclePolicyValidator.MIN_ARCHIVED_DAYS_BEFORE_EXPIRE) {
            own.add("expireArchivedAfterDays", ARCHIVE_MINIMUM, expireArchivedAfterDays);
        } else {
            rangeIfSet(own, "expireArchivedAfterDays", expireArchivedAfterDays,
                    LifecyclePolicyValidator.MIN_ARCHIVED_DAYS_BEFORE_EXPIRE, MAX_DAYS);
        }
        checkPrefixes(own);
        checkPatterns(own);
        if (own.isEmpty()) {
            policy().ifPresent(p -> own.at("lifecyclePolicy").addAll(LifecyclePolicyValidator.validate(p)));
        }
        problems.addAll(own.list());
    }

    /** The problems {@link #validate(Problems)} finds; empty when valid. */
    public List<Problem> problems() {
        var problems = new Problems();
        validate(problems);
        return problems.list();
    }

    private static void rangeIfSet(Problems problems, String field, int value, int min, int max) {
        if (value != NOT_SET) {
            problems.range(field, value, min, max);
        }
    }

    private void checkPrefixes(Problems problems) {
        if (tagPrefixesToKeep.isEmpty()) {
            return;
        }
        if (keepLatestNImages == NOT_SET) {
            problems.add(PREFIXES, "has no effect without keepLatestNImages", tagPrefixesToKeep);
        }
        if (tagPrefixesToKeep.size() > MAX_PREFIXES) {
            problems.add(PREFIXES, "must contain at most " + MAX_PREFIXES + " prefixes", tagPrefixesToKeep.size());
        } else {
            checkRuleCount(problems, PREFIXES, tagPrefixesToKeep);
        }
        for (int i = 0; i < tagPrefixesToKeep.size(); i++) {
            String prefix = tagPrefixesToKeep.get(i);
            if (prefix.length() < MIN_PREFIX_LENGTH || prefix.length() > MAX_PREFIX_LENGTH) {
                problems.add(PREFIXES + "[" + i + "]", "must be between " + MIN_PREFIX_LENGTH + " and "
                        + MAX_PREFIX_LENGTH + " characters long", prefix);
            }
        }
        checkUnique(problems, PREFIXES, tagPrefixesToKeep);
    }

    /**
     * Each pattern: not empty, at most {@link LifecyclePolicyValidator#MAX_PATTERN_WILDCARDS} {@code *} wildcards
     * (lifecycle_policy_parameters.html, "tagPatternList"), unique; only with keepLatestNImages.
     */
    private void checkPatterns(Problems problems) {
        if (tagPatternsToKeep.isEmpty()) {
            return;
        }
        if (keepLatestNImages == NOT_SET) {
            problems.add(PATTERNS, "has no effect without keepLatestNImages", tagPatternsToKeep);
        }
        if (tagPrefixesToKeep.isEmpty()) { // else the prefixes report the rule count
            checkRuleCount(problems, PATTERNS, tagPatternsToKeep);
        }
        for (int i = 0; i < tagPatternsToKeep.size(); i++) {
            String pattern = tagPatternsToKeep.get(i);
            if (pattern.isEmpty()) {
                problems.add(PATTERNS + "[" + i + "]", "must not be empty (AWS rejects an empty tagPatternList entry)",
                        pattern);
            } else if (LifecyclePolicyValidator.tooManyWildcards(pattern)) {
                problems.add(PATTERNS + "[" + i + "]", "must contain at most "
                        + LifecyclePolicyValidator.MAX_PATTERN_WILDCARDS + " * wildcards (lifecycle_policy_parameters"
                        + ".html, \"tagPatternList\")", pattern);
            }
        }
        checkUnique(problems, PATTERNS, tagPatternsToKeep);
    }

    private void checkRuleCount(Problems problems, String field, List<String> values) {
        if (rules().size() > LifecyclePolicyValidator.MAX_RULES) {
            problems.add(field, "generates " + rules().size() + " rules with the other settings; a lifecycle "
                    + "policy allows at most " + LifecyclePolicyValidator.MAX_RULES, values.size());
        }
    }

    private static void checkUnique(Problems problems, String field, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            int first = values.indexOf(values.get(i));
            if (first < i) {
                problems.add(field + "[" + i + "]", "must be unique (" + field + "[" + first + "] is the same)",
                        values.get(i));
            }
        }
    }

    /**
     * The generated rules, priorities 1..n in the documented order; empty when nothing is set. Prefixes and patterns
     * without keepLatestNImages are ignored (and reported by {@link #validate(Problems)}).
     */
    public List<LifecycleRule> rules() {
        var rules = new ArrayList<IntFunction<LifecycleRule>>();
        if (expireUntaggedAfterDays != NOT_SET) {
            rules.add(p -> LifecycleRule.expireUntaggedAfterDays(p, expireUntaggedAfterDays));
        }
        if (keepLatestNImages != NOT_SET) {
            if (keepsSelected()) {
                tagPrefixesToKeep.forEach(prefix ->
                        rules.add(p -> LifecycleRule.keepLatestWithPrefix(p, keepLatestNImages, prefix)));
                tagPatternsToKeep.forEach(pattern -> rules.add(p -> LifecycleRule.builder().priority(p)
                        .description("Keep only " + keepLatestNImages + " images tagged " + pattern)
                        .patterns(pattern).imageCountMoreThan(keepLatestNImages).build()));
            } else if (keepsAnyImage()) {
                rules.add(p -> LifecycleRule.keepLatest(p, keepLatestNImages));
            } else {
                rules.add(p -> LifecycleRule.keepLatestTagged(p, keepLatestNImages));
            }
        }
        if (expireTaggedAfterDays != NOT_SET) {
            rules.add(p -> LifecycleRule.expireTaggedAfterDays(p, expireTaggedAfterDays));
        }
        if (archiveAfterDaysNotPulled != NOT_SET) {
            rules.add(p -> LifecycleRule.archiveAfterDaysNotPulled(p, archiveAfterDaysNotPulled));
        }
        if (expireArchivedAfterDays != NOT_SET) {
            rules.add(p -> LifecycleRule.expireArchivedAfterDays(p, expireArchivedAfterDays));
        }
        return IntStream.range(0, rules.size()).mapToObj(i -> rules.get(i).apply(i + 1)).toList();
    }

    /**
     * Whether the keep-latest rule is the policy's only rule of the standard storage class, so it selects tagStatus
     * any (untagged images too).
     */
    private boolean keepsAnyImage() {
        return keepLatestNImages != NOT_SET && !keepsSelected()
                && expireUntaggedAfterDays == NOT_SET && expireTaggedAfterDays == NOT_SET
                && archiveAfterDaysNotPulled == NOT_SET;
    }

    /** Whether the keep-latest rules apply to given prefixes or patterns only (one rule each). */
    private boolean keepsSelected() {
        return !tagPrefixesToKeep.isEmpty() || !tagPatternsToKeep.isEmpty();
    }

    private Optional<LifecyclePolicy> policy() {
        List<LifecycleRule> rules = rules();
        return rules.isEmpty() ? Optional.empty() : Optional.of(new LifecyclePolicy(rules));
    }

    /**
     * The generated policy; empty when no rule results (nothing set).
     *
     * @throws dev.ecrkit.validation.InvalidInputException listing every problem of {@link #validate(Problems)}
     */
    public Optional<LifecyclePolicy> toPolicy() {
        var problems = new Problems();
        validate(problems);
        problems.throwIfAny();
        return policy();
    }

    /**
     * Plain sentences of what AWS really keeps and expires with the generated rules: tagged images first, then
     * untagged ones. Prefixes and patterns without keepLatestNImages are ignored, as in {@link #rules()}.
     */
    public List<String> explain() {
        int k = keepLatestNImages;
        int t = expireTaggedAfterDays;
        if (rules().isEmpty()) {
            return List.of("No rule is generated: AWS keeps every image.");
        }
        var sentences = new ArrayList<String>();
        if (keepsAnyImage()) {
            sentences.add("AWS keeps the newest " + k + " images, tagged or untagged, and expires the older ones.");
            sentences.addAll(archiveSentences());
            return List.copyOf(sentences);
        }
        if (k != NOT_SET && keepsSelected()) {
            String kept = ": AWS keeps the newest " + k + " and expires the older ones; they are only count-limited, "
                    + "never expired by age.";
            tagPrefixesToKeep.forEach(prefix -> sentences.add("Images with a tag starting with \"" + prefix + "\""
                    + kept));
            tagPatternsToKeep.forEach(pattern -> sentences.add("Images with a tag matching \"" + pattern + "\""
                    + kept));
            sentences.add(t != NOT_SET
                    ? "Other tagged images expire " + t + " days after they were pushed."
                    : "Other tagged images never expire.");
        } else if (k != NOT_SET) {
            sentences.add("AWS keeps the newest " + k + " tagged images and expires the older tagged images.");
            if (t != NOT_SET) {
                sentences.add("Expire tagged images after " + t + " days never acts: every tagged image matches the "
                        + "tag selection of the higher-priority keep-latest rule, so AWS keeps the newest " + k
                        + " tagged images whatever their age.");
            }
        } else {
            sentences.add(t != NOT_SET
                    ? "Tagged images expire " + t + " days after they were pushed."
                    : "Tagged images never expire.");
        }
        sentences.add(expireUntaggedAfterDays != NOT_SET
                ? "Untagged images expire " + expireUntaggedAfterDays + " days after they were pushed."
                : "Untagged images never expire.");
        sentences.addAll(archiveSentences());
        return List.copyOf(sentences);
    }

    /**
     * What the archive rules do: the transition rule (tagStatus any, lowest priority of the standard class) acts only
     * on images no higher-priority rule's tag selection owns.
     */
    private List<String> archiveSentences() {
        var sentences = new ArrayList<String>();
        if (archiveAfterDaysNotPulled != NOT_SET) {
            boolean taggedOwned = expireTaggedAfterDays != NOT_SET
                    || (keepLatestNImages != NOT_SET && !keepsSelected());
            boolean untaggedOwned = expireUntaggedAfterDays != NOT_SET;
            String which;
            if (taggedOwned && untaggedOwned) {
                which = null;
            } else if (taggedOwned) {
                which = "untagged images";
            } else if (untaggedOwned) {
                which = keepLatestNImages != NOT_SET ? "tagged images without a kept " + keptSelection()
                        : "tagged images";
            } else {
                which = keepLatestNImages != NOT_SET ? "untagged images and tagged images without a kept "
                        + keptSelection() : "tagged and untagged images";
            }
            sentences.add(which == null
                    ? "Archive after " + archiveAfterDaysNotPulled + " days without a pull never acts: every image "
                            + "matches the tag selection of a higher-priority rule, and AWS never lets a "
                            + "lower-priority rule act on such an image."
                    : "Of the " + which + ", those not pulled for " + archiveAfterDaysNotPulled + " days (never "
                            + "pulled: pushed more than " + archiveAfterDaysNotPulled + " days ago) move to the "
                            + "archive storage class.");
        }
        if (expireArchivedAfterDays != NOT_SET) {
            sentences.add("Archived images expire " + expireArchivedAfterDays + " days after they were archived.");
        } else if (archiveAfterDaysNotPulled != NOT_SET) {
            sentences.add("Archived images never expire.");
        }
        return sentences;
    }

    /** What the keep-latest rules select, in the archive sentences: prefix, pattern, or both. */
    private String keptSelection() {
        return tagPatternsToKeep.isEmpty() ? "prefix" : tagPrefixesToKeep.isEmpty() ? "pattern" : "prefix or pattern";
    }

    /** Builder; every setting defaults to not set (0) and the prefixes and patterns to empty. */
    public static final class Builder {
        private int keepLatestNImages = NOT_SET;
        private int expireUntaggedAfterDays = NOT_SET;
        private int expireTaggedAfterDays = NOT_SET;
        private List<String> tagPrefixesToKeep = List.of();
        private int archiveAfterDaysNotPulled = NOT_SET;
        private int expireArchivedAfterDays = NOT_SET;
        private List<String> tagPatternsToKeep = List.of();

        private Builder() {
        }

        /** Images to keep, 1..10000; default not set. */
        public Builder keepLatestNImages(int count) {
            this.keepLatestNImages = count;
            return this;
        }

        /** Days after push before untagged images expire, 1..3650; default not set. */
        public Builder expireUntaggedAfterDays(int days) {
            this.expireUntaggedAfterDays = days;
            return this;
        }

        /** Days after push before tagged images expire, 1..3650; default not set. */
        public Builder expireTaggedAfterDays(int days) {
            this.expireTaggedAfterDays = days;
            return this;
        }

        /** Tag prefixes the keep-latest rule applies to (one rule each); default empty. */
        public Builder tagPrefixesToKeep(String... prefixes) {
            return tagPrefixesToKeep(List.of(prefixes));
        }

        /** Tag prefixes the keep-latest rule applies to (one rule each); default empty. */
        public Builder tagPrefixesToKeep(List<String> prefixes) {
            this.tagPrefixesToKeep = List.copyOf(Objects.requireNonNull(prefixes, "prefixes"));
            return this;
        }

        /**
         * Tag patterns ({@code *} wildcards, at most 4 each) the keep-latest rule applies to, one rule each, after the
         * prefix rules; default empty.
         */
        public Builder tagPatternsToKeep(String... patterns) {
            return tagPatternsToKeep(List.of(patterns));
        }

        /** {@link #tagPatternsToKeep(String...)} from a list. */
        public Builder tagPatternsToKeep(List<String> patterns) {
            this.tagPatternsToKeep = List.copyOf(Objects.requireNonNull(patterns, "patterns"));
            return this;
        }

        /**
         * Days without a pull (since push when never pulled) before images move to the archive storage class,
         * 1..3650; default not set.
         */
        public Builder archiveAfterDaysNotPulled(int days) {
            this.archiveAfterDaysNotPulled = days;
            return this;
        }

        /** Days in the archive before archived images expire, 90..3650; default not set. */
        public Builder expireArchivedAfterDays(int days) {
            this.expireArchivedAfterDays = days;
            return this;
        }

        /** The settings (not validated; see {@link LifecycleHelpers#validate(Problems)}). */
        public LifecycleHelpers build() {
            return new LifecycleHelpers(keepLatestNImages, expireUntaggedAfterDays, expireTaggedAfterDays,
                    tagPrefixesToKeep, archiveAfterDaysNotPulled, expireArchivedAfterDays, tagPatternsToKeep);
        }
    }
}
