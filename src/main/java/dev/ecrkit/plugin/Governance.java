package dev.ecrkit.plugin;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import dev.ecrkit.inputs.GovernanceInputs;
import dev.ecrkit.stack.ObservabilityConfig;

/**
 * {@code ecrkit:index:Governance} for other languages: registers exactly what {@link dev.ecrkit.Governance} registers
 * (through {@link dev.ecrkit.Governance#register}), from {@link GovernanceInputs}. Outputs: the Java component's
 * exported ones, same names; {@code pullRequestRules} (a map of mixed values) is its JSON text. The typed
 * {@code statements} are Java only: {@code repositoryPolicyStatements} carries them as JSON.
 */
final class Governance extends ComponentResource {
    @Export(name = "pullRequestRules", refs = {String.class}, tree = "[0]")
    Output<String> pullRequestRules;
    @Export(name = "repositoryPolicyStatements", refs = {String.class}, tree = "[0]")
    Output<String> repositoryPolicyStatements;

    /** The one constructor construct calls; invalid inputs throw before anything is registered. */
    public Governance(String name, GovernanceInputs inputs, ComponentResourceOptions options) {
        super(dev.ecrkit.Governance.TYPE, name, null,
                PluginInputs.validated(options, () -> ObservabilityConfig.governanceArgs(inputs)));
        var out = dev.ecrkit.Governance.register(this, name, ObservabilityConfig.governanceArgs(inputs));
        registerOutputs(PluginOutputs.export(this, out.toMap()));
    }
}
