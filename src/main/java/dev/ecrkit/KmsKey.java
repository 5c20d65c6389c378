package dev.ecrkit;

import com.pulumi.aws.kms.Alias;
import com.pulumi.aws.kms.AliasArgs;
import com.pulumi.aws.kms.Key;
import com.pulumi.aws.kms.KeyArgs;
import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import dev.ecrkit.aws.AwsScopes;
import dev.ecrkit.kms.KeySpec;
import dev.ecrkit.kms.KmsKeySettings;
import dev.ecrkit.naming.KmsAliasNames;
import dev.ecrkit.policy.AwsScope;
import dev.ecrkit.validation.Problems;
import java.util.Map;
import java.util.Objects;

/**
 * A customer managed KMS key with its alias and generated key policy ({@code ecrkit:index:KmsKey}), the Terraform
 * module's {@code modules/kms}. Children: {@code aws:kms/key:Key} named {@code <name>-key} and, unless
 * {@link KmsKeySettings#createAlias()} is off, {@code aws:kms/alias:Alias} named {@code <name>-alias}. The account,
 * region and partition the policy names come from the provider ({@code getCallerIdentity}, {@code getRegion},
 * {@code getPartition}). The component's {@code protect} option protects the key and alias too. See docs/encryption.md.
 */
public final class KmsKey extends ComponentResource {
    /** Type token. */
    public static final String TYPE = "ecrkit:index:KmsKey";

    /** The key ARN. */
    @Export(name = "keyArn", refs = {String.class}, tree = "[0]")
    public final Output<String> keyArn;
    /** The key id. */
    @Export(name = "keyId", refs = {String.class}, tree = "[0]")
    public final Output<String> keyId;
    /** The alias ARN, or an empty string when no alias is created. */
    @Export(name = "aliasArn", refs = {String.class}, tree = "[0]")
    public final Output<String> aliasArn;
    /** The full alias name ({@code alias/...}), or an empty string when no alias is created. */
    @Export(name = "aliasName", refs = {String.class}, tree = "[0]")
    public final Output<String> aliasName;
    /** The key policy JSON in force (generated, or the custom policy). */
    @Export(name = "policy", refs = {String.class}, tree = "[0]")
    public final Output<String> policy;
    /** The module's {@code configuration_summary}: see {@link KmsKeySettings#configurationSummary}. */
    @Export(name = "configurationSummary", refs = {Map.class, String.class, Object.class}, tree = "[0,1,2]")
    public final Output<Map<String, Object>> configurationSummary;

    /** Exactly one constructor (multi-language requirement); {@code options} may be null. */
    public KmsKey(String name, KmsKeyArgs args, ComponentResourceOptions options) {
        super(TYPE, name, null, preflight(args, options));
        var out = register(this, name, args, options);
        this.keyArn = out.keyArn();
        this.keyId = out.keyId();
        this.aliasArn = out.aliasArn();
        this.aliasName = out.aliasName();
        this.policy = out.policy();
        this.configurationSummary = out.configurationSummary();
        registerOutputs(out.toMap());
    }

    /**
     * The outputs of one key's resources: the values of the {@link KmsKey} fields of the same names.
     *
     * @param keyArn               see {@link KmsKey#keyArn}
     * @param keyId                see {@link KmsKey#keyId}
     * @param aliasArn             see {@link KmsKey#aliasArn}
     * @param aliasName            see {@link KmsKey#aliasName}
     * @param policy               see {@link KmsKey#policy}
     * @param configurationSummary see {@link KmsKey#configurationSummary}
     */
    public record Outputs(Output<String> keyArn, Output<String> keyId, Output<String> aliasArn,
            Output<String> aliasName, Output<String> policy, Output<Map<String, Object>> configurationSummary) {
        /** Every output by its {@code @Export} name ({@link Exports}), for {@code registerOutputs}. */
        public Map<String, Output<?>> toMap() {
            return Exports.of(KmsKey.class, this);
        }
    }

    /**
     * Registers the key and its alias as children of {@code parent} and returns their outputs: the body of the
     * constructor, public so that the multi-language plugin's own {@code ecrkit:index:KmsKey} class registers exactly
     * the same resources. {@code options} are the component's own options (may be null): their {@code protect}
     * applies to the key and alias. Java programs use the constructor.
     */
    public static Outputs register(ComponentResource parent, String name, KmsKeyArgs args,
            ComponentResourceOptions options) {
        preflight(args, options);
        boolean protect = options != null && options.isProtect();
        KmsKeySettings s = args.settings();
        Output<String> repositoryName = args.repositoryName();
        Output<AwsScope> account = AwsScopes.of(parent);
        Output<String> policy = s.customPolicy().isEmpty()
                ? account.applyValue(a -> generatedPolicy(s, a, args.fieldPrefix()))
                : Output.of(s.customPolicy());
        Output<Map<String, String>> tags = Output.tuple(repositoryName, args.tags())
                .applyValue(t -> checkedTags(s, t.t2, t.t1, args.fieldPrefix()));

        var key = KeyArgs.builder()
                .description(repositoryName.applyValue(s::description))
                .deletionWindowInDays(s.deletionWindowInDays())
                .enableKeyRotation(s.enableKeyRotation())
                .multiRegion(s.multiRegion())
                .keyUsage(s.keyUsage().wire())
                .bypassPolicyLockoutSafetyCheck(false)
                .policy(policy)
                .tags(tags);
        if (s.enableKeyRotation() && s.rotationPeriodInDays() != KmsKeySettings.NOT_SET) {
            key.rotationPeriodInDays(s.rotationPeriodInDays());
        }
        if (s.keySpec() != KeySpec.SYMMETRIC_DEFAULT) {
            key.customerMasterKeySpec(s.keySpec().wire());
        }
        var k = new Key(name + "-key", key.build(), childOptions(parent, protect));

        Output<String> aliasArn = Output.of("");
        Output<String> aliasName = Output.of("");
        if (s.createAlias()) {
            var alias = new Alias(name + "-alias", AliasArgs.builder()
                    .name(repositoryName.applyValue(n -> KmsAliasNames.full(s.aliasName(n))))
                    .targetKeyId(k.keyId())
                    .build(), childOptions(parent, protect));
            aliasArn = alias.arn();
            aliasName = alias.name();
        }
        return new Outputs(k.arn(), k.keyId(), aliasArn, aliasName, policy, tags.applyValue(s::configurationSummary));
    }

    private static ComponentResourceOptions preflight(KmsKeyArgs args, ComponentResourceOptions options) {
        Objects.requireNonNull(args, "args");
        return options;
    }

    /** Parent, and the component's {@code protect} option (pulumi-java does not inherit it). */
    private static CustomResourceOptions childOptions(ComponentResource parent, boolean protect) {
        return CustomResourceOptions.builder().parent(parent).protect(protect).build();
    }

    /** The generated policy for the account, after the checks only the account allows (partition, size). */
    static String generatedPolicy(KmsKeySettings s, AwsScope account, String fieldPrefix) {
        var p = new Problems();
        var policy = s.keyPolicy();
        policy.checkFor(account, p.at(fieldPrefix));
        p.throwIfAny();
        return policy.document(account).toJson();
    }

    private static Map<String, String> checkedTags(KmsKeySettings s, Map<String, String> base, String repositoryName,
            String fieldPrefix) {
        var p = new Problems();
        var tags = s.tags(base, repositoryName, p.at(fieldPrefix));
        p.throwIfAny();
        return tags;
    }
}
