package dev.ecrkit.lifecycle;

import dev.ecrkit.validation.InvalidInputException;
import dev.ecrkit.validation.Problems;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Applies a lifecycle policy to an image inventory offline, as ECR's lifecycle evaluator does, and says what happens
 * to every image. The rules, from https://docs.aws.amazon.com/AmazonECR/latest/userguide/LifecyclePolicies.html
 * ("Lifecycle policy evaluation rules"), https://docs.aws.amazon.com/AmazonECR/latest/userguide/lifecycle_policy_parameters.html
 * and the worked examples of https://docs.aws.amazon.com/AmazonECR/latest/userguide/lifecycle_policy_examples.html:
 * <ol>
 *   <li>"All rules are evaluated at the same time, regardless of rule priority. After all rules are evaluated, they are
 *       then applied based on rule priority": every rule sees every image of its storage class.</li>
 *   <li>A rule selects an image when its storage class is the rule's ({@code storageClass}, default standard) and its
 *       tags fit {@code tagStatus}: {@code untagged} = no tag; {@code any} = every image; {@code tagged} = at least one
 *       tag, and every entry of {@code tagPrefixList} / {@code tagPatternList} matches some tag of the image (AND;
 *       "An image is successfully matched if all of the tags in the tagPatternList or tagPrefixList value are matched
 *       against any of the image's tags"); {@code *} matches any run of characters.</li>
 *   <li>"An image is expired or archived by exactly one or zero rules" and "An image that matches the tagging
 *       requirements of a rule cannot be expired or archived by a rule with a lower priority": only the
 *       highest-priority rule selecting an image may act on it.</li>
 *   <li>"Rules can never mark images that are marked by higher priority rules, but can still identify them": a lower
 *       rule still COUNTS images that belong to higher rules. The guide's "Filtering on all images" Example B shows it:
 *       rule 3 ({@code any}, keep 1) sees A-E, keeps E (which belongs to rule 2) and expires D.</li>
 *   <li>{@code imageCountMoreThan N}: the selected images sorted youngest to oldest by push time; every image after
 *       the N-th is marked ("always expires older images before newer ones"). Images pushed at the same instant are
 *       ordered by input position (a later entry counts as younger).</li>
 *   <li>{@code sinceImagePushed N}: pushed more than N days (N x 24 hours) before {@code now}; {@code sinceImagePulled N}:
 *       last pulled more than N days ago, or pushed more than N days ago if never pulled ("If an image was never
 *       pulled, the image's pushed_at_time is used"); {@code sinceImageTransitioned N}: archived images whose archive
 *       time is more than N days ago. "Older than" is strict: an image pushed exactly N days ago is kept (Example B:
 *       untagged image E, pushed 1 day ago, survives a 1-day rule).</li>
 *   <li>One evaluation: an image transitioned by this evaluation is not expired by an archive rule in the same run.</li>
 * </ol>
 * Not modelled: manifest lists and referrers (AWS expires those with their subject image), restored images
 * ({@code last_activated_at}), and the up to 24 hours AWS takes to act. Cost: one sort of the images (n log n) and one
 * pass per rule (rules x n), so linear in the images for a policy's at most 50 rules. Pure.
 */
public final class LifecycleSimulator {
    private static final Duration DAY = Duration.ofDays(1);

    private LifecycleSimulator() {
    }

    /**
     * Parses {@code policyJson} with {@link LifecyclePolicy#parse(String)} (a policy AWS would reject throws
     * {@link InvalidInputException} with the validator's problems) and simulates it.
     */
    public static SimulationResult simulate(String policyJson, List<ImageRecord> images, Instant now) {
        return run(LifecyclePolicy.parse(policyJson), images, now);
    }

    /** Validates {@code policy} with {@link LifecyclePolicyValidator} (throwing its problems) and simulates it. */
    public static SimulationResult simulate(LifecyclePolicy policy, List<ImageRecord> images, Instant now) {
        new Problems().addAll(LifecyclePolicyValidator.validate(policy)).throwIfAny();
        return run(policy, images, now);
    }

    private static SimulationResult run(LifecyclePolicy policy, List<ImageRecord> images, Instant now) {
        Objects.requireNonNull(now, "now");
        var rules = policy.rules().stream().sorted(Comparator.comparingInt(LifecycleRule::priority))
                .map(r -> new Compiled(r, now)).toList();
        int n = images.size();
        ImageRecord[] image = images.toArray(ImageRecord[]::new);
        String[][] tags = new String[n][];
        Arrays.setAll(tags, i -> image[i].tags().toArray(String[]::new));
        long[] second = new long[n];
        int[] nano = new int[n];
        for (int i = 0; i < n; i++) {
            second[i] = image[i].pushedAt().getEpochSecond();
            nano[i] = image[i].pushedAt().getNano();
        }
        Integer[] boxed = new Integer[n];
        Arrays.setAll(boxed, i -> i);
        // youngest first; at the same instant the later input entry counts as younger
        Arrays.sort(boxed, (a, b) -> second[a] != second[b] ? Long.compare(second[b], second[a])
                : nano[a] != nano[b] ? Integer.compare(nano[b], nano[a]) : Integer.compare(b, a));
        int[] youngestFirst = Arrays.stream(boxed).mapToInt(Integer::intValue).toArray();

        int[] owner = new int[n];          // index in rules of the highest-priority rule selecting the image, or -1
        int[] rank = new int[n];           // the image's position among that rule's images, youngest first (count rules)
        boolean[] marked = new boolean[n]; // whether the owner marks it
        Compiled[] rule = rules.toArray(Compiled[]::new);
        int[] selected = new int[rule.length]; // images each rule selects so far, youngest first
        // image by image, youngest first, every rule in priority order: one image's data stays in cache
        for (int i : youngestFirst) {
            owner[i] = -1;
            for (int r = 0; r < rule.length; r++) {
                if (owner[i] >= 0 && !rule[r].counts) {
                    continue; // an age rule never acts on another rule's image, and has nothing to count
                }
                if (rule[r].selects(image[i], tags[i])) {
                    int count = ++selected[r];
                    if (owner[i] < 0) {
                        owner[i] = r;
                        rank[i] = count;
                        marked[i] = rule[r].marks(image[i], count);
                    }
                }
            }
        }

        var outcomes = new ArrayList<ImageOutcome>(n);
        for (int i = 0; i < n; i++) {
            if (owner[i] < 0) {
                outcomes.add(new ImageOutcome(image[i], SimulatedAction.KEEP, ImageOutcome.NO_RULE, "no rule selects "
                        + (image[i].storageClass() == StorageClass.STANDARD ? "it" : "archived images like it")));
                continue;
            }
            Compiled acting = rule[owner[i]];
            String why = acting.reason(image[i], rank[i], selected[owner[i]], now, marked[i]);
            outcomes.add(marked[i]
                    ? new ImageOutcome(image[i], SimulatedAction.of(acting.rule.action()), acting.rule.priority(), why)
                    : new ImageOutcome(image[i], SimulatedAction.KEEP, ImageOutcome.NO_RULE, why));
        }
        return new SimulationResult(now, outcomes, ShadowedRules.of(policy));
    }

    /** One rule ready to evaluate: its filters compiled and its cutoff time computed. */
    private static final class Compiled {
        final LifecycleRule rule;
        final TagFilter[] filters;
        final String head;
        final boolean counts;
        final Instant cutoff;

        Compiled(LifecycleRule rule, Instant now) {
            this.rule = rule;
            this.filters = TagFilter.of(rule).toArray(TagFilter[]::new);
            this.head = "rule " + rule.priority() + " (" + ShadowedRules.describe(rule) + ")";
            this.counts = rule.countType() == CountType.IMAGE_COUNT_MORE_THAN;
            this.cutoff = counts ? now : now.minus(DAY.multipliedBy(rule.countNumber()));
        }

        boolean selects(ImageRecord image, String[] tags) {
            if (image.storageClass() != rule.storageClass()) {
                return false;
            }
            return switch (rule.tagStatus()) {
                case ANY -> true;
                case UNTAGGED -> tags.length == 0;
                case TAGGED -> tags.length > 0 && allFiltersMatch(tags);
            };
        }

        private boolean allFiltersMatch(String[] tags) {
            for (TagFilter f : filters) {
                if (!f.matchesAny(tags)) {
                    return false;
                }
            }
            return true;
        }

        boolean marks(ImageRecord image, int rank) {
            return counts ? rank > rule.countNumber() : measured(image).isBefore(cutoff);
        }

        /** The time a since* rule measures from. */
        Instant measured(ImageRecord image) {
            return switch (rule.countType()) {
                case SINCE_IMAGE_PULLED -> image.lastPullOrPush();
                case SINCE_IMAGE_TRANSITIONED -> image.transitionedAt();
                default -> image.pushedAt();
            };
        }

        String reason(ImageRecord image, int rank, int total, Instant now, boolean acts) {
            int limit = rule.countNumber();
            if (counts) {
                return acts
                        ? head + " keeps the newest " + limit + " of the " + total + " images it selects; this is number " + rank
                        : head + " keeps it: number " + rank + " of the " + total + " images it selects, newest " + limit + " kept";
            }
            String measuredWhat = switch (rule.countType()) {
                case SINCE_IMAGE_PULLED -> image.everPulled() ? "last pulled" : "never pulled; pushed";
                case SINCE_IMAGE_TRANSITIONED -> "archived";
                default -> "pushed";
            };
            String age = measuredWhat + " " + age(measured(image), now);
            return acts
                    ? head + ": " + age + ", more than " + limit + " days"
                    : head + " keeps it: " + age + ", not more than " + limit + " days";
        }

        private static String age(Instant at, Instant now) {
            Duration d = Duration.between(at, now);
            if (d.isNegative()) {
                return "after now";
            }
            return d.toDays() + "d " + d.toHoursPart() + "h ago";
        }
    }
}
