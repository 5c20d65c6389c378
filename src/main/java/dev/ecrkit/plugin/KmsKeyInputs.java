package dev.ecrkit.plugin;

import dev.ecrkit.inputs.TagArgs;
import dev.ecrkit.inputs.PolicyStatementArgs;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import dev.ecrkit.KmsKeyArgs;
import dev.ecrkit.stack.KmsConfig;
import java.util.List;

/**
 * Inputs of the plugin's {@code ecrkit:index:KmsKey}, a standalone key: the Java builder names of
 * {@link dev.ecrkit.KmsKeyArgs} ({@code repositoryName}, {@code tags}, {@code forRepository}) and of
 * {@link dev.ecrkit.kms.KmsKeySettings} (docs/encryption.md, "Settings of a created key"), listed in
 * {@link KmsConfig#KEY_INPUTS}. They are the Terraform module's {@code modules/kms} variables in camelCase, except
 * {@code repositoryName} (the module's {@code name}) and {@code rotationPeriodInDays} ({@code key_rotation_period}).
 * {@code tags} and {@code kmsTags} are lists of {@code {key, value}}; numbers are schema {@code number} (a fraction is
 * an error); closed sets ({@code keyUsage}, {@code keySpec}) are strings with the AWS wire values. Converted by the
 * same reader as a repository entry's {@code kms*} keys ({@link KmsConfig#keyArgs}). No static fields.
 */
final class KmsKeyInputs extends ResourceArgs {
    @Import(name = "repositoryName", required = true)
    private String repositoryName;
    @Import(name = "tags")
    private List<TagArgs> tags;
    @Import(name = "forRepository")
    private Boolean forRepository;
    @Import(name = "description")
    private String description;
    @Import(name = "deletionWindowInDays")
    private Double deletionWindowInDays;
    @Import(name = "enableKeyRotation")
    private Boolean enableKeyRotation;
    @Import(name = "rotationPeriodInDays")
    private Double rotationPeriodInDays;
    @Import(name = "multiRegion")
    private Boolean multiRegion;
    @Import(name = "keyUsage")
    private String keyUsage;
    @Import(name = "keySpec")
    private String keySpec;
    @Import(name = "enableDefaultPolicy")
    private Boolean enableDefaultPolicy;
    @Import(name = "allowEcrService")
    private Boolean allowEcrService;
    @Import(name = "keyAdministrators")
    private List<String> keyAdministrators;
    @Import(name = "keyUsers")
    private List<String> keyUsers;
    @Import(name = "additionalPrincipals")
    private List<String> additionalPrincipals;
    @Import(name = "customPolicyStatements")
    private List<PolicyStatementArgs> customPolicyStatements;
    @Import(name = "customPolicy")
    private String customPolicy;
    @Import(name = "createAlias")
    private Boolean createAlias;
    @Import(name = "aliasName")
    private String aliasName;
    @Import(name = "kmsTags")
    private List<TagArgs> kmsTags;

    private KmsKeyInputs() {
    }

    /** The Java args, through the reader of a created key's settings. */
    KmsKeyArgs toArgs() {
        return PluginInputs.convert(this, KmsConfig::keyArgs);
    }
}
