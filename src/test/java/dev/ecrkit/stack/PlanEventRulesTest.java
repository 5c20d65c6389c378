package dev.ecrkit.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ecrkit.events.EventTargetArn;
import dev.ecrkit.events.OnEventOptions;
import dev.ecrkit.events.RepositoryEvent;
import dev.ecrkit.events.SampleEvents;
import dev.ecrkit.json.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code eventRules} through the offline plan: the test stack {@code Pulumi.event-rules.yaml} plans each item's rule,
 * target and (Lambda) permission (golden JSON), the planned patterns match the AWS sample events of their kind
 * (event-ruler), SNS and SQS targets bring a notice, and bad items are refused by their key path.
 */
class PlanEventRulesTest {
    private static final Path ROOT = Path.of("").toAbsolutePath();
    private static final String STACK = "src/test/resources/dev/ecrkit/stacks/Pulumi.event-rules.yaml";
    private static final Path GOLDEN = ROOT.resolve("src/test/resources/dev/ecrkit/events/event-rules.plan.golden.json");
    private static final List<String> TYPES = List.of("aws:cloudwatch/eventRule:EventRule",
            "aws:cloudwatch/eventTarget:EventTarget", "aws:lambda/permission:Permission");

    @SuppressWarnings("unchecked")
    private static Map<String, Object> plan() {
        var r = PlanTest.plan(ROOT, "--config", STACK, "--json");
        assertEquals(0, r.status(), r.err());
        return (Map<String, Object>) Json.parse(r.out()).orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> eventResources(Map<String, Object> doc) {
        return ((List<Map<String, Object>>) doc.get("resources")).stream()
                .filter(x -> TYPES.contains(x.get("type")))
                .sorted(Comparator.comparing((Map<String, Object> x) -> (String) x.get("name")))
                .map(x -> Json.object("type", x.get("type"), "name", x.get("name"), "inputs", x.get("inputs")))
                .toList();
    }

    @Test
    void rulesTargetsAndPermission_golden() throws IOException {
        String actual = Json.pretty(eventResources(plan())) + "\n";
        Files.createDirectories(ROOT.resolve("target"));
        Files.writeString(ROOT.resolve("target/event-rules.actual.json"), actual, StandardCharsets.UTF_8);
        assertEquals(Files.readString(GOLDEN, StandardCharsets.UTF_8), actual,
                "review and accept with: cp target/event-rules.actual.json " + ROOT.relativize(GOLDEN));
    }

    @Test
    @SuppressWarnings("unchecked")
    void plannedPatterns_matchTheirKindsSampleEvents_forThisRepositoryOnly() {
        var byName = eventResources(plan()).stream().filter(x -> x.get("type").equals(TYPES.get(0)))
                .collect(java.util.stream.Collectors.toMap(x -> (String) x.get("name"),
                        x -> (String) ((Map<String, Object>) x.get("inputs")).get("eventPattern")));
        var expected = Map.of("orders-on-image-pushed-deploy", List.of(),
                "orders-on-image-scan-completed-notify", List.of("ecr-image-scan", "inspector-scan"),
                "orders-on-replication-audit", List.of("ecr-replication-failed"));
        assertEquals(expected.keySet(), byName.keySet());
        var all = new java.util.ArrayList<>(SampleEvents.ECR);
        all.addAll(SampleEvents.INSPECTOR);
        expected.forEach((rule, matched) -> all.forEach(sample -> {
            assertEquals(matched.contains(sample), SampleEvents.matches(byName.get(rule),
                    SampleEvents.load(sample, "team/orders")), rule + " on " + sample);
            assertFalse(SampleEvents.matches(byName.get(rule), SampleEvents.load(sample, "team/other")), rule);
        }));
        // the deploy rule filters tags v* and release-*: the push sample's tag "latest" passes neither
        assertEquals(RepositoryEvent.IMAGE_PUSHED.pattern("team/orders", SampleEvents.repositoryArn("team/orders"),
                OnEventOptions.builder().tagPrefixes("v").tagPatterns("release-*").build()),
                byName.get("orders-on-image-pushed-deploy"));
        assertTrue(SampleEvents.matches(byName.get("orders-on-image-pushed-deploy"),
                SampleEvents.load("ecr-image-push", "team/orders").replace("\"latest\"", "\"v1.4.2\"")));
    }

    @Test
    void snsAndSqsTargets_noticeThatTheirPolicyIsTheOwners() {
        var r = PlanTest.plan(ROOT, "--config", STACK);
        assertEquals(0, r.status(), r.err());
        assertEquals(List.of(
                "notice: ecrkit:repositories.orders.eventRules[1].targetArn: "
                        + EventTargetArn.Type.SNS_TOPIC.notice().orElseThrow(),
                "notice: ecrkit:repositories.orders.eventRules[2].targetArn: "
                        + EventTargetArn.Type.SQS_QUEUE.notice().orElseThrow()),
                r.err().lines().filter(l -> l.startsWith("notice: ")).toList());
    }

    @Test
    void badItems_areRefusedByTheirKeyPath_beforeAnythingIsPlanned(@TempDir Path dir) throws IOException {
        PlanTest.stack(dir, "t", """
                config:
                  aws:region: eu-west-1
                  ecrkit:repositories:
                    orders:
                      eventRules:
                        - {name: deploy, event: IMAGE_PUSHED, targetArn: 'arn:aws:states:eu-west-1:123456789012:stateMachine:x'}
                        - {name: copy, event: REPLICATION, targetArn: 'arn:aws:lambda:us-east-1:123456789012:function:f'}
                        - {name: sync, event: PULLED, targetArn: 'arn:aws:events:eu-west-1:123456789012:event-bus/default'}
                """);
        var r = PlanTest.plan(dir, "--stack", "t");
        assertEquals(2, r.status(), r.out());
        assertEquals("", r.out());
        String at = "ecrkit:repositories.orders.eventRules";
        assertEquals(List.of(
                at + "[2].event: must be one of IMAGE_PUSHED, IMAGE_SCAN_COMPLETED, REPLICATION, PULL_THROUGH_CACHE,"
                        + " got \"PULLED\"",
                at + "[0].targetArn: " + EventTargetArn.TARGET_RULE
                        + ", got \"arn:aws:states:eu-west-1:123456789012:stateMachine:x\"",
                at + "[2].targetArn: " + EventTargetArn.EVENT_BUS_RULE
                        + ", got \"arn:aws:events:eu-west-1:123456789012:event-bus/default\"",
                at + "[1].targetArn: " + EventTargetArn.REGION_RULE.formatted("eu-west-1")
                        + ", got \"arn:aws:lambda:us-east-1:123456789012:function:f\""),
                r.err().lines().toList());
    }
}
