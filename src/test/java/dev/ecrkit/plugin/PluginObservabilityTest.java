package dev.ecrkit.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ecrkit.EventLogPolicy;
import dev.ecrkit.EventLogPolicyArgs;
import dev.ecrkit.Governance;
import dev.ecrkit.GovernanceArgs;
import dev.ecrkit.Logging;
import dev.ecrkit.LoggingArgs;
import dev.ecrkit.Monitoring;
import dev.ecrkit.MonitoringArgs;
import dev.ecrkit.TestEngine;
import dev.ecrkit.json.Json;
import dev.ecrkit.governance.PullRequestRule;
import dev.ecrkit.governance.Severity;
import dev.ecrkit.observability.AlarmTopic;
import dev.ecrkit.observability.MonitoringSettings;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code ecrkit:index:Logging}, {@code EventLogPolicy}, {@code Monitoring} and {@code Governance} from untyped values (what a TypeScript or
 * YAML program sends) register what the Java components register with the same settings, answer the same outputs,
 * and name invalid inputs by their input names before registering anything.
 */
class PluginObservabilityTest {
    private static final String ARN = "arn:aws:ecr:us-east-1:123456789012:repository/team/app";
    private static final String BASE_POLICY = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"Pull\","
            + "\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::210987654321:root\"},"
            + "\"Action\":\"ecr:BatchGetImage\"}]}";
    private static final String NAME_RULE = "must be 2-256 characters of lowercase letters and digits, separated by"
            + " '.', '_', '__', '-' or '/' (no leading, trailing or doubled separator)";
    private static final String KEY = "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab";

    @Test
    void logging_everyInput_registersWhatTheJavaApiRegisters() {
        PluginHarness.assertSameAsJava(Logging.TYPE, "app-logs", """
                {"repositoryName": "team/app", "repositoryArn": "%s", "retentionInDays": 90, "kmsKeyArn": "%s",
                 "createResourcePolicy": false, "tags": [{"key": "Team", "value": "app"}]}
                """.formatted(ARN, KEY), null, (n, o) -> new Logging(n, LoggingArgs.builder()
                .repositoryName("team/app").repositoryArn(ARN).retentionInDays(90).kmsKeyArn(KEY)
                .createResourcePolicy(false).tags(Map.of("Team", "app")).build(), o), 4);
    }

    @Test
    void logging_nameOnly_takesTheDefaults() {
        PluginHarness.assertSameAsJava(Logging.TYPE, "logs", "{\"repositoryName\": \"team/app\"}", null,
                (n, o) -> new Logging(n, LoggingArgs.builder().repositoryName("team/app").build(), o), 5);
    }

    @Test
    void logging_invalidInputs_areNamedByTheirInputs() {
        assertProblems(Logging.TYPE, """
                {"repositoryName": "", "retentionInDays": 8, "kmsKeyArn": "alias/x"}
                """, String.join("\n",
                "repositoryName: " + NAME_RULE + ", got \"\"",
                "retentionInDays: must be 0 (never expire) or one of 1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365,"
                        + " 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653, got 8",
                "kmsKeyArn: must be a KMS key ARN (arn:<partition>:kms:<region>:<account>:key/<id>), got \"alias/x\""));
    }

    @Test
    void eventLogPolicy_everyInput_registersWhatTheJavaApiRegisters() {
        // the second name is long enough for a shortened rule name, which the document lists by ARN
        String longName = "team/" + "a".repeat(50);
        PluginHarness.assertSameAsJava(EventLogPolicy.TYPE, "event-logs", """
                {"policyName": "shared-ecr-event-logs", "repositoryNames": ["team/app", "%s"]}
                """.formatted(longName), null, (n, o) -> new EventLogPolicy(n, EventLogPolicyArgs.builder()
                .policyName("shared-ecr-event-logs").repositoryNames("team/app", longName).build(), o), 2);
    }

