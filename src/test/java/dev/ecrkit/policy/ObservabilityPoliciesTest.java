package dev.ecrkit.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ecrkit.validation.Problems;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ObservabilityPoliciesTest {
    private static final AwsScope AWS = new AwsScope("aws", "eu-west-1", "123456789012");
    private static final AwsScope GOV = new AwsScope("aws-us-gov", "us-gov-west-1", "123456789012");

    @Test
    void eventsToLogGroup_golden_scopedToLogGroupAccountAndRule() {
        assertEquals("{\"Version\":\"2012-10-17\",\"Statement\":["
                + "{\"Sid\":\"EventBridgeCreatesLogStreams\",\"Effect\":\"Allow\",\"Principal\":{\"Service\":[\"events.amazonaws.com\",\"delivery.logs.amazonaws.com\"]},"
                + "\"Action\":\"logs:CreateLogStream\",\"Resource\":\"arn:aws-us-gov:logs:us-gov-west-1:123456789012:log-group:/aws/ecr/team/app:*\"},"
                + "{\"Sid\":\"EventBridgeWritesRepositoryEvents\",\"Effect\":\"Allow\",\"Principal\":{\"Service\":[\"events.amazonaws.com\",\"delivery.logs.amazonaws.com\"]},"
                + "\"Action\":\"logs:PutLogEvents\",\"Resource\":\"arn:aws-us-gov:logs:us-gov-west-1:123456789012:log-group:/aws/ecr/team/app:*\","
                + "\"Condition\":{\"StringEquals\":{\"aws:SourceAccount\":\"123456789012\"},"
                + "\"ArnEquals\":{\"aws:SourceArn\":\"arn:aws-us-gov:events:us-gov-west-1:123456789012:rule/team-app-events\"}}}]}",
                ObservabilityPolicies.eventsToLogGroup(GOV, "/aws/ecr/team/app",
                        GOV.eventRuleArn("team-app-events")).toJson());
    }

    @Test
    void eventsToLogGroups_golden_everyEcrEventLogGroup_recordingRulesByNameOnly() {
        String longName = "platform/" + "x".repeat(50);
        String shortened = dev.ecrkit.observability.ObservabilityNames.eventsRule(longName);
        assertEquals("platform-" + "x".repeat(46) + "-" + dev.ecrkit.naming.DerivedName.hash(longName + "-ecr-events"),
                shortened);
        assertEquals("{\"Version\":\"2012-10-17\",\"Statement\":["
                + "{\"Sid\":\"EventBridgeCreatesLogStreams\",\"Effect\":\"Allow\",\"Principal\":{\"Service\":[\"events.amazonaws.com\",\"delivery.logs.amazonaws.com\"]},"
                + "\"Action\":\"logs:CreateLogStream\",\"Resource\":\"arn:aws-us-gov:logs:us-gov-west-1:123456789012:log-group:/aws/ecr/*:*\"},"
                + "{\"Sid\":\"EventBridgeWritesRepositoryEvents\",\"Effect\":\"Allow\",\"Principal\":{\"Service\":[\"events.amazonaws.com\",\"delivery.logs.amazonaws.com\"]},"
                + "\"Action\":\"logs:PutLogEvents\",\"Resource\":\"arn:aws-us-gov:logs:us-gov-west-1:123456789012:log-group:/aws/ecr/*:*\","
                + "\"Condition\":{\"StringEquals\":{\"aws:SourceAccount\":\"123456789012\"},"
                + "\"ArnLike\":{\"aws:SourceArn\":[\"arn:aws-us-gov:events:us-gov-west-1:123456789012:rule/*-ecr-events\","
                + "\"arn:aws-us-gov:events:us-gov-west-1:123456789012:rule/*-ecr-events-????????\"]}}}]}",
                ObservabilityPolicies.eventsToLogGroups(GOV, "/aws/ecr/*",
                        dev.ecrkit.observability.ObservabilityNames.eventRuleSources(List.of("team/app", "payments-api")))
                        .toJson());
        assertEquals("{\"Version\":\"2012-10-17\",\"Statement\":["
                + "{\"Sid\":\"EventBridgeCreatesLogStreams\",\"Effect\":\"Allow\",\"Principal\":{\"Service\":[\"events.amazonaws.com\",\"delivery.logs.amazonaws.com\"]},"
                + "\"Action\":\"logs:CreateLogStream\",\"Resource\":\"arn:aws:logs:eu-west-1:123456789012:log-group:/aws/ecr/*:*\"},"
                + "{\"Sid\":\"EventBridgeWritesRepositoryEvents\",\"Effect\":\"Allow\",\"Principal\":{\"Service\":[\"events.amazonaws.com\",\"delivery.logs.amazonaws.com\"]},"
                + "\"Action\":\"logs:PutLogEvents\",\"Resource\":\"arn:aws:logs:eu-west-1:123456789012:log-group:/aws/ecr/*:*\","
                + "\"Condition\":{\"StringEquals\":{\"aws:SourceAccount\":\"123456789012\"},"
                + "\"ArnLike\":{\"aws:SourceArn\":[\"arn:aws:events:eu-west-1:123456789012:rule/*-ecr-events\","
                + "\"arn:aws:events:eu-west-1:123456789012:rule/*-ecr-events-????????\","
                + "\"arn:aws:events:eu-west-1:123456789012:rule/" + shortened + "\"]}}}]}",
                ObservabilityPolicies.eventsToLogGroups(AWS, "/aws/ecr/*",
                        dev.ecrkit.observability.ObservabilityNames.eventRuleSources(List.of(longName, "app"))).toJson());
    }

    @Test
    void alarmTopic_golden_cloudWatchScopedToTheAlarms_eventBridgeWithoutCondition() {
        assertEquals("{\"Version\":\"2012-10-17\",\"Statement\":["
                + "{\"Sid\":\"CloudWatchAlarmsPublish\",\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"cloudwatch.amazonaws.com\"},"
                + "\"Action\":\"sns:Publish\",\"Resource\":\"arn:aws:sns:eu-west-1:123456789012:app-ecr-monitoring\","
                + "\"Condition\":{\"StringEquals\":{\"aws:SourceAccount\":\"123456789012\"},"
                + "\"ArnLike\":{\"aws:SourceArn\":[\"arn:aws:cloudwatch:eu-west-1:123456789012:alarm:app-ecr-image-pull\","
                + "\"arn:aws:cloudwatch:eu-west-1:123456789012:alarm:app-ecr-api-calls\"]}}},"
                + "{\"Sid\":\"EventBridgeRulesPublish\",\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"events.amazonaws.com\"},"
                + "\"Action\":\"sns:Publish\",\"Resource\":\"arn:aws:sns:eu-west-1:123456789012:app-ecr-monitoring\"}]}",
                ObservabilityPolicies.alarmTopic(AWS, AWS.topicArn("app-ecr-monitoring"),
                        List.of("app-ecr-image-pull", "app-ecr-api-calls")).toJson());
    }

    @Test
    void storageMetric_golden_readsOneRepositoryAndWritesOnlyTheEcrkitNamespace() {
        assertEquals("{\"Version\":\"2012-10-17\",\"Statement\":["
                + "{\"Sid\":\"ListRepositoryImages\",\"Effect\":\"Allow\",\"Action\":\"ecr:DescribeImages\","
                + "\"Resource\":\"arn:aws-us-gov:ecr:us-gov-west-1:123456789012:repository/team/app\"},"
                + "{\"Sid\":\"PublishRepositoryMetrics\",\"Effect\":\"Allow\",\"Action\":\"cloudwatch:PutMetricData\","
                + "\"Resource\":\"*\",\"Condition\":{\"StringEquals\":{\"cloudwatch:namespace\":\"ecrkit/ECR\"}}}]}",
                ObservabilityPolicies.storageMetric(GOV.repositoryArn("team/app")).toJson());
    }

    @Test
    void everyGeneratedDocument_passesThePolicyDocumentCheckAndHasNoWildcardPrincipal() {
        for (String json : List.of(
                ObservabilityPolicies.eventsToLogGroup(AWS, "/aws/ecr/a", AWS.eventRuleArn("r")).toJson(),
                ObservabilityPolicies.eventsToLogGroups(AWS, "/aws/ecr/*", List.of("*-ecr-events")).toJson(),
                ObservabilityPolicies.alarmTopic(AWS, AWS.topicArn("t"), List.of("a")).toJson(),
                ObservabilityPolicies.storageMetric(AWS.repositoryArn("a")).toJson(),
                FunctionPolicies.lambdaTrust().toJson(),
                FunctionPolicies.runtime(AWS, "/aws/lambda/f", AWS.queueArn("q")).toJson(),
                FunctionPolicies.deadLetterQueue(AWS.queueArn("q"), List.of(AWS.eventRuleArn("r"))).toJson())) {
            var p = new Problems();
            PolicyDocuments.check(p, "policy", json, PolicyDocuments.REPOSITORY_POLICY_MAX_LENGTH);
            assertTrue(p.isEmpty(), p.list() + " in " + json);
            assertTrue(!json.contains("\"AWS\":\"*\"") && !json.contains("\"Principal\":\"*\""), json);
            assertTrue(!json.contains("null"), json);
        }
    }

    @Test
    void scope_isReadFromARepositoryArnInAnyPartition() {
        assertEquals(Optional.of(GOV), AwsScope.ofRepositoryArn("arn:aws-us-gov:ecr:us-gov-west-1:123456789012:repository/a/b"));
        assertEquals(Optional.of(new AwsScope("aws-cn", "cn-north-1", "123456789012")),
                AwsScope.ofRepositoryArn("arn:aws-cn:ecr:cn-north-1:123456789012:repository/a"));
        assertEquals(Optional.empty(), AwsScope.ofRepositoryArn("arn:aws:s3:::bucket"));
    }

    @Test
    void statementWithoutResource_rendersNoResourceMember_andDefaultsToEveryResource() {
        assertEquals("{\"Sid\":\"x\",\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"lambda.amazonaws.com\"},"
                + "\"Action\":\"sts:AssumeRole\"}", dev.ecrkit.json.Json.write(PolicyStatement.allow("x")
                .services(ServicePrincipals.LAMBDA).actions("sts:AssumeRole").noResource().build().toJson()));
        assertEquals("{\"Sid\":\"x\",\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\",\"Resource\":\"*\"}",
                dev.ecrkit.json.Json.write(PolicyStatement.allow("x").actions("s3:GetObject").build().toJson()));
    }
}
