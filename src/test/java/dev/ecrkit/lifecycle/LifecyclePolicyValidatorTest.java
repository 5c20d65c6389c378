package dev.ecrkit.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ecrkit.validation.InvalidInputException;
import dev.ecrkit.validation.Problem;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LifecyclePolicyValidatorTest {

    /** A field path and rule text, the part of a problem the table asserts. */
    record Expect(String field, String rule) {
    }

    private static final String EXPIRE = "{\"type\":\"expire\"}";
    private static final String TRANSITION = "{\"type\":\"transition\",\"targetStorageClass\":\"archive\"}";
    private static final String UNTAGGED_14_DAYS =
            "{\"tagStatus\":\"untagged\",\"countType\":\"sinceImagePushed\",\"countUnit\":\"days\",\"countNumber\":14}";

    private static String rule(Object priority, String selection, String action) {
        return "{\"rulePriority\":" + priority + ",\"description\":\"validator table rule\",\"selection\":" + selection
                + ",\"action\":" + action + "}";
    }

    private static String selection(String members) {
        return "{" + members + "}";
    }

    private static String policy(String... rules) {
        return pad("{\"rules\":[" + String.join(",", rules) + "]}");
    }

    /** Appends JSON whitespace so that the text reaches the 100-character minimum. */
    private static String pad(String json) {
        return json + " ".repeat(Math.max(0, LifecyclePolicyValidator.MIN_TEXT_LENGTH - json.length()));
    }

    private static Arguments bad(String name, String json, Expect... expected) {
        return Arguments.of(name, json, List.of(expected));
    }

    private static Expect at(String field, String rule) {
        return new Expect(field, rule);
    }

    private static final String COUNT_5 = "\"countType\":\"imageCountMoreThan\",\"countNumber\":5";
    private static final String PUSHED_7 = "\"countType\":\"sinceImagePushed\",\"countUnit\":\"days\",\"countNumber\":7";

    static Stream<Arguments> badPolicies() {
        return Stream.of(
                bad("not JSON", pad("{\"rules\":["), at("", "must be valid JSON")),
                bad("trailing garbage", policy(rule(1, UNTAGGED_14_DAYS, EXPIRE)) + "}", at("", "must be valid JSON")),
                bad("top level array", pad("[" + rule(1, UNTAGGED_14_DAYS, EXPIRE) + "]"), at("", "must be a JSON object")),
                bad("unknown top-level member",
                        pad("{\"version\":1,\"rules\":[" + rule(1, UNTAGGED_14_DAYS, EXPIRE) + "]}"),
                        at("version", "is not a known member (allowed: rules)")),
                bad("rules missing", pad("{}"), at("rules", "is required")),
                bad("rules null", pad("{\"rules\":null}"), at("rules", "must not be null")),
                bad("rules not an array", pad("{\"rules\":{}}"), at("rules", "must be an array")),
                bad("no rules", pad("{\"rules\":[]}"), at("rules", "must contain between 1 and 50 rules")),
                bad("rule not an object", policy("42"), at("rules[0]", "must be a JSON object")),
                bad("rulePriority missing",
                        policy("{\"selection\":" + UNTAGGED_14_DAYS + ",\"action\":" + EXPIRE + "}"),
                        at("rules[0].rulePriority", "is required")),
                bad("rulePriority zero", policy(rule(0, UNTAGGED_14_DAYS, EXPIRE)),
                        at("rules[0].rulePriority", "must be an integer of at least 1")),
                bad("rulePriority fraction", policy(rule(2.5, UNTAGGED_14_DAYS, EXPIRE)),
                        at("rules[0].rulePriority", "must be an integer of at least 1")),
                bad("rulePriority string", policy(rule("\"1\"", UNTAGGED_14_DAYS, EXPIRE)),
                        at("rules[0].rulePriority", "must be an integer of at least 1")),
                bad("duplicate rulePriority",
                        policy(rule(3, selection("\"tagStatus\":\"tagged\",\"tagPrefixList\":[\"v\"]," + COUNT_5), EXPIRE),
                                rule(3, selection("\"tagStatus\":\"tagged\",\"tagPrefixList\":[\"r\"]," + COUNT_5), EXPIRE)),
                        at("rules[1].rulePriority", "must be unique (rules[0] has the same)")),
                bad("description not a string",
                        policy("{\"rulePriority\":1,\"description\":5,\"selection\":" + UNTAGGED_14_DAYS
                                + ",\"action\":" + EXPIRE + "}"),
                        at("rules[0].description", "must be a string")),
                bad("description null",
                        policy("{\"rulePriority\":1,\"description\":null,\"selection\":" + UNTAGGED_14_DAYS
                                + ",\"action\":" + EXPIRE + "}"),
                        at("rules[0].description", "must not be null")),
                bad("unknown rule member",
                        policy("{\"rulePriority\":1,\"name\":\"x\",\"selection\":" + UNTAGGED_14_DAYS
                                + ",\"action\":" + EXPIRE + "}"),
                        at("rules[0].name", "is not a known member (allowed: rulePriority, description, selection, action)")),
                bad("selection missing", policy("{\"rulePriority\":1,\"action\":" + EXPIRE + "}"),
                        at("rules[0].selection", "is required")),
                bad("action missing", policy("{\"rulePriority\":1,\"selection\":" + UNTAGGED_14_DAYS + "}"),
                        at("rules[0].action", "is required")),
                bad("selection not an object", policy(rule(1, "[]", EXPIRE)),
                        at("rules[0].selection", "must be a JSON object")),
                bad("unknown selection member",
                        policy(rule(1, selection("\"tagStatus\":\"untagged\",\"tagList\":[\"v\"]," + PUSHED_7), EXPIRE)),
                        at("rules[0].selection.tagList", "is not a known member (allowed: tagStatus, tagPrefixList, "
                                + "tagPatternList, countType, countUnit, countNumber, storageClass)")),
                bad("tagStatus missing", policy(rule(1, selection(PUSHED_7), EXPIRE)),
                        at("rules[0].selection.tagStatus", "is required")),
                bad("tagStatus wrong case", policy(rule(1, selection("\"tagStatus\":\"TAGGED\"," + PUSHED_7), EXPIRE)),
                        at("rules[0].selection.tagStatus", "must be one of tagged, untagged, any")),
                bad("tagged without a tag list", policy(rule(1, selection("\"tagStatus\":\"tagged\"," + PUSHED_7), EXPIRE)),
                        at("rules[0].selection", "requires tagPrefixList or tagPatternList when tagStatus is tagged")),
                bad("tagged with both lists", policy(rule(1, selection(
                                "\"tagStatus\":\"tagged\",\"tagPrefixList\":[\"v\"],\"tagPatternList\":[\"v*\"]," + PUSHED_7),
                                EXPIRE)),
                        at("rules[0].selection.tagPatternList", "must be omitted when tagPrefixList is set")),
                bad("untagged with a prefix list", policy(rule(1, selection(
                                "\"tagStatus\":\"untagged\",\"tagPrefixList\":[\"v\"]," + PUSHED_7), EXPIRE)),
                        at("rules[0].selection.tagPrefixList", "must be omitted when tagStatus is untagged")),
                bad("any with a pattern list", policy(rule(1, selection(
                                "\"tagStatus\":\"any\",\"tagPatternList\":[\"v*\"]," + PUSHED_7), EXPIRE)),
                        at("rules[0].selection.tagPatternList", "must be omitted when tagStatus is any")),
                bad("empty prefix list", policy(rule(1, selection(
                                "\"tagStatus\":\"tagged\",\"tagPrefixList\":[]," + PUSHED_7), EXPIRE)),
                        at("rules[0].selection.tagPrefixList", "must not be empty")),
                bad("empty prefix", policy(rule(1, selection(
                                "\"tagStatus\":\"tagged\",\"tagPrefixList\":[\"v\",\"\"]," + COUNT_5), EXPIRE)),
                        at("rules[0].selection.tagPrefixList[1]", "must not be empty")),
                bad("prefix not a string", policy(rule(1, selection(
                                "\"tagStatus\":\"tagged\",\"tagPrefixList\":[7]," + COUNT_5), EXPIRE)),
                        at("rules[0].selection.tagPrefixList[0]", "must be a string")),
                bad("pattern list not an array", policy(rule(1, selection(
                                "\"tagStatus\":\"tagged\",\"tagPatternList\":\"v*\"," + COUNT_5), EXPIRE)),
                        at("rules[0].selection.tagPatternList", "must be an array")),
                bad("pattern with five wildcards", policy(rule(1, selection(
                                "\"tagStatus\":\"tagged\",\"tagPatternList\":[\"*a*b*c*d*\"]," + COUNT_5), EXPIRE)),
                        at("rules[0].selection.tagPatternList[0]", "must contain at most 4 * wildcards")),
                bad("countType missing", policy(rule(1, selection("\"tagStatus\":\"any\",\"countNumber\":5"), EXPIRE)),
                        at("rules[0].selection.countType", "is required")),
                bad("countType unknown", policy(rule(1, selection(
                                "\"tagStatus\":\"any\",\"countType\":\"imageCountLessThan\",\"countNumber\":5"), EXPIRE)),
                        at("rules[0].selection.countType", "must be one of imageCountMoreThan, sinceImagePushed, "
                                + "sinceImagePulled, sinceImageTransitioned")),
                bad("countUnit missing for sinceImagePushed", policy(rule(1, selection(
                                "\"tagStatus\":\"any\",\"countType\":\"sinceImagePushed\",\"countNumber\":5"), EXPIRE)),
                        at("rules[0].selection.countUnit", "required when countType is sinceImagePushed")),
                bad("countUnit with imageCountMoreThan", policy(rule(1, selection(
                                "\"tagStatus\":\"any\",\"countUnit\":\"days\"," + COUNT_5), EXPIRE)),
                        at("rules[0].selection.countUnit", "must be omitted when countType is imageCountMoreThan")),
                bad("countUnit hours", policy(rule(1, selection(
                                "\"tagStatus\":\"any\",\"countType\":\"sinceImagePushed\",\"countUnit\":\"hours\","
                                        + "\"countNumber\":5"), EXPIRE)),
                        at("rules[0].selection.countUnit", "must be days")),
                bad("countNumber missing", policy(rule(1, selection(
                                "\"tagStatus\":\"any\",\"countType\":\"imageCountMoreThan\""), EXPIRE)),
                        at("rules[0].selection.countNumber", "is required")),
                bad("countNumber zero", policy(rule(1, selection(
                                "\"tagStatus\":\"any\",\"countType\":\"imageCountMoreThan\",\"countNumber\":0"), EXPIRE)),
                        at("rules[0].selection.countNumber", "must be an integer of at least 1")),
                bad("countNumber fraction", policy(rule(1, selection(
                                "\"tagStatus\":\"any\",\"countType\":\"imageCountMoreThan\",\"countNumber\":2.5"), EXPIRE)),
                        at("rules[0].selection.countNumber", "must be an integer of at least 1")),
                bad("storageClass unknown", policy(rule(1, selection(
                                "\"tagStatus\":\"any\",\"storageClass\":\"glacier\"," + COUNT_5), EXPIRE)),
                        at("rules[0].selection.storageClass", "must be one of standard, archive")),
                bad("sinceImageTransitioned without storageClass", policy(rule(1, selection(
                                "\"tagStatus\":\"any\",\"countType\":\"sinceImageTransitioned\",\"countUnit\":\"days\","
                                        + "\"countNumber\":90"), EXPIRE)),
                        at("rules[0].selection.storageClass", "required when countType is sinceImageTransitioned")),
                bad("sinceImageTransitioned on standard", policy(rule(1, selection(
                                "\"tagStatus\":\"any\",\"countType\":\"sinceImageTransitioned\",\"countUnit\":\"days\","
                                        + "\"countNumber\":90,\"storageClass\":\"standard\""), EXPIRE)),
                        at("rules[0].selection.storageClass", "must be archive when countType is sinceImageTransitioned")),
                bad("sinceImagePushed on archive", policy(rule(1, selection(
                                "\"tagStatus\":\"any\",\"storageClass\":\"archive\"," + PUSHED_7), EXPIRE)),
                        at("rules[0].selection.storageClass", "must be standard when countType is sinceImagePushed")),
                bad("action type unknown", policy(rule(1, UNTAGGED_14_DAYS, "{\"type\":\"delete\"}")),
                        at("rules[0].action.type", "must be one of expire, transition")),
                bad("action type missing", policy(rule(1, UNTAGGED_14_DAYS, "{}")),
                        at("rules[0].action.type", "is required")),
                bad("unknown action member", policy(rule(1, UNTAGGED_14_DAYS, "{\"type\":\"expire\",\"force\":true}")),
                        at("rules[0].action.force", "is not a known member (allowed: type, targetStorageClass)")),
                bad("transition without target", policy(rule(1, UNTAGGED_14_DAYS, "{\"type\":\"transition\"}")),
                        at("rules[0].action.targetStorageClass", "required when type is transition")),
                bad("transition to standard", policy(rule(1, UNTAGGED_14_DAYS,
                                "{\"type\":\"transition\",\"targetStorageClass\":\"standard\"}")),
                        at("rules[0].action.targetStorageClass", "must be archive")),
                bad("expire with a target", policy(rule(1, UNTAGGED_14_DAYS,
                                "{\"type\":\"expire\",\"targetStorageClass\":\"archive\"}")),
                        at("rules[0].action.targetStorageClass", "must be omitted when type is expire")),
                bad("sinceImagePulled with expire", policy(rule(1, selection(
                                "\"tagStatus\":\"any\",\"countType\":\"sinceImagePulled\",\"countUnit\":\"days\","
                                        + "\"countNumber\":30"), EXPIRE)),
                        at("rules[0].action.type", "must be transition when countType is sinceImagePulled")),
                bad("sinceImageTransitioned with transition", policy(rule(1, selection(
                                "\"tagStatus\":\"any\",\"countType\":\"sinceImageTransitioned\",\"countUnit\":\"days\","
                                        + "\"countNumber\":90,\"storageClass\":\"archive\""), TRANSITION)),
                        at("rules[0].action.type", "must be expire when countType is sinceImageTransitioned")),
                bad("sinceImageTransitioned under the 90-day archive minimum", policy(rule(1, selection(
                                "\"tagStatus\":\"any\",\"countType\":\"sinceImageTransitioned\",\"countUnit\":\"days\","
                                        + "\"countNumber\":89,\"storageClass\":\"archive\""), EXPIRE)),
                        at("rules[0].selection.countNumber", "must be at least 90 when countType is sinceImageTransitioned"
                                + " (archived images are kept at least 90 days)")),
                bad("two any rules on archive",
                        policy(rule(1, selection("\"tagStatus\":\"any\",\"countType\":\"sinceImageTransitioned\","
                                        + "\"countUnit\":\"days\",\"countNumber\":90,\"storageClass\":\"archive\""), EXPIRE),
                                rule(2, selection("\"tagStatus\":\"any\",\"countType\":\"sinceImageTransitioned\","
                                        + "\"countUnit\":\"days\",\"countNumber\":99,\"storageClass\":\"archive\""), EXPIRE)),
                        at("rules[0].rulePriority", "must be the highest rulePriority of the rules selecting storage class"
                                + " archive because tagStatus is any"),
                        at("rules[1].selection.tagStatus",
                                "only one rule selecting storage class archive may have tagStatus any (rules[0] already does)")),
                bad("any rule not last",
                        policy(rule(2, selection("\"tagStatus\":\"any\"," + COUNT_5), EXPIRE),
                                rule(3, UNTAGGED_14_DAYS, EXPIRE)),
                        at("rules[0].rulePriority", "must be the highest rulePriority of the rules selecting storage class standard because tagStatus is any")),
                bad("two any rules",
                        policy(rule(1, selection("\"tagStatus\":\"any\"," + COUNT_5), EXPIRE),
                                rule(2, selection("\"tagStatus\":\"any\"," + PUSHED_7), EXPIRE)),
                        at("rules[0].rulePriority", "must be the highest rulePriority of the rules selecting storage class standard because tagStatus is any"),
                        at("rules[1].selection.tagStatus", "only one rule selecting storage class standard may have tagStatus any (rules[0] already does)")),
                bad("two untagged rules on standard",
                        policy(rule(1, UNTAGGED_14_DAYS, EXPIRE),
                                rule(2, selection("\"tagStatus\":\"untagged\"," + COUNT_5), EXPIRE)),
                        at("rules[1].selection.tagStatus", "only one rule selecting storage class standard may have "
                                + "tagStatus untagged (rules[0] already does)")),
                bad("same prefix set twice",
                        policy(rule(1, selection("\"tagStatus\":\"tagged\",\"tagPrefixList\":[\"v\",\"rc\"]," + COUNT_5),
                                        EXPIRE),
                                rule(2, selection("\"tagStatus\":\"tagged\",\"tagPrefixList\":[\"rc\",\"v\"]," + PUSHED_7),
                                        EXPIRE)),
                        at("rules[1].selection.tagPrefixList", "must differ from the tagPrefixList of rules[0], which "
                                + "selects the same storage class standard")),
                bad("51 rules", policy(IntStream.rangeClosed(1, 51)
                                .mapToObj(i -> rule(i, selection("\"tagStatus\":\"tagged\",\"tagPrefixList\":[\"p" + i
                                        + "\"]," + COUNT_5), EXPIRE))
                                .toArray(String[]::new)),
                        at("rules", "must contain between 1 and 50 rules")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badPolicies")
    void badPolicy_isReportedAtItsFieldWithItsRule(String name, String json, List<Expect> expected) {
        List<Expect> got = LifecyclePolicyValidator.validate(json).stream()
                .map(p -> new Expect(p.field(), p.rule())).toList();
        assertEquals(expected, got, name);
    }

    @Test
    void badPolicyTable_coversAtLeast25DistinctPolicies() {
        assertEquals(badPolicies().count(), badPolicies().map(a -> a.get()[1]).distinct().count());
        assertTrue(badPolicies().count() >= 25);
    }

    @Test
    void problemValue_isRenderedByProblems() {
        var problems = LifecyclePolicyValidator.validate(policy(rule(1, selection(
                "\"tagStatus\":\"any\",\"countType\":\"imageCountMoreThan\",\"countNumber\":2.5"), EXPIRE)));
        assertEquals(List.of(new Problem("rules[0].selection.countNumber", "must be an integer of at least 1", "2.5")),
                problems);
        var unit = LifecyclePolicyValidator.validate(policy(rule(1, selection(
                "\"tagStatus\":\"any\",\"countType\":\"sinceImagePushed\",\"countUnit\":\"hours\",\"countNumber\":5"),
                EXPIRE)));
        assertEquals("rules[0].selection.countUnit: must be days, got \"hours\"", unit.get(0).toString());
    }

    @Test
    void awsGuideExample_tagPatternProdOlderThan14Days_passes() {
        var json = """
                {
                    "rules": [
                        {
                            "rulePriority": 1,
                            "description": "Expire images older than 14 days",
                            "selection": {
                                "tagStatus": "tagged",
                                "tagPatternList": ["prod*"],
                                "countType": "sinceImagePushed",
                                "countUnit": "days",
                                "countNumber": 14
                            },
                            "action": {
                                "type": "expire"
                            }
                        }
                    ]
                }
                """;
        assertEquals(List.of(), LifecyclePolicyValidator.validate(json));
        assertEquals(List.of(), LifecyclePolicyValidator.warnings(json));
    }

    @Test
    void archivePolicy_transitionWhenNotPulledThenExpireOnArchive_passes() {
        var json = """
                {
                    "rules": [
                        {
                            "rulePriority": 1,
                            "description": "Archive images not pulled in 90 days",
                            "selection": {
                                "tagStatus": "tagged",
                                "tagPatternList": ["*"],
                                "countType": "sinceImagePulled",
                                "countUnit": "days",
                                "countNumber": 90
                            },
                            "action": {
                                "type": "transition",
                                "targetStorageClass": "archive"
                            }
                        },
                        {
                            "rulePriority": 2,
                            "description": "Delete images archived for more than 365 days",
                            "selection": {
                                "tagStatus": "any",
                                "storageClass": "archive",
                                "countType": "sinceImageTransitioned",
                                "countUnit": "days",
                                "countNumber": 365
                            },
                            "action": {
                                "type": "expire"
                            }
                        }
                    ]
                }
                """;
        assertEquals(List.of(), LifecyclePolicyValidator.validate(json));
    }

    @Test
    void awsCombiningArchiveAndExpireExample_oneAnyRulePerStorageClass_passes() {
        // lifecycle_policy_examples.html, "Combining archive and expire rules": an any rule on standard at priority 1
        // and an any rule on archive at priority 2
        var json = """
                {"rules": [
                    {"rulePriority": 1, "description": "Archive images older than 30 days",
                     "selection": {"tagStatus": "any", "countType": "sinceImagePushed", "countUnit": "days", "countNumber": 30},
                     "action": {"type": "transition", "targetStorageClass": "archive"}},
                    {"rulePriority": 2, "description": "Expire images archived for more than 365 days",
                     "selection": {"tagStatus": "any", "storageClass": "archive", "countType": "sinceImageTransitioned",
                                   "countUnit": "days", "countNumber": 365},
                     "action": {"type": "expire"}}
                ]}
                """;
        assertEquals(List.of(), LifecyclePolicyValidator.validate(json));
    }

    @Test
    void untaggedRules_onDifferentStorageClasses_pass() {
        var json = policy(rule(1, UNTAGGED_14_DAYS, EXPIRE), rule(2, selection(
                "\"tagStatus\":\"untagged\",\"countType\":\"sinceImageTransitioned\",\"countUnit\":\"days\","
                        + "\"countNumber\":90,\"storageClass\":\"archive\""), EXPIRE));
        assertEquals(List.of(), LifecyclePolicyValidator.validate(json));
    }

    @Test
    void prioritiesNeedNotBeSequential() {
        var json = policy(rule(10, UNTAGGED_14_DAYS, EXPIRE),
                rule(500, selection("\"tagStatus\":\"any\"," + COUNT_5), EXPIRE));
        assertEquals(List.of(), LifecyclePolicyValidator.validate(json));
    }

    @Test
    void textLength_acceptsExactly30720AndRejects30721() {
        var base = policy(rule(1, UNTAGGED_14_DAYS, EXPIRE)).strip();
        var atMax = base + " ".repeat(LifecyclePolicyValidator.MAX_TEXT_LENGTH - base.length());
        assertEquals(List.of(), LifecyclePolicyValidator.validate(atMax));
        assertEquals(List.of(new Problem("", "length must be between 100 and 30720 characters", "30721")),
                LifecyclePolicyValidator.validate(atMax + " "));
    }

    @Test
    void textLength_rejects99Characters_andAccepts100() {
        // the shortest valid policy has 138 characters, so the lower bound is probed with parseable invalid rules
        var short99 = "{\"rules\":[" + "1,".repeat(43) + "1]}";
        var long100 = short99 + " ";
        assertEquals(99, short99.length());
        assertEquals(List.of(new Problem("", "length must be between 100 and 30720 characters", "99")),
                lengthProblems(short99));
        assertEquals(List.of(), lengthProblems(long100));
    }

    private static List<Problem> lengthProblems(String json) {
        return LifecyclePolicyValidator.validate(json).stream().filter(p -> p.field().isEmpty()).toList();
    }

    @Test
    void fiftyRules_pass() {
        var json = policy(IntStream.rangeClosed(1, 50)
                .mapToObj(i -> rule(i, selection("\"tagStatus\":\"tagged\",\"tagPrefixList\":[\"p" + i + "\"]," + COUNT_5),
                        EXPIRE))
                .toArray(String[]::new));
        assertEquals(List.of(), LifecyclePolicyValidator.validate(json));
    }

    @Test
    void notJson_givesExactlyOneProblemAtTheEmptyPath() {
        assertEquals(List.of(new Problem("", "must be valid JSON", "")), LifecyclePolicyValidator.validate("rules: []"));
        assertEquals(List.of(new Problem("", "must be valid JSON", "")), LifecyclePolicyValidator.validate(""));
    }

    @Test
    void requireValid_throwsWithEveryProblem() {
        var e = assertThrows(InvalidInputException.class, () -> LifecyclePolicyValidator.requireValid(pad("{}")));
        assertEquals(List.of(new Problem("rules", "is required", "")), e.problems());
    }

    @Test
    void warnings_multiPrefixListIsAnAnd() {
        var json = policy(rule(1, selection("\"tagStatus\":\"tagged\",\"tagPrefixList\":[\"v\",\"release\"]," + COUNT_5),
                EXPIRE));
        assertEquals(List.of(), LifecyclePolicyValidator.validate(json));
        assertEquals(List.of("rules[0].selection.tagPrefixList: AWS selects only images carrying a tag for EVERY "
                        + "listed prefix (AND); use one rule per prefix to treat them independently, got [\"v\", \"release\"]"),
                LifecyclePolicyValidator.warnings(json));
    }

    @Test
    void warnings_emptyForTextThatIsNotAPolicy() {
        assertEquals(List.of(), LifecyclePolicyValidator.warnings("not json"));
        assertEquals(List.of(), LifecyclePolicyValidator.warnings("[1]"));
        assertEquals(List.of(), LifecyclePolicyValidator.warnings(null));
    }
}
