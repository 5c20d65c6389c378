package dev.ecrkit.governance;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The readable SNS message of each notification kind: EventBridge input-transformer variables (JSON paths into the
 * event, dot notation and array indices;
 * https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-transform-target-input.html) and a plain-text template
 * with {@code <variable>} placeholders. Every path exists in the event of its kind (the ECR and Inspector user guides'
 * samples, checked by the tests). Rule names hold no {@code <}, {@code >} or quotes
 * ({@link PullRequestRules#NAME}), so they are written as literal text. Pure.
 */
public final class NotificationMessages {
    /** Longest input template: 8,192 characters (BOTO events {@code TransformerInput}). */
    public static final int MAX_TEMPLATE_LENGTH = 8192;

    private NotificationMessages() {
    }

    /**
     * A message: the transformer's variables and template.
     *
     * @param paths    variable -> JSON path
     * @param template plain text with placeholders
     */
    public record Message(Map<String, String> paths, String template) {
    }

    /** The message of {@code kind} ({@code push}, {@code basic-scan}, {@code enhanced-scan}, {@code finding}) for {@code r}. */
    public static Message of(PullRequestRule r, String kind) {
        var paths = new LinkedHashMap<String, String>();
        String head = "ECR pull request rule " + r.name() + " (" + r.type().wire() + "): ";
        String where = " in account <account>, <region>";
        return switch (kind) {
            case "push" -> {
                paths.put("repository", "$.detail.repository-name");
                paths.put("tag", "$.detail.image-tag");
                paths.put("digest", "$.detail.image-digest");
                paths.put("time", "$.time");
                paths.put("account", "$.account");
                paths.put("region", "$.region");
                yield new Message(paths, head + "<repository>:<tag> (<digest>) was pushed" + where
                        + " at <time>. " + pushAction(r));
            }
            case "basic-scan" -> {
                paths.put("repository", "$.detail.repository-name");
                paths.put("digest", "$.detail.image-digest");
                paths.put("status", "$.detail.scan-status");
                paths.put("time", "$.time");
                paths.put("account", "$.account");
                paths.put("region", "$.region");
                String what = r.requireScanCompletion()
                        ? "either did not complete or found vulnerabilities at or above "
                        : "found vulnerabilities at or above ";
                yield new Message(paths, head + "the basic scan of <repository>@<digest>" + where + " reported status"
                        + " <status> at <time>: it " + what + r.severityThreshold().wire() + ". Findings: aws ecr"
                        + " describe-image-scan-findings --repository-name <repository> --image-id"
                        + " imageDigest=<digest> --region <region>. " + scanAction(r));
            }
            case "enhanced-scan" -> {
                paths.put("repository", "$.detail.repository-name");
                paths.put("digest", "$.detail.image-digest");
                paths.put("time", "$.time");
                paths.put("account", "$.account");
                paths.put("region", "$.region");
                yield new Message(paths, head + "Amazon Inspector's initial scan of <repository>@<digest>" + where
                        + " found vulnerabilities at or above " + r.severityThreshold().wire() + " at <time>; see them"
                        + " in Amazon Inspector. " + scanAction(r));
            }
            case "finding" -> {
                paths.put("severity", "$.detail.severity");
                paths.put("title", "$.detail.title");
                paths.put("finding", "$.detail.findingArn");
                paths.put("repository", "$.detail.resources[0].details.awsEcrContainerImage.repositoryName");
                paths.put("digest", "$.detail.resources[0].details.awsEcrContainerImage.imageHash");
                paths.put("time", "$.time");
                paths.put("account", "$.account");
                paths.put("region", "$.region");
                yield new Message(paths, head + "Amazon Inspector reports a <severity> finding on"
                        + " <repository>@<digest>" + where + " at <time>: <title> (<finding>). " + scanAction(r));
            }
            default -> throw new IllegalArgumentException("unknown notification kind " + kind);
        };
    }

    private static String pushAction(PullRequestRule r) {
        String enforcement = r.deniesPush()
                ? " Only the rule's allowed principals can push to this repository (repository policy)."
                : "";
        if (r.type() == RuleType.APPROVAL) {
            return "It needs " + r.requireApprovalCount() + " approval(s) within " + r.approvalTimeoutHours()
                    + " hour(s); approvers act on this message (AWS does not count approvals)." + enforcement;
        }
        return "CI: validate this image." + enforcement;
    }

    private static String scanAction(PullRequestRule r) {
        return r.quarantines()
                ? "Each of its tags T that matches the rule is replaced by quarantined-T (the image is kept for review)."
                : "This rule only notifies.";
    }
}
