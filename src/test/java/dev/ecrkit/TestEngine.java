package dev.ecrkit;

import com.pulumi.Context;
import dev.ecrkit.stack.Plan;
import dev.ecrkit.findings.PlannedResource;
import dev.ecrkit.testing.Failure;
import dev.ecrkit.testing.MockStack;
import dev.ecrkit.testing.Template;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Runs a program under the test kit ({@link MockStack}: the offline plan's mock engine), for component tests. */
public final class TestEngine {
    /** Region of the test stack. */
    public static final String REGION = "eu-west-1";

    private TestEngine() {
    }

    /** What a run registered ({@link #template()}), or the failure and how many resources had been registered before it. */
    public record Run(Template template, RuntimeException failure, int registered) {
        /** The planned stack. */
        public Plan.PlannedStack stack() {
            if (template == null) {
                throw new AssertionError("the run failed: " + failure.getMessage());
            }
            return template.stack();
        }

        /** The resources of this type. */
        public List<PlannedResource> ofType(String type) {
            return stack().resources().stream().filter(r -> r.type().equals(type)).toList();
        }

        /** The one resource of this type. */
        public PlannedResource one(String type) {
            var all = ofType(type);
            if (all.size() != 1) {
                throw new AssertionError("expected one " + type + ", got " + all.size());
            }
            return all.get(0);
        }

        /** The failure's message (the problem lines for invalid input). */
        public String message() {
            if (failure == null) {
                throw new AssertionError("the run did not fail");
            }
            return failure.getMessage();
        }
    }

    /** Runs {@code program} with extra engine config ({@code namespace:key -> text}). */
    public static Run run(Map<String, String> config, Consumer<Context> program) {
        var stack = MockStack.builder().project("ecrkit").region(REGION);
        config.forEach(stack::config);
        var outcome = stack.build().outcome(program);
        if (outcome instanceof Failure f) {
            return new Run(null, f.exception(), f.registered());
        }
        var template = (Template) outcome;
        return new Run(template, null, template.resources().size());
    }

    /** Runs {@code program}. */
    public static Run run(Consumer<Context> program) {
        return run(Map.of(), program);
    }
}
