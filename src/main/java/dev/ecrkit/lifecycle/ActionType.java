package dev.ecrkit.lifecycle;

import dev.ecrkit.validation.WireValues;
import java.util.Optional;

/**
 * {@code action.type} of a lifecycle rule
 * (https://docs.aws.amazon.com/AmazonECR/latest/userguide/lifecycle_policy_parameters.html).
 * {@link #toString()} returns the wire value.
 */
public enum ActionType {
    /** Deletes the selected images; must not name a {@code targetStorageClass}. */
    EXPIRE("expire", Optional.empty()),
    /** Moves the selected images to the archive storage class; requires {@code targetStorageClass} "archive". */
    TRANSITION("transition", Optional.of(StorageClass.ARCHIVE));

    private final String wire;
    private final Optional<StorageClass> targetStorageClass;

    ActionType(String wire, Optional<StorageClass> targetStorageClass) {
        this.wire = wire;
        this.targetStorageClass = targetStorageClass;
    }

    /** The {@code targetStorageClass} this action requires: archive for transition, empty (must be omitted) for expire. */
    public Optional<StorageClass> targetStorageClass() {
        return targetStorageClass;
    }

    /** The constant for a wire value such as {@code "expire"}; empty when unknown (case-sensitive). */
    public static Optional<ActionType> fromWire(String wire) {
        return WireValues.find(values(), Object::toString, wire);
    }

    /** The wire value, for example {@code "transition"}. */
    @Override
    public String toString() {
        return wire;
    }
}
