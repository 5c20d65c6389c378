package dev.ecrkit;

import com.pulumi.Context;
import dev.ecrkit.stack.Plan;
import dev.ecrkit.stack.PlanMocks;
import dev.ecrkit.stack.PlannedResource;
import dev.ecrkit.stack.StackFile;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Runs a program under the same mock engine the offline plan uses, for component tests. */
public final class TestEngine {
    /** Region of the test stack. */
    public static final String REGION = "eu-west-1";

    private TestEngine() {
    }

    /** What a run registered, or the failure and how many resources had been registered before it. */
    public record Run(Plan.PlannedStack stack, RuntimeException failure, int registered) {
        /** The resources of this type. */
        public List<PlannedResource> ofType(String type) {
            return stack.resources().stream().filter(r -> r.type().equals(type)).toList();
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
        var mocks = new PlanMocks(REGION);
        var engineConfig = new java.util.LinkedHashMap<String, Object>(config);
        engineConfig.put("aws:region", REGION);
        var file = StackFile.read("ecrkit", Map.of("config", engineConfig), "test");
        try {
            return new Run(Plan.plan("ecrkit", "test", file, program, mocks), null, mocks.registeredCount());
        } catch (RuntimeException e) {
            return new Run(null, e, mocks.registeredCount());
        }
    }

    /** Runs {@code program}. */
    public static Run run(Consumer<Context> program) {
        return run(Map.of(), program);
    }
}
