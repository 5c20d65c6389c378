package dev.ecrkit.governance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ecrkit.events.SampleEvents;
import dev.ecrkit.json.Json;
import dev.ecrkit.naming.NameKind;
import dev.ecrkit.policy.AwsScope;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class GovernancePlanTest {
    private static final AwsScope SCOPE = new AwsScope("aws", SampleEvents.REGION, SampleEvents.ACCOUNT);
    private static final String TOPIC = "arn:aws:sns:eu-west-1:123456789012:approvals";
    private static final String CI = "arn:aws:iam::123456789012:role/ci";

    /** What EventBridge's input transformer sends: each {@code <variable>} replaced by its path's value. */
    static String render(GovernancePlan.Notification n, String event) {
        Object parsed = Json.parse(event).orElseThrow();
        Matcher m = Pattern.compile("<([A-Za-z0-9_-]+)>").matcher(n.inputTemplate());
        var out = new StringBuilder();
        while (m.find()) {
            String path = n.inputPaths().get(m.group(1));
            assertNotNull(path, "template variable " + m.group(1) + " has no path");
            Object value = resolve(parsed, path);
            assertNotNull(value, path + " is not in the event");
            m.appendReplacement(out, Matcher.quoteReplacement(String.valueOf(value)));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** A JSON path of dot notation and array indices, as the input transformer supports. */
    static Object resolve(Object root, String path) {
        Object cur = root;
        for (String part : path.substring(2).split("\\.")) {
            var idx = Pattern.compile("(.+)\\[(\\d+)]").matcher(part);
            String key = idx.matches() ? idx.group(1) : part;
            cur = cur instanceof Map<?, ?> map ? map.get(key) : null;
            if (idx.matches()) {
                cur = cur instanceof List<?> l ? l.get(Integer.parseInt(idx.group(2))) : null;
            }
        }
        return cur;
    }

    @Test
    void resourceKeys_dependOnTheRulesOnly_inRuleOrder() {
        var rules = List.of(
                PullRequestRule.approval("release").notificationTopicArn(TOPIC).webhookUrl("https://x.example.com").build(),
                PullRequestRule.securityScan("scan").notificationTopicArn(TOPIC).build(),
                PullRequestRule.ciIntegration("ci").blockOnFailure(false).build(),
                PullRequestRule.securityScan("off").enabled(false).notificationTopicArn(TOPIC).build());
        assertEquals(List.of("release-push", "scan-basic-scan", "scan-enhanced-scan", "scan-finding"),
                GovernancePlan.notificationKeys(rules));
        assertEquals(List.of("release-webhook", "scan-quarantine"), GovernancePlan.functionKeys(rules));
        var plan = GovernancePlan.of("team/app", SCOPE, rules);
        assertEquals(GovernancePlan.notificationKeys(rules),
                plan.notifications().stream().map(GovernancePlan.Notification::key).toList());
        assertEquals(GovernancePlan.functionKeys(rules),
                plan.functions().stream().map(GovernancePlan.FunctionSpec::key).toList());
        assertEquals(List.of(), plan.statements(), "no rule restricts pushes");
    }

    @Test
    void denyStatement_golden_exemptsTheAllowedPrincipalsAndTheQuarantineRoles() {
        var plan = GovernancePlan.of("team/app", SCOPE, List.of(
                PullRequestRule.approval("release").allowedPrincipals(CI, "arn:aws:iam::123456789012:role/release-*")
                        .build(),
                PullRequestRule.securityScan("scan").build()));
        assertEquals("[{\"Sid\":\"PullRequestRuleDenyPushRelease\",\"Effect\":\"Deny\",\"Principal\":{\"AWS\":\"*\"},"
                + "\"Action\":[\"ecr:PutImage\",\"ecr:InitiateLayerUpload\",\"ecr:UploadLayerPart\","
                + "\"ecr:CompleteLayerUpload\"],\"Condition\":{\"ArnNotLike\":{\"aws:PrincipalArn\":["
                + "\"arn:aws:iam::123456789012:role/ci\",\"arn:aws:iam::123456789012:role/release-*\","
                + "\"arn:aws:iam::123456789012:role/team-app-pr-scan-quarantine-eu-west-1-efff6590\"]},"
                + "\"Bool\":{\"aws:PrincipalIsAWSService\":\"false\"}}}]",
                Json.write(plan.statements().stream().map(s -> s.toJson()).toList()));
        assertEquals("team-app-pr-scan-quarantine-eu-west-1-efff6590", plan.functions().get(0).roleName());
    }

    @Test
    void sid_isThePascalCaseName_withAHashOnlyWhenTwoRulesWouldShareIt() {
        assertEquals("PullRequestRuleDenyPushReleaseApproval", GovernancePlan.sid("release-approval"));
        assertEquals("PullRequestRuleDenyPushCiCheck2", GovernancePlan.sid("ci_check.2"));
        var plan = GovernancePlan.of("team/app", SCOPE, List.of(
                PullRequestRule.approval("ci-check").allowedPrincipals(CI).build(),
                PullRequestRule.ciIntegration("ci_check").allowedPrincipals(CI).build(),
                PullRequestRule.ciIntegration("release").allowedPrincipals(CI).build()));
        var sids = plan.statements().stream().map(s -> s.sid()).toList();
        assertEquals(List.of("PullRequestRuleDenyPushCiCheck" + dev.ecrkit.naming.DerivedName.hash("ci-check"),
                "PullRequestRuleDenyPushCiCheck" + dev.ecrkit.naming.DerivedName.hash("ci_check"),
                "PullRequestRuleDenyPushRelease"), sids);
        sids.forEach(sid -> assertTrue(sid.matches("[A-Za-z0-9]+"), sid));
    }

    @Test
    void derivedNames_fitEveryServiceForTheLongestNames() {
        String repo = "a".repeat(200) + "/b.c";
        var rule = PullRequestRule.securityScan("x".repeat(64)).notificationTopicArn(TOPIC)
                .webhookUrl("https://x.example.com").build();
        var plan = GovernancePlan.of(repo, SCOPE, List.of(rule));
        plan.notifications().forEach(n -> assertTrue(NameKind.EVENT_RULE.isValid(n.ruleName()), n.ruleName()));
        plan.functions().forEach(f -> {
            assertTrue(NameKind.LAMBDA_FUNCTION.isValid(f.functionName()), f.functionName());
            assertTrue(NameKind.IAM_ROLE.isValid(f.roleName()), f.roleName());
            assertTrue(NameKind.SQS_QUEUE.isValid(f.queueName()), f.queueName());
            assertTrue(NameKind.EVENT_RULE.isValid(f.triggerRuleName()), f.triggerRuleName());
        });
    }

    @Test
    void pushMessage_readsCompletely_fromTheDocumentedPushEvent() {
        var rule = PullRequestRule.approval("release").notificationTopicArn(TOPIC).requireApprovalCount(2)
                .approvalTimeoutHours(48).allowedPrincipals(CI).build();
        var n = GovernancePlan.of("team/app", SCOPE, List.of(rule)).notifications().get(0);
        assertEquals("ECR pull request rule release (approval): team/app:latest"
                + " (sha256:7f5b2640fe6fb4f46592dfd3410c4a79dac4f89e4782432e0378abcd1234) was pushed in account"
                + " 123456789012, eu-west-1 at 2019-11-16T01:54:34Z. It needs 2 approval(s) within 48 hour(s);"
                + " approvers act on this message (AWS does not count approvals). Only the rule's allowed principals"
                + " can push to this repository (repository policy).",
                render(n, SampleEvents.load("ecr-image-push", "team/app")));
        var ci = PullRequestRule.ciIntegration("ci").notificationTopicArn(TOPIC).build();
        assertTrue(render(GovernancePlan.of("team/app", SCOPE, List.of(ci)).notifications().get(0),
                SampleEvents.load("ecr-image-push", "team/app")).endsWith("at 2019-11-16T01:54:34Z. CI: validate this image."));
    }

    @Test
    void scanMessages_readCompletely_fromTheDocumentedScanEvents() {
        var rule = PullRequestRule.securityScan("scan").severityThreshold(Severity.HIGH).notificationTopicArn(TOPIC)
                .build();
        var n = GovernancePlan.of("team/app", SCOPE, List.of(rule)).notifications();
        assertEquals("ECR pull request rule scan (security_scan): the basic scan of team/app@sha256:7f5b2640fe6fb4f"
                + "46592dfd3410c4a79dac4f89e4782432e0378abcd1234 in account 123456789012, eu-west-1 reported status"
                + " COMPLETE at 2019-10-29T02:36:48Z: it either did not complete or found vulnerabilities at or above"
                + " HIGH. Findings: aws ecr describe-image-scan-findings --repository-name team/app --image-id"
                + " imageDigest=sha256:7f5b2640fe6fb4f46592dfd3410c4a79dac4f89e4782432e0378abcd1234 --region"
                + " eu-west-1. Each of its tags T that matches the rule is replaced by quarantined-T (the image is"
                + " kept for review).", render(n.get(0), SampleEvents.load("ecr-image-scan", "team/app")));
        assertEquals("ECR pull request rule scan (security_scan): Amazon Inspector's initial scan of"
                + " arn:aws:ecr:eu-west-1:123456789012:repository/team/app@sha256:36c7b282abd0186e01419f2e58743e1bf6"
                + "35808231049bbc9d77e5EXAMPLE in account 123456789012, eu-west-1 found vulnerabilities at or above"
                + " HIGH at 2021-12-03T18:03:16Z; see them in Amazon Inspector. Each of its tags T that matches the"
                + " rule is replaced by quarantined-T (the image is kept for review).",
                render(n.get(1), SampleEvents.load("inspector-scan", "team/app")));
        var notifyOnly = PullRequestRule.securityScan("scan").blockOnFailure(false).notificationTopicArn(TOPIC).build();
        assertEquals("ECR pull request rule scan (security_scan): Amazon Inspector reports a MEDIUM finding on"
                + " team/app@sha256:36c7b282abd0186e01419f2e58743e1bf635808231049bbc9d77e5EXAMPLE in account"
                + " 123456789012, eu-west-1 at 2021-12-03T18:02:30Z: CVE-2019-17498 - libssh2"
                + " (arn:aws:inspector2:eu-west-1:123456789012:finding/be674aaddd0f75ac632055EXAMPLE)."
                + " This rule only notifies.",
                render(GovernancePlan.of("team/app", SCOPE, List.of(notifyOnly)).notifications().get(2),
                        SampleEvents.load("inspector-finding", "team/app")));
    }

    @Test
    void functions_getTheirSettingsFromTheEnvironment_andOnlyTheAccessTheyUse() {
        var rule = PullRequestRule.approval("release").webhookUrl("https://hooks.example.com/x")
                .webhookSecretArn("arn:aws:secretsmanager:eu-west-1:123456789012:secret:hook-AbCdEf").build();
        var f = GovernancePlan.of("team/app", SCOPE, List.of(rule)).functions().get(0);
        assertEquals(Map.of("WEBHOOK_URL", "https://hooks.example.com/x", "RULE_NAME", "release", "RULE_TYPE",
                "approval", "REPOSITORY_NAME", "team/app", "REGISTRY_ID", "123456789012", "REQUIRE_APPROVAL_COUNT", "1",
                "APPROVAL_TIMEOUT_HOURS", "24", "SIGNING_SECRET_ARN",
                "arn:aws:secretsmanager:eu-west-1:123456789012:secret:hook-AbCdEf"), f.environment());
        assertEquals("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"DescribeRepositoryImages\","
                + "\"Effect\":\"Allow\",\"Action\":\"ecr:DescribeImages\","
                + "\"Resource\":\"arn:aws:ecr:eu-west-1:123456789012:repository/team/app\"},"
                + "{\"Sid\":\"ReadSigningSecret\",\"Effect\":\"Allow\",\"Action\":\"secretsmanager:GetSecretValue\","
                + "\"Resource\":\"arn:aws:secretsmanager:eu-west-1:123456789012:secret:hook-AbCdEf\"}]}",
                f.accessPolicy());
        var q = GovernancePlan.of("team/app", SCOPE, List.of(PullRequestRule.securityScan("scan").tagPatterns("v*")
                .build())).functions().get(0);
        assertEquals(Map.of("RULE_NAME", "scan", "REPOSITORY_NAME", "team/app", "REGISTRY_ID", "123456789012",
                "TAG_PATTERNS", "[\"v*\"]", "QUARANTINE_PREFIX", "quarantined-"), q.environment());
        assertEquals("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"QuarantineRepositoryImages\","
                + "\"Effect\":\"Allow\",\"Action\":[\"ecr:DescribeImages\",\"ecr:BatchGetImage\",\"ecr:PutImage\","
                + "\"ecr:BatchDeleteImage\"],\"Resource\":\"arn:aws:ecr:eu-west-1:123456789012:repository/team/app\"}]}",
                q.accessPolicy());
    }
}
