package dev.ecrkit.events;

import static dev.ecrkit.events.SampleEvents.load;
import static dev.ecrkit.events.SampleEvents.matches;
import static dev.ecrkit.events.SampleEvents.repositoryArn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ecrkit.policy.AwsScope;
import dev.ecrkit.validation.Problems;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The items of a repository's {@code eventRules}: the helper each event stands for, and the targets accepted. */
class RepositoryEventRuleTest {
    private static final String REPO = "team/app";

    @Test
    void eachEvent_isItsHelpersPattern_andMatchesItsDocumentedSamples() {
        var o = OnEventOptions.builder().tagPrefixes("lat").build();
        String arn = repositoryArn(REPO);
        assertEquals(EcrEventPatterns.imagePushes(REPO, o), RepositoryEvent.IMAGE_PUSHED.pattern(REPO, arn, o));
        assertEquals(EcrEventPatterns.imageScansCompleted(REPO, arn, o),
                RepositoryEvent.IMAGE_SCAN_COMPLETED.pattern(REPO, arn, o));
        assertEquals(EcrEventPatterns.replications(REPO, o), RepositoryEvent.REPLICATION.pattern(REPO, arn, o));
        assertEquals(EcrEventPatterns.pullThroughCacheActions(REPO, o),
                RepositoryEvent.PULL_THROUGH_CACHE.pattern(REPO, arn, o));
        var samples = Map.of(RepositoryEvent.IMAGE_PUSHED, List.of("ecr-image-push"),
                RepositoryEvent.IMAGE_SCAN_COMPLETED, List.of("ecr-image-scan", "inspector-scan"),
                RepositoryEvent.REPLICATION, List.of("ecr-replication-failed"),
                RepositoryEvent.PULL_THROUGH_CACHE, List.of("ecr-pull-through-cache"));
        samples.forEach((event, names) -> names.forEach(sample -> assertTrue(
                matches(event.pattern(REPO, arn, OnEventOptions.NONE), load(sample, REPO)), event + " on " + sample)));
    }

