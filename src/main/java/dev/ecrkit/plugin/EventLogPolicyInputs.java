package dev.ecrkit.plugin;

import com.pulumi.core.annotations.Import;
import dev.ecrkit.inputs.Input;
import com.pulumi.resources.ResourceArgs;
import dev.ecrkit.EventLogPolicyArgs;
import dev.ecrkit.stack.ObservabilityConfig;
import java.util.List;

/**
 * Inputs of the plugin's {@code ecrkit:index:EventLogPolicy}, one CloudWatch Logs resource policy for the event logs of
 * many repositories: the Java builder names of {@link EventLogPolicyArgs}
 * (declared here with {@link Input}, once). {@code policyName} is required; {@code repositoryNames}
 * defaults to none. Converted by {@link ObservabilityConfig#eventLogPolicyArgs}. No static fields.
 */
public final class EventLogPolicyInputs extends ResourceArgs {
    @Input(doc = "Required. Name of the CloudWatch Logs resource policy, unique per account and Region")
    @Import(name = "policyName", required = true)
    private String policyName;
    @Input(doc = "Repositories whose Logging relies on this policy (only shortened rule names change it)",
            moduleDefault = "[]")
    @Import(name = "repositoryNames")
    private List<String> repositoryNames;

    private EventLogPolicyInputs() {
    }

    /** The Java args, through the event log policy reader. */
    EventLogPolicyArgs toArgs() {
        return PluginInputs.convert(this, ObservabilityConfig::eventLogPolicyArgs);
    }
}
