package dev.ecrkit.plugin;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import dev.ecrkit.inputs.LoggingInputs;
import dev.ecrkit.stack.ObservabilityConfig;

/**
 * {@code ecrkit:index:Logging} for other languages: registers exactly what {@link dev.ecrkit.Logging} registers
 * (through {@link dev.ecrkit.Logging#register}), from {@link LoggingInputs}. Outputs: the Java component's, same names
 * and types. A Repository with {@code enableLogging} creates one of these itself; use this component for a repository
 * managed elsewhere.
 */
final class Logging extends ComponentResource {
    @Export(name = "cloudwatchLogGroupArn", refs = {String.class}, tree = "[0]")
    Output<String> cloudwatchLogGroupArn;
    @Export(name = "logGroupName", refs = {String.class}, tree = "[0]")
    Output<String> logGroupName;
    @Export(name = "eventRuleArn", refs = {String.class}, tree = "[0]")
    Output<String> eventRuleArn;
    @Export(name = "eventRuleName", refs = {String.class}, tree = "[0]")
    Output<String> eventRuleName;

    /** The one constructor construct calls; invalid inputs throw before anything is registered. */
    public Logging(String name, LoggingInputs inputs, ComponentResourceOptions options) {
        super(dev.ecrkit.Logging.TYPE, name, null,
                PluginInputs.validated(options, () -> ObservabilityConfig.loggingArgs(inputs)));
        var out = dev.ecrkit.Logging.register(this, name, ObservabilityConfig.loggingArgs(inputs));
        registerOutputs(PluginOutputs.export(this, out.toMap()));
    }
}
