package com.example.tagging;

import com.pulumi.Context;
import com.pulumi.Pulumi;
import dev.ecrkit.Encryption;
import dev.ecrkit.Registry;
import dev.ecrkit.RegistryArgs;
import dev.ecrkit.Repository;
import dev.ecrkit.RepositoryArgs;
import dev.ecrkit.ecr.EncryptionType;
import dev.ecrkit.ecr.ImageTagMutability;
import dev.ecrkit.lifecycle.LifecycleHelpers;
import dev.ecrkit.lifecycle.LifecycleTemplate;
import dev.ecrkit.registry.RegistryScanning;
import dev.ecrkit.registry.ScanType;
import dev.ecrkit.tagging.DefaultTagsTemplate;
import dev.ecrkit.tagging.KeyCase;
import dev.ecrkit.tagging.TaggingSettings;
import java.util.List;
import java.util.Map;

/**
 * terraform-aws-ecr examples/advanced-tagging: five repositories, one per tagging strategy: the cost_allocation,
 * compliance and sdlc default-tag templates, the custom default tags (no template) in snake_case, and a legacy
 * repository with every tagging feature off. Required tags are checked before anything is created (the module only
 * reports them in an output), and key normalization splits words for real ({@code billing-project} becomes
 * {@code BillingProject}; docs/tagging.md). The compliance repository's registry scanning is registry-level: a
 * {@link Registry}.
 */
public final class App {
    // the module example's variables, at their defaults (name_prefix "")
    static final String ENVIRONMENT = "development";
    static final String PROJECT = "advanced-tagging-demo";
    static final String OWNER = "platform-team";
    static final String COST_CENTER = "engineering-demo";

    private App() {
    }

    public static void main(String[] args) {
        Pulumi.run(App::stack);
    }

    static void stack(Context ctx) {
        var costAllocation = new Repository("ecr-cost-allocation", RepositoryArgs.builder()
                .name("cost-allocation-repo")
                .imageTagMutability(ImageTagMutability.IMMUTABLE)
                .forceDelete(true)
                .encryption(Encryption.kmsWithNewKey(EncryptionType.KMS))
                .lifecyclePolicyTemplate(LifecycleTemplate.COST_OPTIMIZATION)
                .tagging(TaggingSettings.builder()
                        .enableDefaultTags(true)
                        .defaultTagsTemplate(DefaultTagsTemplate.COST_ALLOCATION)
                        .defaultTagsEnvironment(ENVIRONMENT)
                        .defaultTagsOwner(OWNER)
                        .defaultTagsProject(PROJECT)
                        .defaultTagsCostCenter(COST_CENTER)
                        .enableTagValidation(true)
                        .requiredTags("Environment", "Owner", "Project", "CostCenter")
                        .enableTagNormalization(true)
                        .tagKeyCase(KeyCase.PASCAL_CASE)
                        .normalizeTagValues(true)
                        .tags(Map.of("billing-project", "user-service-prod", "data-class", "internal",
                                "backup-policy", "daily"))
                        .build())
                .build(), null);

        new Registry("registry", RegistryArgs.builder()
                // the compliance repository's enable_registry_scanning + enable_secret_scanning (filters ["*"])
                .scanning(RegistryScanning.fromModule(ScanType.ENHANCED, true, List.of("*")))
                .build(), null);
        var compliance = new Repository("ecr-compliance", RepositoryArgs.builder()
                .name("compliance-repo")
                .imageTagMutability(ImageTagMutability.IMMUTABLE)
                .forceDelete(false)
                .encryption(Encryption.kmsWithNewKey(EncryptionType.KMS))
                .lifecyclePolicyTemplate(LifecycleTemplate.COMPLIANCE)
                .tagging(TaggingSettings.builder()
                        .defaultTagsTemplate(DefaultTagsTemplate.COMPLIANCE)
                        .defaultTagsEnvironment("production")
                        .defaultTagsOwner("security-team")
                        .defaultTagsProject("payment-service")
                        .defaultTagsCostCenter("security-cc-002")
                        .enableTagValidation(true)
                        .requiredTags("Environment", "Owner", "Project", "CostCenter", "DataClass", "Compliance",
                                "SecurityReview")
                        .tagKeyCase(KeyCase.PASCAL_CASE)
                        .tags(Map.of("pci-compliant", "true", "audit-required", "true", "retention-period", "7-years",
                                "encryption-required", "true"))
                        .build())
                .build(), null);

        var sdlc = new Repository("ecr-sdlc", RepositoryArgs.builder()
                .name("sdlc-repo")
                .imageTagMutability(ImageTagMutability.MUTABLE)
                .forceDelete(true)
                .encryption(Encryption.aes256())
                .lifecyclePolicyTemplate(LifecycleTemplate.DEVELOPMENT)
                .tagging(TaggingSettings.builder()
                        .defaultTagsTemplate(DefaultTagsTemplate.SDLC)
                        .defaultTagsEnvironment("development")
                        .defaultTagsOwner("dev-team")
                        .defaultTagsProject("mobile-app")
                        .enableTagValidation(true)
                        .requiredTags("Environment", "Owner", "Project")
                        .tagKeyCase(KeyCase.CAMEL_CASE)
                        .tags(Map.of("ci-cd-pipeline", "github-actions", "deployment-method", "kubernetes",
                                "test-coverage", "80-percent"))
                        .build())
                .build(), null);

        var customDefaults = new Repository("ecr-custom-defaults", RepositoryArgs.builder()
                .name("custom-defaults-repo")
                .imageTagMutability(ImageTagMutability.IMMUTABLE)
                .forceDelete(true)
                .lifecycleHelpers(LifecycleHelpers.builder()
                        .keepLatestNImages(25)
                        .expireUntaggedAfterDays(5)
                        .expireTaggedAfterDays(60)
                        .build())
                .tagging(TaggingSettings.builder()
                        .defaultTagsTemplate(DefaultTagsTemplate.CUSTOM)   // the module's default_tags_template = null
                        .defaultTagsEnvironment("staging")
                        .defaultTagsOwner("full-stack-team")
                        .defaultTagsProject("analytics-service")
                        .defaultTagsCostCenter("data-cc-003")
                        .enableTagValidation(true)
                        .requiredTags("Environment", "Owner")
                        .tagKeyCase(KeyCase.SNAKE_CASE)
                        .tags(Map.of("team-slack", "analytics-team", "oncall-rotation", "analytics-oncall",
                                "monitoring-level", "enhanced"))
                        .build())
                .build(), null);

        var legacy = new Repository("ecr-legacy-compatible", RepositoryArgs.builder()
                .name("legacy-repo")
                .imageTagMutability(ImageTagMutability.MUTABLE)
                .forceDelete(false)
                .tagging(TaggingSettings.builder()
                        .enableDefaultTags(false)
                        .enableTagValidation(false)
                        .enableTagNormalization(false)
                        .tags(Map.of("Environment", "production", "Owner", "legacy-team", "ManagedBy", "Terraform",
                                "Application", "legacy-service"))
                        .build())
                .build(), null);

        ctx.export("costAllocationTags", costAllocation.appliedTags);
        ctx.export("complianceTags", compliance.appliedTags);
        ctx.export("sdlcTags", sdlc.appliedTags);
        ctx.export("customDefaultsTags", customDefaults.appliedTags);
        ctx.export("legacyTags", legacy.appliedTags);
    }
}
