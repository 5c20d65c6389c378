package dev.ecrkit.plugin;

import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import dev.ecrkit.EventLogPolicyArgs;
import dev.ecrkit.stack.ObservabilityConfig;
import java.util.List;

/**
 * Inputs of the plugin's {@code ecrkit:index:EventLogPolicy}, one CloudWatch Logs resource policy for the event logs of
 * many repositories: the Java builder names of {@link EventLogPolicyArgs}
 * ({@link ObservabilityConfig#EVENT_LOG_POLICY_INPUTS}). {@code policyName} is required; {@code repositoryNames}
 * defaults to none. Converted by {@link ObservabilityConfig#eventLogPolicyArgs}. No static fields.
 */
final class EventLogPolicyInputs extends ResourceArgs {
    @Import(name = "policyName", required = true)
    private String policyName;
    @Import(name = "repositoryNames")
    private List<String> repositoryNames;

    private EventLogPolicyInputs() {
    }

    /** The Java args, through the event log policy reader. */
    EventLogPolicyArgs toArgs() {
        return PluginInputs.convert(this, ObservabilityConfig::eventLogPolicyArgs);
    }
}
