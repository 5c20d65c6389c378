package dev.ecrkit.naming;

import dev.ecrkit.lifecycle.ImageInventory;
import dev.ecrkit.policy.AwsScope;
import dev.ecrkit.validation.Problems;

/** URIs of a repository and of its images, from the parts ECR reports. Pure. */
public final class RepositoryUris {
    /**
     * Host of a registry's dual-stack (IPv4 and IPv6) endpoint for OCI and Docker clients,
     * {@code <registry-id>.dkr-ecr.<aws-region>.on.aws} (Amazon ECR User Guide, "Making requests to Amazon ECR
     * registries", https://docs.aws.amazon.com/AmazonECR/latest/userguide/ecr-requests.html).
     */
    public static final String DUAL_STACK_HOST = "%s.dkr-ecr.%s.on.aws";
    /** The rule a tag breaks (botocore ecr service-2.json, {@code ImageTag} min 1, max 300). */
    public static final String TAG_RULE = "must be an image tag of 1 to " + ImageInventory.MAX_TAG_LENGTH + " characters";
    /** The rule a digest breaks ({@link ImageInventory#DIGEST}). */
    public static final String DIGEST_RULE = "must be an image digest <algorithm>:<encoded> (sha256:...)";

    private RepositoryUris() {
    }

    /** The repository's URL on the dual-stack endpoint: {@code <registry-id>.dkr-ecr.<region>.on.aws/<name>}. */
    public static String dualStackUrl(String registryId, String region, String name) {
        return DUAL_STACK_HOST.formatted(registryId, region) + "/" + name;
    }

    /**
     * The dual-stack URL of the repository of {@code repositoryArn} (account, region, name; no provider call); "" when
     * it is not a repository ARN, which only a test's own mocks return.
     */
    public static String dualStackUrlOfArn(String repositoryArn) {
        var m = AwsScope.REPOSITORY_ARN.matcher(repositoryArn);
        return m.matches() ? dualStackUrl(m.group(3), m.group(2), m.group(4)) : "";
    }

    /** {@code <repositoryUrl>:<tag>}; throws, naming {@code tag}, for a tag ECR does not accept. */
    public static String forTag(String repositoryUrl, String tag) {
        return repositoryUrl + ":" + checkedTag(tag);
    }

    /** {@code <repositoryUrl>@<digest>}; throws, naming {@code digest}, for a malformed digest. */
    public static String forDigest(String repositoryUrl, String digest) {
        return repositoryUrl + "@" + checkedDigest(digest);
    }

    /** {@code tag}, once it is 1 to {@link ImageInventory#MAX_TAG_LENGTH} characters; throws naming {@code tag}. */
    public static String checkedTag(String tag) {
        var p = new Problems();
        if (tag == null || tag.isEmpty() || tag.length() > ImageInventory.MAX_TAG_LENGTH) {
            p.add("tag", TAG_RULE, tag);
        }
        p.throwIfAny();
        return tag;
    }

    /** {@code digest}, once it matches {@link ImageInventory#DIGEST}; throws naming {@code digest}. */
    public static String checkedDigest(String digest) {
        var p = new Problems();
        if (digest == null || !ImageInventory.DIGEST.matcher(digest).matches()) {
            p.add("digest", DIGEST_RULE, digest);
        }
        p.throwIfAny();
        return digest;
    }
}
