package dev.ecrkit.plugin;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import dev.ecrkit.json.Json;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code ecrkit:index:Repository} for other languages: registers exactly what {@link dev.ecrkit.Repository} registers
 * (same type token, names, inputs and options, through {@link dev.ecrkit.Repository#register}), from
 * {@link RepositoryInputs}. Outputs: those of the Java component, same names; the three status maps of mixed value
 * types ({@code taggingStrategy}, {@code tagComplianceStatus}, {@code securityStatus}, {@code kmsConfiguration}) are their JSON text, because the
 * 1.36.1 schema analyzer has no type for a map of mixed values.
 */
final class Repository extends ComponentResource {
    @Export(name = "repositoryArn", refs = {String.class}, tree = "[0]")
    public final Output<String> repositoryArn;
    @Export(name = "repositoryUrl", refs = {String.class}, tree = "[0]")
    public final Output<String> repositoryUrl;
    @Export(name = "repositoryName", refs = {String.class}, tree = "[0]")
    public final Output<String> repositoryName;
    @Export(name = "registryId", refs = {String.class}, tree = "[0]")
    public final Output<String> registryId;
    @Export(name = "repositoryPolicyExists", refs = {Boolean.class}, tree = "[0]")
    public final Output<Boolean> repositoryPolicyExists;
    @Export(name = "lifecyclePolicy", refs = {String.class}, tree = "[0]")
    public final Output<String> lifecyclePolicy;
    @Export(name = "appliedTags", refs = {Map.class, String.class, String.class}, tree = "[0,1,2]")
    public final Output<Map<String, String>> appliedTags;
    @Export(name = "taggingStrategy", refs = {String.class}, tree = "[0]")
    public final Output<String> taggingStrategy;
    @Export(name = "tagComplianceStatus", refs = {String.class}, tree = "[0]")
    public final Output<String> tagComplianceStatus;
    @Export(name = "securityStatus", refs = {String.class}, tree = "[0]")
    public final Output<String> securityStatus;
    @Export(name = "kmsKeyArn", refs = {String.class}, tree = "[0]")
    public final Output<String> kmsKeyArn;
    @Export(name = "kmsKeyId", refs = {String.class}, tree = "[0]")
    public final Output<String> kmsKeyId;
    @Export(name = "kmsAliasArn", refs = {String.class}, tree = "[0]")
    public final Output<String> kmsAliasArn;
    @Export(name = "kmsConfiguration", refs = {String.class}, tree = "[0]")
    public final Output<String> kmsConfiguration;

    /** The one constructor construct calls; invalid inputs throw before anything is registered. */
    public Repository(String name, RepositoryInputs inputs, ComponentResourceOptions options) {
        super(dev.ecrkit.Repository.TYPE, name, null, PluginInputs.validated(options, () -> inputs.toArgs(name)));
        var out = dev.ecrkit.Repository.register(this, name, inputs.toArgs(name));
        this.repositoryArn = out.repositoryArn();
        this.repositoryUrl = out.repositoryUrl();
        this.repositoryName = out.repositoryName();
        this.registryId = out.registryId();
        this.repositoryPolicyExists = out.repositoryPolicyExists();
        this.lifecyclePolicy = out.lifecyclePolicy();
        this.appliedTags = out.appliedTags();
        this.taggingStrategy = out.taggingStrategy().applyValue(Json::write);
        this.tagComplianceStatus = out.tagComplianceStatus().applyValue(Json::write);
        this.securityStatus = out.securityStatus().applyValue(Json::write);
        this.kmsKeyArn = out.kms().keyArn();
        this.kmsKeyId = out.kms().keyId();
        this.kmsAliasArn = out.kms().aliasArn();
        this.kmsConfiguration = out.kms().configuration().applyValue(Json::write);
        var outputs = new LinkedHashMap<String, Output<?>>(out.toMap());
        outputs.put("taggingStrategy", taggingStrategy);
        outputs.put("tagComplianceStatus", tagComplianceStatus);
        outputs.put("securityStatus", securityStatus);
        outputs.put("kmsConfiguration", kmsConfiguration);
        registerOutputs(outputs);
    }
}
