package com.example.pullrequestrules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.example.support.RecordingMocks;
import com.pulumi.test.PulumiTest;
import com.pulumi.test.TestOptions;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Runs the program under the Pulumi mock engine and checks what it registers. */
class AppTest {
    /** Runs the program under the mock engine; fails on any error. */
    private static RecordingMocks run() {
        var mocks = new RecordingMocks();
        var result = PulumiTest.withMocks(mocks)
                .withOptions(TestOptions.builder().projectName("ecrkit-example-pull-request-rules").stackName("test").preview(false).build())
                .runTest(App::stack);
        assertEquals(0, result.exitCode(), String.join("\n", result.errors()));
        return mocks;
    }

    @AfterEach
    void cleanup() {
        PulumiTest.cleanup();
    }

    @Test
    void pullRequestRules_createGovernanceWithRulesFunctionsAndOneMergedRepositoryPolicy() {
        var mocks = run();

        var counts = mocks.counts();
        assertEquals(new TreeMap<>(Map.ofEntries(
                // the components
                Map.entry("ecrkit:index:Repository", 1L), Map.entry("ecrkit:index:Logging", 1L),
                Map.entry("ecrkit:index:Monitoring", 1L), Map.entry("ecrkit:index:Governance", 1L),
                Map.entry("ecrkit:index:Registry", 1L),
                // repository, lifecycle, one policy merging the approval rule's Deny; enhanced scanning
                Map.entry("aws:ecr/repository:Repository", 1L), Map.entry("aws:ecr/lifecyclePolicy:LifecyclePolicy", 1L),
                Map.entry("aws:ecr/repositoryPolicy:RepositoryPolicy", 1L),
                Map.entry("aws:ecr/registryScanningConfiguration:RegistryScanningConfiguration", 1L),
                // governance 6 + logging 1 + monitoring 4 (pushes, basic and enhanced scan findings, storage schedule)
                Map.entry("aws:cloudwatch/eventRule:EventRule", 11L), Map.entry("aws:cloudwatch/eventTarget:EventTarget", 11L),
                Map.entry("aws:cloudwatch/logGroup:LogGroup", 4L), Map.entry("aws:cloudwatch/logResourcePolicy:LogResourcePolicy", 1L),
                Map.entry("aws:cloudwatch/metricAlarm:MetricAlarm", 4L),
                // the webhook, the quarantine and the storage-metric functions, each with its role and dead-letter queue
                Map.entry("aws:lambda/function:Function", 3L), Map.entry("aws:lambda/permission:Permission", 4L),
                Map.entry("aws:iam/role:Role", 4L), Map.entry("aws:iam/rolePolicy:RolePolicy", 7L),
                Map.entry("aws:sqs/queue:Queue", 4L), Map.entry("aws:sqs/queuePolicy:QueuePolicy", 4L),
                // the program's own approvals topic, its key and policy
                Map.entry("aws:sns/topic:Topic", 1L), Map.entry("aws:sns/topicPolicy:TopicPolicy", 1L),
                Map.entry("aws:kms/key:Key", 1L))), counts);
        String policy = String.valueOf(mocks.one("aws:ecr/repositoryPolicy:RepositoryPolicy").inputs().get("policy"));
        org.junit.jupiter.api.Assertions.assertTrue(policy.contains("\"Effect\":\"Deny\"")
                && policy.contains("aws:PrincipalArn") && policy.contains(App.CI_ROLE), policy);
    }

    @Test
    void theProgramsOwnTopicAndApprovalRole_areTheOnesTheRulesAndAlarmsUse() {
        var mocks = run();

        // the topic the program creates has the ARN the rules were given
        var topic = mocks.ofType("aws:sns/topic:Topic").stream().filter(t -> App.TOPIC_NAME.equals(t.inputs().get("name")))
                .findFirst().orElseThrow();
        assertEquals(App.TOPIC, "arn:aws:sns:us-east-1:123456789012:" + topic.name());
        var targets = mocks.ofType("aws:cloudwatch/eventTarget:EventTarget").stream()
                .filter(t -> App.TOPIC.equals(t.inputs().get("arn"))).toList();
        org.junit.jupiter.api.Assertions.assertFalse(targets.isEmpty(), "rules notify the program's topic");
        var alarms = mocks.ofType("aws:cloudwatch/metricAlarm:MetricAlarm");
        org.junit.jupiter.api.Assertions.assertFalse(alarms.isEmpty());
        alarms.forEach(a -> assertEquals(List.of(App.TOPIC), a.inputs().get("alarmActions"), a.name()));

        // EventBridge may publish to it and use its key
        String topicPolicy = String.valueOf(mocks.one("aws:sns/topicPolicy:TopicPolicy").inputs().get("policy"));
        org.junit.jupiter.api.Assertions.assertTrue(topicPolicy.contains("\"Service\":\"events.amazonaws.com\"")
                && topicPolicy.contains(App.TOPIC), topicPolicy);
        String keyPolicy = String.valueOf(mocks.ofType("aws:kms/key:Key").stream()
                .filter(k -> "ecr-approvals-key".equals(k.name())).findFirst().orElseThrow().inputs().get("policy"));
        org.junit.jupiter.api.Assertions.assertTrue(keyPolicy.contains("events.amazonaws.com"), keyPolicy);
        assertEquals("arn:aws:kms:us-east-1:123456789012:ecr-approvals-key", topic.inputs().get("kmsMasterKeyId"));

        // the approval role is one of the principals the repository policy does not deny
        assertEquals(1, mocks.ofType("aws:iam/role:Role").stream()
                .filter(r -> App.APPROVAL_ROLE_NAME.equals(r.inputs().get("name"))).count());
        String repositoryPolicy = String.valueOf(mocks.one("aws:ecr/repositoryPolicy:RepositoryPolicy").inputs().get("policy"));
        org.junit.jupiter.api.Assertions.assertTrue(repositoryPolicy.contains(App.APPROVAL_ROLE), repositoryPolicy);
        String push = String.valueOf(mocks.ofType("aws:iam/rolePolicy:RolePolicy").stream()
                .filter(p -> p.name().equals("ecr-approval-role-push")).findFirst().orElseThrow().inputs().get("policy"));
        org.junit.jupiter.api.Assertions.assertTrue(push.contains("arn:aws:ecr:us-east-1:123456789012:repository/governed-app"), push);
    }
}
