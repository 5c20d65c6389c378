package dev.ecrkit.lifecycle;

import static dev.ecrkit.lifecycle.LifecycleSimulatorAwsExamplesTest.EXPIRE;
import static dev.ecrkit.lifecycle.LifecycleSimulatorAwsExamplesTest.NOW;
import static dev.ecrkit.lifecycle.LifecycleSimulatorAwsExamplesTest.actions;
import static dev.ecrkit.lifecycle.LifecycleSimulatorAwsExamplesTest.daysAgo;
import static dev.ecrkit.lifecycle.LifecycleSimulatorAwsExamplesTest.expect;
import static dev.ecrkit.lifecycle.LifecycleSimulatorAwsExamplesTest.image;
import static dev.ecrkit.lifecycle.LifecycleSimulatorAwsExamplesTest.policy;
import static dev.ecrkit.lifecycle.LifecycleSimulatorAwsExamplesTest.rule;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ecrkit.validation.InvalidInputException;
import java.util.List;
import org.junit.jupiter.api.Test;

class LifecycleSimulatorTest {

    private static String prefixKeep(int priority, String prefix, int count) {
        return rule(priority, "\"tagStatus\": \"tagged\", \"tagPrefixList\": [\"" + prefix + "\"],"
                + " \"countType\": \"imageCountMoreThan\", \"countNumber\": " + count, EXPIRE);
    }

    @Test
    void invalidPolicy_throwsTheValidatorsProblems() {
        var json = policy(rule(1, "\"tagStatus\": \"tagged\", \"countType\": \"sinceImagePushed\", \"countNumber\": 3", EXPIRE));
        var e = assertThrows(InvalidInputException.class, () -> LifecycleSimulator.simulate(json, List.of(), NOW));
        assertEquals(LifecyclePolicyValidator.validate(json), e.problems());
        assertTrue(e.getMessage().contains("rules[0].selection: requires tagPrefixList or tagPatternList when tagStatus is tagged"),
                e.getMessage());
    }

    @Test
    void costOptimizationArchive_expiresOldUntagged_archivesUnpulled_andExpiresImagesArchivedMoreThan90DaysAgo() {
        var images = List.of(
                image('A', 5),                                          // untagged, 5 days: expired by rule 1
                image('B', 2),                                          // untagged, 2 days: kept
                image('C', 400, "v1").pulledAt(daysAgo(31)),            // last pulled 31 days ago: archived by rule 2
                image('D', 400, "v2").pulledAt(daysAgo(29)),            // pulled 29 days ago: kept, whatever its age
                image('E', 31, "feature-x"),                            // never pulled, pushed 31 days ago: archived
                image('F', 500, "v0").archivedAt(daysAgo(91)),          // archived 91 days ago: expired by rule 3
                image('G', 500, "v00").archivedAt(daysAgo(89)));        // archived 89 days ago: kept (90-day minimum)
        var result = LifecycleSimulator.simulate(LifecycleTemplate.COST_OPTIMIZATION_ARCHIVE.policy(), images, NOW);
        assertEquals(expect("A", "expire", "B", "keep", "C", "transition", "D", "keep", "E", "transition",
                "F", "expire", "G", "keep"), actions(result));
        int none = ImageOutcome.NO_RULE;
        assertEquals(List.of(1, none, 2, none, 2, 3, none),
                result.images().stream().map(ImageOutcome::rulePriority).toList());
    }

    @Test
    void tagPrefixList_withTwoPrefixes_selectsOnlyImagesCarryingBoth() {
        var json = policy(rule(1, "\"tagStatus\": \"tagged\", \"tagPrefixList\": [\"v\", \"release\"],"
                + " \"countType\": \"sinceImagePushed\", \"countUnit\": \"days\", \"countNumber\": 1", EXPIRE));
        var images = List.of(image('A', 5, "v1"), image('B', 5, "v2", "release-2"), image('C', 5, "release-3"));
        assertEquals(expect("A", "keep", "B", "expire", "C", "keep"), actions(LifecycleSimulator.simulate(json, images, NOW)));
    }

