package dev.ecrkit.plugin;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import dev.ecrkit.inputs.EventLogPolicyInputs;
import dev.ecrkit.stack.ObservabilityConfig;

/**
 * {@code ecrkit:index:EventLogPolicy} for other languages: registers exactly what {@link dev.ecrkit.EventLogPolicy}
 * registers (through {@link dev.ecrkit.EventLogPolicy#register}), from {@link EventLogPolicyInputs}. Outputs: the Java
 * component's, same names and types. One such policy lets the event logs of many repositories share the account's
 * at most 10 CloudWatch Logs resource policies per Region: give each standalone {@code Logging}
 * {@code createResourcePolicy: false}. A plugin {@code Repository} with {@code enableLogging} keeps its own policy.
 */
final class EventLogPolicy extends ComponentResource {
    @Export(name = "policyName", refs = {String.class}, tree = "[0]")
    Output<String> policyName;

    /** The one constructor construct calls; invalid inputs throw before anything is registered. */
    public EventLogPolicy(String name, EventLogPolicyInputs inputs, ComponentResourceOptions options) {
        super(dev.ecrkit.EventLogPolicy.TYPE, name, null,
                PluginInputs.validated(options, () -> ObservabilityConfig.eventLogPolicyArgs(inputs)));
        var out = dev.ecrkit.EventLogPolicy.register(this, name, ObservabilityConfig.eventLogPolicyArgs(inputs));
        registerOutputs(PluginOutputs.export(this, out.toMap()));
    }
}
