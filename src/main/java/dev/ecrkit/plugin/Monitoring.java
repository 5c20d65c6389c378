package dev.ecrkit.plugin;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import dev.ecrkit.inputs.MonitoringInputs;
import dev.ecrkit.stack.ObservabilityConfig;

/**
 * {@code ecrkit:index:Monitoring} for other languages: registers exactly what {@link dev.ecrkit.Monitoring} registers
 * (through {@link dev.ecrkit.Monitoring#register}), from {@link MonitoringInputs}. Outputs: the Java component's, same
 * names; the maps of mixed values ({@code cloudwatchAlarms}, {@code monitoringStatus}, {@code securityFindingRules})
 * are their JSON text.
 */
final class Monitoring extends ComponentResource {
    @Export(name = "snsTopicArn", refs = {String.class}, tree = "[0]")
    Output<String> snsTopicArn;
    @Export(name = "cloudwatchAlarms", refs = {String.class}, tree = "[0]")
    Output<String> cloudwatchAlarms;
    @Export(name = "monitoringStatus", refs = {String.class}, tree = "[0]")
    Output<String> monitoringStatus;
    @Export(name = "securityFindingRules", refs = {String.class}, tree = "[0]")
    Output<String> securityFindingRules;

    /** The one constructor construct calls; invalid inputs throw before anything is registered. */
    public Monitoring(String name, MonitoringInputs inputs, ComponentResourceOptions options) {
        super(dev.ecrkit.Monitoring.TYPE, name, null,
                PluginInputs.validated(options, () -> ObservabilityConfig.monitoringArgs(inputs)));
        var out = dev.ecrkit.Monitoring.register(this, name, ObservabilityConfig.monitoringArgs(inputs));
        registerOutputs(PluginOutputs.export(this, out.toMap()));
    }
}
