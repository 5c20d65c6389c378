package dev.ecrkit.aws;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import dev.ecrkit.aws.EcrRepositoryResourceArgs.EncryptionConfigurationArgs;
import dev.ecrkit.aws.EcrRepositoryResourceArgs.ExclusionFilterArgs;
import java.util.List;
import java.util.Map;

/**
 * Inputs of {@code aws:ecr/repositoryCreationTemplate:RepositoryCreationTemplate}, named as the provider names them
 * (pulumi-aws 7.12.0 documents {@code imageTagMutabilityExclusionFilters} on the template:
 * {@code @pulumi/aws@7.12.0 ecr/repositoryCreationTemplate.d.ts}). Nested elements are the repository's own
 * {@link ExclusionFilterArgs} and {@link EncryptionConfigurationArgs}: the provider gives both the same fields.
 */
public final class EcrRepositoryCreationTemplateResourceArgs extends ResourceArgs {
    @Import(name = "prefix", required = true)
    private Output<String> prefix;
    @Import(name = "appliedFors", required = true)
    private Output<List<String>> appliedFors;
    @Import(name = "description")
    private Output<String> description;
    @Import(name = "imageTagMutability")
    private Output<String> imageTagMutability;
    @Import(name = "imageTagMutabilityExclusionFilters")
    private Output<List<ExclusionFilterArgs>> imageTagMutabilityExclusionFilters;
    @Import(name = "encryptionConfigurations")
    private Output<List<EncryptionConfigurationArgs>> encryptionConfigurations;
    @Import(name = "lifecyclePolicy")
    private Output<String> lifecyclePolicy;
    @Import(name = "repositoryPolicy")
    private Output<String> repositoryPolicy;
    @Import(name = "resourceTags")
    private Output<Map<String, String>> resourceTags;
    @Import(name = "customRoleArn")
    private Output<String> customRoleArn;

    private EcrRepositoryCreationTemplateResourceArgs() {
    }

    /**
     * The template inputs. Empty strings, lists and maps are not sent at all, so a template without exclusion
     * filters is exactly what the 6.x provider knows.
     */
    public static EcrRepositoryCreationTemplateResourceArgs of(String prefix, List<String> appliedFor,
            String description, String imageTagMutability, List<ExclusionFilterArgs> exclusionFilters,
            EncryptionConfigurationArgs encryption, String lifecyclePolicy, String repositoryPolicy,
            Map<String, String> resourceTags, String customRoleArn) {
        var a = new EcrRepositoryCreationTemplateResourceArgs();
        a.prefix = Output.of(prefix);
        a.appliedFors = Output.of(List.copyOf(appliedFor));
        a.description = description.isEmpty() ? null : Output.of(description);
        a.imageTagMutability = Output.of(imageTagMutability);
        a.imageTagMutabilityExclusionFilters = exclusionFilters.isEmpty() ? null : Output.of(List.copyOf(exclusionFilters));
        a.encryptionConfigurations = Output.of(List.of(encryption));
        a.lifecyclePolicy = lifecyclePolicy.isEmpty() ? null : Output.of(lifecyclePolicy);
        a.repositoryPolicy = repositoryPolicy.isEmpty() ? null : Output.of(repositoryPolicy);
        a.resourceTags = resourceTags.isEmpty() ? null : Output.of(Map.copyOf(resourceTags));
        a.customRoleArn = customRoleArn.isEmpty() ? null : Output.of(customRoleArn);
        return a;
    }
}
