package dev.ecrkit;

import com.pulumi.aws.cloudwatch.LogResourcePolicy;
import com.pulumi.aws.cloudwatch.LogResourcePolicyArgs;
import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import dev.ecrkit.aws.AwsScopes;
import dev.ecrkit.observability.ObservabilityNames;
import dev.ecrkit.policy.ObservabilityPolicies;
import dev.ecrkit.validation.InvalidInputException;
import dev.ecrkit.validation.Problem;
import dev.ecrkit.validation.Problems;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One CloudWatch Logs resource policy for the event logs of many repositories ({@code ecrkit:index:EventLogPolicy}):
 * it lets EventBridge write to every log group {@code /aws/ecr/*} of the account and Region, for the recording rules
 * of {@link Logging} only ({@code aws:SourceAccount}, and {@code ArnLike} on their names). An account has at most
 * {@value ObservabilityPolicies#MAX_LOG_RESOURCE_POLICIES} such policies per Region, and each Logging creates one by
 * default; with this component, build each Logging (or {@code LoggingSettings}) with
 * {@code createResourcePolicy(false)} and the repositories share one. The stack program creates one per stack when
 * any entry sets {@code enableLogging}. Partition, Region and account come from the provider. See docs/logging.md.
 */
public final class EventLogPolicy extends ComponentResource {
    /** Type token. */
    public static final String TYPE = "ecrkit:index:EventLogPolicy";

    /** Name of the created resource policy. */
    @Export(name = "policyName", refs = {String.class}, tree = "[0]")
    public final Output<String> policyName;

    /** Exactly one constructor (multi-language rule); {@code options} may be null. */
    public EventLogPolicy(String name, EventLogPolicyArgs args, ComponentResourceOptions options) {
        super(TYPE, name, null, options);
        var out = register(this, name, args);
        this.policyName = out.policyName();
        registerOutputs(out.toMap());
    }

    /**
     * The outputs of the policy: the values of the {@link EventLogPolicy} fields of the same names.
     *
     * @param policyName see {@link EventLogPolicy#policyName}
     */
    public record Outputs(Output<String> policyName) {
        /** Every output by its {@code @Export} name ({@link Exports}), for {@code registerOutputs}. */
        public Map<String, Output<?>> toMap() {
            return Exports.of(EventLogPolicy.class, this);
        }
    }

    /**
     * Registers the component's resource as a child of {@code parent} and returns its outputs: the body of the
     * constructor, public so that the multi-language plugin's own {@code ecrkit:index:EventLogPolicy} class registers
     * exactly the same resource. Java programs use the constructor.
     */
    public static Outputs register(ComponentResource parent, String name, EventLogPolicyArgs args) {
        Objects.requireNonNull(args, "args");
        var scope = AwsScopes.of(parent);
        List<String> rules = ObservabilityNames.eventRuleSources(args.repositoryNames());
        var policy = new LogResourcePolicy(name + "-log-policy", LogResourcePolicyArgs.builder()
                .policyName(args.policyName())
                .policyDocument(scope.applyValue(s -> checkedLength(ObservabilityPolicies.eventsToLogGroups(s,
                        ObservabilityNames.eventLogGroups(), rules).toJson())))
                .build(), CustomResourceOptions.builder().parent(parent).build());
        return new Outputs(policy.policyName());
    }

    private static String checkedLength(String document) {
        if (document.length() > ObservabilityPolicies.MAX_LOG_RESOURCE_POLICY_LENGTH) {
            throw new InvalidInputException(List.of(new Problem("repositoryNames", "the policy lists the rule of each"
                    + " repository whose rule name is shortened, and must stay within "
                    + ObservabilityPolicies.MAX_LOG_RESOURCE_POLICY_LENGTH + " characters: use two policies",
                    Problems.show(document.length()))));
        }
        return document;
    }
}
