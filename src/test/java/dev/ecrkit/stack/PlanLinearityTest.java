package dev.ecrkit.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ecrkit.findings.PlannedResource;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What the plan does after registration is linear in the resources: findings are computed once per plan, the text
 * tree and the Mermaid chart read each resource a fixed number of times (counted, not timed).
 */
class PlanLinearityTest {
    private static final int REPOSITORIES = 2000;

    private static SyntheticPlan.CountingList<PlannedResource> resources() {
        return new SyntheticPlan.CountingList<>(SyntheticPlan.resources(REPOSITORIES));
    }

    private static Plan.PlannedStack stack(SyntheticPlan.CountingList<PlannedResource> resources) {
        return new Plan.PlannedStack("ecrkit", "bench", "us-east-1", resources, Map.of());
    }

    @Test
    void findings_areComputedOnceWhenThePlanIsMade_notOnEveryCall() {
        var resources = resources();
        var stack = stack(resources);
        long n = resources.size();
        assertEquals(n, resources.reads(), "the findings' one pass");
        var findings = stack.findings();
        assertTrue(!findings.isEmpty());
        for (int i = 0; i < 3; i++) {
            assertEquals(findings, stack.findings()); // --fail-on, the text and the JSON ask again
        }
        assertEquals(n, resources.reads(), "asking for the findings again reads nothing");
        stack.toJson();
        assertEquals(3 * n, resources.reads(), "the JSON document reads every resource once, its access report once more");
    }

    @Test
    void textPlan_readsEveryResourceTwice_andNestsChildrenUnderTheirParent() {
        var resources = resources();
        var stack = stack(resources);
        long before = resources.reads();
        String text = PlanText.render(stack);
        // three passes, whatever N: the summary's counts, the tree's index by parent, the access report's index
        assertEquals(3L * resources.size(), resources.reads() - before,
                "element reads of the summary, the text tree and the access report");
        assertTrue(text.contains("""
                + ecrkit:index:Repository  repo-0001
                  + aws:ecr/repository:Repository  repo-0001
                """), text.substring(0, 2000));
        assertTrue(text.contains("""
                  + ecrkit:index:Logging  repo-1999-logging
                    + aws:cloudwatch/logGroup:LogGroup  repo-1999-logging-log-group
                """));
    }

    @Test
    void plannedResources_shareTheInputsTheMockEngineKeeps_oneCopy() {
        var program = ScaleBenchmark.program("stack", new int[] {0});
        var mocks = new PlanMocks("us-east-1");
        var stack = Plan.plan("ecrkit", "bench", program.config(), program.body(), mocks);
        assertEquals(70, stack.resources().size()); // 63 AWS resources and 5 components, the shared log policy and its component
        for (PlannedResource r : stack.resources()) {
            org.junit.jupiter.api.Assertions.assertSame(mocks.inputs(r.type(), r.name()), r.inputs(), r.urn());
        }
        // what the engine was answered is still there: the inputs plus the computed attributes and the id
        var repository = mocks.state("aws:ecr/repository:Repository", "repo-0000");
        assertEquals("repo-0000", repository.get("id"));
        assertEquals("IMMUTABLE", repository.get("imageTagMutability"));
        assertEquals("arn:aws:ecr:us-east-1:123456789012:repository/repo-0000", repository.get("arn"));
    }

    @Test
    void mermaidChart_readsEveryResourceAFixedNumberOfTimes() {
        var resources = resources();
        var stack = stack(resources);
        long before = resources.reads();
        PlanMermaid.render(stack, (type, name) -> Map.of("id", name + "-id"));
        assertTrue(resources.reads() - before <= 5L * resources.size(),
                "element reads of the chart: " + (resources.reads() - before) + " for " + resources.size() + " resources");
    }
}
