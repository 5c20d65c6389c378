package dev.ecrkit.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The worked examples of https://docs.aws.amazon.com/AmazonECR/latest/userguide/lifecycle_policy_examples.html, each
 * with the repository contents, the policy text and the result the guide states. The image letter is the digest's
 * last character; "Pushed: N days ago" is exactly N x 24 hours before NOW.
 */
class LifecycleSimulatorAwsExamplesTest {
    static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

    static Instant daysAgo(double days) {
        return NOW.minus(Duration.ofMinutes(Math.round(days * 24 * 60)));
    }

    static ImageRecord image(char letter, double pushedDaysAgo, String... tags) {
        return ImageRecord.pushed(digest(letter), daysAgo(pushedDaysAgo), tags);
    }

    static String digest(char letter) {
        return "sha256:" + "0".repeat(63) + Character.toLowerCase(letter);
    }

    /** "A" -> "expire" etc., for every image. */
    static Map<String, String> actions(SimulationResult result) {
        var m = new TreeMap<String, String>();
        result.images().forEach(o -> m.put(o.image().digest().substring(o.image().digest().length() - 1).toUpperCase(),
                o.action().toString()));
        return m;
    }

    static Map<String, String> expect(String... letterAction) {
        var m = new TreeMap<String, String>();
        for (int i = 0; i < letterAction.length; i += 2) {
            m.put(letterAction[i], letterAction[i + 1]);
        }
        return m;
    }

    static String rule(int priority, String selection, String action) {
        return "{\"rulePriority\": " + priority + ", \"description\": \"Rule " + priority + "\", \"selection\": {"
                + selection + "}, \"action\": " + action + "}";
    }

    static String policy(String... rules) {
        return "{\"rules\": [" + String.join(", ", rules) + "]}";
    }

    static final String EXPIRE = "{\"type\": \"expire\"}";
    static final String TRANSITION = "{\"type\": \"transition\", \"targetStorageClass\": \"archive\"}";

    // "Filtering on multiple rules", Example A: rule 1 prod* keep 1, rule 2 beta* keep 1. "Result: Image A is expired."
    @Test
    void multipleRules_exampleA_onlyImageAExpires() {
        var images = List.of(image('A', 10, "beta-1", "prod-1"), image('B', 9, "beta-2", "prod-2"), image('C', 8, "beta-3"));
        var json = policy(
                rule(1, "\"tagStatus\": \"tagged\", \"tagPatternList\": [\"prod*\"], \"countType\": \"imageCountMoreThan\", \"countNumber\": 1", EXPIRE),
                rule(2, "\"tagStatus\": \"tagged\", \"tagPatternList\": [\"beta*\"], \"countType\": \"imageCountMoreThan\", \"countNumber\": 1", EXPIRE));
        var result = LifecycleSimulator.simulate(json, images, NOW);
        assertEquals(expect("A", "expire", "B", "keep", "C", "keep"), actions(result));
        assertEquals(1, result.images().get(0).rulePriority());
        // B would be marked by rule 2, but it matches rule 1's tag selection
        assertEquals("rule 1 (tagPatternList [\"prod*\"]) keeps it: number 1 of the 2 images it selects, newest 1 kept",
                result.images().get(1).reason());
    }

    // Example B: the same images, priorities swapped. "Result: Images A and B are expired."
    @Test
    void multipleRules_exampleB_imagesAAndBExpire() {
        var images = List.of(image('A', 10, "beta-1", "prod-1"), image('B', 9, "beta-2", "prod-2"), image('C', 8, "beta-3"));
        var json = policy(
                rule(1, "\"tagStatus\": \"tagged\", \"tagPatternList\": [\"beta*\"], \"countType\": \"imageCountMoreThan\", \"countNumber\": 1", EXPIRE),
                rule(2, "\"tagStatus\": \"tagged\", \"tagPatternList\": [\"prod*\"], \"countType\": \"imageCountMoreThan\", \"countNumber\": 1", EXPIRE));
        assertEquals(expect("A", "expire", "B", "expire", "C", "keep"), actions(LifecycleSimulator.simulate(json, images, NOW)));
    }

