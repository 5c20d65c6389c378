package dev.ecrkit.tagging;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Shared lookup of enum constants by their wire value (package-private helper). */
final class Wire {
    private Wire() {
    }

    /** The constant whose wire value equals {@code wire} exactly, or empty. */
    static <E extends Enum<E>> Optional<E> find(E[] constants, Function<E, String> wireOf, String wire) {
        return Arrays.stream(constants).filter(e -> wireOf.apply(e).equals(wire)).findFirst();
    }

    /** Every wire value, in declaration order (for error messages). */
    static <E extends Enum<E>> List<String> values(E[] constants, Function<E, String> wireOf) {
        return Arrays.stream(constants).map(wireOf).toList();
    }
}
