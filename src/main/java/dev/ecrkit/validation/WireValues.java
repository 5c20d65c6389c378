package dev.ecrkit.validation;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Lookup of enum constants by the AWS (or module) wire value they carry. Pure. */
public final class WireValues {
    private WireValues() {
    }

    /** The constant whose wire value equals {@code wire} exactly, or empty (also for null). */
    public static <E extends Enum<E>> Optional<E> find(E[] constants, Function<E, String> wireOf, String wire) {
        return Arrays.stream(constants).filter(e -> wireOf.apply(e).equals(wire)).findFirst();
    }

    /**
     * Every wire value a user can write, in declaration order (for error messages). An empty wire value marks a
     * constant that stands for "no setting" and is left out.
     */
    public static <E extends Enum<E>> List<String> values(E[] constants, Function<E, String> wireOf) {
        return Arrays.stream(constants).map(wireOf).filter(w -> !w.isEmpty()).toList();
    }
}
