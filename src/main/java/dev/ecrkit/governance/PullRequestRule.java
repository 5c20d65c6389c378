package dev.ecrkit.governance;

import java.util.List;
import java.util.Objects;

/**
 * One pull request rule: the Terraform module's {@code pull_request_rules[]} entry ({@code name}, {@code type},
 * {@code enabled}, {@code conditions.*}, {@code actions.*}) plus ecrkit's {@code actions.webhookSecretArn}. Holds no
 * nulls ("" means "not set" for the optional strings); building checks only for nulls, the values are validated by
 * {@link PullRequestRules#validate} with every problem reported at once. What each field does, per rule type, is in
 * {@code docs/governance.md}.
 *
 * @param name                  unique name; keys the rule's resources (reordering rules replaces nothing). Required
 * @param type                  rule type. Required
 * @param enabled               a disabled rule deploys nothing. Default: {@value #DEFAULT_ENABLED}
 * @param tagPatterns           {@code conditions.tagPatterns}: EventBridge wildcard patterns ({@code *}) of the image
 *                              tags the rule is about. Default: none, every tag
 * @param severityThreshold     {@code conditions.severityThreshold} (security_scan): the lowest severity that fails an
 *                              image. Default: {@link #DEFAULT_SEVERITY_THRESHOLD} (the module's)
 * @param requireScanCompletion {@code conditions.requireScanCompletion} (security_scan): a basic scan that did not
 *                              complete fails the image too. Default: {@value #DEFAULT_REQUIRE_SCAN_COMPLETION}
 * @param allowedPrincipals     {@code conditions.allowedPrincipals} (approval, ci_integration): IAM principal ARNs
 *                              that may still push when the rule blocks. Default: none (no repository policy)
 * @param requireApprovalCount  {@code actions.requireApprovalCount} (approval): informational, sent in notifications.
 *                              Default: {@value #DEFAULT_REQUIRE_APPROVAL_COUNT}
 * @param notificationTopicArn  {@code actions.notificationTopicArn}: an existing SNS topic that gets a readable
 *                              message. Default: "" (none)
 * @param webhookUrl            {@code actions.webhookUrl}: an HTTPS endpoint that gets a JSON POST. Default: "" (none)
 * @param webhookSecretArn      {@code actions.webhookSecretArn} (ecrkit): a Secrets Manager secret whose string signs
 *                              webhook bodies (HMAC-SHA256). Default: "" (unsigned)
 * @param blockOnFailure        {@code actions.blockOnFailure}: enforce (repository policy Deny for approval and
 *                              ci_integration with allowedPrincipals; quarantine for security_scan). Default:
 *                              {@value #DEFAULT_BLOCK_ON_FAILURE} (the module's)
 * @param approvalTimeoutHours  {@code actions.approvalTimeoutHours} (approval): informational, sent in notifications.
 *                              Default: {@value #DEFAULT_APPROVAL_TIMEOUT_HOURS}
 */
