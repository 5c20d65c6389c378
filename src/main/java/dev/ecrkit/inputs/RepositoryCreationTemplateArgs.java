package dev.ecrkit.inputs;

import com.pulumi.core.annotations.Import;
import java.util.List;

/**
 * One item of a Registry's {@code repositoryCreationTemplates}: the Terraform module's object in camelCase, as in
 * {@code ecrkit:registry}; {@code resourceTags} is a list of {@code {key, value}}. Schema type
 * {@code ecrkit:index:RepositoryCreationTemplate}.
 */
public final class RepositoryCreationTemplateArgs {
    @Import(name = "prefix", required = true)
    private String prefix;
    @Import(name = "appliedFor", required = true)
    private List<String> appliedFor;
    @Import(name = "description")
    private String description;
    @Import(name = "imageTagMutability")
    private String imageTagMutability;
    @Import(name = "imageTagMutabilityExclusionFilters")
    private List<ExclusionFilterArgs> imageTagMutabilityExclusionFilters;
    @Import(name = "encryptionConfiguration")
    private TemplateEncryptionArgs encryptionConfiguration;
    @Import(name = "lifecyclePolicy")
    private String lifecyclePolicy;
    @Import(name = "repositoryPolicy")
    private String repositoryPolicy;
    @Import(name = "resourceTags")
    private List<TagArgs> resourceTags;
    @Import(name = "customRoleArn")
    private String customRoleArn;

    private RepositoryCreationTemplateArgs() {
    }
}
