package com.example.simple;

import com.pulumi.Context;
import com.pulumi.Pulumi;
import dev.ecrkit.Encryption;
import dev.ecrkit.Repository;
import dev.ecrkit.RepositoryArgs;
import dev.ecrkit.ecr.EncryptionType;
import dev.ecrkit.ecr.ImageTagMutability;
import dev.ecrkit.tagging.TaggingSettings;
import java.util.Map;

/**
 * terraform-aws-ecr examples/simple: one repository with immutable tags, scan on push and KMS encryption. The module
 * creates a KMS key when {@code encryption_type = "KMS"} has no {@code kms_key}; so does ecrkit
 * ({@link Encryption#kmsWithNewKey}): a customer managed key, its alias and a key policy.
 */
public final class App {
    private App() {
    }

    public static void main(String[] args) {
        Pulumi.run(App::stack);
    }

    /** The program (the test runs it under the Pulumi mock engine). */
    static void stack(Context ctx) {
        var repo = new Repository("ecr", RepositoryArgs.builder()
                .name("simple-ecr-repo")
                .scanOnPush(true)                                    // enable security scanning
                .imageTagMutability(ImageTagMutability.IMMUTABLE)    // prevent tag overwrites
                .forceDelete(false)                                  // prevent accidental deletion
                .encryption(Encryption.kmsWithNewKey(EncryptionType.KMS))
                .tagging(TaggingSettings.builder()
                        .tags(Map.of("Owner", "DevOps team", "Environment", "dev", "Terraform", "true",
                                "ManagedBy", "Terraform", "Project", "ECR"))
                        .build())
                .build(), null);
        ctx.export("repositoryUrl", repo.repositoryUrl);
        ctx.export("repositoryArn", repo.repositoryArn);
        ctx.export("kmsKeyArn", repo.kmsKeyArn);
    }
}
