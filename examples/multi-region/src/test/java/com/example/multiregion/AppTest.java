package com.example.multiregion;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ecrkit.testing.MockStack;
import dev.ecrkit.testing.Template;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Runs the program under ecrkit's test kit (docs/testing.md) and checks what it registers. */
class AppTest {
    @Test
    void multiRegion_replicatesTheRegistryToTheSecondaryRegion() {
        Template t = MockStack.builder().project("ecrkit-example-multi-region").build().run(App::stack);
        assertEquals(Map.of("ecrkit:index:Registry", 1, "aws:ecr/replicationConfiguration:ReplicationConfiguration", 1,
                "ecrkit:index:Repository", 1, "aws:ecr/repository:Repository", 1), t.counts());
        t.resource("aws:ecr/replicationConfiguration:ReplicationConfiguration").hasInput("replicationConfiguration",
                Map.of("rules", List.of(Map.of("destinations", List.of(
                        Map.of("region", "us-west-2", "registryId", "123456789012"))))));
        t.resource("aws:ecr/repository:Repository").hasInputs(Map.of("name", "multi-region-app-replicated",
                "imageTagMutability", "IMMUTABLE"));
    }
}
