package com.example.complete;

import com.pulumi.Context;
import com.pulumi.Pulumi;
import com.pulumi.aws.AwsFunctions;
import com.pulumi.aws.inputs.GetCallerIdentityArgs;
import com.pulumi.core.Output;
import dev.ecrkit.Encryption;
import dev.ecrkit.Registry;
import dev.ecrkit.RegistryArgs;
import dev.ecrkit.Repository;
import dev.ecrkit.RepositoryArgs;
import dev.ecrkit.ecr.EncryptionType;
import dev.ecrkit.ecr.ImageTagMutability;
import dev.ecrkit.lifecycle.LifecycleHelpers;
import dev.ecrkit.observability.LoggingSettings;
import dev.ecrkit.registry.AccountSettings;
import dev.ecrkit.tagging.TaggingSettings;
import java.util.Map;

/**
 * terraform-aws-ecr examples/complete: three repositories.
 * <ul>
 *   <li>{@code complete-ecr-repo}: IMMUTABLE_WITH_EXCLUSION ({@code latest}, {@code dev-*}), a 60 minute delete
 *   timeout, force delete, KMS with a created key, a two-statement policy and a keep-30 lifecycle policy;</li>
 *   <li>{@code protected-ecr-repo}: protected ({@code preventDestroy}), exclusion {@code release-candidate-*}, a
 *   conditional policy and a strict lifecycle policy;</li>
 *   <li>{@code enhanced-lifecycle-repo}: the lifecycle helpers (keep 50 of v/release/stable, expire untagged after 7
 *   days, tagged after 90).</li>
 * </ul>
 * The module's {@code manage_account_setting} (registry-level: one value per account and region) is a
 * {@link Registry}. The module's {@code enable_logging} is a {@link dev.ecrkit.Logging} child (14 days) whose log group
 * really receives the repository's events.
 */
public final class App {
    private App() {
    }

    public static void main(String[] args) {
        Pulumi.run(App::stack);
    }

    static void stack(Context ctx) {
        Output<String> account = AwsFunctions.getCallerIdentity(GetCallerIdentityArgs.Empty).applyValue(id -> id.accountId());

        new Registry("registry", RegistryArgs.builder()
                .accountSettings(AccountSettings.builder()
                        .basicScanTypeVersion(AccountSettings.BasicScanTypeVersion.AWS_NATIVE)  // recommended native scanning
                        .registryPolicyScope(AccountSettings.RegistryPolicyScope.V2)            // every ECR action
                        .build())
                .build(), null);

        var ecr = new Repository("ecr", RepositoryArgs.builder()
                .name("complete-ecr-repo")
                .imageTagMutability(ImageTagMutability.IMMUTABLE_WITH_EXCLUSION)
                .imageTagMutabilityExclusionFilters("latest", "dev-*")
                .deleteTimeout("60m")
                .forceDelete(true)
                .encryption(Encryption.kmsWithNewKey(EncryptionType.KMS))
                .scanOnPush(true)
                .logging(LoggingSettings.builder().retentionInDays(14).build())
                .policy(account.applyValue(id -> COMPLETE_POLICY.replace("ACCOUNT_ID", id)))
                .lifecyclePolicy("""
                        {"rules": [{"rulePriority": 1, "description": "Keep last 30 images",
                          "selection": {"tagStatus": "any", "countType": "imageCountMoreThan", "countNumber": 30},
                          "action": {"type": "expire"}}]}""")
                .tagging(tags(Map.of("Name", "complete-ecr-repo", "Owner", "DevOps team", "Environment", "development",
                        "Project", "example")))
                .build(), null);

        var protectedRepo = new Repository("ecr-protected", RepositoryArgs.builder()
                .name("protected-ecr-repo")
                .imageTagMutability(ImageTagMutability.IMMUTABLE_WITH_EXCLUSION)
                .imageTagMutabilityExclusionFilters("release-candidate-*")
                .deleteTimeout("60m")
                .forceDelete(false)
                .preventDestroy(true)
                .encryption(Encryption.kmsWithNewKey(EncryptionType.KMS))
                .scanOnPush(true)
                .policy(account.applyValue(id -> PROTECTED_POLICY.replace("ACCOUNT_ID", id)))
                .lifecyclePolicy("""
                        {"rules": [
                          {"rulePriority": 1, "description": "Keep tagged images indefinitely",
                           "selection": {"tagStatus": "tagged", "tagPrefixList": ["v", "release"],
                                         "countType": "sinceImagePushed", "countUnit": "days", "countNumber": 36500},
                           "action": {"type": "expire"}},
                          {"rulePriority": 2, "description": "Remove untagged images after 14 days",
                           "selection": {"tagStatus": "untagged", "countType": "sinceImagePushed", "countUnit": "days",
                                         "countNumber": 14},
                           "action": {"type": "expire"}}]}""")
                .tagging(tags(Map.of("Name", "protected-ecr-repo", "Owner", "DevOps team", "Environment", "production",
                        "Project", "example", "Protected", "true")))
                .build(), null);

        var enhanced = new Repository("ecr-enhanced-lifecycle", RepositoryArgs.builder()
                .name("enhanced-lifecycle-repo")
                .imageTagMutability(ImageTagMutability.IMMUTABLE)
                .forceDelete(true)
                .encryption(Encryption.kmsWithNewKey(EncryptionType.KMS))
                .lifecycleHelpers(LifecycleHelpers.builder()
                        .keepLatestNImages(50)
                        .expireUntaggedAfterDays(7)
                        .expireTaggedAfterDays(90)
                        .tagPrefixesToKeep("v", "release", "stable")
                        .build())
                .scanOnPush(true)
                .tagging(tags(Map.of("Name", "enhanced-lifecycle-repo", "Owner", "DevOps team",
                        "Environment", "development", "Project", "example", "LifecyclePolicy", "enhanced")))
                .build(), null);

        ctx.export("repositoryUrl", ecr.repositoryUrl);
        ctx.export("protectedRepositoryUrl", protectedRepo.repositoryUrl);
        ctx.export("enhancedLifecycleRepositoryUrl", enhanced.repositoryUrl);
        ctx.export("enhancedLifecyclePolicy", enhanced.lifecyclePolicy);
    }

