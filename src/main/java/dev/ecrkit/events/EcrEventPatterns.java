package dev.ecrkit.events;

import dev.ecrkit.json.Json;
import java.util.List;
import java.util.Map;

/**
 * EventBridge event patterns (https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-event-patterns.html) for one
 * repository, as compact deterministic JSON. Every pattern names the repository explicitly, so another repository's
 * events never match. Pure.
 */
public final class EcrEventPatterns {
    /**
     * Longest event pattern EventBridge accepts by default: 2,048 characters (adjustable quota;
     * https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-quota.html). The longest repository name (256) keeps
     * every pattern here below it; the tests check.
     */
    public static final int MAX_PATTERN_LENGTH = 2048;
    /** The severities whose counts the security-finding patterns compare with the threshold. */
    public static final List<String> ALERT_SEVERITIES = List.of("CRITICAL", "HIGH");

    private EcrEventPatterns() {
    }

    /**
     * Every event about the repository: ECR image actions, basic scans, pull through cache, replication and referrer
     * actions (all carry {@code detail.repository-name}), enhanced-scanning resource changes that list the repository,
     * and Amazon Inspector's scan results and findings for it.
     *
     * @param repositoryName the repository name
     * @param repositoryArn  the repository ARN (Inspector scan events name the repository by ARN)
     */
    public static String repositoryEvents(String repositoryName, String repositoryArn) {
        var byName = Json.object(
                "source", List.of(EcrEventType.ECR),
                "detail-type", List.of(EcrEventType.IMAGE_ACTION.detailType(), EcrEventType.IMAGE_SCAN.detailType(),
                        EcrEventType.PULL_THROUGH_CACHE_ACTION.detailType(),
                        EcrEventType.REPLICATION_ACTION.detailType(), EcrEventType.REFERRER_ACTION.detailType()),
                "detail", Map.of("repository-name", List.of(repositoryName)));
        var scanChange = Json.object(
                "source", List.of(EcrEventType.ECR),
                "detail-type", List.of(EcrEventType.SCAN_RESOURCE_CHANGE.detailType()),
                "detail", Map.of("repositories", Map.of("repository-name", List.of(repositoryName))));
        var inspectorScan = Json.object(
                "source", List.of(EcrEventType.INSPECTOR),
                "detail-type", List.of(EcrEventType.INSPECTOR_SCAN.detailType()),
                "detail", Map.of("repository-name", List.of(repositoryArn)));
        var inspectorFinding = Json.object(
                "source", List.of(EcrEventType.INSPECTOR),
                "detail-type", List.of(EcrEventType.INSPECTOR_FINDING.detailType()),
                "detail", Map.of("resources", Map.of("details", Map.of("awsEcrContainerImage",
                        Map.of("repositoryName", List.of(repositoryName))))));
        return Json.write(Map.of("$or", List.of(byName, scanChange, inspectorScan, inspectorFinding)));
    }

    /** Successful image pushes to the repository ({@code ECR Image Action}, action PUSH, result SUCCESS). */
    public static String imagePushes(String repositoryName) {
        return imagePushes(repositoryName, OnEventOptions.NONE);
    }

    /**
     * Successful image pushes to the repository ({@code ECR Image Action}, action PUSH, result SUCCESS) of a tag that
     * passes the options' tag filters ({@code detail.image-tag}).
     */
    public static String imagePushes(String repositoryName, OnEventOptions options) {
        return Json.write(Json.object(
                "source", List.of(EcrEventType.ECR),
                "detail-type", List.of(EcrEventType.IMAGE_ACTION.detailType()),
                "detail", Json.object("repository-name", List.of(repositoryName), "action-type", List.of("PUSH"),
                        "result", List.of("SUCCESS"), "image-tag", options.tagMatchers())));
    }

