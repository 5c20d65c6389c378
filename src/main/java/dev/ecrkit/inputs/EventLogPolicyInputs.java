package dev.ecrkit.inputs;

import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import dev.ecrkit.EventLogPolicyArgs;
import java.util.List;

/**
 * Inputs of the plugin's {@code ecrkit:index:EventLogPolicy}, one CloudWatch Logs resource policy for the event logs of
 * many repositories: the Java builder names of {@link EventLogPolicyArgs}
 * (declared here with {@link Input}, once). {@code policyName} is required; {@code repositoryNames}
 * defaults to none. Each input names the builder method it sets ({@link Input#java}); converted by
 * {@code dev.ecrkit.stack.ObservabilityConfig#eventLogPolicyArgs}. No static fields.
 */
public final class EventLogPolicyInputs extends ResourceArgs {
    @Input(doc = "Required. Name of the CloudWatch Logs resource policy, unique per account and Region",
            java = {@Input.Java(owner = EventLogPolicyArgs.Builder.class, name = "policyName", params = String.class)})
    @Import(name = "policyName", required = true)
    private String policyName;
    @Input(doc = "Repositories whose Logging relies on this policy (only shortened rule names change it)",
            moduleDefault = "[]",
            java = {@Input.Java(owner = EventLogPolicyArgs.Builder.class, name = "repositoryNames", params = String[].class)})
    @Import(name = "repositoryNames")
    private List<String> repositoryNames;

    private EventLogPolicyInputs() {
    }
}
