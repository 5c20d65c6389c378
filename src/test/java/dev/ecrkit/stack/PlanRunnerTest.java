package dev.ecrkit.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pulumi.Context;
import com.pulumi.aws.sqs.Queue;
import com.pulumi.aws.sqs.QueueArgs;
import com.pulumi.core.Output;
import dev.ecrkit.findings.PlannedResource;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The offline plan's task runner: waits for every task, also those started late, and reports the first failure. */
class PlanRunnerTest {
    private static Plan.PlannedStack plan(Consumer<Context> program) {
        var config = StackFile.read("ecrkit", Map.of("config", Map.of("aws:region", "us-east-1")), "runner-test");
        return Plan.plan("ecrkit", "runner-test", config, program, new PlanMocks("us-east-1"));
    }

    @Test
    void resourcesRegisteredInsideApplyChains_areAllWaitedFor() {
        // each queue is created only once the previous queue's ARN is known: a chain of 30 late registrations
        var stack = plan(ctx -> chain(Output.of("start"), 30));
        assertEquals(30, stack.resources().size());
        assertEquals(java.util.stream.IntStream.range(0, 30).mapToObj(i -> "queue-" + i).collect(java.util.stream.Collectors.toSet()),
                stack.resources().stream().map(PlannedResource::name).collect(java.util.stream.Collectors.toSet()));
    }

    private static void chain(Output<String> previous, int left) {
        if (left == 0) {
            return;
        }
        previous.applyValue(p -> {
            var queue = new Queue("queue-" + (30 - left), QueueArgs.builder().name("q" + (30 - left)).build());
            chain(queue.arn(), left - 1);
            return p;
        });
    }

    @Test
    void aProgramWithoutResources_ends() {
        assertEquals(List.of(), plan(ctx -> { }).resources());
    }

    @Test
    void aFailureInsideAnApply_failsThePlanWithItsMessage() {
        var failure = assertThrows(Plan.PlanFailure.class, () -> plan(ctx -> {
            new Queue("first", QueueArgs.builder().name("first").build());
            Output.of("late").applyValue(v -> {
                throw new IllegalStateException("broken apply " + v);
            });
        }));
        assertTrue(failure.getMessage().contains("IllegalStateException: broken apply late"), failure.getMessage());
    }

    @Test
    void aFailureInTheProgramItself_failsThePlanWithItsMessage() {
        var failure = assertThrows(Plan.PlanFailure.class, () -> plan(ctx -> {
            throw new IllegalArgumentException("bad program");
        }));
        assertTrue(failure.getMessage().contains("IllegalArgumentException: bad program"), failure.getMessage());
    }
}
