package dev.ecrkit.lifecycle;

import dev.ecrkit.json.Json;
import dev.ecrkit.validation.InvalidInputException;
import dev.ecrkit.validation.Problem;
import dev.ecrkit.validation.Problems;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks lifecycle policy text against every rule AWS documents, before any API call, and reports all problems at
 * once. Field paths name the JSON members, with the position in the {@code rules} array:
 * {@code rules[2].selection.countUnit}. Sources: https://docs.aws.amazon.com/AmazonECR/latest/userguide/LifecyclePolicies.html,
 * https://docs.aws.amazon.com/AmazonECR/latest/userguide/lifecycle_policy_parameters.html, botocore's
 * {@code ecr/service-2.json} (LifecyclePolicyText) and https://docs.aws.amazon.com/AmazonECR/latest/userguide/service-quotas.html.
 * Pure: no Pulumi types.
 */
public final class LifecyclePolicyValidator {
    /** Shortest policy text AWS accepts, in characters (botocore ecr service-2.json, LifecyclePolicyText "min": 100). */
    public static final int MIN_TEXT_LENGTH = 100;
    /** Longest policy text AWS accepts, in characters (botocore ecr service-2.json, LifecyclePolicyText "max": 30720). */
    public static final int MAX_TEXT_LENGTH = 30_720;
    /** Fewest rules in a policy (lifecycle_policy_parameters.html: a policy has one or more rules). */
    public static final int MIN_RULES = 1;
    /** Most rules in a policy (https://docs.aws.amazon.com/AmazonECR/latest/userguide/service-quotas.html, "Rules per lifecycle policy"). */
    public static final int MAX_RULES = 50;
    /** Most {@code *} wildcards in one tagPatternList entry (lifecycle_policy_parameters.html, "tagPatternList"). */
    public static final int MAX_PATTERN_WILDCARDS = 4;
    /**
     * Fewest days a {@code sinceImageTransitioned} rule may wait before expiring archived images: "Archived images have
     * a minimum storage duration of 90 days. You cannot configure lifecycle policies that delete images that have been
     * in archive for less than 90 days" (https://docs.aws.amazon.com/AmazonECR/latest/userguide/lifecycle_policy_examples.html,
     * "Combining archive and expire rules").
     */
    public static final int MIN_ARCHIVED_DAYS_BEFORE_EXPIRE = 90;

    /**
     * The ECR user guide's "Lifecycle policy evaluation rules" (section of "Lifecycle policies"), the source of the
     * cross-rule checks below that the properties page does not state.
     */
    public static final String EVALUATION_RULES =
            "https://docs.aws.amazon.com/AmazonECR/latest/userguide/LifecyclePolicies.html#lp_evaluation_rules";
    /**
     * Cross-rule check: rule priorities are unique. lifecycle_policy_parameters.html, rulePriority: "When you add rules
     * to a lifecycle policy, you must give them each a unique value for rulePriority."
     */
    private static final String UNIQUE_PRIORITY = "must be unique";
    /**
     * Cross-rule check: an {@code any} rule comes last. lifecycle_policy_parameters.html, rulePriority: "A rule with a
     * tagStatus value of any must have the highest value for rulePriority and be evaluated last". Per storage class:
     * AWS's "Combining archive and expire rules" example (lifecycle_policy_examples.html) has an {@code any} standard
     * rule before an {@code any} archive rule. With unique priorities, it also allows one {@code any} rule per storage
     * class ({@link #ONE_ANY}).
     */
    private static final String ANY_LAST = "must be the highest rulePriority of the rules selecting storage class ";
    /** Cross-rule check: one {@code any} rule per storage class, which follows from {@link #ANY_LAST}. */
    private static final String ONE_ANY = " may have tagStatus any";
    /**
     * Cross-rule check: one {@code untagged} rule per storage class. {@link #EVALUATION_RULES}: "Only one rule is
     * allowed to select untagged images."
     */
    private static final String ONE_UNTAGGED = " may have tagStatus untagged";
    /**
     * Cross-rule check: no two rules with the same tagPrefixList for one storage class. {@link #EVALUATION_RULES}: "The
     * set of rules must contain a unique set of tag prefixes." (Rules whose prefixes differ but select the same images
     * are accepted by AWS; the simulator reports them as shadowed, {@link ShadowedRules}.)
     */
    private static final String UNIQUE_PREFIXES = "must differ from the tagPrefixList of ";
    /**
     * Largest {@code rulePriority} and {@code countNumber}: both are of "Type: integer"
     * (https://docs.aws.amazon.com/AmazonECR/latest/userguide/lifecycle_policy_parameters.html), and an AWS API integer
     * is a 32-bit signed integer (https://smithy.io/2.0/spec/simple-types.html, "integer: 32-bit signed integer"). The
     * same limit for the plan, the stack program and the lifecycle simulator.
     */
    public static final long MAX_INTEGER = Integer.MAX_VALUE;
    /** The rule a value above {@link #MAX_INTEGER} breaks. */
    public static final String MAX_INTEGER_RULE = "must be at most " + MAX_INTEGER + " (an AWS integer has 32 bits)";

