package com.example.pullrequestrules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ecrkit.testing.MockStack;
import dev.ecrkit.testing.Template;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Runs the program under ecrkit's test kit (docs/testing.md) and checks what it registers. */
class AppTest {
    static Template t;

    @BeforeAll
    static void run() {
        t = MockStack.builder().project("ecrkit-example-pull-request-rules").build().run(App::stack);
    }

    @Test
    void pullRequestRules_createGovernanceWithRulesFunctionsAndOneMergedRepositoryPolicy() {
        assertEquals(new TreeMap<>(Map.ofEntries(
                // the components
                Map.entry("ecrkit:index:Repository", 1), Map.entry("ecrkit:index:Logging", 1),
                Map.entry("ecrkit:index:Monitoring", 1), Map.entry("ecrkit:index:Governance", 1),
                Map.entry("ecrkit:index:Registry", 1),
                // repository, lifecycle, one policy merging the approval rule's Deny; enhanced scanning
                Map.entry("aws:ecr/repository:Repository", 1), Map.entry("aws:ecr/lifecyclePolicy:LifecyclePolicy", 1),
                Map.entry("aws:ecr/repositoryPolicy:RepositoryPolicy", 1),
                Map.entry("aws:ecr/registryScanningConfiguration:RegistryScanningConfiguration", 1),
                // governance 6 + logging 1 + monitoring 4 (pushes, basic and enhanced scan findings, storage schedule)
                Map.entry("aws:cloudwatch/eventRule:EventRule", 11), Map.entry("aws:cloudwatch/eventTarget:EventTarget", 11),
                Map.entry("aws:cloudwatch/logGroup:LogGroup", 4), Map.entry("aws:cloudwatch/logResourcePolicy:LogResourcePolicy", 1),
                Map.entry("aws:cloudwatch/metricAlarm:MetricAlarm", 4),
                // the webhook, the quarantine and the storage-metric functions, each with its role and dead-letter queue
                Map.entry("aws:lambda/function:Function", 3), Map.entry("aws:lambda/permission:Permission", 4),
                Map.entry("aws:iam/role:Role", 4), Map.entry("aws:iam/rolePolicy:RolePolicy", 7),
                Map.entry("aws:sqs/queue:Queue", 4), Map.entry("aws:sqs/queuePolicy:QueuePolicy", 4),
                // the program's own approvals topic, its key and policy
                Map.entry("aws:sns/topic:Topic", 1), Map.entry("aws:sns/topicPolicy:TopicPolicy", 1),
                Map.entry("aws:kms/key:Key", 1))), t.counts());
        String policy = String.valueOf(t.resource("aws:ecr/repositoryPolicy:RepositoryPolicy").input("policy"));
        assertTrue(policy.contains("\"Effect\":\"Deny\"") && policy.contains("aws:PrincipalArn")
                && policy.contains(App.CI_ROLE), policy);
    }

    @Test
    void theProgramsOwnTopicAndApprovalRole_areTheOnesTheRulesAndAlarmsUse() {
        // the topic the program creates is the one the rules notify and the alarms act on
        var topic = t.hasResourceProperties("aws:sns/topic:Topic", Map.of("name", App.TOPIC_NAME));
        assertFalse(t.findResources("aws:cloudwatch/eventTarget:EventTarget", Map.of("arn", App.TOPIC)).isEmpty(),
                "rules notify the program's topic");
        var alarms = t.resources("aws:cloudwatch/metricAlarm:MetricAlarm");
        assertFalse(alarms.isEmpty());
        alarms.forEach(a -> assertEquals(List.of(App.TOPIC), a.inputs().get("alarmActions"), a.name()));
        // EventBridge may publish to it and use its key
        String topicPolicy = String.valueOf(t.resource("aws:sns/topicPolicy:TopicPolicy").input("policy"));
        assertTrue(topicPolicy.contains("\"Service\":\"events.amazonaws.com\"") && topicPolicy.contains(App.TOPIC),
                topicPolicy);
        var key = t.resource("aws:kms/key:Key", "ecr-approvals-key");
        assertTrue(String.valueOf(key.input("policy")).contains("events.amazonaws.com"));
        assertTrue(String.valueOf(topic.input("kmsMasterKeyId")).startsWith("arn:aws:kms:us-east-1:123456789012:key/"),
                String.valueOf(topic.input("kmsMasterKeyId")));
        // the approval role is one of the principals the repository policy does not deny
        t.hasResourceProperties("aws:iam/role:Role", Map.of("name", App.APPROVAL_ROLE_NAME));
        String repositoryPolicy = String.valueOf(t.resource("aws:ecr/repositoryPolicy:RepositoryPolicy").input("policy"));
        assertTrue(repositoryPolicy.contains(App.APPROVAL_ROLE), repositoryPolicy);
        String push = String.valueOf(t.resource("aws:iam/rolePolicy:RolePolicy", "ecr-approval-role-push").input("policy"));
        assertTrue(push.contains("arn:aws:ecr:us-east-1:123456789012:repository/governed-app"), push);
    }
}
