package dev.ecrkit.governance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ecrkit.validation.Problems;
import java.util.List;
import org.junit.jupiter.api.Test;

class PullRequestRulesTest {
    private static List<String> problems(PullRequestRule... rules) {
        var p = new Problems();
        PullRequestRules.validate(List.of(rules), p.at("pullRequestRules"));
        return p.list().stream().map(Object::toString).toList();
    }

    @Test
    void defaults_areTheModules() {
        var r = PullRequestRule.approval("r").build();
        assertEquals(true, r.enabled());
        assertEquals(Severity.MEDIUM, r.severityThreshold());
        assertEquals(true, r.requireScanCompletion());
        assertEquals(1, r.requireApprovalCount());
        assertEquals(true, r.blockOnFailure());
        assertEquals(24, r.approvalTimeoutHours());
        assertEquals(List.of(), r.tagPatterns());
        assertEquals(List.of(), problems(r));
    }

    @Test
    void everyProblem_isReportedAtOnceWithFieldRuleAndValue() {
        var bad = PullRequestRule.approval("bad name").tagPatterns("v?", "a**", "ok-*")
                .allowedPrincipals("123456789012", "arn:aws:iam::123456789012:role/ci-*")
                .requireApprovalCount(0).approvalTimeoutHours(169)
                .notificationTopicArn("arn:aws:sns:eu-west-1:123456789012:alerts.fifo")
                .webhookUrl("http://hooks.example.com/x").webhookSecretArn("secret").build();
        assertEquals(List.of(
                "pullRequestRules[0].name: must be 1-64 characters of [A-Za-z0-9._-], starting with a letter or digit,"
                        + " got \"bad name\"",
                "pullRequestRules[0].conditions.tagPatterns[0]: must be 1-128 characters of [A-Za-z0-9_.-] and the"
                        + " wildcard *, got \"v?\"",
                "pullRequestRules[0].conditions.tagPatterns[1]: must not contain consecutive wildcards (**), got \"a**\"",
                "pullRequestRules[0].conditions.allowedPrincipals[0]: must be an IAM principal ARN:"
                        + " arn:<partition>:iam::<account>:root, :user/<name> or :role/<name>, got \"123456789012\"",
                "pullRequestRules[0].actions.requireApprovalCount: must be between 1 and 10, got 0",
                "pullRequestRules[0].actions.approvalTimeoutHours: must be between 1 and 168, got 169",
                "pullRequestRules[0].actions.notificationTopicArn: must be an SNS standard topic ARN:"
                        + " arn:<partition>:sns:<region>:<account>:<name>,"
                        + " got \"arn:aws:sns:eu-west-1:123456789012:alerts.fifo\"",
                "pullRequestRules[0].actions.webhookUrl: must be an absolute https:// URL with a host (a webhook is"
                        + " never sent in clear text), got \"http://hooks.example.com/x\"",
                "pullRequestRules[0].actions.webhookSecretArn: must be a Secrets Manager secret ARN:"
                        + " arn:<partition>:secretsmanager:<region>:<account>:secret:<name>-<6 characters>,"
                        + " got \"secret\""),
                problems(bad));
    }

    @Test
    void names_mustBeUnique_becauseTheyKeyTheResources() {
        assertEquals(List.of("pullRequestRules[1].name: must be unique: the name keys the rule's resources, got \"r\""),
                problems(PullRequestRule.approval("r").build(), PullRequestRule.securityScan("r").build()));
    }

    @Test
    void allowedPrincipals_onlyRestrictPushesOfApprovalAndCiRules() {
        assertEquals(List.of("pullRequestRules[0].conditions.allowedPrincipals: only approval and ci_integration"
                        + " rules restrict who may push (type is security_scan),"
                        + " got [\"arn:aws:iam::123456789012:role/ci\"]"),
                problems(PullRequestRule.securityScan("s").allowedPrincipals("arn:aws:iam::123456789012:role/ci").build()));
        assertEquals(List.of(), problems(PullRequestRule.ciIntegration("c")
                .allowedPrincipals("arn:aws-us-gov:iam::123456789012:root", "arn:aws:iam::123456789012:user/dev/ana",
                        "arn:aws:iam::123456789012:role/ci-*").build()));
    }

    @Test
    void webhookSecret_needsAWebhook() {
        assertEquals(List.of("pullRequestRules[0].actions.webhookSecretArn: only used with webhookUrl (it signs the"
                        + " webhook body), got \"arn:aws:secretsmanager:eu-west-1:123456789012:secret:hook-AbCdEf\""),
                problems(PullRequestRule.approval("r")
                        .webhookSecretArn("arn:aws:secretsmanager:eu-west-1:123456789012:secret:hook-AbCdEf").build()));
    }

    @Test
    void webhookUrl_httpsWithAPublicHostOnly() {
        for (String ok : List.of("https://hooks.example.com/ecr?token=x", "https://93.184.216.34:8443/x")) {
            assertTrue(PullRequestRules.webhookUrlProblem(ok).isEmpty(), ok);
        }
        for (String bad : List.of("http://hooks.example.com", "https://", "hooks.example.com/x",
                "https://user:pw@hooks.example.com", "https://hooks.example.com/#x", "https://127.0.0.1/x",
                "https://10.0.0.8/x", "https://172.20.1.1/x", "https://192.168.1.1/x", "https://169.254.169.254/",
                "https://[::1]/x", "https://[fd00::1]/x", "https://localhost/x", "https://a b/",
                "https://example.com/" + "x".repeat(2048))) {
            assertTrue(PullRequestRules.webhookUrlProblem(bad).isPresent(), bad);
        }
    }

    @Test
    void effects_sayWhatEachRuleDoes() {
        var topic = "arn:aws:sns:eu-west-1:123456789012:t";
        assertEquals(List.of("sns", "deny-push"), PullRequestRule.approval("a").notificationTopicArn(topic)
                .allowedPrincipals("arn:aws:iam::123456789012:role/ci").build().effects());
        assertEquals(List.of("sns"), PullRequestRule.approval("a").notificationTopicArn(topic)
                .allowedPrincipals("arn:aws:iam::123456789012:role/ci").blockOnFailure(false).build().effects());
        assertEquals(List.of("webhook", "quarantine"), PullRequestRule.securityScan("s")
                .webhookUrl("https://x.example.com").build().effects());
        assertEquals(List.of(), PullRequestRule.securityScan("s").blockOnFailure(false).build().effects());
        assertEquals(List.of(), PullRequestRule.securityScan("s").enabled(false).build().effects());
    }

    @Test
    void severity_atOrAbove_listsTheThresholdAndHigherHighestFirst() {
        assertEquals(List.of(Severity.CRITICAL, Severity.HIGH, Severity.MEDIUM, Severity.LOW), Severity.LOW.atOrAbove());
        assertEquals(List.of(Severity.CRITICAL, Severity.HIGH), Severity.HIGH.atOrAbove());
        assertEquals(List.of(Severity.CRITICAL), Severity.CRITICAL.atOrAbove());
    }
}
