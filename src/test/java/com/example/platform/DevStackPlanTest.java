package com.example.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ecrkit.stack.Plan;
import dev.ecrkit.testing.Template;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A config-only stack (Pulumi.dev.yaml, no Java of its own) tested through the plan's JSON. */
// snippet: test
class DevStackPlanTest {
    @Test
    void paymentsApi_isProtectedAndImmutableWithExclusions() {
        var json = new ByteArrayOutputStream();
        int status = Plan.run(new String[] {"--stack", "dev", "--json"}, Path.of(""),
                new PrintStream(json, true, StandardCharsets.UTF_8), System.err);
        assertEquals(Plan.OK, status);

        Template template = Template.fromPlanJson(json.toString(StandardCharsets.UTF_8));
        template.hasResourceProperties("aws:ecr/repository:Repository", Map.of(
                        "name", "team-payments/api", "imageTagMutability", "IMMUTABLE_WITH_EXCLUSION"))
                .isProtected(true)
                .hasCustomTimeouts(Map.of("delete", "30m"));
    }
}
// end-snippet
