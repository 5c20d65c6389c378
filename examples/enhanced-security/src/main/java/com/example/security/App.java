package com.example.security;

import com.pulumi.Context;
import com.pulumi.Pulumi;
import com.pulumi.aws.AwsFunctions;
import com.pulumi.aws.inputs.GetCallerIdentityArgs;
import dev.ecrkit.Encryption;
import dev.ecrkit.Registry;
import dev.ecrkit.RegistryArgs;
import dev.ecrkit.Repository;
import dev.ecrkit.RepositoryArgs;
import dev.ecrkit.ecr.EncryptionType;
import dev.ecrkit.ecr.ImageTagMutability;
import dev.ecrkit.observability.LoggingSettings;
import dev.ecrkit.registry.AccountSettings;
import dev.ecrkit.registry.PullThroughCacheRule;
import dev.ecrkit.registry.RegistryScanning;
import dev.ecrkit.registry.ScanType;
import dev.ecrkit.registry.UpstreamRegistry;
import dev.ecrkit.tagging.TaggingSettings;
import java.util.List;
import java.util.Map;

/**
 * terraform-aws-ecr examples/enhanced-security: an immutable, KMS-encrypted repository (created key) with a policy
 * that grants pulls and pushes only while the repository is tagged with the environment, a security lifecycle
 * policy, and registry-level security settings in a {@link Registry}: account settings, enhanced scanning with
 * secret scanning (which, as in the module, forces ENHANCED) and pull-through cache rules for Docker Hub and Quay.
 * <p>
 * Differences: the module's {@code registry_scan_filters} configures nothing in AWS (it is only echoed in an output),
 * so ecrkit has no such input; Docker Hub needs a Secrets Manager secret (put yours); the module's
 * {@code enable_logging} is a {@link dev.ecrkit.Logging} child (90 days).
 */
public final class App {
    static final String ENVIRONMENT = "dev";
    static final String DOCKER_HUB_SECRET =
            "arn:aws:secretsmanager:us-east-1:123456789012:secret:ecr-pullthroughcache/docker-hub";

    private App() {
    }

    public static void main(String[] args) {
        Pulumi.run(App::stack);
    }

    static void stack(Context ctx) {
        new Registry("registry", RegistryArgs.builder()
                .accountSettings(AccountSettings.builder()
                        .basicScanTypeVersion(AccountSettings.BasicScanTypeVersion.AWS_NATIVE)
                        .registryPolicyScope(AccountSettings.RegistryPolicyScope.V2)
                        .build())
                // the module's enable_registry_scanning + registry_scan_type + enable_secret_scanning, filters ["*"]
                .scanning(RegistryScanning.fromModule(ScanType.ENHANCED, true, List.of("*")))
                .pullThroughCacheRules(
                        PullThroughCacheRule.builder("docker-hub", UpstreamRegistry.DOCKER_HUB).credentialArn(DOCKER_HUB_SECRET).build(),
                        PullThroughCacheRule.builder("quay", UpstreamRegistry.QUAY).build())
                .build(), null);

        var policy = AwsFunctions.getCallerIdentity(GetCallerIdentityArgs.Empty)
                .applyValue(id -> POLICY.replace("ACCOUNT_ID", id.accountId()).replace("ENVIRONMENT", ENVIRONMENT));
        var repo = new Repository("ecr-enhanced-security", RepositoryArgs.builder()
                .name("enhanced-security-repo")
                .logging(LoggingSettings.builder().retentionInDays(90).build())
                .imageTagMutability(ImageTagMutability.IMMUTABLE)
                .forceDelete(false)
                .encryption(Encryption.kmsWithNewKey(EncryptionType.KMS))
                .scanOnPush(true)
                .policy(policy)
                .lifecyclePolicy("""
                        {"rules": [
                          {"rulePriority": 1, "description": "Delete untagged images after 7 days for security",
                           "selection": {"tagStatus": "untagged", "countType": "sinceImagePushed", "countUnit": "days",
                                         "countNumber": 7},
                           "action": {"type": "expire"}},
                          {"rulePriority": 2, "description": "Keep only last 50 tagged images",
                           "selection": {"tagStatus": "tagged", "tagPrefixList": ["v", "release-"],
                                         "countType": "imageCountMoreThan", "countNumber": 50},
                           "action": {"type": "expire"}}]}""")
                .tagging(TaggingSettings.builder()
                        .tags(Map.of("Environment", ENVIRONMENT, "SecurityLevel", "Enhanced", "Compliance", "SOC2",
                                "ManagedBy", "Terraform", "Project", "Enhanced-Security-ECR"))
                        .build())
                .build(), null);
        ctx.export("repositoryUrl", repo.repositoryUrl);
        ctx.export("securityStatus", repo.securityStatus);
    }

    static final String POLICY = """
            {
              "Version": "2012-10-17",
              "Statement": [
                {"Sid": "EnhancedSecurityAccess", "Effect": "Allow",
                 "Principal": {"AWS": "arn:aws:iam::ACCOUNT_ID:root"},
                 "Action": ["ecr:GetDownloadUrlForLayer", "ecr:BatchGetImage", "ecr:BatchCheckLayerAvailability",
                            "ecr:DescribeRepositories", "ecr:DescribeImages", "ecr:DescribeImageScanFindings"],
                 "Condition": {"StringEquals": {"ecr:ResourceTag/Environment": "ENVIRONMENT"}}},
                {"Sid": "SecurePushAccess", "Effect": "Allow",
                 "Principal": {"AWS": "arn:aws:iam::ACCOUNT_ID:role/ECRSecurePushRole"},
                 "Action": ["ecr:PutImage", "ecr:InitiateLayerUpload", "ecr:UploadLayerPart", "ecr:CompleteLayerUpload"],
                 "Condition": {"StringEquals": {"ecr:ResourceTag/Environment": "ENVIRONMENT"}}}
              ]
            }
            """;
}
