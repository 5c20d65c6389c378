package dev.ecrkit.aws;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.core.annotations.ResourceType;
import com.pulumi.resources.CustomResource;
import com.pulumi.resources.CustomResourceOptions;

/**
 * The AWS provider's {@code aws:ecr/repositoryCreationTemplate:RepositoryCreationTemplate}, registered through args
 * of ecrkit's own so that it can carry {@code imageTagMutabilityExclusionFilters}, which com.pulumi:aws 6.83.0 lacks
 * for templates as it does for repositories. The same approach as {@link EcrRepositoryResource}: every ecrkit template
 * goes through this class, and a template with filters requests the provider release that knows the input.
 */
@ResourceType(type = EcrRepositoryCreationTemplateResource.TYPE)
public final class EcrRepositoryCreationTemplateResource extends CustomResource {
    /** The provider's type token. */
    public static final String TYPE = "aws:ecr/repositoryCreationTemplate:RepositoryCreationTemplate";

    @Export(name = "prefix", refs = {String.class}, tree = "[0]")
    private Output<String> prefix;
    @Export(name = "registryId", refs = {String.class}, tree = "[0]")
    private Output<String> registryId;

    public EcrRepositoryCreationTemplateResource(String name, EcrRepositoryCreationTemplateResourceArgs args,
            CustomResourceOptions options) {
        super(TYPE, name, args, options);
    }

    /** The template's prefix. */
    public Output<String> prefix() {
        return prefix;
    }

    /** The registry (account) id the template belongs to. */
    public Output<String> registryId() {
        return registryId;
    }
}
