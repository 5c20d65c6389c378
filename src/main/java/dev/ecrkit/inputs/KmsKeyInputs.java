package dev.ecrkit.inputs;

import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import dev.ecrkit.KmsKeyArgs;
import dev.ecrkit.kms.KeySpec;
import dev.ecrkit.kms.KeyUsage;
import dev.ecrkit.kms.KmsKeySettings;
import dev.ecrkit.policy.PolicyStatement;
import java.util.List;
import java.util.Map;

/**
 * Inputs of the plugin's {@code ecrkit:index:KmsKey}, a standalone key: the Java builder names of
 * {@link dev.ecrkit.KmsKeyArgs} ({@code repositoryName}, {@code tags}, {@code forRepository}) and of
 * {@link dev.ecrkit.kms.KmsKeySettings} (docs/encryption.md, "Settings of a created key"), declared here
 * with {@link Input}, once. They are the Terraform module's {@code modules/kms} variables in camelCase, except
 * {@code repositoryName} (the module's {@code name}) and {@code rotationPeriodInDays} ({@code key_rotation_period}).
 * {@code tags} and {@code kmsTags} are lists of {@code {key, value}}; numbers are schema {@code number} (a fraction is
 * an error); closed sets ({@code keyUsage}, {@code keySpec}) are strings with the AWS wire values. Each input names
 * the builder method it sets ({@link Input#java}); converted by {@code dev.ecrkit.stack.KmsConfig#keyArgs}, which
 * checks a created key's settings like those of a repository entry's {@code kms*} keys. No static fields.
 */
public final class KmsKeyInputs extends ResourceArgs {
    @Input(doc = "Required. The repository the key is for: names the default description, alias and Name tag",
            java = {@Input.Java(owner = KmsKeyArgs.Builder.class, name = "repositoryName", params = String.class)})
    @Import(name = "repositoryName", required = true)
    private String repositoryName;
    @Input(doc = "Tags the key's tags start from", moduleDefault = "{}",
            java = {@Input.Java(owner = KmsKeyArgs.Builder.class, name = "tags", params = Map.class)})
    @Import(name = "tags")
    private List<TagArgs> tags;
    @Input(doc = "The key encrypts an ECR repository: it must be a symmetric encryption key", moduleDefault = "false",
            java = {@Input.Java(owner = KmsKeyArgs.Builder.class, name = "forRepository", params = boolean.class)})
    @Import(name = "forRepository")
    private Boolean forRepository;
    @Input(doc = "Description; default `KMS key for ECR repository <repositoryName>`",
            java = {@Input.Java(owner = KmsKeySettings.Builder.class, name = "description", params = String.class)})
    @Import(name = "description")
    private String description;
    @Input(doc = "Days before a deleted key is destroyed (7-30)",
            moduleDefault = "" + KmsKeySettings.DEFAULT_DELETION_WINDOW,
            java = {@Input.Java(owner = KmsKeySettings.Builder.class, name = "deletionWindowInDays", params = int.class)})
    @Import(name = "deletionWindowInDays")
    private Double deletionWindowInDays;
    @Input(doc = "Automatic key rotation (symmetric encryption keys only)",
            moduleDefault = "" + KmsKeySettings.DEFAULT_ENABLE_KEY_ROTATION,
            java = {@Input.Java(owner = KmsKeySettings.Builder.class, name = "enableKeyRotation", params = boolean.class)})
    @Import(name = "enableKeyRotation")
    private Boolean enableKeyRotation;
    @Input(doc = "Rotation period in days (90-2560, rotation on); unset = AWS's 365",
            java = {@Input.Java(owner = KmsKeySettings.Builder.class, name = "rotationPeriodInDays", params = int.class)})
    @Import(name = "rotationPeriodInDays")
    private Double rotationPeriodInDays;
    @Input(doc = "Multi-Region primary key", moduleDefault = "false",
            java = {@Input.Java(owner = KmsKeySettings.Builder.class, name = "multiRegion", params = boolean.class)})
    @Import(name = "multiRegion")
    private Boolean multiRegion;
    @Input(doc = "ENCRYPT_DECRYPT, SIGN_VERIFY or GENERATE_VERIFY_MAC", moduleDefault = "ENCRYPT_DECRYPT",
            java = {@Input.Java(owner = KmsKeySettings.Builder.class, name = "keyUsage", params = KeyUsage.class)})
    @Import(name = "keyUsage")
    private String keyUsage;
    @Input(doc = "Key spec; must support the usage", moduleDefault = "SYMMETRIC_DEFAULT",
            java = {@Input.Java(owner = KmsKeySettings.Builder.class, name = "keySpec", params = KeySpec.class)})
    @Import(name = "keySpec")
    private String keySpec;
    @Input(doc = "The root statement in the generated policy", moduleDefault = "true",
            java = {@Input.Java(owner = KmsKeySettings.Builder.class, name = "enableDefaultPolicy", params = boolean.class)})
    @Import(name = "enableDefaultPolicy")
    private Boolean enableDefaultPolicy;
    @Input(doc = "The ECR statements in the generated policy (symmetric encryption keys only)", moduleDefault = "true",
            java = {@Input.Java(owner = KmsKeySettings.Builder.class, name = "allowEcrService", params = boolean.class)})
    @Import(name = "allowEcrService")
    private Boolean allowEcrService;
    @Input(doc = "Principal ARNs that administer the key", moduleDefault = "[]",
            java = {@Input.Java(owner = KmsKeySettings.Builder.class, name = "keyAdministrators", params = String[].class)})
    @Import(name = "keyAdministrators")
    private List<String> keyAdministrators;
    @Input(doc = "Principal ARNs allowed to use the key", moduleDefault = "[]",
            java = {@Input.Java(owner = KmsKeySettings.Builder.class, name = "keyUsers", params = String[].class)})
    @Import(name = "keyUsers")
    private List<String> keyUsers;
    @Input(doc = "More principal ARNs allowed to use the key", moduleDefault = "[]",
            java = {@Input.Java(owner = KmsKeySettings.Builder.class, name = "additionalPrincipals", params = String[].class)})
    @Import(name = "additionalPrincipals")
    private List<String> additionalPrincipals;
    @Input(doc = "Statements added to the generated policy (the shape of `kmsCustomPolicyStatements`)",
            moduleDefault = "[]",
            java = {@Input.Java(owner = KmsKeySettings.Builder.class, name = "customPolicyStatements", params = PolicyStatement[].class)})
    @Import(name = "customPolicyStatements")
    private List<PolicyStatementArgs> customPolicyStatements;
    @Input(doc = "Complete key policy JSON instead of the generated one",
            java = {@Input.Java(owner = KmsKeySettings.Builder.class, name = "customPolicy", params = String.class)})
    @Import(name = "customPolicy")
    private String customPolicy;
    @Input(doc = "Create an alias", moduleDefault = "true",
            java = {@Input.Java(owner = KmsKeySettings.Builder.class, name = "createAlias", params = boolean.class)})
    @Import(name = "createAlias")
    private Boolean createAlias;
    @Input(doc = "Alias without `alias/`; default `ecr/<repositoryName>` (sanitized)",
            java = {@Input.Java(owner = KmsKeySettings.Builder.class, name = "aliasName", params = String.class)})
    @Import(name = "aliasName")
    private String aliasName;
    @Input(doc = "Extra tags for the key, over `tags`", moduleDefault = "{}",
            java = {@Input.Java(owner = KmsKeySettings.Builder.class, name = "kmsTags", params = Map.class)})
    @Import(name = "kmsTags")
    private List<TagArgs> kmsTags;

    private KmsKeyInputs() {
    }
}