    @Test
    void tagPatternList_wildcardsMatchInsideAndAtBothEnds() {
        var json = policy(rule(1, "\"tagStatus\": \"tagged\", \"tagPatternList\": [\"*-rc*\"],"
                + " \"countType\": \"sinceImagePushed\", \"countUnit\": \"days\", \"countNumber\": 1", EXPIRE));
        var images = List.of(image('A', 5, "1.0-rc1"), image('B', 5, "1.0"), image('C', 5, "-rc"), image('D', 5, "rc-1"));
        assertEquals(expect("A", "expire", "B", "keep", "C", "expire", "D", "keep"),
                actions(LifecycleSimulator.simulate(json, images, NOW)));
    }

    @Test
    void sinceImagePushed_exactlyNDaysOld_isKept_oneMinuteOlder_isExpired() {
        var json = policy(rule(1, "\"tagStatus\": \"untagged\", \"countType\": \"sinceImagePushed\", \"countUnit\": \"days\","
                + " \"countNumber\": 7", EXPIRE));
        var images = List.of(image('A', 7), image('B', 7 + 1.0 / 24 / 60));
        assertEquals(expect("A", "keep", "B", "expire"), actions(LifecycleSimulator.simulate(json, images, NOW)));
    }

    @Test
    void countRule_ordersByPushTimeNotInputOrder_andTiesCountTheLaterEntryAsNewer() {
        var json = policy(prefixKeep(1, "v", 2));
        var images = List.of(image('A', 1, "v3"), image('B', 9, "v1"), image('C', 5, "v2a"), image('D', 5, "v2b"));
        // youngest first: A (1 day), D (5 days, later entry), C (5 days), B (9 days)
        assertEquals(expect("A", "keep", "B", "expire", "C", "expire", "D", "keep"),
                actions(LifecycleSimulator.simulate(json, images, NOW)));
    }

    @Test
    void untaggedImages_areNeverSelectedByTaggedRules() {
        var json = policy(rule(1, "\"tagStatus\": \"tagged\", \"tagPatternList\": [\"*\"], \"countType\": \"imageCountMoreThan\","
                + " \"countNumber\": 1", EXPIRE));
        var images = List.of(image('A', 3), image('B', 2, "x"), image('C', 1, "y"));
        var result = LifecycleSimulator.simulate(json, images, NOW);
        assertEquals(expect("A", "keep", "B", "expire", "C", "keep"), actions(result));
        assertEquals("no rule selects it", result.images().get(0).reason());
    }

    @Test
    void anImageAlreadyOwnedByAHigherRule_isStillCountedByALowerCountRule() {
        // rule 1 owns every v* image and keeps all (10); rule 2 keeps 2 of any: the two newest are v* images, so the
        // older untagged images are expired although rule 2 "keeps 2"
        var json = policy(prefixKeep(1, "v", 10),
                rule(2, "\"tagStatus\": \"any\", \"countType\": \"imageCountMoreThan\", \"countNumber\": 2", EXPIRE));
        var images = List.of(image('A', 5), image('B', 4), image('C', 2, "v1"), image('D', 1, "v2"));
        assertEquals(expect("A", "expire", "B", "expire", "C", "keep", "D", "keep"),
                actions(LifecycleSimulator.simulate(json, images, NOW)));
    }

    @Test
    void transitionedImage_isNotExpiredByAnArchiveRuleInTheSameEvaluation() {
        var json = policy(
                rule(1, "\"tagStatus\": \"any\", \"countType\": \"sinceImagePushed\", \"countUnit\": \"days\", \"countNumber\": 30",
                        LifecycleSimulatorAwsExamplesTest.TRANSITION),
                rule(2, "\"tagStatus\": \"any\", \"storageClass\": \"archive\", \"countType\": \"sinceImageTransitioned\","
                        + " \"countUnit\": \"days\", \"countNumber\": 90", EXPIRE));
        var result = LifecycleSimulator.simulate(json, List.of(image('A', 1000, "old")), NOW);
        assertEquals(expect("A", "transition"), actions(result));
    }

