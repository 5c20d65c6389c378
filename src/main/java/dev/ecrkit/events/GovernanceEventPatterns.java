package dev.ecrkit.events;

import dev.ecrkit.json.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * EventBridge event patterns of the Governance component's pull request rules, as compact deterministic JSON (same
 * conventions as {@link EcrEventPatterns}: every pattern names the repository, so another repository's events never
 * match). Tag patterns use EventBridge wildcard matching ({@code {"wildcard": "v*"}},
 * https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-create-pattern-operators.html); a list field such as
 * {@code image-tags} matches when any element matches. Pure.
 */
public final class GovernanceEventPatterns {
    /**
     * The tag ecrkit's quarantine gives a failing image: {@code quarantined-<tag>}. Pushes of such tags (made by the
     * quarantine function) never match a rule without tag patterns.
     */
    public static final String QUARANTINE_PREFIX = "quarantined-";
    /** The basic-scan status of a scan that completed ({@code ECR Image Scan} {@code detail.scan-status}). */
    public static final String SCAN_COMPLETE = "COMPLETE";
    /** The status of Inspector's initial scan event ({@code Inspector2 Scan} {@code detail.scan-status}). */
    public static final String INITIAL_SCAN_COMPLETE = "INITIAL_SCAN_COMPLETE";
    /** The status of an open Inspector finding ({@code Inspector2 Finding} {@code detail.status}). */
    public static final String FINDING_ACTIVE = "ACTIVE";

    private GovernanceEventPatterns() {
    }

    /**
     * Successful pushes to the repository of a tag matching one of {@code tagPatterns}; no patterns: every tag except
     * ecrkit's {@value #QUARANTINE_PREFIX} tags (a push without a tag, such as one platform image of a multi-platform
     * image pushed by digest, never matches).
     */
    public static String pushes(String repositoryName, List<String> tagPatterns) {
        return Json.write(Json.object(
                "source", List.of(EcrEventType.ECR),
                "detail-type", List.of(EcrEventType.IMAGE_ACTION.detailType()),
                "detail", Json.object("repository-name", List.of(repositoryName), "action-type", List.of("PUSH"),
                        "result", List.of("SUCCESS"), "image-tag", tagMatchers(tagPatterns))));
    }

    /**
     * Basic scans ({@code ECR Image Scan}) of the repository that found at least one vulnerability of one of
     * {@code severities}, or, with {@code requireCompletion}, whose {@code scan-status} is not
     * {@value #SCAN_COMPLETE}. Not filtered by tag: the documented event may list no tags ({@code "image-tags": []}),
     * so the quarantine function reads the image's tags itself.
     */
    public static String basicScanFailures(String repositoryName, List<String> severities, boolean requireCompletion) {
        var any = new ArrayList<Object>(countsAbove(severities));
        if (requireCompletion) {
            any.add(Map.of("scan-status", List.of(Map.of("anything-but", List.of(SCAN_COMPLETE)))));
        }
        return Json.write(Json.object(
                "source", List.of(EcrEventType.ECR),
                "detail-type", List.of(EcrEventType.IMAGE_SCAN.detailType()),
                "detail", anyOf(Json.object("repository-name", List.of(repositoryName)), any)));
    }

    /**
     * Amazon Inspector's initial scans ({@code Inspector2 Scan}) of an image of the repository (named by ARN) that
     * found at least one vulnerability of one of {@code severities}, for images with a tag matching one of
     * {@code tagPatterns} (no patterns: every image).
     */
    public static String enhancedScanFailures(String repositoryArn, List<String> severities, List<String> tagPatterns) {
        return Json.write(Json.object(
                "source", List.of(EcrEventType.INSPECTOR),
                "detail-type", List.of(EcrEventType.INSPECTOR_SCAN.detailType()),
                "detail", anyOf(Json.object("repository-name", List.of(repositoryArn),
                        "scan-status", List.of(INITIAL_SCAN_COMPLETE),
                        "image-tags", tagPatterns.isEmpty() ? null : tagMatchers(tagPatterns)),
                        countsAbove(severities))));
    }

    /**
     * Active Amazon Inspector findings ({@code Inspector2 Finding}) of one of {@code severities} on an image of the
     * repository in {@code registryId} (a delegated Inspector administrator also receives its members' findings), for
     * images with a tag matching one of {@code tagPatterns} (no patterns: every image).
     */
    public static String findingFailures(String repositoryName, String registryId, List<String> severities,
            List<String> tagPatterns) {
        var image = Json.object("repositoryName", List.of(repositoryName), "registry", List.of(registryId),
                "imageTags", tagPatterns.isEmpty() ? null : tagMatchers(tagPatterns));
        return Json.write(Json.object(
                "source", List.of(EcrEventType.INSPECTOR),
                "detail-type", List.of(EcrEventType.INSPECTOR_FINDING.detailType()),
                "detail", Json.object("severity", severities, "status", List.of(FINDING_ACTIVE),
                        "resources", Map.of("details", Map.of("awsEcrContainerImage", image)))));
    }

    /**
     * The repository's events a security_scan rule reacts to, in one pattern for a function trigger: the
     * {@code $or} of {@link #basicScanFailures}, {@link #enhancedScanFailures} and {@link #findingFailures}.
     */
    public static String scanFailures(String repositoryName, String repositoryArn, String registryId,
            List<String> severities, boolean requireCompletion, List<String> tagPatterns) {
        return Json.write(Map.of("$or", List.of(
                Json.parse(basicScanFailures(repositoryName, severities, requireCompletion)).orElseThrow(),
                Json.parse(enhancedScanFailures(repositoryArn, severities, tagPatterns)).orElseThrow(),
                Json.parse(findingFailures(repositoryName, registryId, severities, tagPatterns)).orElseThrow())));
    }

    /** One matcher per tag pattern (exact, or wildcard when it has {@code *}); none: anything but quarantine tags. */
    static List<Object> tagMatchers(List<String> tagPatterns) {
        if (tagPatterns.isEmpty()) {
            return List.of(Map.of("anything-but", Map.of("prefix", QUARANTINE_PREFIX)));
        }
        return EcrEventPatterns.tagMatchers(tagPatterns);
    }

    /**
     * {@code fields} with the alternatives: as {@code "$or"} when there are several, merged in when there is one
     * (EventBridge and event-ruler refuse an {@code $or} with a single element). The {@code $or} goes last.
     */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> anyOf(Map<String, Object> fields, List<Object> alternatives) {
        var out = new java.util.LinkedHashMap<String, Object>();
        if (alternatives.size() == 1) {
            out.putAll((Map<String, Object>) alternatives.get(0));
            out.putAll(fields);
            return reorder(out, fields);
        }
        out.putAll(fields);
        out.put("$or", alternatives);
        return out;
    }

    /** The repository fields first, then the single alternative's (for readable, stable JSON). */
    private static Map<String, Object> reorder(Map<String, Object> merged, Map<String, Object> first) {
        var out = new java.util.LinkedHashMap<String, Object>(first);
        merged.forEach(out::putIfAbsent);
        return out;
    }

    private static List<Object> countsAbove(List<String> severities) {
        return severities.stream().<Object>map(s -> Map.of("finding-severity-counts",
                Map.of(s, List.of(Map.of("numeric", List.of(">", 0)))))).toList();
    }
}
