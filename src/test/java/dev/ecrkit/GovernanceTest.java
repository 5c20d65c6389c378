package dev.ecrkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ecrkit.events.GovernanceEventPatterns;
import dev.ecrkit.governance.PullRequestRule;
import dev.ecrkit.governance.Severity;
import dev.ecrkit.findings.PlannedResource;
import dev.ecrkit.validation.InvalidInputException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The Governance component under the plan's mock engine, per rule type, standalone and as a Repository child. */
class GovernanceTest {
    private static final String ARN = "arn:aws:ecr:eu-west-1:123456789012:repository/team/app";
    private static final String TOPIC = "arn:aws:sns:eu-west-1:123456789012:approvals";
    private static final String CI = "arn:aws:iam::123456789012:role/ci";
    private static final String RULE = "aws:cloudwatch/eventRule:EventRule";
    private static final String TARGET = "aws:cloudwatch/eventTarget:EventTarget";
    private static final String FUNCTION = "aws:lambda/function:Function";
    private static final String POLICY = "aws:ecr/repositoryPolicy:RepositoryPolicy";
    private static final String USER_POLICY = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"Pull\","
            + "\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::210987654321:root\"},"
            + "\"Action\":\"ecr:BatchGetImage\"}]}";

    static TestEngine.Run governance(GovernanceArgs.Builder args) {
        return TestEngine.run(ctx -> ctx.export("pr", new Governance("gov", args.build(), null).pullRequestRules));
    }

    static GovernanceArgs.Builder args(PullRequestRule... rules) {
        return GovernanceArgs.builder().repositoryName("team/app").repositoryArn(ARN).rules(rules);
    }