    @Test
    void costOptimizationTemplate_rule3NeverActs_andIsWarnedAbout() {
        var images = List.of(image('A', 400, "v1"), image('B', 300, "v2"), image('C', 1, "v3"), image('D', 5));
        var result = LifecycleSimulator.simulate(LifecycleTemplate.COST_OPTIMIZATION.policy(), images, NOW);
        // 3 tagged images, keep 10: nothing expires by count, and the 30-day rule cannot touch them
        assertEquals(expect("A", "keep", "B", "keep", "C", "keep", "D", "expire"), actions(result));
        assertEquals(List.of(new RuleWarning(3, "rule 3 (tagPatternList [\"*\"]) never acts: every image it selects also"
                + " matches the tag selection of higher-priority rule 2 (tagPatternList [\"*\"]), and AWS never lets a"
                + " lower-priority rule expire such an image")), result.warnings());
    }

    @Test
    void shadowedRules_tagSelectionContainedInAHigherRule_isWarned() {
        assertEquals(List.of(2), shadowed(policy(prefixKeep(1, "v", 5), prefixKeep(2, "v1", 5))));
        assertEquals(List.of(2), shadowed(policy(
                rule(1, "\"tagStatus\": \"tagged\", \"tagPatternList\": [\"*prod*\"], \"countType\": \"imageCountMoreThan\", \"countNumber\": 3", EXPIRE),
                rule(2, "\"tagStatus\": \"tagged\", \"tagPatternList\": [\"prod-*-eu\", \"x*\"], \"countType\": \"imageCountMoreThan\", \"countNumber\": 3", EXPIRE))));
        // the any rule: untagged and every tagged image already belong to rules 1 and 2
        assertEquals(List.of(3), shadowed(policy(
                rule(1, "\"tagStatus\": \"untagged\", \"countType\": \"sinceImagePushed\", \"countUnit\": \"days\", \"countNumber\": 3", EXPIRE),
                rule(2, "\"tagStatus\": \"tagged\", \"tagPatternList\": [\"*\"], \"countType\": \"imageCountMoreThan\", \"countNumber\": 3", EXPIRE),
                rule(3, "\"tagStatus\": \"any\", \"countType\": \"imageCountMoreThan\", \"countNumber\": 3", EXPIRE))));
    }

    @Test
    void shadowedRules_partlyCoveredOrOtherStorageClass_isNotWarned() {
        assertEquals(List.of(), shadowed(policy(prefixKeep(1, "v1", 5), prefixKeep(2, "v", 5))));
        // a higher rule requiring two tags does not cover a rule requiring one of them
        assertEquals(List.of(), shadowed(policy(
                rule(1, "\"tagStatus\": \"tagged\", \"tagPatternList\": [\"a*\", \"b*\"], \"countType\": \"imageCountMoreThan\", \"countNumber\": 3", EXPIRE),
                rule(2, "\"tagStatus\": \"tagged\", \"tagPatternList\": [\"a*\"], \"countType\": \"imageCountMoreThan\", \"countNumber\": 3", EXPIRE))));
        assertEquals(List.of(), shadowed(policy(
                rule(1, "\"tagStatus\": \"tagged\", \"tagPatternList\": [\"*\"], \"countType\": \"sinceImagePushed\", \"countUnit\": \"days\", \"countNumber\": 3", EXPIRE),
                rule(2, "\"tagStatus\": \"tagged\", \"tagPatternList\": [\"*\"], \"storageClass\": \"archive\", \"countType\": \"sinceImageTransitioned\","
                        + " \"countUnit\": \"days\", \"countNumber\": 90", EXPIRE))));
        for (LifecycleTemplate t : List.of(LifecycleTemplate.DEVELOPMENT, LifecycleTemplate.PRODUCTION, LifecycleTemplate.COMPLIANCE)) {
            assertEquals(List.of(), ShadowedRules.of(t.policy()), t.toString());
        }
    }

