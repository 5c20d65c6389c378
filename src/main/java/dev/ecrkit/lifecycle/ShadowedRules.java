package dev.ecrkit.lifecycle;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Finds the rules of a policy that can never act on any inventory. AWS: "An image that matches the tagging
 * requirements of a rule cannot be expired or archived by a rule with a lower priority"
 * (https://docs.aws.amazon.com/AmazonECR/latest/userguide/LifecyclePolicies.html, "Lifecycle policy evaluation rules").
 * So a rule is shadowed when every image it could select matches the selection of a higher-priority rule of the same
 * storage class:
 * <ul>
 *   <li>a {@code tagged} rule, when one higher-priority tagged rule requires nothing it does not: each of that rule's
 *       filters contains one of its filters ({@code tagPatternList ["*"]} contains every filter; {@code v*} contains
 *       prefix {@code v1});</li>
 *   <li>an {@code any} rule, when higher-priority rules select every untagged image (an untagged rule) and every
 *       tagged image (a tagged rule whose every filter is {@code *}).</li>
 * </ul>
 * An untagged rule is never shadowed in a valid policy (one untagged rule per storage class; {@code any} is last).
 * Coverage by several tagged rules together, none covering alone, is not detected (no false warnings). Pure.
 */
public final class ShadowedRules {
    private ShadowedRules() {
    }

    /** One warning per shadowed rule, in priority order; the policy is assumed valid. */
    public static List<RuleWarning> of(LifecyclePolicy policy) {
        List<LifecycleRule> rules = policy.rules().stream().sorted(Comparator.comparingInt(LifecycleRule::priority)).toList();
        var warnings = new ArrayList<RuleWarning>();
        for (int k = 0; k < rules.size(); k++) {
            LifecycleRule rule = rules.get(k);
            List<LifecycleRule> higher = rules.subList(0, k).stream()
                    .filter(h -> h.storageClass() == rule.storageClass()).toList();
            coveredBy(rule, higher).ifPresent(cover -> warnings.add(new RuleWarning(rule.priority(),
                    "rule " + rule.priority() + " (" + describe(rule) + ") never acts: every image it selects also"
                            + " matches the tag selection of " + cover + ", and AWS never lets a lower-priority rule "
                            + (rule.action() == ActionType.TRANSITION ? "transition" : "expire") + " such an image")));
        }
        return List.copyOf(warnings);
    }

    private static Optional<String> coveredBy(LifecycleRule rule, List<LifecycleRule> higher) {
        if (rule.tagStatus() == TagStatus.TAGGED) {
            List<TagFilter> own = TagFilter.of(rule);
            return higher.stream()
                    .filter(h -> h.tagStatus() == TagStatus.TAGGED)
                    .filter(h -> TagFilter.of(h).stream().allMatch(wide -> own.stream().anyMatch(f -> f.isWithin(wide))))
                    .findFirst()
                    .map(h -> "higher-priority rule " + h.priority() + " (" + describe(h) + ")");
        }
        if (rule.tagStatus() == TagStatus.ANY) {
            Optional<LifecycleRule> untagged = higher.stream().filter(h -> h.tagStatus() == TagStatus.UNTAGGED).findFirst();
            Optional<LifecycleRule> allTagged = higher.stream()
                    .filter(h -> h.tagStatus() == TagStatus.TAGGED)
                    .filter(h -> TagFilter.of(h).stream().allMatch(TagFilter::matchesEverything))
                    .findFirst();
            if (untagged.isPresent() && allTagged.isPresent()) {
                return Optional.of("higher-priority rules " + untagged.get().priority() + " (untagged) and "
                        + allTagged.get().priority() + " (" + describe(allTagged.get()) + ")");
            }
        }
        return Optional.empty();
    }

    /** The selection in words: {@code tagPatternList ["*"]}, {@code tagPrefixList ["v"]}, {@code untagged}, {@code any}. */
    static String describe(LifecycleRule rule) {
        String storage = rule.storageClass() == StorageClass.STANDARD ? "" : ", storageClass " + rule.storageClass();
        if (rule.tagStatus() != TagStatus.TAGGED) {
            return rule.tagStatus() + storage;
        }
        return (rule.tagPrefixList().isEmpty() ? "tagPatternList " + quoted(rule.tagPatternList())
                : "tagPrefixList " + quoted(rule.tagPrefixList())) + storage;
    }

    private static String quoted(List<String> list) {
        return list.stream().map(s -> "\"" + s + "\"").reduce((a, b) -> a + ", " + b).map(s -> "[" + s + "]").orElse("[]");
    }
}
