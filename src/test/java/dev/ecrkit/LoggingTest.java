package dev.ecrkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pulumi.core.Output;
import dev.ecrkit.events.EcrEventPatterns;
import dev.ecrkit.observability.LoggingSettings;
import dev.ecrkit.validation.InvalidInputException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class LoggingTest {
    static final String LOG_GROUP = "aws:cloudwatch/logGroup:LogGroup";
    static final String RULE = "aws:cloudwatch/eventRule:EventRule";
    static final String TARGET = "aws:cloudwatch/eventTarget:EventTarget";
    static final String POLICY = "aws:cloudwatch/logResourcePolicy:LogResourcePolicy";
    private static final String ARN = "arn:aws:ecr:eu-west-1:123456789012:repository/team/app";

    static TestEngine.Run deploy(UnaryOperator<LoggingArgs.Builder> customize) {
        return TestEngine.run(ctx -> new Logging("app-logging",
                customize.apply(LoggingArgs.builder().repositoryName("team/app")).build(), null));
    }

    @Test
    void standalone_recordsTheRepositorysEventsInItsLogGroup_withoutAnyRole() {
        var run = deploy(b -> b.tags(Map.of("Team", "a")));
        assertNull(run.failure());
        assertEquals(java.util.Set.of(Logging.TYPE, LOG_GROUP, RULE, POLICY, TARGET),
                run.stack().resources().stream().map(r -> r.type()).collect(java.util.stream.Collectors.toSet()));
        assertEquals(5, run.stack().resources().size());
        assertTrue(run.ofType("aws:iam/role:Role").isEmpty(), "no role that nothing assumes");
        String component = run.one(Logging.TYPE).urn();
        run.stack().resources().stream().filter(r -> r.type().startsWith("aws:"))
                .forEach(r -> assertEquals(component, r.parent(), r.name()));

        assertEquals(Map.of("name", "/aws/ecr/team/app", "retentionInDays", 30L, "tags", Map.of("Team", "a")),
                run.one(LOG_GROUP).inputs());
        var rule = run.one(RULE);
        assertEquals("app-logging-events", rule.name());
        assertEquals(Map.of("name", "team-app-ecr-events-" + dev.ecrkit.naming.DerivedName.hash("team/app-ecr-events"),
                "description", "ECR and Amazon Inspector events of repository team/app, recorded in /aws/ecr/team/app (ecrkit)",
                "eventPattern", EcrEventPatterns.repositoryEvents("team/app", ARN),
                "tags", Map.of("Team", "a")), rule.inputs());
        var target = run.one(TARGET);
        assertEquals(Map.of("rule", rule.inputs().get("name"), "targetId", "log-group",
                "arn", "arn:aws:logs:eu-west-1:123456789012:log-group:/aws/ecr/team/app"), target.inputs());
        var policy = run.one(POLICY);
        assertEquals(List.of(policy.urn()), target.dependsOn(), "the target waits for the permission to write");
        assertEquals("{\"Version\":\"2012-10-17\",\"Statement\":["
                + "{\"Sid\":\"EventBridgeCreatesLogStreams\",\"Effect\":\"Allow\",\"Principal\":{\"Service\":[\"events.amazonaws.com\",\"delivery.logs.amazonaws.com\"]},"
                + "\"Action\":\"logs:CreateLogStream\",\"Resource\":\"arn:aws:logs:eu-west-1:123456789012:log-group:/aws/ecr/team/app:*\"},"
                + "{\"Sid\":\"EventBridgeWritesRepositoryEvents\",\"Effect\":\"Allow\",\"Principal\":{\"Service\":[\"events.amazonaws.com\",\"delivery.logs.amazonaws.com\"]},"
                + "\"Action\":\"logs:PutLogEvents\",\"Resource\":\"arn:aws:logs:eu-west-1:123456789012:log-group:/aws/ecr/team/app:*\","
                + "\"Condition\":{\"StringEquals\":{\"aws:SourceAccount\":\"123456789012\"},"
                + "\"ArnEquals\":{\"aws:SourceArn\":\"arn:aws:events:eu-west-1:123456789012:rule/"
                + rule.inputs().get("name") + "\"}}}]}", policy.inputs().get("policyDocument"));
        assertEquals(rule.inputs().get("name"), policy.inputs().get("policyName"));
    }

    @Test
    void repositoryArn_givesPartitionRegionAndAccount() {
        String gov = "arn:aws-us-gov:ecr:us-gov-west-1:210987654321:repository/app";
        var run = TestEngine.run(ctx -> new Logging("l", LoggingArgs.builder().repositoryName("app")
                .repositoryArn(gov).build(), null));
        String policy = (String) run.one(POLICY).inputs().get("policyDocument");
        assertTrue(policy.contains("arn:aws-us-gov:logs:us-gov-west-1:210987654321:log-group:/aws/ecr/app:*"), policy);
        assertTrue(policy.contains("\"aws:SourceAccount\":\"210987654321\""), policy);
        assertEquals(EcrEventPatterns.repositoryEvents("app", gov), run.one(RULE).inputs().get("eventPattern"));
    }

    @Test
    void everyRetentionCloudWatchAccepts_isAccepted_includingThoseTheModuleRejects() {
        for (int days : List.of(0, 1, 1096, 2192, 2557, 2922, 3288, 3653)) {
            var run = deploy(b -> b.retentionInDays(days));
            assertNull(run.failure(), "retention " + days);
            assertEquals((long) days, run.one(LOG_GROUP).inputs().get("retentionInDays"));
        }
    }

    @Test
    void badInput_isReportedTogetherBeforeAnythingIsRegistered() {
        var e = assertThrows(InvalidInputException.class, () -> LoggingArgs.builder().repositoryName("Team/App")
                .repositoryArn("arn:aws:s3:::bucket").retentionInDays(31).kmsKeyArn("alias/logs").build());
        assertEquals(List.of(
                "repositoryName: must be 2-256 characters of lowercase letters and digits, separated by '.', '_', '__', '-' or '/' (no leading, trailing or doubled separator), got \"Team/App\"",
                "repositoryArn: must be an ECR repository ARN (arn:<partition>:ecr:<region>:<account>:repository/<name>), got \"arn:aws:s3:::bucket\"",
                "retentionInDays: must be 0 (never expire) or one of 1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653, got 31",
                "kmsKeyArn: must be a KMS key ARN (arn:<partition>:kms:<region>:<account>:key/<id>), got \"alias/logs\""),
                e.problems().stream().map(Object::toString).toList());
    }

    @Test
    void kmsKey_encryptsTheLogGroup_plainOrFromAnOutput() {
        String key = "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab";
        assertEquals(key, deploy(b -> b.kmsKeyArn(key)).one(LOG_GROUP).inputs().get("kmsKeyId"));
        assertEquals(key, deploy(b -> b.kmsKeyArn(Output.of(key))).one(LOG_GROUP).inputs().get("kmsKeyId"));
        assertEquals(key, deploy(b -> b.settings(LoggingSettings.builder().kmsKeyArn(key).build()))
                .one(LOG_GROUP).inputs().get("kmsKeyId"));
        var bad = deploy(b -> b.kmsKeyArn(Output.of("alias/x")));
        assertTrue(bad.message().startsWith("kmsKeyArn: must be a KMS key ARN"), bad.message());
    }

    @Test
    void withoutResourcePolicy_theRuleStillTargetsTheLogGroup() {
        var run = deploy(b -> b.createResourcePolicy(false));
        assertTrue(run.ofType(POLICY).isEmpty());
        assertEquals(List.of(), run.one(TARGET).dependsOn());
    }

    @Test
    void repositoryNameFromAnOutput_isValidatedWhenItResolves() {
        var run = TestEngine.run(ctx -> new Logging("l", LoggingArgs.builder().repositoryName(Output.of("Bad")).build(), null));
        assertTrue(run.message().startsWith("repositoryName: must be 2-256 characters"), run.message());
    }

    @Test
    void outputs_nameTheLogGroupAndRule() {
        var holder = new AtomicReference<Logging>();
        TestEngine.run(ctx -> holder.set(new Logging("l", LoggingArgs.builder().repositoryName("app").build(), null)));
        var l = holder.get();
        assertEquals("arn:aws:logs:eu-west-1:123456789012:log-group:/aws/ecr/app", value(l.cloudwatchLogGroupArn));
        assertEquals("/aws/ecr/app", value(l.logGroupName));
        assertEquals("app-ecr-events", value(l.eventRuleName));
        assertEquals("arn:aws:events:eu-west-1:123456789012:rule/app-ecr-events", value(l.eventRuleArn));
    }

    static <T> T value(Output<T> o) {
        return com.pulumi.test.PulumiTest.extractValue(o);
    }
}
