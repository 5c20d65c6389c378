package dev.ecrkit.aws;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.core.annotations.ResourceType;
import com.pulumi.resources.CustomResource;
import com.pulumi.resources.CustomResourceOptions;

/**
 * The AWS provider's {@code aws:ecr/repository:Repository}, registered through args of ecrkit's own so that it can
 * carry {@code imageTagMutabilityExclusionFilters}, which com.pulumi:aws 6.83.0 lacks (pulumi-java-notes section 10).
 * Every ecrkit repository goes through this one class, with or without filters: one code path.
 */
@ResourceType(type = EcrRepositoryResource.TYPE)
public final class EcrRepositoryResource extends CustomResource {
    /** The provider's type token. */
    public static final String TYPE = "aws:ecr/repository:Repository";

    @Export(name = "arn", refs = {String.class}, tree = "[0]")
    private Output<String> arn;
    @Export(name = "name", refs = {String.class}, tree = "[0]")
    private Output<String> name;
    @Export(name = "registryId", refs = {String.class}, tree = "[0]")
    private Output<String> registryId;
    @Export(name = "repositoryUrl", refs = {String.class}, tree = "[0]")
    private Output<String> repositoryUrl;

    public EcrRepositoryResource(String name, EcrRepositoryResourceArgs args, CustomResourceOptions options) {
        super(TYPE, name, args, options);
    }

    /** Full ARN of the repository. */
    public Output<String> arn() {
        return arn;
    }

    /** Name of the repository. */
    public Output<String> name() {
        return name;
    }

    /** Registry (account) id where the repository was created. */
    public Output<String> registryId() {
        return registryId;
    }

    /** URL of the repository, {@code <account>.dkr.ecr.<region>.amazonaws.com/<name>}. */
    public Output<String> repositoryUrl() {
        return repositoryUrl;
    }
}
