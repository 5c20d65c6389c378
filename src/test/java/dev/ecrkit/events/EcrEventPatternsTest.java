package dev.ecrkit.events;

import static dev.ecrkit.events.SampleEvents.load;
import static dev.ecrkit.events.SampleEvents.matches;
import static dev.ecrkit.events.SampleEvents.repositoryArn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class EcrEventPatternsTest {
    private static final String REPO = "team/app";
    private static final String OTHER = "team/app-old";

    static List<String> allSamples() {
        var all = new ArrayList<>(SampleEvents.ECR);
        all.addAll(SampleEvents.INSPECTOR);
        return all;
    }

    @Test
    void repositoryEvents_golden() {
        assertEquals("{\"$or\":["
                + "{\"source\":[\"aws.ecr\"],\"detail-type\":[\"ECR Image Action\",\"ECR Image Scan\","
                + "\"ECR Pull Through Cache Action\",\"ECR Replication Action\",\"ECR Referrer Action\"],"
                + "\"detail\":{\"repository-name\":[\"team/app\"]}},"
                + "{\"source\":[\"aws.ecr\"],\"detail-type\":[\"ECR Scan Resource Change\"],"
                + "\"detail\":{\"repositories\":{\"repository-name\":[\"team/app\"]}}},"
                + "{\"source\":[\"aws.inspector2\"],\"detail-type\":[\"Inspector2 Scan\"],"
                + "\"detail\":{\"repository-name\":[\"arn:aws:ecr:eu-west-1:123456789012:repository/team/app\"]}},"
                + "{\"source\":[\"aws.inspector2\"],\"detail-type\":[\"Inspector2 Finding\"],"
                + "\"detail\":{\"resources\":{\"details\":{\"awsEcrContainerImage\":{\"repositoryName\":[\"team/app\"]}}}}}]}",
                EcrEventPatterns.repositoryEvents(REPO, repositoryArn(REPO)));
    }

    @ParameterizedTest
    @MethodSource("allSamples")
    void repositoryEvents_matchEveryDocumentedEventOfTheRepositoryOnly(String sample) {
        String pattern = EcrEventPatterns.repositoryEvents(REPO, repositoryArn(REPO));
        assertNull(SampleEvents.compileError(pattern));
        assertTrue(matches(pattern, load(sample, REPO)), sample + " of the repository must match");
        assertFalse(matches(pattern, load(sample, OTHER)), sample + " of another repository must not match");
    }

    @Test
    void imagePushes_golden_andMatchOnlyThisRepositorysPushes() {
        String pattern = EcrEventPatterns.imagePushes(REPO);
        assertEquals("{\"source\":[\"aws.ecr\"],\"detail-type\":[\"ECR Image Action\"],\"detail\":{"
                + "\"repository-name\":[\"team/app\"],\"action-type\":[\"PUSH\"],\"result\":[\"SUCCESS\"]}}", pattern);
        assertNull(SampleEvents.compileError(pattern));
        assertTrue(matches(pattern, load("ecr-image-push", REPO)));
        assertFalse(matches(pattern, load("ecr-image-push", OTHER)));
        for (String other : List.of("ecr-image-delete", "ecr-image-archive", "ecr-pull-through-cache", "ecr-image-scan")) {
            assertFalse(matches(pattern, load(other, REPO)), other);
        }
    }

    @Test
    void basicScanFindings_golden() {
        assertEquals("{\"source\":[\"aws.ecr\"],\"detail-type\":[\"ECR Image Scan\"],\"detail\":{"
                + "\"repository-name\":[\"team/app\"],\"$or\":["
                + "{\"finding-severity-counts\":{\"CRITICAL\":[{\"numeric\":[\">\",9]}]}},"
                + "{\"finding-severity-counts\":{\"HIGH\":[{\"numeric\":[\">\",9]}]}}]}}",
                EcrEventPatterns.basicScanFindingsAbove(REPO, 9));
    }

    @Test
    void basicScanFindings_matchWhenCriticalOrHighCountExceedsTheThreshold() {
        String scan = load("ecr-image-scan", REPO); // CRITICAL 10, MEDIUM 9, no HIGH
        assertTrue(matches(EcrEventPatterns.basicScanFindingsAbove(REPO, 9), scan));
        assertTrue(matches(EcrEventPatterns.basicScanFindingsAbove(REPO, 0), scan));
        assertFalse(matches(EcrEventPatterns.basicScanFindingsAbove(REPO, 10), scan), "10 is not above 10");
        assertFalse(matches(EcrEventPatterns.basicScanFindingsAbove(REPO, 9), load("ecr-image-scan", OTHER)));
        assertFalse(matches(EcrEventPatterns.basicScanFindingsAbove(REPO, 0), load("inspector-scan", REPO)));
        assertFalse(matches(EcrEventPatterns.basicScanFindingsAbove(REPO, 0), load("ecr-image-push", REPO)));
    }

    @Test
    void enhancedScanFindings_golden_andMatchByRepositoryArn() {
        String arn = repositoryArn(REPO);
        assertEquals("{\"source\":[\"aws.inspector2\"],\"detail-type\":[\"Inspector2 Scan\"],\"detail\":{"
                + "\"repository-name\":[\"arn:aws:ecr:eu-west-1:123456789012:repository/team/app\"],\"$or\":["
                + "{\"finding-severity-counts\":{\"CRITICAL\":[{\"numeric\":[\">\",10]}]}},"
                + "{\"finding-severity-counts\":{\"HIGH\":[{\"numeric\":[\">\",10]}]}}]}}",
                EcrEventPatterns.enhancedScanFindingsAbove(arn, 10));
        String scan = load("inspector-scan", REPO); // CRITICAL 7, HIGH 61
        assertTrue(matches(EcrEventPatterns.enhancedScanFindingsAbove(arn, 60), scan));
        assertTrue(matches(EcrEventPatterns.enhancedScanFindingsAbove(arn, 6.5), scan));
        assertFalse(matches(EcrEventPatterns.enhancedScanFindingsAbove(arn, 61), scan));
        assertFalse(matches(EcrEventPatterns.enhancedScanFindingsAbove(arn, 0), load("inspector-scan", OTHER)));
        assertFalse(matches(EcrEventPatterns.enhancedScanFindingsAbove(arn, 0), load("ecr-image-scan", REPO)));
    }

    @Test
    void longestRepositoryName_keepsEveryPatternWithinTheEventBridgeLimit() {
        String name = "a".repeat(256);
        String arn = "arn:aws-us-gov:ecr:us-gov-west-1:123456789012:repository/" + name;
        for (String pattern : List.of(EcrEventPatterns.repositoryEvents(name, arn), EcrEventPatterns.imagePushes(name),
                EcrEventPatterns.basicScanFindingsAbove(name, 1e9), EcrEventPatterns.enhancedScanFindingsAbove(arn, 1e9))) {
            assertTrue(pattern.length() <= EcrEventPatterns.MAX_PATTERN_LENGTH, pattern.length() + " characters");
        }
    }
}
