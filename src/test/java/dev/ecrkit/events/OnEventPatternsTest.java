package dev.ecrkit.events;

import static dev.ecrkit.events.SampleEvents.load;
import static dev.ecrkit.events.SampleEvents.matches;
import static dev.ecrkit.events.SampleEvents.repositoryArn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ecrkit.validation.Problems;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The patterns of the repository's event helpers ({@code Repository.onImagePushed(...)} ...), against AWS's samples. */
class OnEventPatternsTest {
    private static final String REPO = "team/app";
    private static final String OTHER = "team/app-old";
    private static final OnEventOptions NONE = OnEventOptions.NONE;

    /** Each helper's pattern for a repository and options, with the samples it must match (all others must not). */
    private static final Map<String, Function<OnEventOptions, String>> HELPERS = Map.of(
            "imagePushes", o -> EcrEventPatterns.imagePushes(REPO, o),
            "imageScansCompleted", o -> EcrEventPatterns.imageScansCompleted(REPO, repositoryArn(REPO), o),
            "replications", o -> EcrEventPatterns.replications(REPO, o),
            "pullThroughCacheActions", o -> EcrEventPatterns.pullThroughCacheActions(REPO, o));
    private static final Map<String, List<String>> MATCHED = Map.of(
            "imagePushes", List.of("ecr-image-push"),
            "imageScansCompleted", List.of("ecr-image-scan", "inspector-scan"),
            "replications", List.of("ecr-replication-failed"),
            "pullThroughCacheActions", List.of("ecr-pull-through-cache"));

    private static List<String> allSamples() {
        var all = new ArrayList<>(SampleEvents.ECR);
        all.addAll(SampleEvents.INSPECTOR);
        return all;
    }

    @Test
    void everyHelper_matchesItsDocumentedEventsOfThisRepositoryOnly() {
        HELPERS.forEach((helper, pattern) -> {
            String p = pattern.apply(NONE);
            assertNull(SampleEvents.compileError(p), helper);
            for (String sample : allSamples()) {
                boolean expected = MATCHED.get(helper).contains(sample);
                assertEquals(expected, matches(p, load(sample, REPO)), helper + " on " + sample);
                assertFalse(matches(p, load(sample, OTHER)), helper + " on " + sample + " of another repository");
            }
        });
    }

    @Test
    void tagFilters_matchByPrefixExactTagOrWildcard_andRefuseOtherTags() {
        // samples' tags: push, replication and Inspector scan "latest"; pull through cache "3.17.2"
        var byPrefix = OnEventOptions.builder().tagPrefixes("lat").build();
        var byWildcard = OnEventOptions.builder().tagPatterns("3.*.2").build();
        var byExact = OnEventOptions.builder().tagPatterns("latest").build();
        var none = OnEventOptions.builder().tagPrefixes("v").tagPatterns("release-*", "lates").build();
        assertTrue(matches(EcrEventPatterns.imagePushes(REPO, byPrefix), load("ecr-image-push", REPO)));
        assertTrue(matches(EcrEventPatterns.replications(REPO, byExact), load("ecr-replication-failed", REPO)));
        assertTrue(matches(EcrEventPatterns.pullThroughCacheActions(REPO, byWildcard), load("ecr-pull-through-cache", REPO)));
        assertTrue(matches(EcrEventPatterns.imageScansCompleted(REPO, repositoryArn(REPO), byExact),
                load("inspector-scan", REPO)));
        assertFalse(matches(EcrEventPatterns.imageScansCompleted(REPO, repositoryArn(REPO), byExact),
                load("ecr-image-scan", REPO)), "the documented basic scan lists no tags");
        HELPERS.forEach((helper, pattern) -> {
            assertNull(SampleEvents.compileError(pattern.apply(none)), helper);
            for (String sample : MATCHED.get(helper)) {
                assertFalse(matches(pattern.apply(none), load(sample, REPO)), helper + " on " + sample);
            }
        });
    }

