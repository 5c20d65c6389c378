package dev.ecrkit.governance;

import dev.ecrkit.validation.Problems;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashSet;
import java.util.List;
import java.util.regex.Pattern;

/** Validation of pull request rules, one constant per limit. Pure. */
public final class PullRequestRules {
    /**
     * A rule name: 1-64 of {@code [A-Za-z0-9._-]}, starting with a letter or digit. The name keys the rule's resources
     * and goes into derived names (EventBridge rules, functions, roles) and statement ids, so it is limited to
     * characters all of them accept (the module takes any string and breaks those names).
     */
    public static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    /** Fewest approvals: 1 (the module's documented range, "1-10"). */
    public static final int MIN_APPROVAL_COUNT = 1;
    /** Most approvals: 10 (the module's documented range). */
    public static final int MAX_APPROVAL_COUNT = 10;
    /** Shortest approval timeout: 1 hour (the module's documented range, "1-168"). */
    public static final int MIN_APPROVAL_TIMEOUT_HOURS = 1;
    /** Longest approval timeout: 168 hours (the module's documented range). */
    public static final int MAX_APPROVAL_TIMEOUT_HOURS = 168;
    /**
     * A tag pattern: 1-128 characters of a Docker tag ({@code [A-Za-z0-9_.-]}, at most 128 characters,
     * https://docs.docker.com/reference/cli/docker/image/tag/) plus {@code *}, EventBridge's only wildcard
     * (https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-create-pattern-operators.html, "Wildcard").
     */
    public static final Pattern TAG_PATTERN = Pattern.compile("[A-Za-z0-9_.*-]{1,128}");
    /** EventBridge rejects consecutive wildcards in a wildcard pattern (event-ruler, the matcher EventBridge uses). */
    public static final String CONSECUTIVE_WILDCARDS = "**";
    /**
     * Longest webhook URL: 2,048 characters, the limit EventBridge sets for HTTPS endpoints (BOTO events
     * {@code HttpsEndpoint}); the URL also travels in the function's environment, which Lambda limits to 4 KB.
     */
    public static final int MAX_WEBHOOK_URL_LENGTH = 2048;
    /**
     * An SNS standard topic ARN in any partition: {@code arn:<partition>:sns:<region>:<account>:<name>}, the name 1-256
     * of {@code [A-Za-z0-9_-]} (BOTO sns {@code CreateTopicInput.Name}). FIFO topics ({@code .fifo}) need a message
     * group id that these notifications do not set, so they are refused.
     */
    public static final Pattern TOPIC_ARN = Pattern.compile("arn:aws[a-z-]*:sns:[a-z0-9-]+:[0-9]{12}:[A-Za-z0-9_-]{1,256}");
    /**
     * A Secrets Manager secret ARN: {@code arn:<partition>:secretsmanager:<region>:<account>:secret:<name>-<6 chars>}
     * (BOTO secretsmanager {@code SecretARNType}, 20-2,048 characters; name characters of {@code CreateSecretRequest.Name}).
     */
    public static final Pattern SECRET_ARN = Pattern.compile(
            "arn:aws[a-z-]*:secretsmanager:[a-z0-9-]+:[0-9]{12}:secret:[A-Za-z0-9/_+=.@-]{1,512}-[A-Za-z0-9]{6}");
    /** Longest secret ARN (BOTO secretsmanager {@code SecretARNType}). */
    public static final int MAX_SECRET_ARN_LENGTH = 2048;
    /**
     * An IAM principal ARN as {@code aws:PrincipalArn} reports it: an account root, a user or a role (for a role
     * session the key holds the role's ARN, not the session's;
     * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html#condition-keys-principalarn).
     * Wildcards ({@code *}, {@code ?}) are allowed in the path and name, not in the account.
     */
    public static final Pattern PRINCIPAL_ARN =
            Pattern.compile("arn:aws[a-z-]*:iam::[0-9]{12}:(root|(user|role)/[A-Za-z0-9_+=,.@/*?-]{1,512})");

    private PullRequestRules() {
    }

    /** Checks every rule and their names' uniqueness; fields are {@code [i].name}, {@code [i].conditions.tagPatterns[j]}... */
    public static void validate(List<PullRequestRule> rules, Problems p) {
        var seen = new HashSet<String>();
        for (int i = 0; i < rules.size(); i++) {
            var r = rules.get(i);
            Problems at = p.at("[" + i + "]");
            if (!NAME.matcher(r.name()).matches()) {
                at.add("name", "must be 1-64 characters of [A-Za-z0-9._-], starting with a letter or digit", r.name());
            } else if (!seen.add(r.name())) {
                at.add("name", "must be unique: the name keys the rule's resources", r.name());
            }
            checkConditions(r, at.at("conditions"));
            checkActions(r, at.at("actions"));
        }
    }