    @ParameterizedTest(name = "[{index}] {0} <- {1}")
    @CsvSource(delimiter = '|', textBlock = """
        LAMBDA_FUNCTION | arn:aws:lambda:eu-west-1:123456789012:function:deploy
        LAMBDA_FUNCTION | arn:aws:lambda:eu-west-1:123456789012:function:deploy:live
        LAMBDA_FUNCTION | arn:aws:lambda:eu-west-1:123456789012:function:deploy:$LATEST
        SNS_TOPIC       | arn:aws:sns:eu-west-1:123456789012:ecr-scans
        SNS_TOPIC       | arn:aws-us-gov:sns:us-gov-west-1:123456789012:alerts.fifo
        SQS_QUEUE       | arn:aws:sqs:eu-west-1:123456789012:ecr_audit
        LOG_GROUP       | arn:aws:logs:eu-west-1:123456789012:log-group:/aws/events/ecr
        """)
    void check_acceptsTheTargetsEventBridgeReachesWithoutARole(EventTargetArn.Type type, String arn) {
        var p = new Problems();
        var target = EventTargetArn.check(p, "targetArn", arn);
        assertTrue(p.isEmpty(), p.list().toString());
        assertEquals(type, target.orElseThrow().type());
        assertEquals(arn, target.get().arn());
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @CsvSource(delimiter = '|', textBlock = """
        TARGET_RULE     | arn:aws:states:eu-west-1:123456789012:stateMachine:release
        TARGET_RULE     | arn:aws:kinesis:eu-west-1:123456789012:stream/ecr
        TARGET_RULE     | arn:aws:lambda:eu-west-1:123456789012:function:has.dot
        TARGET_RULE     | arn:aws:sns:eu-west-1:123456789012:
        TARGET_RULE     | arn:aws:sqs:eu-west-1:1234:queue
        TARGET_RULE     | arn:aws:logs:eu-west-1:123456789012:log-group:/aws/events/ecr:*
        TARGET_RULE     | deploy
        EVENT_BUS_RULE  | arn:aws:events:eu-west-1:123456789012:event-bus/default
        FIFO_QUEUE_RULE | arn:aws:sqs:eu-west-1:123456789012:builds.fifo
        """)
    void check_refusesEveryOtherTarget_withTheReason(String rule, String arn) throws ReflectiveOperationException {
        var p = new Problems();
        assertTrue(EventTargetArn.check(p, "targetArn", arn).isEmpty());
        assertEquals(List.of("targetArn: " + EventTargetArn.class.getField(rule).get(null) + ", got \"" + arn + "\""),
                p.list().stream().map(Object::toString).toList());
    }

    @Test
    void checkScope_refusesAnotherRegionOrPartition_thenAnotherAccount() {
        var repository = new AwsScope("aws", "eu-west-1", "123456789012");
        var lines = new java.util.ArrayList<String>();
        for (String arn : List.of("arn:aws:sns:eu-west-1:123456789012:t", "arn:aws:sns:us-east-1:123456789012:t",
                "arn:aws-cn:sns:eu-west-1:123456789012:t", "arn:aws:sns:eu-west-1:210987654321:t")) {
            var p = new Problems();
            EventTargetArn.of(arn).orElseThrow().checkScope(p, "targetArn", repository);
            p.list().forEach(x -> lines.add(x.rule()));
        }
        assertEquals(List.of(EventTargetArn.REGION_RULE.formatted("eu-west-1"),
                EventTargetArn.REGION_RULE.formatted("eu-west-1"),
                EventTargetArn.ACCOUNT_RULE.formatted("123456789012")), lines);
    }

    @Test
    void lambdaQualifier_isSplitOffForThePermission() {
        var live = EventTargetArn.of("arn:aws:lambda:eu-west-1:123456789012:function:deploy:live").orElseThrow();
        assertEquals(Optional.of("live"), live.qualifier());
        assertEquals("arn:aws:lambda:eu-west-1:123456789012:function:deploy", live.functionArn());
        var plain = EventTargetArn.of("arn:aws:lambda:eu-west-1:123456789012:function:deploy").orElseThrow();
        assertEquals(Optional.empty(), plain.qualifier());
        assertEquals(plain.arn(), plain.functionArn());
        assertEquals(Optional.empty(), EventTargetArn.of("arn:aws:sns:eu-west-1:123456789012:t").orElseThrow().qualifier());
    }

    @Test
    void notice_onlyForTargetsWhosePolicyEcrkitDoesNotManage() {
        assertEquals(Optional.empty(), EventTargetArn.Type.LAMBDA_FUNCTION.notice());
        for (var type : List.of(EventTargetArn.Type.SNS_TOPIC, EventTargetArn.Type.SQS_QUEUE,
                EventTargetArn.Type.LOG_GROUP)) {
            assertTrue(type.notice().orElseThrow().contains("events.amazonaws.com"), type.toString());
        }
    }

    @Test
    void validate_namesEachBrokenField_andARepeatedName() {
        var good = "arn:aws:sns:eu-west-1:123456789012:t";
        var p = new Problems();
        RepositoryEventRule.validate(List.of(
                RepositoryEventRule.of(RepositoryEvent.IMAGE_PUSHED, "on push", good),
                RepositoryEventRule.of(RepositoryEvent.REPLICATION, "copied", "arn:aws:iam::123456789012:role/x",
                        OnEventOptions.builder().tagPatterns("v**").build()),
                RepositoryEventRule.of(RepositoryEvent.PULL_THROUGH_CACHE, "copied", good)), p);
        assertEquals(List.of(
                "[0].name: " + RepositoryEvent.RULE_NAME_RULE + ", got \"on push\"",
                "[1].targetArn: " + EventTargetArn.TARGET_RULE + ", got \"arn:aws:iam::123456789012:role/x\"",
                "[1].tagPatterns[0]: " + OnEventOptions.WILDCARD_RULE + ", got \"v**\"",
                "[2].name: " + RepositoryEventRule.UNIQUE_NAME_RULE + ", got \"copied\""),
                p.list().stream().map(Object::toString).toList());
    }
}
