package com.example.ecs;

import com.pulumi.Context;
import com.pulumi.Pulumi;
import com.pulumi.aws.cloudwatch.LogGroup;
import com.pulumi.aws.cloudwatch.LogGroupArgs;
import com.pulumi.aws.ecs.Cluster;
import com.pulumi.aws.ecs.ClusterArgs;
import com.pulumi.aws.ecs.TaskDefinition;
import com.pulumi.aws.ecs.TaskDefinitionArgs;
import com.pulumi.aws.ecs.inputs.ClusterSettingArgs;
import com.pulumi.aws.iam.Role;
import com.pulumi.aws.iam.RoleArgs;
import com.pulumi.aws.iam.RolePolicy;
import com.pulumi.aws.iam.RolePolicyArgs;
import com.pulumi.core.Output;
import dev.ecrkit.Repository;
import dev.ecrkit.RepositoryArgs;
import dev.ecrkit.ecr.ImageTagMutability;
import dev.ecrkit.lifecycle.LifecycleRule;
import dev.ecrkit.tagging.TaggingSettings;
import java.util.Map;

/**
 * terraform-aws-ecr examples/with-ecs-integration: an ECR repository whose policy lets ECS tasks pull, a lifecycle
 * rule keeping the last 10 {@code v*} images, and the ECS side that uses it: a cluster, a Fargate task definition
 * whose container image is the repository URL, its execution role with ECR pull and CloudWatch Logs permissions, and
 * the log group. The lifecycle rule is written with ecrkit's typed rules instead of JSON (same policy, validated).
 */
public final class App {
    static final String ENVIRONMENT = "dev";
    static final String REGION = "us-east-1";
    static final Map<String, String> TAGS = Map.of("Environment", ENVIRONMENT, "Project", "ecs-integration-demo");

    private App() {
    }

    public static void main(String[] args) {
        Pulumi.run(App::stack);
    }

    static void stack(Context ctx) {
        var ecr = new Repository("ecr", RepositoryArgs.builder()
                .name("app-" + ENVIRONMENT)
                .scanOnPush(true)
                .imageTagMutability(ImageTagMutability.IMMUTABLE)
                .policy("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [{
                            "Sid": "AllowPullFromECS",
                            "Effect": "Allow",
                            "Principal": {"Service": "ecs-tasks.amazonaws.com"},
                            "Action": ["ecr:GetDownloadUrlForLayer", "ecr:BatchGetImage", "ecr:BatchCheckLayerAvailability"]
                          }]
                        }
                        """)
                // the module example's lifecycle JSON: rule 1 keeps the last 10 images tagged v*
                .lifecycleRules(LifecycleRule.builder().priority(1).description("Keep last 10 images")
                        .prefixes("v").imageCountMoreThan(10).build())
                .tagging(TaggingSettings.builder().tags(TAGS).build())
                .build(), null);

        new Cluster("main", ClusterArgs.builder()
                .name("app-cluster-" + ENVIRONMENT)
                .settings(ClusterSettingArgs.builder().name("containerInsights").value("enabled").build())
                .tags(TAGS)
                .build());

        var execution = new Role("ecs-execution", RoleArgs.builder()
                .name("ecs-execution-role-" + ENVIRONMENT)
                .assumeRolePolicy("""
                        {"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
                          "Principal": {"Service": "ecs-tasks.amazonaws.com"}, "Action": "sts:AssumeRole"}]}""")
                .build());

        new RolePolicy("ecr-pull", RolePolicyArgs.builder()
                .name("ecr-pull-policy")
                .role(execution.id())
                .policy(ecr.repositoryArn.applyValue(arn -> """
                        {"Version": "2012-10-17", "Statement": [
                          {"Effect": "Allow", "Resource": "%s",
                           "Action": ["ecr:GetDownloadUrlForLayer", "ecr:BatchGetImage", "ecr:BatchCheckLayerAvailability"]},
                          {"Effect": "Allow", "Action": "ecr:GetAuthorizationToken", "Resource": "*"}]}""".formatted(arn)))
                .build());

        var logs = new LogGroup("ecs-logs", LogGroupArgs.builder()
                .name("/ecs/app-" + ENVIRONMENT)
                .retentionInDays(30)
                .tags(TAGS)
                .build());

        new RolePolicy("ecs-logs", RolePolicyArgs.builder()
                .name("ecs-logs-policy")
                .role(execution.id())
                .policy(logs.arn().applyValue(arn -> """
                        {"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
                          "Action": ["logs:CreateLogStream", "logs:PutLogEvents"], "Resource": "%s:*"}]}""".formatted(arn)))
                .build());

        new TaskDefinition("app", TaskDefinitionArgs.builder()
                .family("app-" + ENVIRONMENT)
                .requiresCompatibilities("FARGATE")
                .networkMode("awsvpc")
                .cpu("256")
                .memory("512")
                .executionRoleArn(execution.arn())
                .containerDefinitions(Output.format("""
                        [{"name": "app", "image": "%s:latest", "essential": true,
                          "portMappings": [{"containerPort": 80, "hostPort": 80}],
                          "logConfiguration": {"logDriver": "awslogs", "options": {
                            "awslogs-group": "/ecs/app-%s", "awslogs-region": "%s", "awslogs-stream-prefix": "app"}}}]""",
                        ecr.repositoryUrl, ENVIRONMENT, REGION))
                .tags(TAGS)
                .build());

        ctx.export("repositoryUrl", ecr.repositoryUrl);
    }
}
