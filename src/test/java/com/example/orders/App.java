package com.example.orders;

import com.pulumi.Context;
import com.pulumi.Pulumi;
import dev.ecrkit.Encryption;
import dev.ecrkit.Repository;
import dev.ecrkit.RepositoryArgs;
import dev.ecrkit.ecr.ImageTagMutability;
import dev.ecrkit.lifecycle.LifecycleTemplate;

/** A Pulumi program: one ECR repository for the orders service. */
public final class App {
    public static void main(String[] args) {
        Pulumi.run(App::stack);
    }

    /** The program; the test runs it under ecrkit's mocks. */
    static void stack(Context ctx) {
        var repo = new Repository("orders", RepositoryArgs.builder()
                .name("team/orders")
                .imageTagMutability(ImageTagMutability.IMMUTABLE)
                .encryption(Encryption.kms("alias/orders"))              // resolved to the key ARN by kms.getAlias
                .lifecyclePolicyTemplate(LifecycleTemplate.PRODUCTION)
                .policy("""
                        {"Version": "2012-10-17", "Statement": [{"Sid": "CiPull", "Effect": "Allow",
                          "Principal": {"AWS": "arn:aws:iam::123456789012:role/ci"},
                          "Action": ["ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer"]}]}""")
                .preventDestroy(true)
                .build(), null);
        ctx.export("repositoryUrl", repo.repositoryUrl);
    }
}