    private static List<Integer> shadowed(String json) {
        return ShadowedRules.of(LifecyclePolicy.parse(json)).stream().map(RuleWarning::rulePriority).toList();
    }

    @Test
    void resultJson_isTheCommandsContract() {
        var json = policy(rule(1, "\"tagStatus\": \"untagged\", \"countType\": \"sinceImagePushed\", \"countUnit\": \"days\","
                + " \"countNumber\": 7", EXPIRE));
        var result = LifecycleSimulator.simulate(json, List.of(image('A', 8), image('B', 1, "v1", "latest")), NOW);
        assertEquals("""
                {
                  "now": "2026-03-01T12:00:00Z",
                  "images": [
                    {
                      "digest": "sha256:000000000000000000000000000000000000000000000000000000000000000a",
                      "tags": [],
                      "action": "expire",
                      "rulePriority": 1
                    },
                    {
                      "digest": "sha256:000000000000000000000000000000000000000000000000000000000000000b",
                      "tags": [
                        "v1",
                        "latest"
                      ],
                      "action": "keep",
                      "rulePriority": null
                    }
                  ],
                  "summary": {
                    "expire": 1,
                    "transition": 0,
                    "keep": 1
                  },
                  "warnings": []
                }""", result.toJson());
    }

    @Test
    void typedPolicy_isValidatedLikeJson() {
        var bad = LifecyclePolicy.of(LifecycleRule.keepLatest(1, 5), LifecycleRule.expireUntaggedAfterDays(2, 3));
        var e = assertThrows(InvalidInputException.class, () -> LifecycleSimulator.simulate(bad, List.of(), NOW));
        assertTrue(e.getMessage().contains("because tagStatus is any"), e.getMessage());
        var ok = LifecycleSimulator.simulate(LifecyclePolicy.of(LifecycleRule.keepLatest(1, 1)),
                List.of(image('A', 2), image('B', 1, "v")), NOW);
        assertEquals(expect("A", "expire", "B", "keep"), actions(ok));
    }

    @Test
    void parse_readsEveryMemberOfTheRule() {
        var policy = LifecyclePolicy.parse(policy(
                rule(7, "\"tagStatus\": \"tagged\", \"tagPatternList\": [\"a*\"], \"countType\": \"sinceImagePulled\","
                        + " \"countUnit\": \"days\", \"countNumber\": 9", LifecycleSimulatorAwsExamplesTest.TRANSITION)));
        assertEquals(List.of(new LifecycleRule(7, "Rule 7", TagStatus.TAGGED, List.of(), List.of("a*"),
                CountType.SINCE_IMAGE_PULLED, 9, StorageClass.STANDARD, ActionType.TRANSITION)), policy.rules());
        var huge = policy(rule(1, "\"tagStatus\": \"any\", \"countType\": \"imageCountMoreThan\", \"countNumber\": 3000000000", EXPIRE));
        var e = assertThrows(InvalidInputException.class, () -> LifecyclePolicy.parse(huge));
        assertEquals("rules[0].selection.countNumber: must be at most 2147483647 (an AWS integer has 32 bits), got 3000000000", e.getMessage());
    }

    @Test
    void imageRecord_archiveTimeMustFitTheStorageClass() {
        assertThrows(IllegalArgumentException.class, () -> new ImageRecord("sha256:a", List.of(), NOW, ImageRecord.NEVER,
                StorageClass.ARCHIVE, ImageRecord.NEVER));
        assertThrows(IllegalArgumentException.class, () -> new ImageRecord("sha256:a", List.of(), NOW, ImageRecord.NEVER,
                StorageClass.STANDARD, NOW));
        var pulled = image('A', 9).pulledAt(daysAgo(2));
        assertTrue(pulled.everPulled());
        assertEquals(daysAgo(2), pulled.lastPullOrPush());
        assertFalse(image('A', 9).everPulled());
    }
}