    private static void checkConditions(PullRequestRule r, Problems p) {
        for (int j = 0; j < r.tagPatterns().size(); j++) {
            String t = r.tagPatterns().get(j);
            if (!TAG_PATTERN.matcher(t).matches()) {
                p.add("tagPatterns[" + j + "]", "must be 1-128 characters of [A-Za-z0-9_.-] and the wildcard *", t);
            } else if (t.contains(CONSECUTIVE_WILDCARDS)) {
                p.add("tagPatterns[" + j + "]", "must not contain consecutive wildcards (**)", t);
            }
        }
        if (!r.allowedPrincipals().isEmpty() && !r.type().onPush()) {
            p.add("allowedPrincipals", "only approval and ci_integration rules restrict who may push (type is "
                    + r.type().wire() + ")", r.allowedPrincipals());
        }
        for (int j = 0; j < r.allowedPrincipals().size(); j++) {
            String a = r.allowedPrincipals().get(j);
            p.matches("allowedPrincipals[" + j + "]", a, PRINCIPAL_ARN,
                    "must be an IAM principal ARN: arn:<partition>:iam::<account>:root, :user/<name> or :role/<name>");
        }
    }

    private static void checkActions(PullRequestRule r, Problems p) {
        p.range("requireApprovalCount", r.requireApprovalCount(), MIN_APPROVAL_COUNT, MAX_APPROVAL_COUNT);
        p.range("approvalTimeoutHours", r.approvalTimeoutHours(), MIN_APPROVAL_TIMEOUT_HOURS, MAX_APPROVAL_TIMEOUT_HOURS);
        if (!r.notificationTopicArn().isEmpty()) {
            p.matches("notificationTopicArn", r.notificationTopicArn(), TOPIC_ARN,
                    "must be an SNS standard topic ARN: arn:<partition>:sns:<region>:<account>:<name>");
        }
        if (!r.webhookUrl().isEmpty()) {
            webhookUrlProblem(r.webhookUrl()).ifPresent(rule -> p.add("webhookUrl", rule, r.webhookUrl()));
        }
        if (!r.webhookSecretArn().isEmpty()) {
            if (r.webhookUrl().isEmpty()) {
                p.add("webhookSecretArn", "only used with webhookUrl (it signs the webhook body)", r.webhookSecretArn());
            }
            if (r.webhookSecretArn().length() > MAX_SECRET_ARN_LENGTH
                    || !SECRET_ARN.matcher(r.webhookSecretArn()).matches()) {
                p.add("webhookSecretArn", "must be a Secrets Manager secret ARN:"
                        + " arn:<partition>:secretsmanager:<region>:<account>:secret:<name>-<6 characters>",
                        r.webhookSecretArn());
            }
        }
    }

    /**
     * Why a webhook URL is refused, or empty when it is accepted: absolute {@code https://} with a host, no user
     * information (credentials in the URL), no fragment, at most {@value #MAX_WEBHOOK_URL_LENGTH} characters, and not
     * a literal loopback, private or link-local address (security-checks.md section 3; the function checks the
     * resolved addresses again when it sends).
     */
    public static java.util.Optional<String> webhookUrlProblem(String url) {
        if (url.length() > MAX_WEBHOOK_URL_LENGTH) {
            return java.util.Optional.of("at most " + MAX_WEBHOOK_URL_LENGTH + " characters");
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return java.util.Optional.of("must be an absolute https:// URL");
        }
        if (!"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null || uri.getHost().isEmpty()) {
            return java.util.Optional.of("must be an absolute https:// URL with a host (a webhook is never sent in clear text)");
        }
        if (uri.getRawUserInfo() != null) {
            return java.util.Optional.of("must not contain user information (user:password@); sign with webhookSecretArn instead");
        }
        if (uri.getRawFragment() != null) {
            return java.util.Optional.of("must not contain a fragment (#...)");
        }
        if (isInternalLiteral(uri.getHost())) {
            return java.util.Optional.of("must not name a loopback, private or link-local address");
        }
        return java.util.Optional.empty();
    }

    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");

    /** A literal IPv4 or IPv6 host in a loopback, private (RFC 1918, fc00::/7) or link-local range, or localhost. */
    static boolean isInternalLiteral(String host) {
        String h = host.toLowerCase(java.util.Locale.ROOT);
        if (h.equals("localhost") || h.endsWith(".localhost")) {
            return true;
        }
        var m = IPV4.matcher(h);
        if (m.matches()) {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(2));
            return a == 127 || a == 10 || a == 0 || (a == 172 && b >= 16 && b <= 31) || (a == 192 && b == 168)
                    || (a == 169 && b == 254);
        }
        if (h.startsWith("[") && h.endsWith("]")) {
            String v6 = h.substring(1, h.length() - 1);
            return v6.equals("::1") || v6.equals("::") || v6.startsWith("fc") || v6.startsWith("fd")
                    || v6.startsWith("fe8") || v6.startsWith("fe9") || v6.startsWith("fea") || v6.startsWith("feb")
                    || v6.startsWith("::ffff:");
        }
        return false;
    }
}
