package dev.ecrkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ecrkit.observability.LoggingSettings;
import dev.ecrkit.observability.ObservabilityNames;
import dev.ecrkit.validation.InvalidInputException;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class EventLogPolicyTest {
    private static final String POLICY = LoggingTest.POLICY;

    @Test
    void oneSharedPolicy_letsEveryRepositorysRuleWrite_andTheRepositoriesCreateNone() {
        var run = TestEngine.run(ctx -> {
            for (int i = 0; i < 12; i++) {
                new Repository("repo-" + i, RepositoryArgs.builder().name("team/repo-" + i)
                        .logging(LoggingSettings.builder().createResourcePolicy(false).build()).build(), null);
            }
            new EventLogPolicy("event-logs", EventLogPolicyArgs.builder().policyName("platform-ecr-event-logs").build(), null);
        });
        assertNull(run.failure());
        assertEquals(12, run.ofType(Logging.TYPE).size());
        var policy = run.one(POLICY);
        assertEquals("event-logs-log-policy", policy.name());
        assertEquals(run.one(EventLogPolicy.TYPE).urn(), policy.parent());
        assertEquals("{\"Version\":\"2012-10-17\",\"Statement\":["
                + "{\"Sid\":\"EventBridgeCreatesLogStreams\",\"Effect\":\"Allow\",\"Principal\":{\"Service\":[\"events.amazonaws.com\",\"delivery.logs.amazonaws.com\"]},"
                + "\"Action\":\"logs:CreateLogStream\",\"Resource\":\"arn:aws:logs:eu-west-1:123456789012:log-group:/aws/ecr/*:*\"},"
                + "{\"Sid\":\"EventBridgeWritesRepositoryEvents\",\"Effect\":\"Allow\",\"Principal\":{\"Service\":[\"events.amazonaws.com\",\"delivery.logs.amazonaws.com\"]},"
                + "\"Action\":\"logs:PutLogEvents\",\"Resource\":\"arn:aws:logs:eu-west-1:123456789012:log-group:/aws/ecr/*:*\","
                + "\"Condition\":{\"StringEquals\":{\"aws:SourceAccount\":\"123456789012\"},"
                + "\"ArnLike\":{\"aws:SourceArn\":[\"arn:aws:events:eu-west-1:123456789012:rule/*-ecr-events\","
                + "\"arn:aws:events:eu-west-1:123456789012:rule/*-ecr-events-????????\"]}}}]}",
                policy.inputs().get("policyDocument"));
        assertEquals(Map.of("policyName", "platform-ecr-event-logs", "policyDocument", policy.inputs().get("policyDocument")),
                policy.inputs());
        // every recording rule of the stack matches the policy's rule patterns
        var patterns = ObservabilityNames.eventsRulePatterns().stream().map(ObservabilityNames::wildcard).toList();
        run.ofType(LoggingTest.RULE).forEach(r -> assertTrue(patterns.stream()
                .anyMatch(p -> p.matcher(String.valueOf(r.inputs().get("name"))).matches()), r.name()));
    }

    @Test
    void repositoryWithAShortenedRuleName_isListedByArn() {
        String longName = "platform/" + "x".repeat(60);
        var run = TestEngine.run(ctx -> new EventLogPolicy("p", EventLogPolicyArgs.builder().policyName("p")
                .repositoryNames("app", longName).build(), null));
        assertTrue(String.valueOf(run.one(POLICY).inputs().get("policyDocument")).contains(
                "\"arn:aws:events:eu-west-1:123456789012:rule/" + ObservabilityNames.eventsRule(longName) + "\"]"));
    }

    @Test
    void aDocumentOverTheLengthLimit_isAnErrorNamingRepositoryNames() {
        var names = IntStream.range(0, 60).mapToObj(i -> "platform/" + "x".repeat(60) + i).toList();
        var run = TestEngine.run(ctx -> new EventLogPolicy("p", EventLogPolicyArgs.builder().policyName("p")
                .repositoryNames(names).build(), null));
        assertTrue(run.message().startsWith("repositoryNames: the policy lists the rule of each repository"), run.message());
    }

    @Test
    void build_reportsEveryProblemAtOnce() {
        var e = assertThrows(InvalidInputException.class, () -> EventLogPolicyArgs.builder().policyName("a b")
                .repositoryNames("ok", "Bad").build());
        assertEquals(List.of("policyName", "repositoryNames[1]"), e.problems().stream().map(p -> p.field()).toList());
        assertThrows(NullPointerException.class, () -> EventLogPolicyArgs.builder().build());
    }

    @Test
    void standaloneLogging_keepsItsOwnPolicyByDefault_andRepositoryPassesTheSwitchThrough() {
        var run = TestEngine.run(ctx -> {
            new Repository("own", RepositoryArgs.builder().name("own").logging(LoggingSettings.defaults()).build(), null);
            new Repository("shared", RepositoryArgs.builder().name("shared")
                    .logging(LoggingSettings.builder().createResourcePolicy(false).build()).build(), null);
        });
        assertEquals(List.of("own-logging-log-policy"), run.ofType(POLICY).stream().map(r -> r.name()).toList());
        assertTrue(LoggingArgs.builder().repositoryName("app").build().createResourcePolicy());
        assertEquals(false, LoggingArgs.builder().repositoryName("app").createResourcePolicy(false).retentionInDays(90)
                .kmsKeyArn("arn:aws:kms:eu-west-1:123456789012:key/k").build().createResourcePolicy());
    }
}