    // "Filtering on multiple tags in a single rule", Example A: alpha* AND beta*, older than 5 days. "Result: Image C is expired."
    @Test
    void multipleTags_exampleA_onlyImagesWithBothTagsAreSelected() {
        var images = List.of(image('A', 12, "alpha-1"), image('B', 11, "beta-1"), image('C', 10, "alpha-2", "beta-2"),
                image('D', 4, "alpha-3"), image('E', 3, "beta-3"), image('F', 2, "alpha-4", "beta-4"));
        var json = policy(rule(1, "\"tagStatus\": \"tagged\", \"tagPatternList\": [\"alpha*\", \"beta*\"],"
                + " \"countType\": \"sinceImagePushed\", \"countNumber\": 5, \"countUnit\": \"days\"", EXPIRE));
        assertEquals(expect("A", "keep", "B", "keep", "C", "expire", "D", "keep", "E", "keep", "F", "keep"),
                actions(LifecycleSimulator.simulate(json, images, NOW)));
    }

    // Example B: "tags are not exclusive": alpha* AND beta*, keep 1. "Result: Images A and B are expired."
    @Test
    void multipleTags_exampleB_extraTagsDoNotMatter() {
        var images = List.of(image('A', 10, "alpha-1", "beta-1", "gamma-1"), image('B', 9, "alpha-2", "beta-2"),
                image('C', 8, "alpha-3", "beta-3", "gamma-2"));
        var json = policy(rule(1, "\"tagStatus\": \"tagged\", \"tagPatternList\": [\"alpha*\", \"beta*\"],"
                + " \"countType\": \"imageCountMoreThan\", \"countNumber\": 1", EXPIRE));
        assertEquals(expect("A", "expire", "B", "expire", "C", "keep"), actions(LifecycleSimulator.simulate(json, images, NOW)));
    }

    // "Filtering on all images", Example A: any, keep 1. "Result: Images A, B, and C are expired."
    @Test
    void allImages_exampleA_keepsOnlyTheNewest() {
        var images = List.of(image('A', 4, "alpha-1"), image('B', 3, "beta-1"), image('C', 2), image('D', 1, "alpha-2"));
        var json = policy(rule(1, "\"tagStatus\": \"any\", \"countType\": \"imageCountMoreThan\", \"countNumber\": 1", EXPIRE));
        assertEquals(expect("A", "expire", "B", "expire", "C", "expire", "D", "keep"),
                actions(LifecycleSimulator.simulate(json, images, NOW)));
    }

    // Example B: alpha* keep 1; untagged older than 1 day; any keep 1. "Result: Images A, B, and D are expired."
    // D and E were both "pushed 1 day ago"; E is the newest (the guide's rule 3 keeps it), so E is an hour younger here.
    @Test
    void allImages_exampleB_lowerRuleCountsImagesOfHigherRulesButNeverExpiresThem() {
        var images = List.of(image('A', 4, "alpha-1", "beta-1"), image('B', 3), image('C', 2, "alpha-2"),
                image('D', 1, "git hash"), image('E', 23.0 / 24));
        var json = policy(
                rule(1, "\"tagStatus\": \"tagged\", \"tagPatternList\": [\"alpha*\"], \"countType\": \"imageCountMoreThan\", \"countNumber\": 1", EXPIRE),
                rule(2, "\"tagStatus\": \"untagged\", \"countType\": \"sinceImagePushed\", \"countUnit\": \"days\", \"countNumber\": 1", EXPIRE),
                rule(3, "\"tagStatus\": \"any\", \"countType\": \"imageCountMoreThan\", \"countNumber\": 1", EXPIRE));
        var result = LifecycleSimulator.simulate(json, images, NOW);
        assertEquals(expect("A", "expire", "B", "expire", "C", "keep", "D", "expire", "E", "keep"), actions(result));
        assertEquals(List.of(1, 2, 0, 3, 0), result.images().stream().map(ImageOutcome::rulePriority).toList());
    }

    // "Filtering on image count": "keeps only one untagged image and expires all others".
    @Test
    void imageCount_keepsOneUntaggedImage() {
        var images = List.of(image('A', 3), image('B', 2), image('C', 1), image('D', 5, "v1"));
        var json = policy(rule(1, "\"tagStatus\": \"untagged\", \"countType\": \"imageCountMoreThan\", \"countNumber\": 1", EXPIRE));
        assertEquals(expect("A", "expire", "B", "expire", "C", "keep", "D", "keep"),
                actions(LifecycleSimulator.simulate(json, images, NOW)));
    }