public record PullRequestRule(String name, RuleType type, boolean enabled, List<String> tagPatterns,
        Severity severityThreshold, boolean requireScanCompletion, List<String> allowedPrincipals,
        int requireApprovalCount, String notificationTopicArn, String webhookUrl, String webhookSecretArn,
        boolean blockOnFailure, int approvalTimeoutHours) {
    /** Default of {@code enabled}. */
    public static final boolean DEFAULT_ENABLED = true;
    /** Default of {@code conditions.severityThreshold}, the module's. */
    public static final Severity DEFAULT_SEVERITY_THRESHOLD = Severity.MEDIUM;
    /** Default of {@code conditions.requireScanCompletion}, the module's. */
    public static final boolean DEFAULT_REQUIRE_SCAN_COMPLETION = true;
    /** Default of {@code actions.requireApprovalCount}, the module's. */
    public static final int DEFAULT_REQUIRE_APPROVAL_COUNT = 1;
    /** Default of {@code actions.blockOnFailure}, the module's. */
    public static final boolean DEFAULT_BLOCK_ON_FAILURE = true;
    /** Default of {@code actions.approvalTimeoutHours}, the module's. */
    public static final int DEFAULT_APPROVAL_TIMEOUT_HOURS = 24;

    public PullRequestRule {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        tagPatterns = List.copyOf(Objects.requireNonNull(tagPatterns, "tagPatterns"));
        Objects.requireNonNull(severityThreshold, "severityThreshold");
        allowedPrincipals = List.copyOf(Objects.requireNonNull(allowedPrincipals, "allowedPrincipals"));
        Objects.requireNonNull(notificationTopicArn, "notificationTopicArn");
        Objects.requireNonNull(webhookUrl, "webhookUrl");
        Objects.requireNonNull(webhookSecretArn, "webhookSecretArn");
    }

    /** A builder of a rule of {@code type} named {@code name}, with the module's defaults. */
    public static Builder builder(String name, RuleType type) {
        return new Builder(name, type);
    }

    /** An approval rule. */
    public static Builder approval(String name) {
        return builder(name, RuleType.APPROVAL);
    }

    /** A security_scan rule. */
    public static Builder securityScan(String name) {
        return builder(name, RuleType.SECURITY_SCAN);
    }

    /** A ci_integration rule. */
    public static Builder ciIntegration(String name) {
        return builder(name, RuleType.CI_INTEGRATION);
    }

    /** Whether the rule sends an SNS message. */
    public boolean notifiesTopic() {
        return enabled && !notificationTopicArn.isEmpty();
    }

    /** Whether the rule posts to a webhook. */
    public boolean postsWebhook() {
        return enabled && !webhookUrl.isEmpty();
    }

    /** Whether the rule denies pushes to every principal but {@link #allowedPrincipals()} (repository policy). */
    public boolean deniesPush() {
        return enabled && type.onPush() && blockOnFailure && !allowedPrincipals.isEmpty();
    }

    /** Whether the rule quarantines failing tags (security_scan with blockOnFailure). */
    public boolean quarantines() {
        return enabled && type == RuleType.SECURITY_SCAN && blockOnFailure;
    }

    /** What the rule does, for outputs and the plan: {@code sns}, {@code webhook}, {@code deny-push}, {@code quarantine}. */
    public List<String> effects() {
        var e = new java.util.ArrayList<String>();
        if (notifiesTopic()) {
            e.add("sns");
        }
        if (postsWebhook()) {
            e.add("webhook");
        }
        if (deniesPush()) {
            e.add("deny-push");
        }
        if (quarantines()) {
            e.add("quarantine");
        }
        return List.copyOf(e);
    }

    /** Builder; values keep the module's defaults until set. */
    public static final class Builder {
        private final String name;
        private final RuleType type;
        private boolean enabled = DEFAULT_ENABLED;
        private List<String> tagPatterns = List.of();
        private Severity severityThreshold = DEFAULT_SEVERITY_THRESHOLD;
        private boolean requireScanCompletion = DEFAULT_REQUIRE_SCAN_COMPLETION;
        private List<String> allowedPrincipals = List.of();
        private int requireApprovalCount = DEFAULT_REQUIRE_APPROVAL_COUNT;
        private String notificationTopicArn = "";
        private String webhookUrl = "";
        private String webhookSecretArn = "";
        private boolean blockOnFailure = DEFAULT_BLOCK_ON_FAILURE;
        private int approvalTimeoutHours = DEFAULT_APPROVAL_TIMEOUT_HOURS;

        private Builder(String name, RuleType type) {
            this.name = Objects.requireNonNull(name, "name");
            this.type = Objects.requireNonNull(type, "type");
        }

        /** Enabled. Default: true. */
        public Builder enabled(boolean value) {
            this.enabled = value;
            return this;
        }

        /** Tag patterns ({@code *} wildcards). Default: none, every tag. */
        public Builder tagPatterns(List<String> values) {
            this.tagPatterns = List.copyOf(values);
            return this;
        }

        /** Tag patterns ({@code *} wildcards). Default: none, every tag. */
        public Builder tagPatterns(String... values) {
            return tagPatterns(List.of(values));
        }

        /** Lowest failing severity (security_scan). Default: MEDIUM. */
        public Builder severityThreshold(Severity value) {
            this.severityThreshold = Objects.requireNonNull(value, "severityThreshold");
            return this;
        }

        /** A basic scan that did not complete fails the image (security_scan). Default: true. */
        public Builder requireScanCompletion(boolean value) {
            this.requireScanCompletion = value;
            return this;
        }

        /** IAM principal ARNs that may still push (approval, ci_integration). Default: none. */
        public Builder allowedPrincipals(List<String> values) {
            this.allowedPrincipals = List.copyOf(values);
            return this;
        }

        /** IAM principal ARNs that may still push (approval, ci_integration). Default: none. */
        public Builder allowedPrincipals(String... values) {
            return allowedPrincipals(List.of(values));
        }

        /** Approvals required, 1-10 (informational). Default: 1. */
        public Builder requireApprovalCount(int value) {
            this.requireApprovalCount = value;
            return this;
        }

        /** Existing SNS topic ARN. Default: none. */
        public Builder notificationTopicArn(String value) {
            this.notificationTopicArn = Objects.requireNonNull(value, "notificationTopicArn");
            return this;
        }

        /** HTTPS webhook URL. Default: none. */
        public Builder webhookUrl(String value) {
            this.webhookUrl = Objects.requireNonNull(value, "webhookUrl");
            return this;
        }

        /** Secrets Manager secret ARN whose string signs webhook bodies. Default: none (unsigned). */
        public Builder webhookSecretArn(String value) {
            this.webhookSecretArn = Objects.requireNonNull(value, "webhookSecretArn");
            return this;
        }

        /** Enforce: Deny pushes (approval, ci_integration with allowedPrincipals) or quarantine (security_scan). Default: true. */
        public Builder blockOnFailure(boolean value) {
            this.blockOnFailure = value;
            return this;
        }

        /** Approval timeout in hours, 1-168 (informational). Default: 24. */
        public Builder approvalTimeoutHours(int value) {
            this.approvalTimeoutHours = value;
            return this;
        }

        /** The rule (not yet validated: see {@link PullRequestRules#validate}). */
        public PullRequestRule build() {
            return new PullRequestRule(name, type, enabled, tagPatterns, severityThreshold, requireScanCompletion,
                    allowedPrincipals, requireApprovalCount, notificationTopicArn, webhookUrl, webhookSecretArn,
                    blockOnFailure, approvalTimeoutHours);
        }
    }
}
