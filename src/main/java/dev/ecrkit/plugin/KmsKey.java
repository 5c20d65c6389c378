package dev.ecrkit.plugin;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import dev.ecrkit.inputs.KmsKeyInputs;
import dev.ecrkit.stack.KmsConfig;

/**
 * {@code ecrkit:index:KmsKey} for other languages: registers exactly what {@link dev.ecrkit.KmsKey} registers (through
 * {@link dev.ecrkit.KmsKey#register}, with the component's own options: {@code protect} reaches the key and alias),
 * from {@link KmsKeyInputs}. Outputs: the Java component's, same names; {@code configurationSummary} (a map of mixed
 * values) is its JSON text.
 */
final class KmsKey extends ComponentResource {
    @Export(name = "keyArn", refs = {String.class}, tree = "[0]")
    Output<String> keyArn;
    @Export(name = "keyId", refs = {String.class}, tree = "[0]")
    Output<String> keyId;
    @Export(name = "aliasArn", refs = {String.class}, tree = "[0]")
    Output<String> aliasArn;
    @Export(name = "aliasName", refs = {String.class}, tree = "[0]")
    Output<String> aliasName;
    @Export(name = "policy", refs = {String.class}, tree = "[0]")
    Output<String> policy;
    @Export(name = "configurationSummary", refs = {String.class}, tree = "[0]")
    Output<String> configurationSummary;

    /** The one constructor construct calls; invalid inputs throw before anything is registered. */
    public KmsKey(String name, KmsKeyInputs inputs, ComponentResourceOptions options) {
        super(dev.ecrkit.KmsKey.TYPE, name, null, PluginInputs.validated(options, () -> KmsConfig.keyArgs(inputs)));
        var out = dev.ecrkit.KmsKey.register(this, name, KmsConfig.keyArgs(inputs), options);
        registerOutputs(PluginOutputs.export(this, out.toMap()));
    }
}
