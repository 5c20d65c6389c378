package dev.ecrkit.plugin;

import dev.ecrkit.inputs.TagArgs;
import dev.ecrkit.inputs.PolicyStatementArgs;
import com.pulumi.core.annotations.Import;
import dev.ecrkit.inputs.Input;
import com.pulumi.resources.ResourceArgs;
import dev.ecrkit.KmsKeyArgs;
import dev.ecrkit.stack.KmsConfig;
import dev.ecrkit.kms.KmsKeySettings;
import java.util.List;

/**
 * Inputs of the plugin's {@code ecrkit:index:KmsKey}, a standalone key: the Java builder names of
 * {@link dev.ecrkit.KmsKeyArgs} ({@code repositoryName}, {@code tags}, {@code forRepository}) and of
 * {@link dev.ecrkit.kms.KmsKeySettings} (docs/encryption.md, "Settings of a created key"), declared here
 * with {@link Input}, once. They are the Terraform module's {@code modules/kms} variables in camelCase, except
 * {@code repositoryName} (the module's {@code name}) and {@code rotationPeriodInDays} ({@code key_rotation_period}).
 * {@code tags} and {@code kmsTags} are lists of {@code {key, value}}; numbers are schema {@code number} (a fraction is
 * an error); closed sets ({@code keyUsage}, {@code keySpec}) are strings with the AWS wire values. Converted by the
 * same reader as a repository entry's {@code kms*} keys ({@link KmsConfig#keyArgs}). No static fields.
 */
public final class KmsKeyInputs extends ResourceArgs {
    @Input(doc = "Required. The repository the key is for: names the default description, alias and Name tag")
    @Import(name = "repositoryName", required = true)
    private String repositoryName;
    @Input(doc = "Tags the key's tags start from", moduleDefault = "{}")
    @Import(name = "tags")
    private List<TagArgs> tags;
    @Input(doc = "The key encrypts an ECR repository: it must be a symmetric encryption key", moduleDefault = "false")
    @Import(name = "forRepository")
    private Boolean forRepository;
    @Input(doc = "Description; default `KMS key for ECR repository <repositoryName>`")
    @Import(name = "description")
    private String description;
    @Input(doc = "Days before a deleted key is destroyed (7-30)",
            moduleDefault = "" + KmsKeySettings.DEFAULT_DELETION_WINDOW)
    @Import(name = "deletionWindowInDays")
    private Double deletionWindowInDays;
    @Input(doc = "Automatic key rotation (symmetric encryption keys only)",
            moduleDefault = "" + KmsKeySettings.DEFAULT_ENABLE_KEY_ROTATION)
    @Import(name = "enableKeyRotation")
    private Boolean enableKeyRotation;
    @Input(doc = "Rotation period in days (90-2560, rotation on); unset = AWS's 365")
    @Import(name = "rotationPeriodInDays")
    private Double rotationPeriodInDays;
    @Input(doc = "Multi-Region primary key", moduleDefault = "false")
    @Import(name = "multiRegion")
    private Boolean multiRegion;
    @Input(doc = "ENCRYPT_DECRYPT, SIGN_VERIFY or GENERATE_VERIFY_MAC", moduleDefault = "ENCRYPT_DECRYPT")
    @Import(name = "keyUsage")
    private String keyUsage;
    @Input(doc = "Key spec; must support the usage", moduleDefault = "SYMMETRIC_DEFAULT")
    @Import(name = "keySpec")
    private String keySpec;
    @Input(doc = "The root statement in the generated policy", moduleDefault = "true")
    @Import(name = "enableDefaultPolicy")
    private Boolean enableDefaultPolicy;
    @Input(doc = "The ECR statements in the generated policy (symmetric encryption keys only)", moduleDefault = "true")
    @Import(name = "allowEcrService")
    private Boolean allowEcrService;
    @Input(doc = "Principal ARNs that administer the key", moduleDefault = "[]")
    @Import(name = "keyAdministrators")
    private List<String> keyAdministrators;
    @Input(doc = "Principal ARNs allowed to use the key", moduleDefault = "[]")
    @Import(name = "keyUsers")
    private List<String> keyUsers;
    @Input(doc = "More principal ARNs allowed to use the key", moduleDefault = "[]")
    @Import(name = "additionalPrincipals")
    private List<String> additionalPrincipals;
    @Input(doc = "Statements added to the generated policy (the shape of `kmsCustomPolicyStatements`)",
            moduleDefault = "[]")
    @Import(name = "customPolicyStatements")
    private List<PolicyStatementArgs> customPolicyStatements;
    @Input(doc = "Complete key policy JSON instead of the generated one")
    @Import(name = "customPolicy")
    private String customPolicy;
    @Input(doc = "Create an alias", moduleDefault = "true")
    @Import(name = "createAlias")
    private Boolean createAlias;
    @Input(doc = "Alias without `alias/`; default `ecr/<repositoryName>` (sanitized)")
    @Import(name = "aliasName")
    private String aliasName;
    @Input(doc = "Extra tags for the key, over `tags`", moduleDefault = "{}")
    @Import(name = "kmsTags")
    private List<TagArgs> kmsTags;

    private KmsKeyInputs() {
    }

    /** The Java args, through the reader of a created key's settings. */
    KmsKeyArgs toArgs() {
        return PluginInputs.convert(this, KmsConfig::keyArgs);
    }
}
