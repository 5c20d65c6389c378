package com.example.creationtemplate;

import com.pulumi.Context;
import com.pulumi.Pulumi;
import dev.ecrkit.Registry;
import dev.ecrkit.RegistryArgs;
import dev.ecrkit.Repository;
import dev.ecrkit.RepositoryArgs;
import dev.ecrkit.ecr.ImageTagMutability;
import dev.ecrkit.registry.AppliedFor;
import dev.ecrkit.registry.PullThroughCacheRule;
import dev.ecrkit.registry.RepositoryCreationTemplate;
import dev.ecrkit.registry.TemplateEncryption;
import dev.ecrkit.registry.UpstreamRegistry;
import dev.ecrkit.tagging.TaggingSettings;
import java.util.Map;

/**
 * terraform-aws-ecr examples/repository-creation-template: pull-through cache rules for Docker Hub and ECR Public,
 * and two repository creation templates, the settings of repositories ECR creates by itself: {@code docker-hub} for
 * the cache (mutable tags except {@code release-*}, AES256, untagged images expire after 7 days) and {@code ROOT}
 * for create-on-push and replication (immutable tags except {@code latest}). Rules and templates are registry-level:
 * a {@link Registry}. Docker Hub needs a Secrets Manager secret (AWS, pull-through-cache.html); the module example
 * gives none, which AWS rejects: put your secret's ARN here.
 */
public final class App {
    static final String DOCKER_HUB_SECRET =
            "arn:aws:secretsmanager:us-east-1:123456789012:secret:ecr-pullthroughcache/docker-hub";

    private App() {
    }

    public static void main(String[] args) {
        Pulumi.run(App::stack);
    }

    static void stack(Context ctx) {
        var registry = new Registry("registry", RegistryArgs.builder()
                .pullThroughCacheRules(
                        PullThroughCacheRule.builder("docker-hub", UpstreamRegistry.DOCKER_HUB).credentialArn(DOCKER_HUB_SECRET).build(),
                        PullThroughCacheRule.builder("public-ecr", UpstreamRegistry.ECR_PUBLIC).build())
                .repositoryCreationTemplates(
                        RepositoryCreationTemplate.builder("docker-hub")
                                .description("Template for repositories created by the Docker Hub pull-through cache rule")
                                .appliedFor(AppliedFor.PULL_THROUGH_CACHE)
                                // cached tags stay mutable, except release tags that must not be overwritten
                                .imageTagMutability(ImageTagMutability.MUTABLE_WITH_EXCLUSION)
                                .imageTagMutabilityExclusionFilters("release-*")
                                .encryption(TemplateEncryption.aes256())
                                .lifecyclePolicy("""
                                        {"rules": [{"rulePriority": 1, "description": "Expire untagged cached images after 7 days",
                                          "selection": {"tagStatus": "untagged", "countType": "sinceImagePushed",
                                                        "countUnit": "days", "countNumber": 7},
                                          "action": {"type": "expire"}}]}""")
                                .build(),
                        RepositoryCreationTemplate.builder(RepositoryCreationTemplate.ROOT)
                                .description("Default template for repositories ECR creates by replication or create-on-push")
                                .appliedFor(AppliedFor.CREATE_ON_PUSH, AppliedFor.REPLICATION)
                                .imageTagMutability(ImageTagMutability.IMMUTABLE_WITH_EXCLUSION)
                                .imageTagMutabilityExclusionFilters("latest")
                                .build())
                .build(), null);

        var repo = new Repository("ecr-with-repository-creation-templates", RepositoryArgs.builder()
                .name("repository-template-example")
                .tagging(TaggingSettings.builder()
                        .tags(Map.of("Name", "repository-template-example", "Environment", "example",
                                "Example", "repository-creation-template"))
                        .build())
                .build(), null);
        ctx.export("repositoryUrl", repo.repositoryUrl);
        ctx.export("repositoryCreationTemplates", registry.repositoryCreationTemplates);
    }
}
