package com.example.replication;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.example.support.RecordingMocks;
import com.pulumi.test.PulumiTest;
import com.pulumi.test.TestOptions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Runs the program under the Pulumi mock engine and checks what it registers. */
class AppTest {
    @AfterEach
    void cleanup() {
        PulumiTest.cleanup();
    }

    private static RecordingMocks run() {
        var mocks = new RecordingMocks();
        var result = PulumiTest.withMocks(mocks)
                .withOptions(TestOptions.builder().projectName("ecrkit-example-replication").stackName("test").preview(false).build())
                .runTest(App::stack);
        assertEquals(0, result.exitCode(), String.join("\n", result.errors()));
        return mocks;
    }

    @Test
    void replication_createsTheRepositoryAndOneReplicationConfigurationForBothRegions() {
        var mocks = run();
        assertEquals(Map.of("ecrkit:index:Registry", 1L, "aws:ecr/replicationConfiguration:ReplicationConfiguration", 1L,
                "ecrkit:index:Repository", 1L, "aws:ecr/repository:Repository", 1L), mocks.counts());
        assertEquals(Map.of("rules", List.of(Map.of("destinations", List.of(
                        Map.of("region", "us-west-2", "registryId", "123456789012"),
                        Map.of("region", "eu-west-1", "registryId", "123456789012"))))),
                mocks.one("aws:ecr/replicationConfiguration:ReplicationConfiguration").inputs().get("replicationConfiguration"));
        assertEquals("replication-example", mocks.one("aws:ecr/repository:Repository").inputs().get("name"));
    }
}