    @Test
    void golden() {
        var o = OnEventOptions.builder().tagPrefixes("v").tagPatterns("latest", "release-*").build();
        String tags = "[{\"prefix\":\"v\"},\"latest\",{\"wildcard\":\"release-*\"}]";
        assertEquals("{\"source\":[\"aws.ecr\"],\"detail-type\":[\"ECR Image Action\"],\"detail\":{"
                + "\"repository-name\":[\"team/app\"],\"action-type\":[\"PUSH\"],\"result\":[\"SUCCESS\"],"
                + "\"image-tag\":" + tags + "}}", EcrEventPatterns.imagePushes(REPO, o));
        assertEquals("{\"$or\":[{\"source\":[\"aws.ecr\"],\"detail-type\":[\"ECR Image Scan\"],\"detail\":{"
                + "\"repository-name\":[\"team/app\"],\"scan-status\":[\"COMPLETE\"],\"image-tags\":" + tags + "}},"
                + "{\"source\":[\"aws.inspector2\"],\"detail-type\":[\"Inspector2 Scan\"],\"detail\":{"
                + "\"repository-name\":[\"arn:aws:ecr:eu-west-1:123456789012:repository/team/app\"],"
                + "\"scan-status\":[\"INITIAL_SCAN_COMPLETE\"],\"image-tags\":" + tags + "}}]}",
                EcrEventPatterns.imageScansCompleted(REPO, repositoryArn(REPO), o));
        assertEquals("{\"source\":[\"aws.ecr\"],\"detail-type\":[\"ECR Replication Action\"],\"detail\":{"
                + "\"repository-name\":[\"team/app\"]}}", EcrEventPatterns.replications(REPO, NONE));
        assertEquals("{\"source\":[\"aws.ecr\"],\"detail-type\":[\"ECR Pull Through Cache Action\"],\"detail\":{"
                + "\"repository-name\":[\"team/app\"],\"image-tag\":" + tags + "}}",
                EcrEventPatterns.pullThroughCacheActions(REPO, o));
    }

    @Test
    void validate_namesEachBrokenOption() {
        var p = new Problems();
        new OnEventOptions(List.of("", "v"), List.of("a".repeat(301), "release-**"), java.util.Optional.of("d".repeat(513)))
                .validate(p);
        assertEquals(List.of(
                        List.of("tagPrefixes[0]", OnEventOptions.TAG_FILTER_RULE),
                        List.of("tagPatterns[0]", OnEventOptions.TAG_FILTER_RULE),
                        List.of("tagPatterns[1]", OnEventOptions.WILDCARD_RULE),
                        List.of("description", OnEventOptions.DESCRIPTION_RULE)),
                p.list().stream().map(x -> List.of(x.field(), x.rule())).toList());
        var fine = new Problems();
        OnEventOptions.builder().tagPrefixes("v").tagPatterns("a".repeat(300), "*-amd64").description("d".repeat(512))
                .build().validate(fine);
        assertTrue(fine.isEmpty(), fine.list().toString());
    }

    @Test
    void eventRuler_refusesConsecutiveWildcards_asTheCheckDoes() {
        assertTrue(SampleEvents.compileError(EcrEventPatterns.imagePushes(REPO,
                new OnEventOptions(List.of(), List.of("release-**"), java.util.Optional.empty()))) != null);
    }

    @Test
    void longestRepositoryName_keepsEveryUnfilteredPatternWithinTheEventBridgeLimit() {
        String name = "a".repeat(256);
        String arn = "arn:aws-us-gov:ecr:us-gov-west-1:123456789012:repository/" + name;
        for (String p : List.of(EcrEventPatterns.imagePushes(name, NONE), EcrEventPatterns.imageScansCompleted(name, arn, NONE),
                EcrEventPatterns.replications(name, NONE), EcrEventPatterns.pullThroughCacheActions(name, NONE))) {
            assertTrue(p.length() <= EcrEventPatterns.MAX_PATTERN_LENGTH, p.length() + " characters");
        }
    }
}
