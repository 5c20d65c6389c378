package dev.ecrkit.findings;

import java.util.List;
import java.util.Map;

/**
 * One resource of the offline plan, in the plan contract's shape (DESIGN.md section 5): what the findings are computed
 * from ({@link Findings#of}). It lives here, not in {@code dev.ecrkit.stack}, so that this pure package needs nothing of
 * the stack program; the plan ({@code dev.ecrkit.stack.Plan}) and the test kit build it.
 *
 * @param urn             its URN
 * @param type            type token
 * @param name            logical name
 * @param parent          URN of the parent component, or "" at the top level
 * @param inputs          inputs as the engine received them (normalized: whole numbers as integers, no nulls)
 * @param protect         the protect option
 * @param dependsOn       URNs of explicit dependencies
 * @param customTimeouts  custom timeouts ({@code delete -> "20m"}), empty when none
 * @param providerVersion the provider plugin version requested by the resource, "" when the default
 * @param importId        the id of the existing resource it imports (Pulumi's {@code import} option), "" when created
 * @param retainOnDelete  Pulumi's {@code retainOnDelete} option: a destroy (or removing it) leaves the cloud resource
 */
public record PlannedResource(String urn, String type, String name, String parent, Map<String, Object> inputs,
        boolean protect, List<String> dependsOn, Map<String, String> customTimeouts, String providerVersion,
        String importId, boolean retainOnDelete) {
    /** A resource without {@code retainOnDelete}. */
    public PlannedResource(String urn, String type, String name, String parent, Map<String, Object> inputs,
            boolean protect, List<String> dependsOn, Map<String, String> customTimeouts, String providerVersion,
            String importId) {
        this(urn, type, name, parent, inputs, protect, dependsOn, customTimeouts, providerVersion, importId, false);
    }

    /** A resource that is created (no import). */
    public PlannedResource(String urn, String type, String name, String parent, Map<String, Object> inputs,
            boolean protect, List<String> dependsOn, Map<String, String> customTimeouts, String providerVersion) {
        this(urn, type, name, parent, inputs, protect, dependsOn, customTimeouts, providerVersion, "");
    }
}
