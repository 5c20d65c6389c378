package dev.ecrkit.lifecycle;

import dev.ecrkit.validation.WireValues;
import java.util.Optional;

/**
 * {@code selection.tagStatus} of a lifecycle rule
 * (https://docs.aws.amazon.com/AmazonECR/latest/userguide/lifecycle_policy_parameters.html).
 * {@link #toString()} returns the wire value.
 */
public enum TagStatus {
    /** Images with at least one tag matching {@code tagPrefixList} or {@code tagPatternList} (one of them is required). */
    TAGGED("tagged"),
    /** Images without any tag; no tag list allowed. */
    UNTAGGED("untagged"),
    /** Every image; no tag list allowed; the rule must have the highest {@code rulePriority}. */
    ANY("any");

    private final String wire;

    TagStatus(String wire) {
        this.wire = wire;
    }

    /** The constant for a wire value such as {@code "tagged"}; empty when unknown (case-sensitive). */
    public static Optional<TagStatus> fromWire(String wire) {
        return WireValues.find(values(), Object::toString, wire);
    }

    /** The wire value, for example {@code "untagged"}. */
    @Override
    public String toString() {
        return wire;
    }
}