    static PlannedResource named(TestEngine.Run run, String name) {
        return run.stack().resources().stream().filter(r -> r.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no resource " + name + " in " + names(run)));
    }

    static Set<String> names(TestEngine.Run run) {
        return run.stack().resources().stream().map(r -> r.type() + " " + r.name())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> output(TestEngine.Run run, String name) {
        return (Map<String, Object>) run.stack().outputs().get(name);
    }

    @Test
    void approval_notifiesTheTopic_postsTheWebhook_andDeniesEveryOtherPusher() {
        var run = governance(args(PullRequestRule.approval("release").tagPatterns("v*").allowedPrincipals(CI)
                .notificationTopicArn(TOPIC).webhookUrl("https://hooks.example.com/ecr").requireApprovalCount(2)
                .build()));
        assertNull(run.failure());
        String component = run.one(Governance.TYPE).urn();
        run.stack().resources().stream().filter(r -> r.type().startsWith("aws:"))
                .forEach(r -> assertEquals(component, r.parent(), r.name()));

        var rule = named(run, "gov-release-push-rule");
        assertEquals(GovernanceEventPatterns.pushes("team/app", List.of("v*")), rule.inputs().get("eventPattern"));
        var target = named(run, "gov-release-push-target");
        assertEquals(TOPIC, target.inputs().get("arn"));
        assertEquals("sns", target.inputs().get("targetId"));
        @SuppressWarnings("unchecked")
        var transformer = (Map<String, Object>) target.inputs().get("inputTransformer");
        assertEquals(Map.of("repository", "$.detail.repository-name", "tag", "$.detail.image-tag",
                "digest", "$.detail.image-digest", "time", "$.time", "account", "$.account", "region", "$.region"),
                transformer.get("inputPaths"));
        assertTrue(String.valueOf(transformer.get("inputTemplate")).contains("It needs 2 approval(s)"));
        assertEquals(Map.of("maximumEventAgeInSeconds", 86_400L, "maximumRetryAttempts", 185L),
                target.inputs().get("retryPolicy"));
        assertEquals(Map.of("arn", "arn:aws:sqs:eu-west-1:123456789012:team-app-pr-notifications-dlq-a0f35732"),
                target.inputs().get("deadLetterConfig"));

        var webhook = named(run, "gov-release-webhook-function");
        assertEquals("pr_webhook.handler", webhook.inputs().get("handler"));
        @SuppressWarnings("unchecked")
        var env = (Map<String, Object>) ((Map<String, Object>) webhook.inputs().get("environment")).get("variables");
        assertEquals("https://hooks.example.com/ecr", env.get("WEBHOOK_URL"));
        assertEquals("2", env.get("REQUIRE_APPROVAL_COUNT"));
        assertEquals(GovernanceEventPatterns.pushes("team/app", List.of("v*")),
                named(run, "gov-release-webhook-events-rule").inputs().get("eventPattern"));

        var policy = run.one(POLICY);
        assertEquals("team/app", policy.inputs().get("repository"));
        assertEquals("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"PullRequestRuleDenyPushRelease\","
                + "\"Effect\":\"Deny\",\"Principal\":{\"AWS\":\"*\"},\"Action\":[\"ecr:PutImage\","
                + "\"ecr:InitiateLayerUpload\",\"ecr:UploadLayerPart\",\"ecr:CompleteLayerUpload\"],"
                + "\"Condition\":{\"ArnNotLike\":{\"aws:PrincipalArn\":\"arn:aws:iam::123456789012:role/ci\"},"
                + "\"Bool\":{\"aws:PrincipalIsAWSService\":\"false\"}}}]}", policy.inputs().get("policy"));

        var pr = output(run, "pr");
        assertEquals(true, pr.get("enabled"));
        assertEquals(List.of(Map.of("name", "release", "type", "approval", "enabled", true,
                "effects", List.of("sns", "webhook", "deny-push"))), pr.get("rules"));
        @SuppressWarnings("unchecked")
        var policies = (Map<String, Object>) pr.get("policies");
        assertEquals(1, ((Number) policies.get("statements")).intValue());
        assertEquals(true, policies.get("registered"));
        assertEquals(List.of(TOPIC), pr.get("notificationTopicArns"));
        assertEquals(List.of(Map.of("name", "team-app-pr-release-webhook-14e3e0bd",
                "arn", "arn:aws:lambda:eu-west-1:123456789012:function:team-app-pr-release-webhook-14e3e0bd")),
                pr.get("webhookFunctions"));
        assertEquals(2, ((List<?>) pr.get("eventRules")).size());
        assertEquals(List.of(), pr.get("quarantineFunctions"));
    }

    @Test
    void securityScan_withBlockOnFailure_quarantinesOnScanResults_andRegistersNoPolicy() {
        var run = governance(args(PullRequestRule.securityScan("scan").severityThreshold(Severity.HIGH)
                .tagPatterns("v*").build()));
        assertNull(run.failure());
        var fn = named(run, "gov-scan-quarantine-function");
        assertEquals("pr_quarantine.handler", fn.inputs().get("handler"));
        assertEquals(GovernanceEventPatterns.scanFailures("team/app", ARN, "123456789012", List.of("CRITICAL", "HIGH"),
                true, List.of("v*")), named(run, "gov-scan-quarantine-events-rule").inputs().get("eventPattern"));
        assertEquals("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"QuarantineRepositoryImages\","
                + "\"Effect\":\"Allow\",\"Action\":[\"ecr:DescribeImages\",\"ecr:BatchGetImage\",\"ecr:PutImage\","
                + "\"ecr:BatchDeleteImage\"],\"Resource\":\"" + ARN + "\"}]}",
                named(run, "gov-scan-quarantine-access-policy").inputs().get("policy"));
        assertEquals(0, run.ofType(POLICY).size());
        assertEquals(0, run.ofType(TARGET).stream().filter(t -> "sns".equals(t.inputs().get("targetId"))).count(),
                "no topic, no SNS target");
        assertEquals(List.of(Map.of("name", "scan", "type", "security_scan", "enabled", true,
                "effects", List.of("quarantine"))), output(run, "pr").get("rules"));
    }

    @Test
    void securityScan_withTopic_sendsOneReadableMessagePerScanKind() {
        var run = governance(args(PullRequestRule.securityScan("scan").blockOnFailure(false)
                .notificationTopicArn(TOPIC).build()));
        assertEquals(Set.of("gov-scan-basic-scan-rule", "gov-scan-enhanced-scan-rule", "gov-scan-finding-rule"),
                run.ofType(RULE).stream().map(PlannedResource::name).collect(Collectors.toSet()));
        assertEquals(0, run.ofType(FUNCTION).size(), "blockOnFailure false: no quarantine");
        assertTrue(String.valueOf(named(run, "gov-scan-finding-target").inputs().get("inputTransformer"))
                .contains("This rule only notifies."));
    }

    @Test
    void ciIntegration_withoutTopicWebhookOrPrincipals_createsNoOrphanResource() {
        var run = governance(args(PullRequestRule.ciIntegration("ci").build()));
        assertEquals(Set.of(Governance.TYPE + " gov"), names(run));
        assertEquals(List.of(Map.of("name", "ci", "type", "ci_integration", "enabled", true, "effects", List.of())),
                output(run, "pr").get("rules"));
    }

    @Test
    void ciIntegration_withPrincipalsButBlockOnFailureFalse_onlyNotifies() {
        var run = governance(args(PullRequestRule.ciIntegration("ci").allowedPrincipals(CI).blockOnFailure(false)
                .notificationTopicArn(TOPIC).build()));
        assertEquals(0, run.ofType(POLICY).size());
        assertEquals(1, run.ofType(TARGET).size());
    }

    @Test
    void disabledRules_deployNothing() {
        var run = governance(args(PullRequestRule.approval("off").enabled(false).allowedPrincipals(CI)
                .notificationTopicArn(TOPIC).build()));
        assertEquals(Set.of(Governance.TYPE + " gov"), names(run));
        assertEquals(List.of(), output(run, "pr").get("rules"));
    }

    @Test
    void reorderingRules_keepsEveryResourceName() {
        var a = PullRequestRule.approval("release").notificationTopicArn(TOPIC).webhookUrl("https://x.example.com/h")
                .build();
        var b = PullRequestRule.securityScan("scan").notificationTopicArn(TOPIC).build();
        var first = governance(args(a, b));
        var second = governance(args(b, a));
        assertEquals(names(first), names(second));
        assertEquals(first.ofType(RULE).stream().map(r -> r.inputs().get("name")).collect(Collectors.toSet()),
                second.ofType(RULE).stream().map(r -> r.inputs().get("name")).collect(Collectors.toSet()));
    }

    @Test
    void basePolicy_isMergedIntoTheOnePolicyTheComponentRegisters() {
        var run = governance(args(PullRequestRule.approval("release").allowedPrincipals(CI).build())
                .basePolicy(USER_POLICY));
        String policy = String.valueOf(run.one(POLICY).inputs().get("policy"));
        assertTrue(policy.startsWith("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"Pull\""), policy);
        assertTrue(policy.contains("},{\"Sid\":\"PullRequestRuleDenyPushRelease\""), policy);
    }

    @Test
    void statementsOnly_registersNoPolicy_andExposesTheStatements() {
        var run = TestEngine.run(ctx -> ctx.export("statements", new Governance("gov",
                args(PullRequestRule.approval("release").allowedPrincipals(CI).build())
                        .repositoryPolicy(GovernanceArgs.RepositoryPolicyMode.STATEMENTS_ONLY).build(), null)
                .repositoryPolicyStatements));
        assertEquals(0, run.ofType(POLICY).size());
        assertTrue(String.valueOf(run.stack().outputs().get("statements"))
                .startsWith("[{\"Sid\":\"PullRequestRuleDenyPushRelease\",\"Effect\":\"Deny\""));
    }

    @Test
    void badArgs_reportEveryProblemBeforeAnythingIsRegistered() {
        var e = assertThrows(InvalidInputException.class, () -> GovernanceArgs.builder().repositoryName("Team/App")
                .repositoryArn("arn:aws:ecr:eu-west-1:123456789012:repository/other")
                .rules(PullRequestRule.approval("r").requireApprovalCount(11).build(),
                        PullRequestRule.securityScan("r").build())
                .repositoryPolicy(GovernanceArgs.RepositoryPolicyMode.STATEMENTS_ONLY).basePolicy("").build());
        assertEquals(List.of("repositoryName", "repositoryArn", "rules[0].actions.requireApprovalCount", "rules[1].name",
                "basePolicy", "basePolicy"), e.problems().stream().map(p -> p.field()).toList());
        var arn = assertThrows(InvalidInputException.class, () -> GovernanceArgs.builder().repositoryName("team/app")
                .repositoryArn("arn:aws:ecr:eu-west-1:123456789012:repository/other").rules().build());
        assertEquals(List.of("repositoryArn: must be the ARN of repository team/app,"
                        + " got \"arn:aws:ecr:eu-west-1:123456789012:repository/other\"",
                "rules: at least one rule is required"),
                arn.problems().stream().map(Object::toString).toList());
    }

    @Test
    void tooManyTagPatterns_forOneEventPattern_failNamingTheRule() {
        var patterns = java.util.stream.IntStream.range(0, 40).mapToObj(i -> "release-" + i + "-*").toList();
        var run = governance(args(PullRequestRule.ciIntegration("ok").build(),
                PullRequestRule.securityScan("scan").tagPatterns(patterns).build()));
        assertTrue(run.message().startsWith("rules[1].conditions.tagPatterns: the EventBridge pattern of"
                + " scan-quarantine (repository name and tag patterns) must be at most 2048 characters;"), run.message());
        assertTrue(run.registered() <= 1, "nothing but the component: " + run.registered());
    }

    @Test
    void repository_withPolicyAndRules_registersOneMergedPolicy_userStatementsFirst() {
        var run = TestEngine.run(ctx -> {
            var r = new Repository("app", RepositoryArgs.builder().name("team/app").policy(USER_POLICY)
                    .pullRequestRules(PullRequestRule.approval("release").allowedPrincipals(CI)
                            .notificationTopicArn(TOPIC).build())
                    .build(), null);
            ctx.export("pr", r.pullRequestRules);
            ctx.export("exists", r.repositoryPolicyExists);
        });
        assertNull(run.failure());
        var policy = run.one(POLICY);
        assertEquals("app-policy", policy.name());
        assertEquals("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"Pull\",\"Effect\":\"Allow\","
                + "\"Principal\":{\"AWS\":\"arn:aws:iam::210987654321:root\"},\"Action\":\"ecr:BatchGetImage\"},"
                + "{\"Sid\":\"PullRequestRuleDenyPushRelease\",\"Effect\":\"Deny\",\"Principal\":{\"AWS\":\"*\"},"
                + "\"Action\":[\"ecr:PutImage\",\"ecr:InitiateLayerUpload\",\"ecr:UploadLayerPart\","
                + "\"ecr:CompleteLayerUpload\"],\"Condition\":{\"ArnNotLike\":{\"aws:PrincipalArn\":"
                + "\"arn:aws:iam::123456789012:role/ci\"},\"Bool\":{\"aws:PrincipalIsAWSService\":\"false\"}}}]}",
                policy.inputs().get("policy"));
        var governance = run.one(Governance.TYPE);
        assertEquals("app-governance", governance.name());
        assertEquals(run.one(Repository.TYPE).urn(), governance.parent());
        assertEquals(governance.urn(), named(run, "app-governance-release-push-rule").parent());
        var pr = output(run, "pr");
        assertEquals(Map.of("mergedPolicyApplied", true, "finalPolicySource", "manual+pull_request_rules"),
                pr.get("policies"));
        assertEquals(true, run.stack().outputs().get("exists"));
        @SuppressWarnings("unchecked")
        var tags = (Map<String, Object>) named(run, "app-governance-release-push-rule").inputs().get("tags");
        assertEquals("Pulumi", tags.get("ManagedBy"), "the repository's tags reach the rules' resources");
    }

    @Test
    void repository_rulesOnly_registersThePolicyFromTheRules() {
        var run = TestEngine.run(ctx -> ctx.export("pr", new Repository("app", RepositoryArgs.builder().name("app")
                .pullRequestRules(PullRequestRule.ciIntegration("ci").allowedPrincipals(CI).build()).build(), null)
                .pullRequestRules));
        assertTrue(String.valueOf(run.one(POLICY).inputs().get("policy")).contains("PullRequestRuleDenyPushCi"));
        assertEquals(Map.of("mergedPolicyApplied", true, "finalPolicySource", "pull_request_rules"),
                output(run, "pr").get("policies"));
    }

    @Test
    void repository_withoutRules_reportsThemDisabled_andCreatesNoGovernance() {
        var run = TestEngine.run(ctx -> ctx.export("pr", new Repository("app", RepositoryArgs.builder().name("app")
                .policy(USER_POLICY).build(), null).pullRequestRules));
        assertEquals(0, run.ofType(Governance.TYPE).size());
        assertEquals(USER_POLICY, run.one(POLICY).inputs().get("policy"), "the user's policy is used as is");
        assertEquals(Map.of("enabled", false, "rules", List.of(),
                "policies", Map.of("mergedPolicyApplied", false, "finalPolicySource", "manual"),
                "notificationTopicArns", List.of(), "eventRules", List.of(), "webhookFunctions", List.of(),
                "quarantineFunctions", List.of()), output(run, "pr"));
    }

    @Test
    void repository_userSidThatARuleGenerates_failsNamingThePolicy() {
        var run = TestEngine.run(ctx -> new Repository("app", RepositoryArgs.builder().name("app")
                .policy("{\"Statement\":[{\"Sid\":\"PullRequestRuleDenyPushCi\",\"Effect\":\"Allow\","
                        + "\"Principal\":{\"AWS\":\"arn:aws:iam::123456789012:root\"},\"Action\":\"ecr:ListImages\"}]}")
                .pullRequestRules(PullRequestRule.ciIntegration("ci").allowedPrincipals(CI).build()).build(), null));
        assertTrue(run.message().contains("policy: a statement already uses the Sid PullRequestRuleDenyPushCi"),
                run.message());
    }

    @Test
    void repository_badRules_failTheArgsWithRuleFieldPaths() {
        var e = assertThrows(InvalidInputException.class, () -> RepositoryArgs.builder().name("app")
                .pullRequestRules(PullRequestRule.approval("r").webhookUrl("http://x.example.com").build()).build());
        assertEquals(List.of("pullRequestRules[0].actions.webhookUrl"),
                e.problems().stream().map(p -> p.field()).toList());
    }
}
