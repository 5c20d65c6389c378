package dev.ecrkit.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PullThroughCacheRolePolicyTest {
    @Test
    void trustPolicy_letsEcrPullThroughCacheAssumeTheRole() {
        assertEquals("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":"
                + "{\"Service\":\"pullthroughcache.ecr.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}]}",
                PullThroughCacheRolePolicy.trustPolicy());
    }

    @Test
    void permissionsPolicy_isTheDocumentedOneWithRealActionNames() {
        assertEquals("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"PullThroughCacheFromUpstreamEcr\","
                + "\"Effect\":\"Allow\",\"Action\":[\"ecr:GetDownloadUrlForLayer\",\"ecr:GetAuthorizationToken\","
                + "\"ecr:BatchImportUpstreamImage\",\"ecr:BatchGetImage\",\"ecr:GetImageCopyStatus\","
                + "\"ecr:InitiateLayerUpload\",\"ecr:UploadLayerPart\",\"ecr:CompleteLayerUpload\",\"ecr:PutImage\"],"
                + "\"Resource\":\"*\"}]}", PullThroughCacheRolePolicy.permissionsPolicy());
    }
}
