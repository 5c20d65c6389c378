package com.example.protectedrepo;

import com.pulumi.Context;
import com.pulumi.Pulumi;
import com.pulumi.aws.AwsFunctions;
import com.pulumi.aws.inputs.GetCallerIdentityArgs;
import dev.ecrkit.Encryption;
import dev.ecrkit.Repository;
import dev.ecrkit.RepositoryArgs;
import dev.ecrkit.ecr.EncryptionType;
import dev.ecrkit.ecr.ImageTagMutability;
import dev.ecrkit.tagging.TaggingSettings;
import java.util.Map;

/**
 * terraform-aws-ecr examples/protected: a repository Pulumi refuses to delete ({@code preventDestroy}, Pulumi's
 * {@code protect} option: toggling it never replaces the repository), immutable tags, KMS encryption with a created
 * key, and a repository policy that denies deleting the repository to the account's principals.
 */
public final class App {
    private App() {
    }

    public static void main(String[] args) {
        Pulumi.run(App::stack);
    }

    static void stack(Context ctx) {
        // the policy names this account, as the module's data.aws_caller_identity does
        var policy = AwsFunctions.getCallerIdentity(GetCallerIdentityArgs.Empty)
                .applyValue(id -> POLICY.replace("ACCOUNT_ID", id.accountId()));
        var repo = new Repository("ecr", RepositoryArgs.builder()
                .name("protected-ecr-repo")
                .imageTagMutability(ImageTagMutability.IMMUTABLE)
                .forceDelete(false)                  // keep the images if the repository is ever deleted
                .preventDestroy(true)                // protect the repository (and its created key) from deletion
                .encryption(Encryption.kmsWithNewKey(EncryptionType.KMS))
                .scanOnPush(true)                    // the module's image_scanning_configuration = { scan_on_push = true }
                .policy(policy)
                .tagging(TaggingSettings.builder()
                        .tags(Map.of("Name", "protected-ecr-repo", "Environment", "production", "Protected", "true",
                                "ManagedBy", "Terraform"))
                        .build())
                .build(), null);
        ctx.export("repositoryUrl", repo.repositoryUrl);
        ctx.export("repositoryArn", repo.repositoryArn);
    }

    /** The repository policy; ACCOUNT_ID is replaced by the deploying account. */
    static final String POLICY = """
            {
              "Version": "2012-10-17",
              "Statement": [
                {
                  "Sid": "DenyDelete",
                  "Effect": "Deny",
                  "Principal": {"AWS": ["arn:aws:iam::ACCOUNT_ID:root"]},
                  "Action": ["ecr:DeleteRepository", "ecr:DeleteRepositoryPolicy"]
                },
                {
                  "Sid": "AllowPull",
                  "Effect": "Allow",
                  "Principal": {"AWS": ["arn:aws:iam::ACCOUNT_ID:root"]},
                  "Action": ["ecr:GetDownloadUrlForLayer", "ecr:BatchGetImage", "ecr:BatchCheckLayerAvailability",
                             "ecr:DescribeRepositories", "ecr:GetRepositoryPolicy", "ecr:ListImages"]
                }
              ]
            }
            """;
}
