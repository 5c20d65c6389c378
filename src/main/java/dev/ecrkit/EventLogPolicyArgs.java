package dev.ecrkit;

import com.pulumi.resources.ResourceArgs;
import dev.ecrkit.naming.NameKind;
import dev.ecrkit.validation.EcrRules;
import dev.ecrkit.validation.Problems;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Inputs of {@link EventLogPolicy}. Build with {@link #builder()}; {@link Builder#build()} checks every value at once.
 */
public final class EventLogPolicyArgs extends ResourceArgs {
    private String policyName;
    private List<String> repositoryNames;

    private EventLogPolicyArgs() {
    }

    /**
     * Name of the CloudWatch Logs resource policy, unique per account and Region. Required. The stack program uses
     * {@code ObservabilityNames.eventLogPolicy(project, stack)}: {@code <project>-<stack>-ecr-event-logs}.
     */
    public String policyName() {
        return policyName;
    }

    /**
     * The repositories whose Logging relies on this policy. Only those whose recording rule name was shortened (names
     * of more than 44 characters with a {@code /}, or more than 53) change the document: their rule is listed by ARN,
     * every other rule is matched by name pattern. Default: none (the patterns only).
     */
    public List<String> repositoryNames() {
        return repositoryNames;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builder; {@link #build()} validates. */
    public static final class Builder {
        private String policyName;
        private final List<String> repositoryNames = new ArrayList<>();

        private Builder() {
        }

        /** Policy name: 1-64 of {@code [.A-Za-z0-9_-]} ({@link NameKind#LOG_RESOURCE_POLICY}). Required. */
        public Builder policyName(String name) {
            this.policyName = Objects.requireNonNull(name, "policyName");
            return this;
        }

        /** Repositories whose Logging relies on this policy (adds to those given before). Default: none. */
        public Builder repositoryNames(Collection<String> names) {
            names.forEach(n -> repositoryNames.add(Objects.requireNonNull(n, "repositoryNames")));
            return this;
        }

        /** See {@link #repositoryNames(Collection)}. */
        public Builder repositoryNames(String... names) {
            return repositoryNames(Arrays.asList(names));
        }

        /** Validates every value and returns the args; throws listing every problem. */
        public EventLogPolicyArgs build() {
            Objects.requireNonNull(policyName, "EventLogPolicyArgs.policyName is required");
            var p = new Problems();
            if (!NameKind.LOG_RESOURCE_POLICY.isValid(policyName)) {
                p.add("policyName", NameKind.LOG_RESOURCE_POLICY.rule(), policyName);
            }
            for (int i = 0; i < repositoryNames.size(); i++) {
                EcrRules.checkName(p, "repositoryNames[" + i + "]", repositoryNames.get(i));
            }
            p.throwIfAny();
            var a = new EventLogPolicyArgs();
            a.policyName = policyName;
            a.repositoryNames = List.copyOf(repositoryNames);
            return a;
        }
    }
}
