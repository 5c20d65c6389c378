package com.example.ecs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.example.support.RecordingMocks;
import com.pulumi.test.PulumiTest;
import com.pulumi.test.TestOptions;
import java.util.Map;
import static org.junit.jupiter.api.Assertions.assertTrue;
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
                .withOptions(TestOptions.builder().projectName("ecrkit-example-with-ecs-integration").stackName("test").preview(false).build())
                .runTest(App::stack);
        assertEquals(0, result.exitCode(), String.join("\n", result.errors()));
        return mocks;
    }

    @Test
    void ecsIntegration_createsTheRepositoryAndTheEcsResourcesThatPullFromIt() {
        var mocks = run();
        assertEquals(Map.of("ecrkit:index:Repository", 1L, "aws:ecr/repository:Repository", 1L,
                "aws:ecr/repositoryPolicy:RepositoryPolicy", 1L, "aws:ecr/lifecyclePolicy:LifecyclePolicy", 1L,
                "aws:ecs/cluster:Cluster", 1L, "aws:ecs/taskDefinition:TaskDefinition", 1L, "aws:iam/role:Role", 1L,
                "aws:iam/rolePolicy:RolePolicy", 2L, "aws:cloudwatch/logGroup:LogGroup", 1L), mocks.counts());
        assertEquals("app-dev", mocks.one("aws:ecr/repository:Repository").inputs().get("name"));
        String policy = (String) mocks.one("aws:ecr/repositoryPolicy:RepositoryPolicy").inputs().get("policy");
        assertTrue(policy.contains("\"Service\": \"ecs-tasks.amazonaws.com\""), policy);
        assertEquals("{\"rules\":[{\"rulePriority\":1,\"description\":\"Keep last 10 images\",\"selection\":"
                + "{\"tagStatus\":\"tagged\",\"tagPrefixList\":[\"v\"],\"countType\":\"imageCountMoreThan\",\"countNumber\":10},"
                + "\"action\":{\"type\":\"expire\"}}]}",
                mocks.one("aws:ecr/lifecyclePolicy:LifecyclePolicy").inputs().get("policy"));
        // the task's image is the repository URL; the execution role may pull from exactly this repository
        String containers = (String) mocks.one("aws:ecs/taskDefinition:TaskDefinition").inputs().get("containerDefinitions");
        assertTrue(containers.contains("\"image\": \"123456789012.dkr.ecr.us-east-1.amazonaws.com/app-dev:latest\""), containers);
        String pull = (String) mocks.ofType("aws:iam/rolePolicy:RolePolicy").stream()
                .filter(r -> r.name().equals("ecr-pull")).findFirst().orElseThrow().inputs().get("policy");
        assertTrue(pull.contains("\"Resource\": \"arn:aws:ecr:us-east-1:123456789012:repository/app-dev\""), pull);
    }
}
