package dev.ecrkit.ecr;

import dev.ecrkit.validation.WireValues;
import java.util.Optional;

/**
 * Image tag mutability of a repository (AWS API {@code ImageTagMutability};
 * https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-tag-mutability.html).
 */
public enum ImageTagMutability {
    /** Tags can be overwritten. The AWS and module default. */
    MUTABLE,
    /** Tags cannot be overwritten. */
    IMMUTABLE,
    /** Tags cannot be overwritten, except tags matching an exclusion filter. */
    IMMUTABLE_WITH_EXCLUSION,
    /** Tags can be overwritten, except tags matching an exclusion filter. */
    MUTABLE_WITH_EXCLUSION;

    /** The AWS wire value (the constant's name). */
    public String wire() {
        return name();
    }

    /** Whether this mode takes exclusion filters (and then needs at least one). */
    public boolean takesExclusionFilters() {
        return this == IMMUTABLE_WITH_EXCLUSION || this == MUTABLE_WITH_EXCLUSION;
    }

    /** The mode with this wire value. */
    public static Optional<ImageTagMutability> fromWire(String value) {
        return WireValues.find(values(), ImageTagMutability::wire, value);
    }
}