    @Test
    void eventLogPolicy_policyNameOnly_takesTheDefaults() {
        PluginHarness.assertSameAsJava(EventLogPolicy.TYPE, "event-logs", "{\"policyName\": \"event-logs\"}", null,
                (n, o) -> new EventLogPolicy(n, EventLogPolicyArgs.builder().policyName("event-logs").build(), o), 2);
    }

    @Test
    void eventLogPolicy_invalidInputs_areNamedByTheirInputs() {
        assertProblems(EventLogPolicy.TYPE, """
                {"policyName": "no spaces", "repositoryNames": ["team/app", "Team/App"]}
                """, String.join("\n",
                "policyName: must be 1-64 characters of [.A-Za-z0-9_-], got \"no spaces\"",
                "repositoryNames[1]: " + NAME_RULE + ", got \"Team/App\""));
    }

    @Test
    void eventLogPolicy_withoutPolicyName_isRejectedBeforeAnythingIsRegistered() {
        // policyName is a required input of the schema: pulumi-java's construct refuses the inputs
        assertProblems(EventLogPolicy.TYPE, "{\"repositoryNames\": [\"team/app\"]}", "the stack program failed:"
                + " IllegalArgumentException: Missing required field policyName in type "
                + "dev.ecrkit.inputs.EventLogPolicyInputs");
    }

    @Test
    void monitoring_everyInput_registersWhatTheJavaApiRegisters() {
        PluginHarness.assertSameAsJava(Monitoring.TYPE, "app-monitoring", """
                {"repositoryName": "team/app", "repositoryArn": "%s", "storageThresholdGb": 50,
                 "apiCallsThreshold": 2000, "securityFindingsThreshold": 0, "imagePushThreshold": 20,
                 "imagePullThreshold": 500, "createTopic": true, "topicName": "app-alerts",
                 "subscribers": ["ops@example.com"], "tags": [{"key": "Team", "value": "app"}]}
                """.formatted(ARN), null, (n, o) -> new Monitoring(n, MonitoringArgs.builder()
                .repositoryName("team/app").repositoryArn(ARN)
                .settings(MonitoringSettings.builder().storageThresholdGb(50).apiCallsThreshold(2000)
                        .securityFindingsThreshold(0).imagePushThreshold(20).imagePullThreshold(500)
                        .topic(AlarmTopic.create("app-alerts")).subscribers(List.of("ops@example.com")).build())
                .tags(Map.of("Team", "app")).build(), o), 25);
    }

    @Test
    void monitoring_topicNameAlone_isAnExistingTopic_likeSnsTopicNameAlone() {
        PluginHarness.assertSameAsJava(Monitoring.TYPE, "m", """
                {"repositoryName": "team/app", "topicName": "arn:aws:sns:us-east-1:123456789012:alerts"}
                """, null, (n, o) -> new Monitoring(n, MonitoringArgs.builder().repositoryName("team/app")
                .settings(MonitoringSettings.builder()
                        .topic(AlarmTopic.existing("arn:aws:sns:us-east-1:123456789012:alerts")).build())
                .build(), o), 22);
    }

    @Test
    void monitoring_invalidInputs_areNamedByTheirInputs() {
        assertProblems(Monitoring.TYPE, """
                {"repositoryName": "Team/App", "imagePushThreshold": 0, "topicName": "", "subscribers": ["nope"]}
                """, String.join("\n",
                "topicName: must not be empty; leave it out for the default name, got \"\"",
                "repositoryName: " + NAME_RULE + ", got \"Team/App\"",
                "imagePushThreshold: must be a number greater than 0, got 0",
                "subscribers[0]: must be an e-mail address (local@domain.tld), got \"nope\"",
                "subscribers: need a topic: create one or name an existing one, got [\"nope\"]"));
    }

