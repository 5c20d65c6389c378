package dev.ecrkit.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ecrkit.validation.InvalidInputException;
import dev.ecrkit.validation.Problem;
import dev.ecrkit.validation.Problems;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class LifecycleHelpersTest {

    private static LifecycleHelpers.Builder helpers() {
        return LifecycleHelpers.builder();
    }

    private static String json(LifecycleHelpers h) {
        return h.toPolicy().orElseThrow().toJson();
    }

    @Test
    void keepLatestOnly_keepsTheNewestImagesOfAnyTagStatus() {
        var h = helpers().keepLatestNImages(30).build();
        assertEquals("""
                {"rules":[\
                {"rulePriority":1,"description":"Keep only 30 latest images","selection":{"tagStatus":"any",\
                "countType":"imageCountMoreThan","countNumber":30},"action":{"type":"expire"}}\
                ]}""", json(h));
        assertEquals(List.of("AWS keeps the newest 30 images, tagged or untagged, and expires the older ones."),
                h.explain());
    }

    @Test
    void expireUntaggedOnly_expiresUntaggedAfterDaysAndNeverTouchesTagged() {
        var h = helpers().expireUntaggedAfterDays(7).build();
        assertEquals("""
                {"rules":[\
                {"rulePriority":1,"description":"Expire untagged images after 7 days","selection":{"tagStatus":"untagged",\
                "countType":"sinceImagePushed","countUnit":"days","countNumber":7},"action":{"type":"expire"}}\
                ]}""", json(h));
        assertEquals(List.of("Tagged images never expire.", "Untagged images expire 7 days after they were pushed."),
                h.explain());
    }

    @Test
    void expireTaggedOnly_selectsTaggedImagesNotAny() {
        var h = helpers().expireTaggedAfterDays(90).build();
        assertEquals("""
                {"rules":[\
                {"rulePriority":1,"description":"Expire tagged images after 90 days","selection":{"tagStatus":"tagged",\
                "tagPatternList":["*"],"countType":"sinceImagePushed","countUnit":"days","countNumber":90},\
                "action":{"type":"expire"}}\
                ]}""", json(h));
        assertEquals(List.of("Tagged images expire 90 days after they were pushed.", "Untagged images never expire."),
                h.explain());
    }

    @Test
    void keepLatestWithOnePrefix_countLimitsThatPrefixOnly() {
        var h = helpers().keepLatestNImages(30).tagPrefixesToKeep("v").build();
        assertEquals("""
                {"rules":[\
                {"rulePriority":1,"description":"Keep only 30 images tagged v*","selection":{"tagStatus":"tagged",\
                "tagPrefixList":["v"],"countType":"imageCountMoreThan","countNumber":30},"action":{"type":"expire"}}\
                ]}""", json(h));
        assertEquals(List.of("Images with a tag starting with \"v\": AWS keeps the newest 30 and expires the older "
                        + "ones; they are only count-limited, never expired by age.",
                "Other tagged images never expire.",
                "Untagged images never expire."), h.explain());
    }

    @Test
    void allSettings_expireUntaggedFirstThenOneKeepRulePerPrefixThenTaggedAge() {
        var h = helpers().keepLatestNImages(30).expireUntaggedAfterDays(5).expireTaggedAfterDays(60)
                .tagPrefixesToKeep("v", "release").build();
        assertEquals("""
                {"rules":[\
                {"rulePriority":1,"description":"Expire untagged images after 5 days","selection":{"tagStatus":"untagged",\
                "countType":"sinceImagePushed","countUnit":"days","countNumber":5},"action":{"type":"expire"}},\
                {"rulePriority":2,"description":"Keep only 30 images tagged v*","selection":{"tagStatus":"tagged",\
                "tagPrefixList":["v"],"countType":"imageCountMoreThan","countNumber":30},"action":{"type":"expire"}},\
                {"rulePriority":3,"description":"Keep only 30 images tagged release*","selection":{"tagStatus":"tagged",\
                "tagPrefixList":["release"],"countType":"imageCountMoreThan","countNumber":30},"action":{"type":"expire"}},\
                {"rulePriority":4,"description":"Expire tagged images after 60 days","selection":{"tagStatus":"tagged",\
                "tagPatternList":["*"],"countType":"sinceImagePushed","countUnit":"days","countNumber":60},\
                "action":{"type":"expire"}}\
                ]}""", json(h));
        assertEquals(List.of(
                "Images with a tag starting with \"v\": AWS keeps the newest 30 and expires the older ones; they are "
                        + "only count-limited, never expired by age.",
                "Images with a tag starting with \"release\": AWS keeps the newest 30 and expires the older ones; "
                        + "they are only count-limited, never expired by age.",
                "Other tagged images expire 60 days after they were pushed.",
                "Untagged images expire 5 days after they were pushed."), h.explain());
        assertEquals(List.of(), LifecyclePolicyValidator.warnings(json(h)));
    }

    @Test
    void keepLatestWithoutPrefixesAndTaggedAge_keepRuleShadowsTheAgeRule() {
        var h = helpers().keepLatestNImages(30).expireTaggedAfterDays(60).build();
        assertEquals("""
                {"rules":[\
                {"rulePriority":1,"description":"Keep only 30 latest tagged images","selection":{"tagStatus":"tagged",\
                "tagPatternList":["*"],"countType":"imageCountMoreThan","countNumber":30},"action":{"type":"expire"}},\
                {"rulePriority":2,"description":"Expire tagged images after 60 days","selection":{"tagStatus":"tagged",\
                "tagPatternList":["*"],"countType":"sinceImagePushed","countUnit":"days","countNumber":60},\
                "action":{"type":"expire"}}\
                ]}""", json(h));
        assertEquals(List.of(
                "AWS keeps the newest 30 tagged images and expires the older tagged images.",
                "Expire tagged images after 60 days never acts: every tagged image matches the tag selection of the "
                        + "higher-priority keep-latest rule, so AWS keeps the newest 30 tagged images whatever their age.",
                "Untagged images never expire."), h.explain());
    }

    @Test
    void keepLatestWithoutPrefixesAndUntaggedAge_keepsTaggedOnlySoUntaggedAreNotCountedTwice() {
        var h = helpers().keepLatestNImages(20).expireUntaggedAfterDays(2).build();
        assertEquals("""
                {"rules":[\
                {"rulePriority":1,"description":"Expire untagged images after 2 days","selection":{"tagStatus":"untagged",\
                "countType":"sinceImagePushed","countUnit":"days","countNumber":2},"action":{"type":"expire"}},\
                {"rulePriority":2,"description":"Keep only 20 latest tagged images","selection":{"tagStatus":"tagged",\
                "tagPatternList":["*"],"countType":"imageCountMoreThan","countNumber":20},"action":{"type":"expire"}}\
                ]}""", json(h));
        assertEquals(List.of("AWS keeps the newest 20 tagged images and expires the older tagged images.",
                "Untagged images expire 2 days after they were pushed."), h.explain());
    }

    @Test
    void archiveHelpers_transitionUnpulledImagesLastAndExpireArchivedOnes() {
        var h = helpers().expireUntaggedAfterDays(3).archiveAfterDaysNotPulled(30).expireArchivedAfterDays(180).build();
        assertEquals("""
                {"rules":[\
                {"rulePriority":1,"description":"Expire untagged images after 3 days","selection":{"tagStatus":"untagged",\
                "countType":"sinceImagePushed","countUnit":"days","countNumber":3},"action":{"type":"expire"}},\
                {"rulePriority":2,"description":"Archive images not pulled for 30 days","selection":{"tagStatus":"any",\
                "countType":"sinceImagePulled","countUnit":"days","countNumber":30},\
                "action":{"type":"transition","targetStorageClass":"archive"}},\
                {"rulePriority":3,"description":"Expire archived images after 180 days","selection":{"tagStatus":"any",\
                "countType":"sinceImageTransitioned","countUnit":"days","countNumber":180,"storageClass":"archive"},\
                "action":{"type":"expire"}}\
                ]}""", json(h));
        assertEquals(List.of(
                "Tagged images never expire.",
                "Untagged images expire 3 days after they were pushed.",
                "Of the tagged images, those not pulled for 30 days (never pulled: pushed more than 30 days ago) move"
                        + " to the archive storage class.",
                "Archived images expire 180 days after they were archived."), h.explain());
    }

    @Test
    void archiveWithKeepLatest_keepRuleSelectsTaggedImagesSoOnlyOneRuleIsAny() {
        var h = helpers().keepLatestNImages(10).archiveAfterDaysNotPulled(60).build();
        assertEquals("""
                {"rules":[\
                {"rulePriority":1,"description":"Keep only 10 latest tagged images","selection":{"tagStatus":"tagged",\
                "tagPatternList":["*"],"countType":"imageCountMoreThan","countNumber":10},"action":{"type":"expire"}},\
                {"rulePriority":2,"description":"Archive images not pulled for 60 days","selection":{"tagStatus":"any",\
                "countType":"sinceImagePulled","countUnit":"days","countNumber":60},\
                "action":{"type":"transition","targetStorageClass":"archive"}}\
                ]}""", json(h));
        assertEquals(List.of(
                "AWS keeps the newest 10 tagged images and expires the older tagged images.",
                "Untagged images never expire.",
                "Of the untagged images, those not pulled for 60 days (never pulled: pushed more than 60 days ago) move"
                        + " to the archive storage class.",
                "Archived images never expire."), h.explain());
    }

    @Test
    void archiveOwnedByHigherRules_explainSaysItNeverActs() {
        var h = helpers().expireUntaggedAfterDays(7).expireTaggedAfterDays(90).archiveAfterDaysNotPulled(30).build();
        assertEquals("Archive after 30 days without a pull never acts: every image matches the tag selection of a"
                + " higher-priority rule, and AWS never lets a lower-priority rule act on such an image.",
                h.explain().get(2));
    }

    @Test
    void expireArchivedSoonerThan90Days_isRefusedWithTheArchiveMinimum_andOutOfRangeArchiveSettings() {
        var h = helpers().archiveAfterDaysNotPulled(0).expireArchivedAfterDays(89).build();
        assertEquals(List.of(
                new Problem("archiveAfterDaysNotPulled", "must be between 1 and 3650", "0"),
                new Problem("expireArchivedAfterDays", "must be at least 90: archived images have a minimum storage"
                        + " duration of 90 days and AWS refuses a lifecycle rule that expires them sooner"
                        + " (lifecycle_policy_examples.html, \"Combining archive and expire rules\")", "89")),
                h.problems());
        assertEquals(List.of(new Problem("expireArchivedAfterDays", "must be between 90 and 3650", "3651")),
                helpers().expireArchivedAfterDays(3651).build().problems());
        assertEquals(List.of(), helpers().expireArchivedAfterDays(LifecyclePolicyValidator.MIN_ARCHIVED_DAYS_BEFORE_EXPIRE)
                .build().problems());
        assertThrows(InvalidInputException.class, h::toPolicy);
    }

    @Test
    void nothingSet_generatesNoPolicy() {
        var h = helpers().build();
        assertEquals(Optional.empty(), h.toPolicy());
        assertEquals(List.of("No rule is generated: AWS keeps every image."), h.explain());
        assertEquals(new LifecycleHelpers(LifecycleHelpers.NOT_SET, LifecycleHelpers.NOT_SET, LifecycleHelpers.NOT_SET, List.of()), h);
        assertEquals(List.of(), h.problems());
    }

    static Stream<LifecycleHelpers> combinations() {
        var all = new ArrayList<LifecycleHelpers>();
        for (int k : new int[] {LifecycleHelpers.NOT_SET, 1, 10_000}) {
            for (int u : new int[] {LifecycleHelpers.NOT_SET, 1, 3650}) {
                for (int t : new int[] {LifecycleHelpers.NOT_SET, 90}) {
                    for (List<String> prefixes : List.of(List.<String>of(), List.of("v"), List.of("v", "release", "rc-"))) {
                        if (k != LifecycleHelpers.NOT_SET || prefixes.isEmpty()) {
                            for (int a : new int[] {LifecycleHelpers.NOT_SET, 1, 3650}) {
                                for (int m : new int[] {LifecycleHelpers.NOT_SET, 90, 3650}) {
                                    all.add(new LifecycleHelpers(k, u, t, prefixes, a, m));
                                }
                            }
                        }
                    }
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest
    @MethodSource("combinations")
    void everyValidCombination_generatesAPolicyTheValidatorAccepts_withConsecutivePriorities(LifecycleHelpers h) {
        assertEquals(List.of(), h.problems());
        h.toPolicy().ifPresent(policy -> {
            assertEquals(List.of(), LifecyclePolicyValidator.validate(policy));
            assertEquals(IntStream.rangeClosed(1, policy.rules().size()).boxed().toList(),
                    policy.rules().stream().map(LifecycleRule::priority).toList());
            assertEquals(List.of(), LifecyclePolicyValidator.warnings(policy.toJson()));
        });
    }

    @Test
    void validate_reportsEveryOutOfRangeSetting() {
        var h = new LifecycleHelpers(10_001, -1, 3651, List.of("", "x".repeat(256), "v", "v"));
        var problems = new Problems();
        h.validate(problems);
        assertEquals(List.of(
                new Problem("keepLatestNImages", "must be between 1 and 10000", "10001"),
                new Problem("expireUntaggedAfterDays", "must be between 1 and 3650", "-1"),
                new Problem("expireTaggedAfterDays", "must be between 1 and 3650", "3651"),
                new Problem("tagPrefixesToKeep[0]", "must be between 1 and 255 characters long", "\"\""),
                new Problem("tagPrefixesToKeep[1]", "must be between 1 and 255 characters long",
                        "\"" + "x".repeat(256) + "\""),
                new Problem("tagPrefixesToKeep[3]", "must be unique (tagPrefixesToKeep[2] is the same)", "\"v\"")),
                problems.list());
    }

    @Test
    void validate_prefixesWithoutKeepLatest_haveNoEffect() {
        var h = helpers().expireTaggedAfterDays(30).tagPrefixesToKeep("v").build();
        assertEquals(List.of(new Problem("tagPrefixesToKeep", "has no effect without keepLatestNImages", "[\"v\"]")),
                h.problems());
    }

    @Test
    void validate_moreThan100Prefixes_isRejected() {
        var prefixes = IntStream.rangeClosed(1, 101).mapToObj(i -> "p" + i).toList();
        var h = helpers().keepLatestNImages(5).tagPrefixesToKeep(prefixes).build();
        assertEquals(List.of(new Problem("tagPrefixesToKeep", "must contain at most 100 prefixes", "101")),
                h.problems());
    }

    @Test
    void validate_prefixesGeneratingMoreThan50Rules_areRejected() {
        var prefixes = IntStream.rangeClosed(1, 49).mapToObj(i -> "p" + i).toList();
        var h = helpers().keepLatestNImages(5).expireUntaggedAfterDays(1).expireTaggedAfterDays(2)
                .tagPrefixesToKeep(prefixes).build();
        assertEquals(List.of(new Problem("tagPrefixesToKeep",
                "generates 51 rules with the other settings; a lifecycle policy allows at most 50", "49")), h.problems());
        var fits = helpers().keepLatestNImages(5).expireUntaggedAfterDays(1).expireTaggedAfterDays(2)
                .tagPrefixesToKeep(prefixes.subList(0, 48)).build();
        assertEquals(List.of(), fits.problems());
        assertEquals(50, fits.toPolicy().orElseThrow().rules().size());
    }

    @Test
    void validate_generatedPolicyLongerThanAwsAllows_isReportedUnderLifecyclePolicy() {
        var prefixes = IntStream.rangeClosed(10, 57).mapToObj(i -> i + "x".repeat(253)).toList();
        var h = helpers().keepLatestNImages(5).tagPrefixesToKeep(prefixes).build();
        var problems = h.problems();
        assertEquals(1, problems.size());
        assertEquals("lifecyclePolicy", problems.get(0).field());
        assertEquals("length must be between 100 and 30720 characters", problems.get(0).rule());
    }

    @Test
    void toPolicy_throwsEveryProblemWhenInvalid() {
        var e = assertThrows(InvalidInputException.class, () -> helpers()
                .expireUntaggedAfterDays(4000).tagPrefixesToKeep("v").build().toPolicy());
        assertEquals(List.of("expireUntaggedAfterDays", "tagPrefixesToKeep"),
                e.problems().stream().map(Problem::field).toList());
    }

    @Test
    void zero_isAnOutOfRangeValueNotAnUnsetOne() {
        var h = helpers().keepLatestNImages(0).expireUntaggedAfterDays(0).expireTaggedAfterDays(0).build();
        assertEquals(List.of("keepLatestNImages: must be between 1 and 10000, got 0",
                "expireUntaggedAfterDays: must be between 1 and 3650, got 0",
                "expireTaggedAfterDays: must be between 1 and 3650, got 0"),
                h.problems().stream().map(Problem::toString).toList());
    }

    @Test
    void record_copiesThePrefixes() {
        var prefixes = new ArrayList<>(List.of("v"));
        var h = new LifecycleHelpers(1, LifecycleHelpers.NOT_SET, LifecycleHelpers.NOT_SET, prefixes);
        prefixes.add("w");
        assertEquals(List.of("v"), h.tagPrefixesToKeep());
    }
}
