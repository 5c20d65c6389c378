package com.example.ecs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ecrkit.testing.MockStack;
import dev.ecrkit.testing.Template;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Runs the program under ecrkit's test kit (docs/testing.md) and checks what it registers. */
class AppTest {
    @Test
    void ecsIntegration_createsTheRepositoryAndTheEcsResourcesThatPullFromIt() {
        Template t = MockStack.builder().project("ecrkit-example-with-ecs-integration").build().run(App::stack);
        assertEquals(Map.of("ecrkit:index:Repository", 1, "aws:ecr/repository:Repository", 1,
                "aws:ecr/repositoryPolicy:RepositoryPolicy", 1, "aws:ecr/lifecyclePolicy:LifecyclePolicy", 1,
                "aws:ecs/cluster:Cluster", 1, "aws:ecs/taskDefinition:TaskDefinition", 1, "aws:iam/role:Role", 1,
                "aws:iam/rolePolicy:RolePolicy", 2, "aws:cloudwatch/logGroup:LogGroup", 1), t.counts());
        t.resource("aws:ecr/repository:Repository").hasInput("name", "app-dev");
        String policy = (String) t.resource("aws:ecr/repositoryPolicy:RepositoryPolicy").input("policy");
        assertTrue(policy.contains("\"Service\": \"ecs-tasks.amazonaws.com\""), policy);
        t.resource("aws:ecr/lifecyclePolicy:LifecyclePolicy").hasInput("policy", "{\"rules\":[{\"rulePriority\":1,"
                + "\"description\":\"Keep last 10 images\",\"selection\":{\"tagStatus\":\"tagged\",\"tagPrefixList\":[\"v\"],"
                + "\"countType\":\"imageCountMoreThan\",\"countNumber\":10},\"action\":{\"type\":\"expire\"}}]}");
        // the task's image is the repository URL; the execution role may pull from exactly this repository
        String containers = (String) t.resource("aws:ecs/taskDefinition:TaskDefinition").input("containerDefinitions");
        assertTrue(containers.contains("\"image\": \"123456789012.dkr.ecr.us-east-1.amazonaws.com/app-dev:latest\""), containers);
        String pull = (String) t.resource("aws:iam/rolePolicy:RolePolicy", "ecr-pull").input("policy");
        assertTrue(pull.contains("\"Resource\": \"arn:aws:ecr:us-east-1:123456789012:repository/app-dev\""), pull);
    }
}