    @Test
    void governance_everyInput_registersWhatTheJavaApiRegisters() {
        PluginHarness.assertSameAsJava(Governance.TYPE, "app-governance", """
                {"repositoryName": "team/app", "repositoryArn": "%s", "repositoryPolicy": "REGISTER",
                 "basePolicy": %s,
                 "tags": [{"key": "Team", "value": "app"}],
                 "rules": [{"name": "prod-approval", "type": "approval", "enabled": true,
                   "conditions": {"tagPatterns": ["prod-*"], "allowedPrincipals":
                     ["arn:aws:iam::123456789012:role/release"]},
                   "actions": {"requireApprovalCount": 2, "notificationTopicArn":
                     "arn:aws:sns:us-east-1:123456789012:approvals", "approvalTimeoutHours": 48}},
                  {"name": "scan-gate", "type": "security_scan",
                   "conditions": {"severityThreshold": "HIGH", "requireScanCompletion": true},
                   "actions": {"blockOnFailure": true, "webhookUrl": "https://ci.example.com/hook",
                     "webhookSecretArn": "arn:aws:secretsmanager:us-east-1:123456789012:secret:hook-AbCdEf"}}]}
                """.formatted(ARN, Json.write(BASE_POLICY)), null, (n, o) -> new Governance(n, GovernanceArgs.builder()
                .repositoryName("team/app").repositoryArn(ARN)
                .repositoryPolicy(GovernanceArgs.RepositoryPolicyMode.REGISTER)
                .basePolicy(BASE_POLICY)
                .tags(Map.of("Team", "app"))
                .rules(PullRequestRule.approval("prod-approval").enabled(true).tagPatterns("prod-*")
                                .allowedPrincipals("arn:aws:iam::123456789012:role/release")
                                .requireApprovalCount(2)
                                .notificationTopicArn("arn:aws:sns:us-east-1:123456789012:approvals")
                                .approvalTimeoutHours(48).build(),
                        PullRequestRule.securityScan("scan-gate").severityThreshold(Severity.HIGH)
                                .requireScanCompletion(true).blockOnFailure(true)
                                .webhookUrl("https://ci.example.com/hook")
                                .webhookSecretArn("arn:aws:secretsmanager:us-east-1:123456789012:secret:hook-AbCdEf")
                                .build())
                .build(), o), 26);
    }

    @Test
    void governance_invalidInputs_areNamedByTheirInputs() {
        assertProblems(Governance.TYPE, """
                {"repositoryName": "team/app", "repositoryArn": "%s", "repositoryPolicy": "SOMETIMES",
                 "basePolicy": "{}",
                 "rules": [{"name": "r", "type": "approval", "actions": {"requireApprovalCount": 0.5}}]}
                """.formatted(ARN.replace("team/app", "team/other")), String.join("\n",
                "rules[0].actions.requireApprovalCount: must be a whole number, got 0.5",
                "repositoryPolicy: must be one of REGISTER, STATEMENTS_ONLY, got \"SOMETIMES\"",
                "repositoryArn: must be the ARN of repository team/app, got \"" + ARN.replace("team/app", "team/other")
                        + "\"",
                "basePolicy: must have a Statement (an object or a non-empty list)"));
    }

    @Test
    void governance_validRuleShapes_areCheckedByTheBuilder_withTheOtherInputs() {
        assertProblems(Governance.TYPE, """
                {"repositoryName": "team/app", "repositoryArn": "%s", "repositoryPolicy": "STATEMENTS_ONLY",
                 "basePolicy": "{}", "rules": [{"name": "r", "type": "approval",
                  "actions": {"requireApprovalCount": 0}}]}
                """.formatted(ARN), String.join("\n",
                "rules[0].actions.requireApprovalCount: must be between 1 and 10, got 0",
                "basePolicy: only used when the component registers the policy (repositoryPolicy REGISTER)",
                "basePolicy: must have a Statement (an object or a non-empty list)"));
    }

    private static void assertProblems(String type, String inputs, String expected) {
        var run = TestEngine.run(ctx -> PluginHarness.construct(type, "bad", inputs));
        assertEquals(expected, run.message());
        assertEquals(0, run.registered());
    }
}
