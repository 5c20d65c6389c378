package dev.ecrkit.events;

import static dev.ecrkit.events.SampleEvents.load;
import static dev.ecrkit.events.SampleEvents.matches;
import static dev.ecrkit.events.SampleEvents.repositoryArn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ecrkit.json.Json;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Golden JSON of every pull request rule pattern, and each pattern run through event-ruler (AWS's EventBridge
 * matcher) against the user guides' sample events: this repository's matching events match; a non-matching tag,
 * another repository and other event kinds do not.
 */
class GovernanceEventPatternsTest {
    private static final String REPO = "team/app";
    private static final String OTHER = "team/app-old";
    private static final List<String> HIGH_AND_ABOVE = List.of("CRITICAL", "HIGH");
    private static final List<String> MEDIUM_AND_ABOVE = List.of("CRITICAL", "HIGH", "MEDIUM");

    /** The sample {@code name} about {@code repository}, changed by {@code edit} (on the parsed event). */
    static String sample(String name, String repository, Consumer<Map<String, Object>> edit) {
        @SuppressWarnings("unchecked")
        var event = (Map<String, Object>) Json.parse(load(name, repository)).orElseThrow();
        edit.accept(event);
        return Json.write(event);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> detail(Map<String, Object> event) {
        return (Map<String, Object>) event.get("detail");
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> image(Map<String, Object> event) {
        var resource = ((List<Map<String, Object>>) detail(event).get("resources")).get(0);
        return (Map<String, Object>) ((Map<String, Object>) resource.get("details")).get("awsEcrContainerImage");
    }

    static String push(String repository, String tag) {
        return sample("ecr-image-push", repository, e -> detail(e).put("image-tag", tag));
    }

    static void assertValid(String pattern) {
        assertNull(SampleEvents.compileError(pattern), pattern);
        assertTrue(pattern.length() <= EcrEventPatterns.MAX_PATTERN_LENGTH, pattern.length() + " characters");
    }

    @Test
    void pushes_golden_exactTagsAndWildcards() {
        assertEquals("{\"source\":[\"aws.ecr\"],\"detail-type\":[\"ECR Image Action\"],\"detail\":{"
                + "\"repository-name\":[\"team/app\"],\"action-type\":[\"PUSH\"],\"result\":[\"SUCCESS\"],"
                + "\"image-tag\":[{\"wildcard\":\"v*\"},\"latest\"]}}",
                GovernanceEventPatterns.pushes(REPO, List.of("v*", "latest")));
    }

    @Test
    void pushes_matchTheRepositorysPushOfAMatchingTagOnly() {
        String pattern = GovernanceEventPatterns.pushes(REPO, List.of("v*", "release-*-final", "latest"));
        assertValid(pattern);
        assertTrue(matches(pattern, push(REPO, "v1.2.3")));
        assertTrue(matches(pattern, push(REPO, "release-7-final")));
        assertTrue(matches(pattern, load("ecr-image-push", REPO)), "the sample pushes latest");
        assertFalse(matches(pattern, push(REPO, "dev-1")), "non-matching tag");
        assertFalse(matches(pattern, push(REPO, "latest-rc")), "an exact tag is not a prefix");
        assertFalse(matches(pattern, push(OTHER, "v1.2.3")), "another repository's push");
        assertFalse(matches(pattern, sample("ecr-image-push", REPO, e -> detail(e).put("result", "FAILURE"))));
        for (String other : List.of("ecr-image-delete", "ecr-image-scan", "inspector-scan", "inspector-finding")) {
            assertFalse(matches(pattern, load(other, REPO)), other);
        }
    }

    @Test
    void pushes_withoutPatterns_matchEveryTagButQuarantineTagsAndUntaggedPushes() {
        String pattern = GovernanceEventPatterns.pushes(REPO, List.of());
        assertEquals("{\"source\":[\"aws.ecr\"],\"detail-type\":[\"ECR Image Action\"],\"detail\":{"
                + "\"repository-name\":[\"team/app\"],\"action-type\":[\"PUSH\"],\"result\":[\"SUCCESS\"],"
                + "\"image-tag\":[{\"anything-but\":{\"prefix\":\"quarantined-\"}}]}}", pattern);
        assertValid(pattern);
        assertTrue(matches(pattern, push(REPO, "anything")));
        assertFalse(matches(pattern, push(REPO, "quarantined-v1")));
        assertFalse(matches(pattern, sample("ecr-image-push", REPO, e -> detail(e).remove("image-tag"))));
        assertFalse(matches(pattern, push(OTHER, "anything")));
    }

    @Test
    void basicScanFailures_golden() {
        assertEquals("{\"source\":[\"aws.ecr\"],\"detail-type\":[\"ECR Image Scan\"],\"detail\":{"
                + "\"repository-name\":[\"team/app\"],\"$or\":["
                + "{\"finding-severity-counts\":{\"CRITICAL\":[{\"numeric\":[\">\",0]}]}},"
                + "{\"finding-severity-counts\":{\"HIGH\":[{\"numeric\":[\">\",0]}]}},"
                + "{\"scan-status\":[{\"anything-but\":[\"COMPLETE\"]}]}]}}",
                GovernanceEventPatterns.basicScanFailures(REPO, HIGH_AND_ABOVE, true));
    }

    @Test
    void basicScanFailures_matchFindingsAtOrAboveTheThresholdAndIncompleteScans() {
        String high = GovernanceEventPatterns.basicScanFailures(REPO, HIGH_AND_ABOVE, false);
        String highOrIncomplete = GovernanceEventPatterns.basicScanFailures(REPO, HIGH_AND_ABOVE, true);
        assertValid(high);
        assertValid(highOrIncomplete);
        String sample = load("ecr-image-scan", REPO); // CRITICAL 10, MEDIUM 9
        assertTrue(matches(high, sample));
        String mediumOnly = sample("ecr-image-scan", REPO, e -> detail(e).put("finding-severity-counts",
                Map.of("MEDIUM", 9, "LOW", 3)));
        assertFalse(matches(high, mediumOnly), "MEDIUM is below HIGH");
        assertTrue(matches(GovernanceEventPatterns.basicScanFailures(REPO, MEDIUM_AND_ABOVE, false), mediumOnly));
        String failed = sample("ecr-image-scan", REPO, e -> {
            detail(e).put("scan-status", "FAILED");
            detail(e).put("finding-severity-counts", Map.of());
        });
        assertFalse(matches(high, failed));
        assertTrue(matches(highOrIncomplete, failed), "requireScanCompletion: a scan that did not complete fails");
        assertFalse(matches(highOrIncomplete, sample("ecr-image-scan", REPO,
                e -> detail(e).put("finding-severity-counts", Map.of("LOW", 1)))), "completed, below threshold");
        assertFalse(matches(highOrIncomplete, load("ecr-image-scan", OTHER)), "another repository's scan");
        assertFalse(matches(highOrIncomplete, load("ecr-image-push", REPO)));
    }

    @Test
    void enhancedScanFailures_golden_andMatchTheRepositorysTaggedImages() {
        String arn = repositoryArn(REPO);
        String pattern = GovernanceEventPatterns.enhancedScanFailures(arn, HIGH_AND_ABOVE, List.of("lat*"));
        assertEquals("{\"source\":[\"aws.inspector2\"],\"detail-type\":[\"Inspector2 Scan\"],\"detail\":{"
                + "\"repository-name\":[\"arn:aws:ecr:eu-west-1:123456789012:repository/team/app\"],"
                + "\"scan-status\":[\"INITIAL_SCAN_COMPLETE\"],\"image-tags\":[{\"wildcard\":\"lat*\"}],\"$or\":["
                + "{\"finding-severity-counts\":{\"CRITICAL\":[{\"numeric\":[\">\",0]}]}},"
                + "{\"finding-severity-counts\":{\"HIGH\":[{\"numeric\":[\">\",0]}]}}]}}", pattern);
        assertValid(pattern);
        assertTrue(matches(pattern, load("inspector-scan", REPO)), "sample: tag latest, CRITICAL 7, HIGH 61");
        assertFalse(matches(pattern, sample("inspector-scan", REPO,
                e -> detail(e).put("image-tags", List.of("v1")))), "non-matching tag");
        assertFalse(matches(pattern, load("inspector-scan", OTHER)), "another repository");
        assertFalse(matches(GovernanceEventPatterns.enhancedScanFailures(arn, List.of("CRITICAL"), List.of()),
                sample("inspector-scan", REPO, e -> detail(e).put("finding-severity-counts", Map.of("HIGH", 2)))));
        assertTrue(matches(GovernanceEventPatterns.enhancedScanFailures(arn, HIGH_AND_ABOVE, List.of()),
                load("inspector-scan", REPO)), "no patterns: every image");
    }

    @Test
    void findingFailures_golden_andMatchActiveFindingsOfTheThresholdInThisAccount() {
        String pattern = GovernanceEventPatterns.findingFailures(REPO, SampleEvents.ACCOUNT, MEDIUM_AND_ABOVE,
                List.of("latest"));
        assertEquals("{\"source\":[\"aws.inspector2\"],\"detail-type\":[\"Inspector2 Finding\"],\"detail\":{"
                + "\"severity\":[\"CRITICAL\",\"HIGH\",\"MEDIUM\"],\"status\":[\"ACTIVE\"],\"resources\":{"
                + "\"details\":{\"awsEcrContainerImage\":{\"repositoryName\":[\"team/app\"],"
                + "\"registry\":[\"123456789012\"],\"imageTags\":[\"latest\"]}}}}}", pattern);
        assertValid(pattern);
        String sample = load("inspector-finding", REPO); // MEDIUM, ACTIVE, tag latest
        assertTrue(matches(pattern, sample));
        assertFalse(matches(GovernanceEventPatterns.findingFailures(REPO, SampleEvents.ACCOUNT, HIGH_AND_ABOVE,
                List.of()), sample), "MEDIUM is below HIGH");
        assertFalse(matches(pattern, sample("inspector-finding", REPO, e -> detail(e).put("status", "CLOSED"))));
        assertFalse(matches(pattern, sample("inspector-finding", REPO,
                e -> image(e).put("imageTags", List.of("v2")))), "non-matching tag");
        assertFalse(matches(pattern, sample("inspector-finding", REPO,
                e -> image(e).put("registry", "210987654321"))), "a member account's repository of the same name");
        assertFalse(matches(pattern, load("inspector-finding", OTHER)), "another repository");
    }

    @Test
    void oneAlternative_isWrittenWithoutOr_whichEventBridgeRefuses() {
        assertEquals("{\"source\":[\"aws.ecr\"],\"detail-type\":[\"ECR Image Scan\"],\"detail\":{"
                + "\"repository-name\":[\"team/app\"],"
                + "\"finding-severity-counts\":{\"CRITICAL\":[{\"numeric\":[\">\",0]}]}}}",
                GovernanceEventPatterns.basicScanFailures(REPO, List.of("CRITICAL"), false));
        String pattern = GovernanceEventPatterns.enhancedScanFailures(repositoryArn(REPO), List.of("CRITICAL"),
                List.of());
        assertValid(pattern);
        assertTrue(matches(pattern, load("inspector-scan", REPO)), "CRITICAL 7");
        assertValid(GovernanceEventPatterns.basicScanFailures(REPO, List.of("CRITICAL"), false));
        assertTrue(matches(GovernanceEventPatterns.basicScanFailures(REPO, List.of("CRITICAL"), false),
                load("ecr-image-scan", REPO)), "CRITICAL 10");
    }

    @Test
    void scanFailures_matchesEachScanKindOfTheRepository() {
        String pattern = GovernanceEventPatterns.scanFailures(REPO, repositoryArn(REPO), SampleEvents.ACCOUNT,
                MEDIUM_AND_ABOVE, true, List.of());
        assertValid(pattern);
        for (String kind : List.of("ecr-image-scan", "inspector-scan", "inspector-finding")) {
            assertTrue(matches(pattern, load(kind, REPO)), kind);
            assertFalse(matches(pattern, load(kind, OTHER)), kind + " of another repository");
        }
        assertFalse(matches(pattern, load("ecr-image-push", REPO)));
    }

    @Test
    void longestRepositoryName_keepsThePatternsWithinTheEventBridgeLimit() {
        String name = "a".repeat(256);
        String arn = "arn:aws-us-gov:ecr:us-gov-west-1:123456789012:repository/" + name;
        var tags = List.of("v*", "release-*", "latest");
        for (String pattern : List.of(GovernanceEventPatterns.pushes(name, tags),
                GovernanceEventPatterns.basicScanFailures(name, List.of("CRITICAL", "HIGH", "MEDIUM", "LOW"), true),
                GovernanceEventPatterns.enhancedScanFailures(arn, List.of("CRITICAL", "HIGH", "MEDIUM", "LOW"), tags),
                GovernanceEventPatterns.findingFailures(name, "123456789012", List.of("CRITICAL", "HIGH"), tags))) {
            assertValid(pattern);
        }
    }
}
