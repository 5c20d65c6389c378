package dev.ecrkit.lifecycle;

import dev.ecrkit.validation.WireValues;
import java.util.Optional;

/**
 * Storage class a rule selects ({@code selection.storageClass}) or transitions to ({@code action.targetStorageClass})
 * (https://docs.aws.amazon.com/AmazonECR/latest/userguide/lifecycle_policy_parameters.html).
 * {@link #toString()} returns the wire value. A rule selects {@link #STANDARD} unless it says otherwise.
 */
public enum StorageClass {
    /** The default storage class of pushed images; may be omitted from a selection. */
    STANDARD("standard"),
    /** Archived images; selected only by {@code sinceImageTransitioned} rules and the target of {@code transition}. */
    ARCHIVE("archive");

    private final String wire;

    StorageClass(String wire) {
        this.wire = wire;
    }

    /** The constant for a wire value such as {@code "archive"}; empty when unknown (case-sensitive). */
    public static Optional<StorageClass> fromWire(String wire) {
        return WireValues.find(values(), Object::toString, wire);
    }

    /** The wire value, for example {@code "standard"}. */
    @Override
    public String toString() {
        return wire;
    }
}
