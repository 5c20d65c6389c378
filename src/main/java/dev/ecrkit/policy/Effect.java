package dev.ecrkit.policy;

import dev.ecrkit.validation.WireValues;
import java.util.Optional;

/** A statement's effect (IAM JSON policy element {@code Effect}). */
public enum Effect {
    /** Allow. */
    ALLOW("Allow"),
    /** Deny. */
    DENY("Deny");

    private final String wire;

    Effect(String wire) {
        this.wire = wire;
    }

    /** The JSON value. */
    public String wire() {
        return wire;
    }

    /** The effect with this JSON value (exact case). */
    public static Optional<Effect> fromWire(String value) {
        return WireValues.find(values(), Effect::wire, value);
    }
}