    private static final List<String> POLICY_MEMBERS = List.of("rules");
    private static final List<String> RULE_MEMBERS = List.of("rulePriority", "description", "selection", "action");
    private static final List<String> SELECTION_MEMBERS = List.of("tagStatus", "tagPrefixList", "tagPatternList",
            "countType", "countUnit", "countNumber", "storageClass");
    private static final List<String> ACTION_MEMBERS = List.of("type", "targetStorageClass");
    private static final String REQUIRED = "is required";
    private static final String PREFIXES = "tagPrefixList";
    private static final String PATTERNS = "tagPatternList";

    /** What the cross-rule checks need to know about one rule object. */
    private record Facts(int index, Optional<Long> priority, Optional<TagStatus> tagStatus, List<String> prefixes,
                         StorageClass storageClass) {
        String path() {
            return "rules[" + index + "]";
        }
    }

    /** What the selection tells the rest of its rule. */
    private record Selection(Optional<TagStatus> tagStatus, List<String> prefixes, Optional<CountType> countType,
                             StorageClass storageClass) {
        static final Selection MISSING = new Selection(Optional.empty(), List.of(), Optional.empty(), StorageClass.STANDARD);
    }

    private LifecyclePolicyValidator() {
    }

    /**
     * Every problem of the policy text, in document order followed by the cross-rule problems; empty when AWS would
     * accept it. Text that is not JSON gives exactly one problem at field "" ("must be valid JSON").
     */
    public static List<Problem> validate(String json) {
        var problems = new Problems();
        Optional<Object> parsed = json == null ? Optional.empty() : Json.parse(json);
        if (parsed.isEmpty()) {
            if (json != null && json.strip().equals("null")) {
                problems.add("", "must be a JSON object", null);
            } else {
                problems.addNoValue("", "must be valid JSON");
            }
            return problems.list();
        }
        if (json.length() < MIN_TEXT_LENGTH || json.length() > MAX_TEXT_LENGTH) {
            problems.add("", "length must be between " + MIN_TEXT_LENGTH + " and " + MAX_TEXT_LENGTH + " characters",
                    json.length());
        }
        JsonObjectView.of(parsed.get(), problems).ifPresent(LifecyclePolicyValidator::checkPolicy);
        return problems.list();
    }

    /** {@link #validate(String)} of {@link LifecyclePolicy#toJson()}: typed and raw policies share every check. */
    public static List<Problem> validate(LifecyclePolicy policy) {
        return validate(policy.toJson());
    }

    /** Throws {@link InvalidInputException} listing every problem of {@link #validate(String)}, if any. */
    public static void requireValid(String json) {
        var problems = new Problems().addAll(validate(json));
        problems.throwIfAny();
    }

    /**
     * Advice about policies AWS accepts but that rarely do what their author meant, as {@code "field: advice"}; empty
     * for text that is not a JSON object. Today: a tagPrefixList with more than one prefix.
     */
    public static List<String> warnings(String json) {
        var warnings = new ArrayList<String>();
        // problems are validate()'s business; this pass only reads the structure
        var ignored = new Problems();
        Json.parse(json == null ? "" : json)
                .flatMap(root -> JsonObjectView.of(root, ignored))
                .flatMap(root -> root.array("rules"))
                .ifPresent(rules -> {
                    for (int i = 0; i < rules.size(); i++) {
                        var path = "rules[" + i + "].selection." + PREFIXES;
                        JsonObjectView.of(rules.get(i), ignored)
                                .flatMap(rule -> rule.object("selection"))
                                .flatMap(selection -> selection.array(PREFIXES))
                                .filter(prefixes -> prefixes.size() > 1)
                                .ifPresent(prefixes -> warnings.add(path + ": AWS selects only images carrying a tag "
                                        + "for EVERY listed prefix (AND); use one rule per prefix to treat them "
                                        + "independently, got " + Problems.show(prefixes)));
                    }
                });
        return List.copyOf(warnings);
    }

    private static void checkPolicy(JsonObjectView policy) {
        policy.onlyMembers(POLICY_MEMBERS);
        policy.require("rules", REQUIRED);
        policy.array("rules").ifPresent(rules -> {
            if (rules.size() < MIN_RULES || rules.size() > MAX_RULES) {
                policy.problems().add("rules", "must contain between " + MIN_RULES + " and " + MAX_RULES + " rules",
                        rules.size());
            }
            var facts = new ArrayList<Facts>();
            for (int i = 0; i < rules.size(); i++) {
                int index = i;
                JsonObjectView.of(rules.get(i), policy.problems().at("rules[" + i + "]"))
                        .map(rule -> checkRule(rule, index))
                        .ifPresent(facts::add);
            }
            checkAcrossRules(facts, policy.problems());
        });
    }

