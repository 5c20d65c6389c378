package dev.ecrkit.policy;

import java.util.List;

/**
 * The IAM role ECR assumes to cache images from an upstream ECR registry in another account, exactly as AWS documents
 * it (https://docs.aws.amazon.com/AmazonECR/latest/userguide/pull-through-cache-private.html, "IAM policies required
 * for cross-account ECR to ECR pull through cache"). The Terraform module's role trusted {@code ecr.amazonaws.com},
 * named a non-existent action ({@code ecr:BatchImportLayerAvailability}) and was never attached; this one is attached
 * to the rules that need it. The upstream registry's owner must still allow this account in their registry or
 * repository policy (docs/registry.md). Pure.
 */
public final class PullThroughCacheRolePolicy {
    /** The service principal of ECR pull-through cache (pull-through-cache-private.html, trust policy). */
    public static final String SERVICE_PRINCIPAL = "pullthroughcache.ecr.amazonaws.com";
    /** The actions of the documented permissions policy (pull-through-cache-private.html), in that order. */
    public static final List<String> ACTIONS = List.of(
            "ecr:GetDownloadUrlForLayer",
            "ecr:GetAuthorizationToken",
            "ecr:BatchImportUpstreamImage",
            "ecr:BatchGetImage",
            "ecr:GetImageCopyStatus",
            "ecr:InitiateLayerUpload",
            "ecr:UploadLayerPart",
            "ecr:CompleteLayerUpload",
            "ecr:PutImage");

    private PullThroughCacheRolePolicy() {
    }

    /** The trust policy: ECR pull-through cache may assume the role. */
    public static String trustPolicy() {
        return PolicyDocument.of(PolicyStatement.builder().services(SERVICE_PRINCIPAL).actions("sts:AssumeRole")
                .noResource().build()).toJson();
    }

    /** The permissions policy: pull from the upstream registry and write the cached image here. */
    public static String permissionsPolicy() {
        return PolicyDocument.of(PolicyStatement.allow("PullThroughCacheFromUpstreamEcr").actions(ACTIONS)
                .resources("*").build()).toJson();
    }
}
