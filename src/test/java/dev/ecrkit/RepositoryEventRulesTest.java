package dev.ecrkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ecrkit.events.EventTargetArn;
import dev.ecrkit.events.OnEventOptions;
import dev.ecrkit.events.RepositoryEvent;
import dev.ecrkit.events.RepositoryEventRule;
import dev.ecrkit.testing.MockStack;
import dev.ecrkit.testing.Template;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link RepositoryArgs#eventRules()} through the test kit: each item registers exactly the rule its event helper
 * registers, one target and, for a Lambda function, its invoke permission for the rule.
 */
class RepositoryEventRulesTest {
    static final String RULE = "aws:cloudwatch/eventRule:EventRule";
    static final String TARGET = "aws:cloudwatch/eventTarget:EventTarget";
    static final String PERMISSION = "aws:lambda/permission:Permission";
    static final String FUNCTION = "arn:aws:lambda:us-east-1:123456789012:function:deploy";
    static final String TOPIC = "arn:aws:sns:us-east-1:123456789012:scans";
    static final OnEventOptions RELEASES = OnEventOptions.builder().tagPrefixes("v").tagPatterns("release-*")
            .description("Deploy releases").build();
    // set in @BeforeAll: the program runs on engine threads, which would wait for this class's initialization
    static Template DECLARED;
    static Template HELPERS;

    @BeforeAll
    static void run() {
        DECLARED = Template.of(ctx -> new Repository("app", RepositoryArgs.builder().name("team/app")
                .eventRules(RepositoryEventRule.of(RepositoryEvent.IMAGE_PUSHED, "deploy", FUNCTION, RELEASES),
                        RepositoryEventRule.of(RepositoryEvent.IMAGE_SCAN_COMPLETED, "audit", TOPIC))
                .build(), null));
        HELPERS = Template.of(ctx -> {
            var repo = new Repository("app", RepositoryArgs.builder().name("team/app").build(), null);
            repo.onImagePushed("deploy", RELEASES);
            repo.onImageScanCompleted("audit", null);
        });
    }

    @Test
    void eachItem_registersTheRuleItsHelperRegisters() {
        DECLARED.resourceCountIs(RULE, 2);
        for (String name : List.of("app-on-image-pushed-deploy", "app-on-image-scan-completed-audit")) {
            assertEquals(HELPERS.resource(RULE, name).inputs(), DECLARED.resource(RULE, name).hasParent(Repository.TYPE,
                    "app").inputs(), name);
        }
    }

    @Test
    void eachItem_hasOneTarget_andALambdaTargetItsPermissionForTheRule() {
        DECLARED.resourceCountIs(TARGET, 2).resourceCountIs(PERMISSION, 1);
        DECLARED.resource(TARGET, "app-on-image-pushed-deploy-target").hasParent(Repository.TYPE, "app")
                .hasInputs(Map.of("rule", "app-on-image-pushed-deploy", "arn", FUNCTION));
        DECLARED.resource(TARGET, "app-on-image-scan-completed-audit-target")
                .hasInputs(Map.of("rule", "app-on-image-scan-completed-audit", "arn", TOPIC));
        DECLARED.resource(PERMISSION, "app-on-image-pushed-deploy-permission").hasParent(Repository.TYPE, "app")
                .hasInputs(Map.of("action", "lambda:InvokeFunction", "function", FUNCTION,
                        "principal", "events.amazonaws.com",
                        "sourceArn", "arn:aws:events:us-east-1:123456789012:rule/app-on-image-pushed-deploy"));
    }

    @Test
    void aFunctionVersionOrAlias_isThePermissionsQualifier_andStaysInTheTarget() {
        var template = Template.of(ctx -> new Repository("app", RepositoryArgs.builder().name("team/app")
                .eventRules(RepositoryEventRule.of(RepositoryEvent.REPLICATION, "copied", FUNCTION + ":live")).build(),
                null));
        template.resource(TARGET, "app-on-replication-copied-target").hasInput("arn", FUNCTION + ":live");
        template.resource(PERMISSION, "app-on-replication-copied-permission")
                .hasInput("function", FUNCTION).hasInput("qualifier", "live");
    }

    @Test
    void badItems_areRefusedByBuild_oneLineEach() {
        var e = org.junit.jupiter.api.Assertions.assertThrows(dev.ecrkit.validation.InvalidInputException.class,
                () -> RepositoryArgs.builder().name("team/app").eventRules(
                        RepositoryEventRule.of(RepositoryEvent.REPLICATION, "copied",
                                "arn:aws:events:us-east-1:123456789012:event-bus/default")).build());
        assertEquals(List.of("eventRules[0].targetArn: " + EventTargetArn.EVENT_BUS_RULE
                + ", got \"arn:aws:events:us-east-1:123456789012:event-bus/default\""),
                e.problems().stream().map(Object::toString).toList());
    }

    @Test
    void targetsOfAnotherAccountOrRegion_areRefusedWhenTheRepositoryArnResolves() {
        var failure = MockStack.builder().region("eu-west-1").build().failure(ctx -> new Repository("app",
                RepositoryArgs.builder().name("team/app").eventRules(
                        RepositoryEventRule.of(RepositoryEvent.IMAGE_PUSHED, "a", "arn:aws:sns:eu-west-1:210987654321:t"),
                        RepositoryEventRule.of(RepositoryEvent.IMAGE_PUSHED, "b", FUNCTION)).build(), null));
        assertEquals(List.of(
                "eventRules[0].targetArn: " + EventTargetArn.ACCOUNT_RULE.formatted("123456789012")
                        + ", got \"arn:aws:sns:eu-west-1:210987654321:t\"",
                "eventRules[1].targetArn: " + EventTargetArn.REGION_RULE.formatted("eu-west-1") + ", got \"" + FUNCTION
                        + "\""), failure.problems());
    }
}
