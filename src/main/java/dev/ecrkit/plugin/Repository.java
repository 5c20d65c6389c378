package dev.ecrkit.plugin;

import dev.ecrkit.inputs.RepositoryInputs;
import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import dev.ecrkit.stack.StackConfig;
import java.util.Map;

/**
 * {@code ecrkit:index:Repository} for other languages: registers exactly what {@link dev.ecrkit.Repository} registers
 * (same type token, names, inputs and options, through {@link dev.ecrkit.Repository#register}), from
 * {@link RepositoryInputs}. Outputs: those of the Java component, same names, set by {@link PluginOutputs}; the maps of
 * mixed values ({@code taggingStrategy}, {@code tagComplianceStatus}, {@code securityStatus}, {@code kmsConfiguration},
 * {@code monitoringStatus}, {@code cloudwatchAlarms}, {@code pullRequestRules})
 * are their JSON text, because the 1.36.1 schema analyzer has no type for a map of mixed values.
 */
final class Repository extends ComponentResource {
    @Export(name = "repositoryArn", refs = {String.class}, tree = "[0]")
    Output<String> repositoryArn;
    @Export(name = "repositoryUrl", refs = {String.class}, tree = "[0]")
    Output<String> repositoryUrl;
    @Export(name = "dualStackRepositoryUrl", refs = {String.class}, tree = "[0]")
    Output<String> dualStackRepositoryUrl;
    @Export(name = "repositoryName", refs = {String.class}, tree = "[0]")
    Output<String> repositoryName;
    @Export(name = "registryId", refs = {String.class}, tree = "[0]")
    Output<String> registryId;
    @Export(name = "repositoryPolicyExists", refs = {Boolean.class}, tree = "[0]")
    Output<Boolean> repositoryPolicyExists;
    @Export(name = "lifecyclePolicy", refs = {String.class}, tree = "[0]")
    Output<String> lifecyclePolicy;
    @Export(name = "appliedTags", refs = {Map.class, String.class, String.class}, tree = "[0,1,2]")
    Output<Map<String, String>> appliedTags;
    @Export(name = "taggingStrategy", refs = {String.class}, tree = "[0]")
    Output<String> taggingStrategy;
    @Export(name = "tagComplianceStatus", refs = {String.class}, tree = "[0]")
    Output<String> tagComplianceStatus;
    @Export(name = "securityStatus", refs = {String.class}, tree = "[0]")
    Output<String> securityStatus;
    @Export(name = "kmsKeyArn", refs = {String.class}, tree = "[0]")
    Output<String> kmsKeyArn;
    @Export(name = "kmsKeyId", refs = {String.class}, tree = "[0]")
    Output<String> kmsKeyId;
    @Export(name = "kmsAliasArn", refs = {String.class}, tree = "[0]")
    Output<String> kmsAliasArn;
    @Export(name = "kmsConfiguration", refs = {String.class}, tree = "[0]")
    Output<String> kmsConfiguration;
    @Export(name = "cloudwatchLogGroupArn", refs = {String.class}, tree = "[0]")
    Output<String> cloudwatchLogGroupArn;
    @Export(name = "loggingRoleArn", refs = {String.class}, tree = "[0]")
    Output<String> loggingRoleArn;
    @Export(name = "monitoringStatus", refs = {String.class}, tree = "[0]")
    Output<String> monitoringStatus;
    @Export(name = "snsTopicArn", refs = {String.class}, tree = "[0]")
    Output<String> snsTopicArn;
    @Export(name = "cloudwatchAlarms", refs = {String.class}, tree = "[0]")
    Output<String> cloudwatchAlarms;
    @Export(name = "pullRequestRules", refs = {String.class}, tree = "[0]")
    Output<String> pullRequestRules;

    /** The one constructor construct calls; invalid inputs throw before anything is registered. */
    public Repository(String name, RepositoryInputs inputs, ComponentResourceOptions options) {
        super(dev.ecrkit.Repository.TYPE, name, null, PluginInputs.validated(options, () -> args(name, inputs)));
        var out = dev.ecrkit.Repository.register(this, name, args(name, inputs));
        registerOutputs(PluginOutputs.export(this, out.toMap()));
    }

    /** The Java args, through the one conversion of a repository's inputs; {@code name} is the resource name. */
    private static dev.ecrkit.RepositoryArgs args(String name, RepositoryInputs inputs) {
        return StackConfig.repositoryArgs(name, inputs);
    }
}
