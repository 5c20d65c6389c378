package dev.ecrkit.policy;

import dev.ecrkit.json.Json;
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
        return Json.write(Json.object(
                "Version", "2012-10-17",
                "Statement", List.of(Json.object(
                        "Effect", "Allow",
                        "Principal", Json.object("Service", SERVICE_PRINCIPAL),
                        "Action", "sts:AssumeRole"))));
    }

    /** The permissions policy: pull from the upstream registry and write the cached image here. */
    public static String permissionsPolicy() {
        return Json.write(Json.object(
                "Version", "2012-10-17",
                "Statement", List.of(Json.object(
                        "Sid", "PullThroughCacheFromUpstreamEcr",
                        "Effect", "Allow",
                        "Action", ACTIONS,
                        "Resource", "*"))));
    }
}