    // "Filtering on image age": expires images with a tag starting with prod (tagPatternList prod*) older than 14 days.
    @Test
    void imageAge_expiresProdImagesOlderThan14Days() {
        var images = List.of(image('A', 20, "prod-1"), image('B', 10, "prod-2"), image('C', 30, "dev-1"), image('D', 15, "production"));
        var json = policy(rule(1, "\"tagStatus\": \"tagged\", \"tagPatternList\": [\"prod*\"], \"countType\": \"sinceImagePushed\","
                + " \"countUnit\": \"days\", \"countNumber\": 14", EXPIRE));
        assertEquals(expect("A", "expire", "B", "keep", "C", "keep", "D", "expire"),
                actions(LifecycleSimulator.simulate(json, images, NOW)));
    }

    // "Filtering on last pulled time": "transitions images to archive storage that haven't been pulled in 90 days";
    // evaluation rules: "If an image was never pulled, the image's pushed_at_time is used".
    @Test
    void lastPulled_archivesImagesNotPulledIn90Days_neverPulledUsesPushTime() {
        var images = List.of(
                image('A', 200, "v1").pulledAt(daysAgo(100)),
                image('B', 200, "v2").pulledAt(daysAgo(10)),
                image('C', 120),
                image('D', 60, "v3"),
                image('E', 300, "v0").archivedAt(daysAgo(150)));
        var json = policy(rule(1, "\"tagStatus\": \"any\", \"countType\": \"sinceImagePulled\", \"countUnit\": \"days\","
                + " \"countNumber\": 90", TRANSITION));
        var result = LifecycleSimulator.simulate(json, images, NOW);
        assertEquals(expect("A", "transition", "B", "keep", "C", "transition", "D", "keep", "E", "keep"), actions(result));
        assertEquals("rule 1 (any): never pulled; pushed 120d 0h ago, more than 90 days", result.images().get(2).reason());
        assertEquals("no rule selects archived images like it", result.images().get(4).reason());
    }

    // "Filtering on archive transition time": "expires archived images that have been in archive storage for more than 365 days".
    @Test
    void archiveTransitionTime_expiresImagesArchivedMoreThan365DaysAgo() {
        var images = List.of(
                image('A', 800, "v1").archivedAt(daysAgo(400)),
                image('B', 800, "v2").archivedAt(daysAgo(200)),
                image('C', 800, "v3"));
        var json = policy(rule(1, "\"tagStatus\": \"any\", \"storageClass\": \"archive\", \"countType\": \"sinceImageTransitioned\","
                + " \"countUnit\": \"days\", \"countNumber\": 365", EXPIRE));
        assertEquals(expect("A", "expire", "B", "keep", "C", "keep"), actions(LifecycleSimulator.simulate(json, images, NOW)));
    }

    // "Archiving images older than a specified number of days": archives prod* images older than 30 days.
    @Test
    void archiveExample_archivesProdImagesOlderThan30Days() {
        var images = List.of(image('A', 31, "prod-1"), image('B', 29, "prod-2"), image('C', 90, "test-1"));
        var json = policy(rule(1, "\"tagStatus\": \"tagged\", \"tagPatternList\": [\"prod*\"], \"countType\": \"sinceImagePushed\","
                + " \"countUnit\": \"days\", \"countNumber\": 30", TRANSITION));
        assertEquals(expect("A", "transition", "B", "keep", "C", "keep"), actions(LifecycleSimulator.simulate(json, images, NOW)));
    }

    // "Combining archive and expire rules": archive images older than 30 days, expire images archived more than 365 days.
    @Test
    void combiningArchiveAndExpire_eachStorageClassHasItsOwnAnyRule() {
        var images = List.of(
                image('A', 40, "v1"),
                image('B', 10, "v2"),
                image('C', 900, "v0").archivedAt(daysAgo(400)),
                image('D', 500).archivedAt(daysAgo(100)));
        var json = policy(
                rule(1, "\"tagStatus\": \"any\", \"countType\": \"sinceImagePushed\", \"countUnit\": \"days\", \"countNumber\": 30", TRANSITION),
                rule(2, "\"tagStatus\": \"any\", \"storageClass\": \"archive\", \"countType\": \"sinceImageTransitioned\","
                        + " \"countUnit\": \"days\", \"countNumber\": 365", EXPIRE));
        var result = LifecycleSimulator.simulate(json, images, NOW);
        assertEquals(expect("A", "transition", "B", "keep", "C", "expire", "D", "keep"), actions(result));
        assertEquals(List.of(), result.warnings());
    }
}
