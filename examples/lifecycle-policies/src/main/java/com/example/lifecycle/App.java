package com.example.lifecycle;

import com.pulumi.Context;
import com.pulumi.Pulumi;
import dev.ecrkit.Repository;
import dev.ecrkit.RepositoryArgs;
import dev.ecrkit.lifecycle.LifecycleHelpers;
import dev.ecrkit.lifecycle.LifecycleTemplate;
import dev.ecrkit.tagging.TaggingSettings;
import java.util.Map;

/**
 * terraform-aws-ecr examples/lifecycle-policies: six repositories, one per way of setting a lifecycle policy: the
 * development, production, cost_optimization and compliance templates, the helper values (keep 30 of v/release/hotfix,
 * expire untagged after 5 days and tagged after 60), and a manual JSON policy that wins over a template and a helper
 * set next to it (the module's precedence). Every generated policy passes the same validator as the manual one; see
 * docs/lifecycle.md for what each template generates and where ecrkit's differ from the module's.
 */
public final class App {
    private App() {
    }

    public static void main(String[] args) {
        Pulumi.run(App::stack);
    }

    static void stack(Context ctx) {
        template(ctx, "ecr-development", "example-development", LifecycleTemplate.DEVELOPMENT, "Development");
        template(ctx, "ecr-production", "example-production", LifecycleTemplate.PRODUCTION, "Production");
        template(ctx, "ecr-cost-optimized", "example-cost-optimized", LifecycleTemplate.COST_OPTIMIZATION, "Test");
        template(ctx, "ecr-compliance", "example-compliance", LifecycleTemplate.COMPLIANCE, "Compliance");

        var custom = new Repository("ecr-custom", RepositoryArgs.builder()
                .name("example-custom")
                .lifecycleHelpers(LifecycleHelpers.builder()
                        .keepLatestNImages(30)
                        .expireUntaggedAfterDays(5)
                        .expireTaggedAfterDays(60)
                        .tagPrefixesToKeep("v", "release", "hotfix")
                        .build())
                .tagging(tags("Staging"))
                .build(), null);
        ctx.export("example-custom", custom.lifecyclePolicy);

        var manual = new Repository("ecr-manual", RepositoryArgs.builder()
                .name("example-manual")
                .lifecyclePolicy("""
                        {"rules": [{"rulePriority": 1, "description": "Custom manual rule",
                          "selection": {"tagStatus": "tagged", "tagPrefixList": ["custom"],
                                        "countType": "imageCountMoreThan", "countNumber": 5},
                          "action": {"type": "expire"}}]}""")
                // ignored: the manual policy takes precedence
                .lifecyclePolicyTemplate(LifecycleTemplate.DEVELOPMENT)
                .lifecycleHelpers(LifecycleHelpers.builder().keepLatestNImages(100).build())
                .tagging(tags("Manual"))
                .build(), null);
        ctx.export("example-manual", manual.lifecyclePolicy);
    }

    private static void template(Context ctx, String component, String name, LifecycleTemplate template, String environment) {
        var repo = new Repository(component, RepositoryArgs.builder()
                .name(name)
                .lifecyclePolicyTemplate(template)
                .tagging(tags(environment))
                .build(), null);
        ctx.export(name, repo.lifecyclePolicy);
    }

    private static TaggingSettings tags(String environment) {
        return TaggingSettings.builder().tags(Map.of("Environment", environment, "Example", "lifecycle-policies")).build();
    }
}
