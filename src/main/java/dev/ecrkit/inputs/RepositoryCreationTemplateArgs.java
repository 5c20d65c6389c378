package dev.ecrkit.inputs;

import com.pulumi.core.annotations.Import;
import java.util.List;

/**
 * One item of a Registry's {@code repositoryCreationTemplates}: the Terraform module's object in camelCase, as in
 * {@code ecrkit:registry}; {@code resourceTags} is a list of {@code {key, value}}. Schema type
 * {@code ecrkit:index:RepositoryCreationTemplate}.
 */
public final class RepositoryCreationTemplateArgs {
    @Input(doc = "The repository name prefix the template applies to; ROOT: every repository without another template")
    @Import(name = "prefix", required = true)
    private String prefix;
    @Input(doc = "CREATE_ON_PUSH, REPLICATION and/or PULL_THROUGH_CACHE")
    @Import(name = "appliedFor", required = true)
    private List<String> appliedFor;
    @Input(doc = "The template's description")
    @Import(name = "description")
    private String description;
    @Input(doc = "MUTABLE, IMMUTABLE, MUTABLE_WITH_EXCLUSION or IMMUTABLE_WITH_EXCLUSION of created repositories", moduleDefault = "MUTABLE")
    @Import(name = "imageTagMutability")
    private String imageTagMutability;
    @Input(doc = "WILDCARD tag filters exempt from the mutability setting")
    @Import(name = "imageTagMutabilityExclusionFilters")
    private List<ExclusionFilterArgs> imageTagMutabilityExclusionFilters;
    @Input(doc = "Encryption of created repositories: {encryptionType, kmsKey}")
    @Import(name = "encryptionConfiguration")
    private TemplateEncryptionArgs encryptionConfiguration;
    @Input(doc = "Lifecycle policy of created repositories, a JSON document")
    @Import(name = "lifecyclePolicy")
    private String lifecyclePolicy;
    @Input(doc = "Repository policy of created repositories, a JSON document")
    @Import(name = "repositoryPolicy")
    private String repositoryPolicy;
    @Input(doc = "Tags of created repositories")
    @Import(name = "resourceTags")
    private List<TagArgs> resourceTags;
    @Input(doc = "The IAM role ECR uses to create repositories with tags or a KMS key")
    @Import(name = "customRoleArn")
    private String customRoleArn;

    private RepositoryCreationTemplateArgs() {
    }
}
