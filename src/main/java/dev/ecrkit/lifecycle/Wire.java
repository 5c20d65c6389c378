package dev.ecrkit.lifecycle;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** Lookup shared by the wire-value enums of this package, whose {@code toString()} is the wire value. */
final class Wire {
    private Wire() {
    }

    /** The constant whose wire value is {@code wire}; empty for an unknown or null value. */
    static <E extends Enum<E>> Optional<E> find(E[] values, String wire) {
        return Arrays.stream(values).filter(v -> v.toString().equals(wire)).findFirst();
    }

    /** The wire values joined for a message: {@code "tagged, untagged, any"}. */
    static String list(Enum<?>[] values) {
        return Arrays.stream(values).map(Object::toString).collect(Collectors.joining(", "));
    }
}
