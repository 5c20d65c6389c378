package dev.ecrkit.governance;

import dev.ecrkit.validation.WireValues;
import java.util.Optional;

/** The type of a pull request rule, with the Terraform module's wire value ({@code pull_request_rules[].type}). */
public enum RuleType {
    /** Pushes need approval: notify approvers; optionally only some principals may push (repository policy Deny). */
    APPROVAL("approval"),
    /** Scan results at or above a severity: notify; optionally quarantine the failing tags. */
    SECURITY_SCAN("security_scan"),
    /** Pushes are validated by CI: notify CI; optionally only some principals may push (repository policy Deny). */
    CI_INTEGRATION("ci_integration");

    private final String wire;

    RuleType(String wire) {
        this.wire = wire;
    }

    /** The module's value. */
    public String wire() {
        return wire;
    }

    /** The type with this module value. */
    public static Optional<RuleType> fromWire(String value) {
        return WireValues.find(values(), RuleType::wire, value);
    }

    /** Whether the rule reacts to pushes (approval, ci_integration) rather than to scan results. */
    public boolean onPush() {
        return this != SECURITY_SCAN;
    }

    @Override
    public String toString() {
        return wire;
    }
}
