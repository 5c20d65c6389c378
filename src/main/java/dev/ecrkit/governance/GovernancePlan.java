package dev.ecrkit.governance;

import dev.ecrkit.events.GovernanceEventPatterns;
import dev.ecrkit.json.Json;
import dev.ecrkit.naming.DerivedName;
import dev.ecrkit.naming.NameKind;
import dev.ecrkit.policy.AwsScope;
import dev.ecrkit.policy.GovernancePolicies;
import dev.ecrkit.policy.PolicyStatement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the enabled pull request rules of one repository deploy, computed from plain values (the Governance component
 * only wires it into resources). Which parts exist depends on the rules alone ({@link #notificationKeys},
 * {@link #functionKeys}), so resource names never depend on a value that is not known yet. Pure.
 *
 * @param notifications EventBridge rules that send a readable message to a rule's SNS topic
 * @param functions     the webhook and quarantine functions, each with its trigger
 * @param statements    repository policy statements (approval and ci_integration rules that deny pushes)
 */
public record GovernancePlan(List<Notification> notifications, List<FunctionSpec> functions,
        List<PolicyStatement> statements) {
    /** Python module of the webhook function. */
    public static final String WEBHOOK_MODULE = "pr_webhook";
    /** Python module of the quarantine function. */
    public static final String QUARANTINE_MODULE = "pr_quarantine";
    /** Sid prefix of a rule's Deny statement; the rule name follows, letters and digits only. */
    public static final String DENY_SID_PREFIX = "PullRequestRuleDenyPush";

    public GovernancePlan {
        notifications = List.copyOf(notifications);
        functions = List.copyOf(functions);
        statements = List.copyOf(statements);
    }

    /**
     * One EventBridge rule with an SNS target and an input transformer that turns the event into a readable message.
     *
     * @param key           stable key ({@code <rule>-<kind>}), names the resources
     * @param ruleName      EventBridge rule name
     * @param description   rule description
     * @param eventPattern  event pattern JSON
     * @param topicArn      the rule's SNS topic
     * @param inputPaths    transformer variables (name -> JSON path in the event)
     * @param inputTemplate the message, with {@code <variable>} placeholders
     */
    public record Notification(String key, String ruleName, String description, String eventPattern, String topicArn,
            Map<String, String> inputPaths, String inputTemplate) {
        public Notification {
            inputPaths = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(inputPaths));
        }
    }

    /**
     * One function of a rule with its event trigger.
     *
     * @param key             stable key ({@code <rule>-webhook}, {@code <rule>-quarantine}), names the resources
     * @param module          Python module ({@link #WEBHOOK_MODULE} or {@link #QUARANTINE_MODULE})
     * @param functionName    Lambda function name
     * @param roleName        execution role name (includes the Region: role names are global to the account)
     * @param queueName       dead-letter queue name
     * @param triggerRuleName EventBridge rule name of the trigger
     * @param description     function and rule description
     * @param eventPattern    trigger event pattern JSON
     * @param environment     environment variables
     * @param accessPolicy    policy JSON granting what the code calls
     */
    public record FunctionSpec(String key, String module, String functionName, String roleName, String queueName,
            String triggerRuleName, String description, String eventPattern, Map<String, String> environment,
            String accessPolicy) {
        public FunctionSpec {
            environment = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(environment));
        }
    }

    /** The notification kinds of a rule that sends to a topic: {@code push}, or the three scan kinds. */
    public static List<String> notificationKinds(PullRequestRule r) {
        if (!r.notifiesTopic()) {
            return List.of();
        }
        return r.type().onPush() ? List.of("push") : List.of("basic-scan", "enhanced-scan", "finding");
    }

    /** Keys of the notifications of the enabled rules, in rule order. */
    public static List<String> notificationKeys(List<PullRequestRule> rules) {
        var keys = new ArrayList<String>();
        rules.forEach(r -> notificationKinds(r).forEach(k -> keys.add(r.name() + "-" + k)));
        return keys;
    }

    /** Keys of the functions of the enabled rules, in rule order. */
    public static List<String> functionKeys(List<PullRequestRule> rules) {
        var keys = new ArrayList<String>();
        for (var r : rules) {
            if (r.postsWebhook()) {
                keys.add(r.name() + "-webhook");
            }
            if (r.quarantines()) {
                keys.add(r.name() + "-quarantine");
            }
        }
        return keys;
    }

    /** Whether the rules generate repository policy statements. */
    public static boolean hasStatements(List<PullRequestRule> rules) {
        return rules.stream().anyMatch(PullRequestRule::deniesPush);
    }

    /** The plan for {@code rules} (disabled ones are skipped) of the repository. */
    public static GovernancePlan of(String repositoryName, AwsScope scope, List<PullRequestRule> rules) {
        String repositoryArn = scope.repositoryArn(repositoryName);
        var enabled = rules.stream().filter(PullRequestRule::enabled).toList();
        var notifications = new ArrayList<Notification>();
        var functions = new ArrayList<FunctionSpec>();
        for (var r : enabled) {
            for (String kind : notificationKinds(r)) {
                notifications.add(notification(repositoryName, repositoryArn, scope, r, kind));
            }
            if (r.postsWebhook()) {
                functions.add(webhook(repositoryName, repositoryArn, scope, r));
            }
            if (r.quarantines()) {
                functions.add(quarantine(repositoryName, repositoryArn, scope, r));
            }
        }
        var exempt = functions.stream().filter(f -> f.module().equals(QUARANTINE_MODULE))
                .map(f -> scope.roleArn(f.roleName())).toList();
        var denying = enabled.stream().filter(PullRequestRule::deniesPush).toList();
        var sids = denying.stream().map(r -> sid(r.name())).toList();
        var statements = new ArrayList<PolicyStatement>();
        for (int i = 0; i < denying.size(); i++) {
            var r = denying.get(i);
            var allowed = new ArrayList<>(r.allowedPrincipals());
            allowed.addAll(exempt);
            String sid = sids.get(i);
            // names such as ci-check and ci_check give the same Sid: keep them apart with the name's hash
            boolean shared = sids.stream().filter(sid::equals).count() > 1;
            statements.add(GovernancePolicies.denyPushExcept(shared ? sid + DerivedName.hash(r.name()) : sid, allowed));
        }
        return new GovernancePlan(notifications, functions, statements);
    }

    /**
     * The Sid of a rule's Deny statement (Sids allow letters and digits only): the prefix and the rule name's words in
     * PascalCase, {@code release-approval} giving {@code PullRequestRuleDenyPushReleaseApproval}. {@link #of} appends
     * the name's hash when two rules of one policy would share a Sid.
     */
    public static String sid(String ruleName) {
        var b = new StringBuilder(DENY_SID_PREFIX);
        for (String word : ruleName.split("[^A-Za-z0-9]+")) {
            if (!word.isEmpty()) {
                b.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            }
        }
        return b.toString();
    }

    /** The event pattern of a rule's kind ({@code push}, {@code basic-scan}, {@code enhanced-scan}, {@code finding}). */
    static String pattern(String repositoryName, String repositoryArn, AwsScope scope, PullRequestRule r, String kind) {
        var severities = r.severityThreshold().atOrAbove().stream().map(Severity::wire).toList();
        return switch (kind) {
            case "push" -> GovernanceEventPatterns.pushes(repositoryName, r.tagPatterns());
            case "basic-scan" -> GovernanceEventPatterns.basicScanFailures(repositoryName, severities,
                    r.requireScanCompletion());
            case "enhanced-scan" -> GovernanceEventPatterns.enhancedScanFailures(repositoryArn, severities,
                    r.tagPatterns());
            case "finding" -> GovernanceEventPatterns.findingFailures(repositoryName, scope.accountId(), severities,
                    r.tagPatterns());
            case "scan" -> GovernanceEventPatterns.scanFailures(repositoryName, repositoryArn, scope.accountId(),
                    severities, r.requireScanCompletion(), r.tagPatterns());
            default -> throw new IllegalArgumentException("unknown kind " + kind);
        };
    }

    private static Notification notification(String repositoryName, String repositoryArn, AwsScope scope,
            PullRequestRule r, String kind) {
        var message = NotificationMessages.of(r, kind);
        return new Notification(r.name() + "-" + kind,
                DerivedName.of(NameKind.EVENT_RULE, repositoryName + "-pr-" + r.name() + "-" + kind),
                "ecrkit pull request rule " + r.name() + " (" + r.type().wire() + "): " + kind + " notifications for "
                        + repositoryName,
                pattern(repositoryName, repositoryArn, scope, r, kind), r.notificationTopicArn(), message.paths(),
                message.template());
    }

    private static FunctionSpec webhook(String repositoryName, String repositoryArn, AwsScope scope, PullRequestRule r) {
        String base = repositoryName + "-pr-" + r.name() + "-webhook";
        var env = new LinkedHashMap<String, String>();
        env.put("WEBHOOK_URL", r.webhookUrl());
        env.put("RULE_NAME", r.name());
        env.put("RULE_TYPE", r.type().wire());
        env.put("REPOSITORY_NAME", repositoryName);
        env.put("REGISTRY_ID", scope.accountId());
        if (r.type() == RuleType.APPROVAL) {
            env.put("REQUIRE_APPROVAL_COUNT", Integer.toString(r.requireApprovalCount()));
            env.put("APPROVAL_TIMEOUT_HOURS", Integer.toString(r.approvalTimeoutHours()));
        }
        if (!r.webhookSecretArn().isEmpty()) {
            env.put("SIGNING_SECRET_ARN", r.webhookSecretArn());
        }
        return new FunctionSpec(r.name() + "-webhook", WEBHOOK_MODULE,
                DerivedName.of(NameKind.LAMBDA_FUNCTION, base),
                DerivedName.of(NameKind.IAM_ROLE, base + "-" + scope.region()),
                DerivedName.of(NameKind.SQS_QUEUE, base + "-dlq"),
                DerivedName.of(NameKind.EVENT_RULE, base),
                "ecrkit pull request rule " + r.name() + " (" + r.type().wire() + "): webhook for " + repositoryName,
                pattern(repositoryName, repositoryArn, scope, r, r.type().onPush() ? "push" : "scan"), env,
                GovernancePolicies.webhook(repositoryArn, r.webhookSecretArn()).toJson());
    }

    private static FunctionSpec quarantine(String repositoryName, String repositoryArn, AwsScope scope,
            PullRequestRule r) {
        String base = repositoryName + "-pr-" + r.name() + "-quarantine";
        var env = new LinkedHashMap<String, String>();
        env.put("RULE_NAME", r.name());
        env.put("REPOSITORY_NAME", repositoryName);
        env.put("REGISTRY_ID", scope.accountId());
        env.put("TAG_PATTERNS", Json.write(r.tagPatterns()));
        env.put("QUARANTINE_PREFIX", GovernanceEventPatterns.QUARANTINE_PREFIX);
        return new FunctionSpec(r.name() + "-quarantine", QUARANTINE_MODULE,
                DerivedName.of(NameKind.LAMBDA_FUNCTION, base),
                DerivedName.of(NameKind.IAM_ROLE, base + "-" + scope.region()),
                DerivedName.of(NameKind.SQS_QUEUE, base + "-dlq"),
                DerivedName.of(NameKind.EVENT_RULE, base),
                "ecrkit pull request rule " + r.name() + " (security_scan): quarantine for " + repositoryName,
                pattern(repositoryName, repositoryArn, scope, r, "scan"), env,
                GovernancePolicies.quarantine(repositoryArn).toJson());
    }
}
