package com.example.replication;

import com.pulumi.Context;
import com.pulumi.Pulumi;
import dev.ecrkit.Registry;
import dev.ecrkit.RegistryArgs;
import dev.ecrkit.Repository;
import dev.ecrkit.RepositoryArgs;
import dev.ecrkit.ecr.ImageTagMutability;
import dev.ecrkit.registry.Replication;
import dev.ecrkit.tagging.TaggingSettings;
import java.util.List;
import java.util.Map;

/**
 * terraform-aws-ecr examples/replication: a repository, and replication of the registry to us-west-2 and eu-west-1
 * in this account. Replication is registry-level (ONE configuration per account and region, for every repository):
 * the module sets it inside the repository module, ecrkit in the {@link Registry} component.
 */
public final class App {
    private App() {
    }

    public static void main(String[] args) {
        Pulumi.run(App::stack);
    }

    static void stack(Context ctx) {
        var registry = new Registry("registry", RegistryArgs.builder()
                .replication(Replication.sameAccountRegions(List.of("us-west-2", "eu-west-1")))
                .build(), null);
        var repo = new Repository("ecr", RepositoryArgs.builder()
                .name("replication-example")
                .scanOnPush(true)
                .imageTagMutability(ImageTagMutability.IMMUTABLE)
                .tagging(TaggingSettings.builder()
                        .tags(Map.of("Environment", "example", "Example", "replication", "ManagedBy", "Terraform"))
                        .build())
                .build(), null);
        ctx.export("repositoryUrl", repo.repositoryUrl);
        ctx.export("replicationRegions", registry.replicationRegions);
    }
}