    private static Facts checkRule(JsonObjectView rule, int index) {
        rule.onlyMembers(RULE_MEMBERS);
        rule.require("rulePriority", REQUIRED);
        Optional<Long> priority = rule.positiveInteger("rulePriority");
        rule.string("description");
        rule.require("selection", REQUIRED);
        rule.require("action", REQUIRED);
        Selection selection = rule.object("selection").map(LifecyclePolicyValidator::checkSelection)
                .orElse(Selection.MISSING);
        rule.object("action").ifPresent(action -> checkAction(action, selection.countType()));
        return new Facts(index, priority, selection.tagStatus(), selection.prefixes(), selection.storageClass());
    }

    private static Selection checkSelection(JsonObjectView selection) {
        selection.onlyMembers(SELECTION_MEMBERS);
        selection.require("tagStatus", REQUIRED);
        Optional<TagStatus> tagStatus = selection.wire("tagStatus", TagStatus.values(), TagStatus::fromWire);
        List<String> prefixes = selection.nonEmptyStrings(PREFIXES, p -> Optional.empty()).orElse(List.of());
        selection.nonEmptyStrings(PATTERNS, LifecyclePolicyValidator::wildcardRule);
        tagStatus.ifPresent(status -> checkTagLists(selection, status));

        selection.require("countType", REQUIRED);
        Optional<CountType> countType = selection.wire("countType", CountType.values(), CountType::fromWire);
        checkCountUnit(selection, countType);
        selection.require("countNumber", REQUIRED);
        Optional<Long> countNumber = selection.positiveInteger("countNumber");

        Optional<StorageClass> declared = selection.wire("storageClass", StorageClass.values(), StorageClass::fromWire);
        countType.ifPresent(type -> checkStorageClass(selection, type, declared));
        countNumber.filter(days -> countType.orElse(null) == CountType.SINCE_IMAGE_TRANSITIONED
                        && days < MIN_ARCHIVED_DAYS_BEFORE_EXPIRE)
                .ifPresent(days -> selection.problems().add("countNumber", "must be at least "
                        + MIN_ARCHIVED_DAYS_BEFORE_EXPIRE + " when countType is sinceImageTransitioned (archived images"
                        + " are kept at least " + MIN_ARCHIVED_DAYS_BEFORE_EXPIRE + " days)", days));
        return new Selection(tagStatus, prefixes, countType, declared.orElse(StorageClass.STANDARD));
    }

    private static Optional<String> wildcardRule(String pattern) {
        return tooManyWildcards(pattern)
                ? Optional.of("must contain at most " + MAX_PATTERN_WILDCARDS + " * wildcards")
                : Optional.empty();
    }

    /** Whether a tagPatternList entry has more than {@link #MAX_PATTERN_WILDCARDS} {@code *} wildcards. */
    static boolean tooManyWildcards(String pattern) {
        return pattern.chars().filter(c -> c == '*').count() > MAX_PATTERN_WILDCARDS;
    }

    private static void checkTagLists(JsonObjectView selection, TagStatus status) {
        boolean hasPrefixes = selection.has(PREFIXES);
        boolean hasPatterns = selection.has(PATTERNS);
        if (status == TagStatus.TAGGED) {
            if (!hasPrefixes && !hasPatterns) {
                selection.problems().addNoValue("",
                        "requires " + PREFIXES + " or " + PATTERNS + " when tagStatus is tagged");
            } else if (hasPrefixes && hasPatterns) {
                selection.problems().add(PATTERNS, "must be omitted when " + PREFIXES + " is set",
                        selection.value(PATTERNS).orElse(null));
            }
            return;
        }
        for (String list : List.of(PREFIXES, PATTERNS)) {
            if (selection.has(list)) {
                selection.problems().add(list, "must be omitted when tagStatus is " + status,
                        selection.value(list).orElse(null));
            }
        }
    }

    private static void checkCountUnit(JsonObjectView selection, Optional<CountType> countType) {
        boolean forbidden = countType.filter(type -> !type.usesDays()).isPresent();
        if (forbidden && selection.has("countUnit")) {
            selection.problems().add("countUnit", "must be omitted when countType is " + countType.get(),
                    selection.value("countUnit").orElse(null));
            return;
        }
        countType.filter(CountType::usesDays)
                .ifPresent(type -> selection.require("countUnit", "required when countType is " + type));
        selection.string("countUnit").filter(unit -> !unit.equals(CountType.DAYS))
                .ifPresent(unit -> selection.problems().add("countUnit", "must be " + CountType.DAYS, unit));
    }

