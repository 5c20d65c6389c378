package com.example.multiregion;

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
 * terraform-aws-ecr examples/multi-region, approach 1 (the module's default, "recommended"): the repository in the
 * primary region (the stack's {@code aws:region}, us-east-1) and built-in replication of the registry to the
 * secondary region us-west-2. The example's approach 2 ({@code use_manual_setup}, off by default) is not shown: a
 * registry has ONE replication configuration, so the two approaches exclude each other.
 */
public final class App {
    static final String SECONDARY_REGION = "us-west-2";

    private App() {
    }

    public static void main(String[] args) {
        Pulumi.run(App::stack);
    }

    static void stack(Context ctx) {
        var registry = new Registry("registry", RegistryArgs.builder()
                .replication(Replication.sameAccountRegions(List.of(SECONDARY_REGION)))
                .build(), null);
        var repo = new Repository("ecr-with-replication", RepositoryArgs.builder()
                .name("multi-region-app-replicated")
                .scanOnPush(true)
                .imageTagMutability(ImageTagMutability.IMMUTABLE)
                .tagging(TaggingSettings.builder()
                        .tags(Map.of("Environment", "prod", "Approach", "built-in-replication", "ManagedBy", "Terraform"))
                        .build())
                .build(), null);
        ctx.export("repositoryUrl", repo.repositoryUrl);
        ctx.export("replicationRegions", registry.replicationRegions);
    }
}
