package dev.ecrkit.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ecrkit.TestEngine;
import dev.ecrkit.governance.PullRequestRule;
import dev.ecrkit.governance.Severity;
import dev.ecrkit.json.Json;
import dev.ecrkit.validation.InvalidInputException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

class GovernanceConfigTest {
    /** A module example (terraform-aws-ecr's pull_request_rules), translated key by key to camelCase. */
    private static final String MODULE_EXAMPLE = """
            enablePullRequestRules: true
            pullRequestRules:
              - name: security-approval
                type: approval
                enabled: true
                conditions:
                  tagPatterns: ["v*", "release-*"]
                  allowedPrincipals: ["arn:aws:iam::123456789012:role/release"]
                actions:
                  requireApprovalCount: 2
                  notificationTopicArn: arn:aws:sns:us-east-1:123456789012:ecr-approvals
                  approvalTimeoutHours: 48
              - name: vulnerability-gate
                type: security_scan
                enabled: true
                conditions:
                  severityThreshold: HIGH
                  requireScanCompletion: true
                actions:
                  webhookUrl: https://hooks.example.com/ecr
                  blockOnFailure: true
              - name: ci_check
                type: ci_integration
                enabled: false
            """;

    private static Map<String, Object> entry(String yaml) {
        return new Yaml().load(yaml);
    }

    private static List<PullRequestRule> rules(Map<String, Object> entry) {
        return StackConfig.parse(Map.of("repositories", Map.of("app", entry))).entries().get(0).args()
                .pullRequestRules();
    }

    @Test
    void moduleExample_readsIntoTypedRules_withTheModulesDefaults() {
        assertEquals(List.of(
                PullRequestRule.approval("security-approval").tagPatterns("v*", "release-*")
                        .allowedPrincipals("arn:aws:iam::123456789012:role/release").requireApprovalCount(2)
                        .notificationTopicArn("arn:aws:sns:us-east-1:123456789012:ecr-approvals")
                        .approvalTimeoutHours(48).build(),
                PullRequestRule.securityScan("vulnerability-gate").severityThreshold(Severity.HIGH)
                        .webhookUrl("https://hooks.example.com/ecr").build(),
                PullRequestRule.ciIntegration("ci_check").enabled(false).build()),
                rules(entry(MODULE_EXAMPLE)));
    }

    @Test
    void nullNestedValues_meanTheDefaults() {
        var rule = new HashMap<String, Object>(Map.of("name", "r", "type", "approval"));
        rule.put("conditions", null);
        var actions = new HashMap<String, Object>();
        actions.put("requireApprovalCount", null);
        rule.put("actions", actions);
        assertEquals(List.of(PullRequestRule.approval("r").build()),
                rules(Map.of("enablePullRequestRules", true, "pullRequestRules", List.of(rule))));
    }

    @Test
    void disabled_deploysNothing_butTheRulesAreStillChecked() {
        var e = entry(MODULE_EXAMPLE);
        e.put("enablePullRequestRules", false);
        assertEquals(List.of(), rules(e));
        var bad = assertThrows(InvalidInputException.class, () -> rules(entry("""
                pullRequestRules:
                  - {name: r, type: approval, actions: {requireApprovalCount: 0, webhok: x}}
                """)));
        assertEquals(List.of(
                "ecrkit:repositories.app.pullRequestRules[0].actions.webhok: unknown field; did you mean webhookUrl?,"
                        + " got \"x\"",
                "ecrkit:repositories.app.pullRequestRules[0].actions.requireApprovalCount: must be between 1 and 10,"
                        + " got 0"),
                bad.problems().stream().map(Object::toString).toList());
    }

    @Test
    void nestedFields_areSetFromTheirDeclarations_problemsNamedByTheirPaths() {
        var bad = assertThrows(InvalidInputException.class, () -> rules(entry("""
                enablePullRequestRules: true
                pullRequestRules:
                  - {name: a, type: security_scan, conditions: {severityThreshold: SEVERE}}
                  - {name: b, type: approval, enabled: false, actions: {approvalTimeoutHours: 1.5, blockOnFailure: 1}}
                """)));
        assertEquals(List.of(
                "ecrkit:repositories.app.pullRequestRules[1].actions.blockOnFailure: must be a boolean (true or false),"
                        + " got 1",
                "ecrkit:repositories.app.pullRequestRules[0].conditions.severityThreshold: must be one of LOW, MEDIUM,"
                        + " HIGH, CRITICAL, got \"SEVERE\"",
                "ecrkit:repositories.app.pullRequestRules[1].actions.approvalTimeoutHours: must be a whole number,"
                        + " got 1.5"),
                bad.problems().stream().map(Object::toString).toList());
        assertEquals(List.of(PullRequestRule.approval("r").enabled(false).blockOnFailure(false)
                .approvalTimeoutHours(48).allowedPrincipals("arn:aws:iam::123456789012:role/ci").build()),
                rules(entry("""
                        enablePullRequestRules: true
                        pullRequestRules:
                          - name: r
                            type: approval
                            enabled: false
                            conditions: {allowedPrincipals: ["arn:aws:iam::123456789012:role/ci"]}
                            actions: {blockOnFailure: false, approvalTimeoutHours: 48}
                        """)));
    }

    @Test
    void stackProgram_exportsThePullRequestRulesOfEachEntry() {
        var run = TestEngine.run(Map.of("ecrkit:repositories", Json.write(Map.of("app", entry(MODULE_EXAMPLE)))),
                dev.ecrkit.stack.App::stack);
        assertNull(run.failure());
        @SuppressWarnings("unchecked")
        var app = (Map<String, Object>) run.stack().outputs().get("app");
        @SuppressWarnings("unchecked")
        var pr = (Map<String, Object>) app.get("pullRequestRules");
        assertEquals(true, pr.get("enabled"));
        assertEquals(List.of(
                Map.of("name", "security-approval", "type", "approval", "enabled", true,
                        "effects", List.of("sns", "deny-push")),
                Map.of("name", "vulnerability-gate", "type", "security_scan", "enabled", true,
                        "effects", List.of("webhook", "quarantine"))), pr.get("rules"));
        assertEquals(Map.of("mergedPolicyApplied", true, "finalPolicySource", "pull_request_rules"), pr.get("policies"));
        assertEquals(List.of("arn:aws:sns:us-east-1:123456789012:ecr-approvals"), pr.get("notificationTopicArns"));
    }
}