    private static void checkStorageClass(JsonObjectView selection, CountType type, Optional<StorageClass> declared) {
        StorageClass expected = type.storageClass();
        if (expected != StorageClass.STANDARD) {
            selection.require("storageClass", "required when countType is " + type);
        }
        declared.filter(c -> c != expected).ifPresent(c -> selection.problems()
                .add("storageClass", "must be " + expected + " when countType is " + type, c.toString()));
    }

    private static void checkAction(JsonObjectView action, Optional<CountType> countType) {
        action.onlyMembers(ACTION_MEMBERS);
        action.require("type", REQUIRED);
        Optional<ActionType> type = action.wire("type", ActionType.values(), ActionType::fromWire);
        type.ifPresent(t -> {
            Optional<StorageClass> target = t.targetStorageClass();
            if (target.isPresent()) {
                action.require("targetStorageClass", "required when type is " + t);
                action.string("targetStorageClass").filter(s -> !s.equals(target.get().toString()))
                        .ifPresent(s -> action.problems().add("targetStorageClass", "must be " + target.get(), s));
            } else if (action.has("targetStorageClass")) {
                action.problems().add("targetStorageClass", "must be omitted when type is " + t,
                        action.value("targetStorageClass").orElse(null));
            }
        });
        if (type.isEmpty()) {
            action.string("targetStorageClass");
        }
        countType.ifPresent(ct -> ct.onlyAction()
                .filter(only -> type.isPresent() && type.get() != only)
                .ifPresent(only -> action.problems().add("type", "must be " + only + " when countType is " + ct,
                        type.get().toString())));
    }

    private static void checkAcrossRules(List<Facts> rules, Problems problems) {
        var byPriority = new HashMap<Long, Facts>();
        for (Facts rule : rules) {
            rule.priority().ifPresent(p -> {
                Facts first = byPriority.putIfAbsent(p, rule);
                if (first != null) {
                    problems.add(rule.path() + ".rulePriority", UNIQUE_PRIORITY + " (" + first.path() + " has the same)", p);
                }
            });
        }
        var firstAny = new HashMap<StorageClass, Facts>();
        var firstUntagged = new HashMap<StorageClass, Facts>();
        var prefixSets = new HashMap<Map.Entry<StorageClass, Set<String>>, Facts>();
        for (Facts rule : rules) {
            TagStatus status = rule.tagStatus().orElse(null);
            if (status == TagStatus.ANY) {
                checkAnyIsLast(rule, rules, problems);
                Facts first = firstAny.putIfAbsent(rule.storageClass(), rule);
                if (first != null) {
                    problems.add(rule.path() + ".selection.tagStatus", "only one rule selecting storage class "
                            + rule.storageClass() + ONE_ANY + " (" + first.path() + " already does)", "any");
                }
            }
            if (status == TagStatus.UNTAGGED) {
                Facts first = firstUntagged.putIfAbsent(rule.storageClass(), rule);
                if (first != null) {
                    problems.add(rule.path() + ".selection.tagStatus", "only one rule selecting storage class "
                            + rule.storageClass() + ONE_UNTAGGED + " (" + first.path() + " already does)",
                            "untagged");
                }
            }
            if (!rule.prefixes().isEmpty()) {
                Facts first = prefixSets.putIfAbsent(Map.entry(rule.storageClass(), Set.copyOf(rule.prefixes())), rule);
                if (first != null) {
                    problems.add(rule.path() + ".selection." + PREFIXES, UNIQUE_PREFIXES
                            + first.path() + ", which selects the same storage class " + rule.storageClass(),
                            rule.prefixes());
                }
            }
        }
    }

    /**
     * An {@code any} rule must have the highest priority among the rules selecting its storage class. AWS's own
     * "Combining archive and expire rules" example (lifecycle_policy_examples.html) has an {@code any} standard rule at
     * priority 1 and an {@code any} archive rule at priority 2, so the rule is per storage class, like the untagged and
     * prefix rules of LifecyclePolicies.html.
     */
    private static void checkAnyIsLast(Facts anyRule, List<Facts> rules, Problems problems) {
        anyRule.priority().ifPresent(p -> {
            boolean highest = rules.stream()
                    .filter(other -> other != anyRule && other.storageClass() == anyRule.storageClass())
                    .allMatch(other -> other.priority().map(q -> q < p).orElse(true));
            if (!highest) {
                problems.add(anyRule.path() + ".rulePriority", ANY_LAST + anyRule.storageClass()
                        + " because tagStatus is any", p);
            }
        });
    }
}
