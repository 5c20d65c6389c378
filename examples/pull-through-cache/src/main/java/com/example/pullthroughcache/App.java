package com.example.pullthroughcache;

import com.pulumi.Context;
import com.pulumi.Pulumi;
import dev.ecrkit.Registry;
import dev.ecrkit.RegistryArgs;
import dev.ecrkit.Repository;
import dev.ecrkit.RepositoryArgs;
import dev.ecrkit.ecr.ImageTagMutability;
import dev.ecrkit.registry.PullThroughCacheRule;
import dev.ecrkit.registry.RegistryScanning;
import dev.ecrkit.registry.ScanFrequency;
import dev.ecrkit.registry.ScanType;
import dev.ecrkit.registry.UpstreamRegistry;
import dev.ecrkit.tagging.TaggingSettings;
import java.util.Map;

/**
 * terraform-aws-ecr examples/pull-through-cache: pull-through cache rules for Docker Hub, Quay, GitHub Container
 * Registry and ECR Public, enhanced registry scanning, and a repository with a lifecycle policy for cached images.
 * The rules and the scanning configuration are registry-level: a {@link Registry}.
 * <p>
 * One difference on purpose: Docker Hub and GitHub Container Registry need a Secrets Manager secret whose name starts
 * with {@code ecr-pullthroughcache/} (AWS, pull-through-cache.html); the module example passes none, which AWS
 * rejects, and ecrkit reports before anything is created. Put your secrets' ARNs here.
 */
public final class App {
    static final String DOCKER_HUB_SECRET =
            "arn:aws:secretsmanager:us-east-1:123456789012:secret:ecr-pullthroughcache/docker-hub";
    static final String GITHUB_SECRET = "arn:aws:secretsmanager:us-east-1:123456789012:secret:ecr-pullthroughcache/github";

    private App() {
    }

    public static void main(String[] args) {
        Pulumi.run(App::stack);
    }

    static void stack(Context ctx) {
        var registry = new Registry("registry", RegistryArgs.builder()
                .pullThroughCacheRules(
                        PullThroughCacheRule.builder("docker-hub", UpstreamRegistry.DOCKER_HUB).credentialArn(DOCKER_HUB_SECRET).build(),
                        PullThroughCacheRule.builder("quay", UpstreamRegistry.QUAY).build(),
                        PullThroughCacheRule.builder("ghcr", UpstreamRegistry.GITHUB_CONTAINER_REGISTRY).credentialArn(GITHUB_SECRET).build(),
                        PullThroughCacheRule.builder("public-ecr", UpstreamRegistry.ECR_PUBLIC).build())
                .scanning(RegistryScanning.builder().scanType(ScanType.ENHANCED).rule(ScanFrequency.SCAN_ON_PUSH, "*").build())
                .build(), null);

        var repo = new Repository("ecr-with-pull-through-cache", RepositoryArgs.builder()
                .name("my-cached-repo")
                .imageTagMutability(ImageTagMutability.IMMUTABLE)
                .forceDelete(false)
                .scanOnPush(true)
                .lifecyclePolicy("""
                        {"rules": [
                          {"rulePriority": 1, "description": "Keep last 10 images for cached repositories",
                           "selection": {"tagStatus": "tagged", "tagPrefixList": ["v", "latest"],
                                         "countType": "imageCountMoreThan", "countNumber": 10},
                           "action": {"type": "expire"}},
                          {"rulePriority": 2, "description": "Delete untagged images older than 1 day",
                           "selection": {"tagStatus": "untagged", "countType": "sinceImagePushed", "countUnit": "days",
                                         "countNumber": 1},
                           "action": {"type": "expire"}}]}""")
                .tagging(TaggingSettings.builder()
                        .tags(Map.of("Name", "my-cached-repo", "Environment", "dev", "Purpose", "pull-through-cache",
                                "Example", "terraform-aws-ecr"))
                        .build())
                .build(), null);
        ctx.export("repositoryUrl", repo.repositoryUrl);
        ctx.export("pullThroughCacheRules", registry.pullThroughCacheRules);
    }
}