    private static TaggingSettings tags(Map<String, String> tags) {
        return TaggingSettings.builder().tags(tags).build();
    }

    static final String COMPLETE_POLICY = """
            {
              "Version": "2012-10-17",
              "Statement": [
                {"Sid": "LimitedAccess", "Effect": "Allow",
                 "Principal": {"AWS": "arn:aws:iam::ACCOUNT_ID:root"},
                 "Action": ["ecr:GetDownloadUrlForLayer", "ecr:BatchGetImage", "ecr:BatchCheckLayerAvailability",
                            "ecr:DescribeRepositories", "ecr:GetRepositoryPolicy", "ecr:ListImages"]},
                {"Sid": "AdminAccess", "Effect": "Allow",
                 "Principal": {"AWS": "arn:aws:iam::ACCOUNT_ID:root"},
                 "Action": ["ecr:PutImage", "ecr:InitiateLayerUpload", "ecr:UploadLayerPart", "ecr:CompleteLayerUpload",
                            "ecr:DeleteRepository", "ecr:BatchDeleteImage", "ecr:SetRepositoryPolicy",
                            "ecr:DeleteRepositoryPolicy"]}
              ]
            }
            """;

    static final String PROTECTED_POLICY = """
            {
              "Version": "2012-10-17",
              "Statement": [
                {"Sid": "RestrictedAccess", "Effect": "Allow",
                 "Principal": {"AWS": "arn:aws:iam::ACCOUNT_ID:root"},
                 "Action": ["ecr:GetDownloadUrlForLayer", "ecr:BatchGetImage", "ecr:BatchCheckLayerAvailability",
                            "ecr:DescribeRepositories", "ecr:GetRepositoryPolicy", "ecr:ListImages"],
                 "Condition": {"StringLike": {"aws:PrincipalArn": [
                   "arn:aws:iam::ACCOUNT_ID:role/AllowedECRRole",
                   "arn:aws:iam::ACCOUNT_ID:role/ProductionDeployRole"]}}}
              ]
            }
            """;
}