    /**
     * Completed scans of an image of the repository, basic or enhanced: {@code ECR Image Scan} with scan status
     * {@value GovernanceEventPatterns#SCAN_COMPLETE} (repository by name), or Amazon Inspector's {@code Inspector2 Scan}
     * with status {@value GovernanceEventPatterns#INITIAL_SCAN_COMPLETE} (repository by ARN); with tag filters, of an
     * image with a matching tag ({@code detail.image-tags}; a basic scan event may list no tags, and then never matches
     * a tag filter).
     */
    public static String imageScansCompleted(String repositoryName, String repositoryArn, OnEventOptions options) {
        var tags = options.tagMatchers();
        var basic = Json.object(
                "source", List.of(EcrEventType.ECR),
                "detail-type", List.of(EcrEventType.IMAGE_SCAN.detailType()),
                "detail", Json.object("repository-name", List.of(repositoryName),
                        "scan-status", List.of(GovernanceEventPatterns.SCAN_COMPLETE), "image-tags", tags));
        var enhanced = Json.object(
                "source", List.of(EcrEventType.INSPECTOR),
                "detail-type", List.of(EcrEventType.INSPECTOR_SCAN.detailType()),
                "detail", Json.object("repository-name", List.of(repositoryArn),
                        "scan-status", List.of(GovernanceEventPatterns.INITIAL_SCAN_COMPLETE), "image-tags", tags));
        return Json.write(Map.of("$or", List.of(basic, enhanced)));
    }

    /**
     * Replications of an image into the repository, completed or failed ({@code ECR Replication Action}, sent in the
     * destination Region and account), of a tag that passes the options' tag filters ({@code detail.image-tag}).
     */
    public static String replications(String repositoryName, OnEventOptions options) {
        return byRepository(EcrEventType.REPLICATION_ACTION, repositoryName, options);
    }

    /**
     * Pull through cache actions on the repository (a cached image synced from its upstream registry, any
     * {@code sync-status}; {@code ECR Pull Through Cache Action}), of a tag that passes the options' tag filters
     * ({@code detail.image-tag}).
     */
    public static String pullThroughCacheActions(String repositoryName, OnEventOptions options) {
        return byRepository(EcrEventType.PULL_THROUGH_CACHE_ACTION, repositoryName, options);
    }

    private static String byRepository(EcrEventType type, String repositoryName, OnEventOptions options) {
        return Json.write(Json.object(
                "source", List.of(type.source()),
                "detail-type", List.of(type.detailType()),
                "detail", Json.object("repository-name", List.of(repositoryName), "image-tag", options.tagMatchers())));
    }

    /** One matcher per tag pattern: the tag itself, or a wildcard matcher when it has {@code *}. */
    static List<Object> tagMatchers(List<String> tagPatterns) {
        return tagPatterns.stream().<Object>map(t -> t.contains("*") ? Map.of("wildcard", t) : t).toList();
    }

    /**
     * Basic scans of the repository that found more than {@code threshold} CRITICAL or more than {@code threshold}
     * HIGH vulnerabilities ({@code ECR Image Scan}; a severity without findings is absent from the counts, so it never
     * matches).
     */
    public static String basicScanFindingsAbove(String repositoryName, double threshold) {
        return Json.write(Json.object(
                "source", List.of(EcrEventType.ECR),
                "detail-type", List.of(EcrEventType.IMAGE_SCAN.detailType()),
                "detail", Json.object("repository-name", List.of(repositoryName),
                        "$or", severityAbove(threshold))));
    }

    /**
     * Enhanced (Amazon Inspector) initial scans of an image of the repository that found more than {@code threshold}
     * CRITICAL or more than {@code threshold} HIGH vulnerabilities ({@code Inspector2 Scan}, repository given by ARN).
     */
    public static String enhancedScanFindingsAbove(String repositoryArn, double threshold) {
        return Json.write(Json.object(
                "source", List.of(EcrEventType.INSPECTOR),
                "detail-type", List.of(EcrEventType.INSPECTOR_SCAN.detailType()),
                "detail", Json.object("repository-name", List.of(repositoryArn),
                        "$or", severityAbove(threshold))));
    }

    private static List<Object> severityAbove(double threshold) {
        return ALERT_SEVERITIES.stream().<Object>map(s -> Map.of("finding-severity-counts",
                Map.of(s, List.of(Map.of("numeric", List.of(">", threshold)))))).toList();
    }
}
