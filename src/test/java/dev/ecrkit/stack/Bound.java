package dev.ecrkit.stack;

import dev.ecrkit.validation.Problems;
import java.util.HashSet;
import java.util.Map;

/** Tests' inputs objects: a declaration filled from plain values, as pulumi-java fills it for a plugin caller. */
final class Bound {
    private Bound() {
    }

    /** {@code type} bound from {@code inputs} by the one {@link Binder}; throws on a binding problem. */
    static <T> T of(Map<String, Object> inputs, Class<T> type) {
        var p = new Problems();
        T bound = Binder.bind(ConfigNode.keys(inputs, ConfigKeys.declared(type), p), type, new HashSet<>());
        p.throwIfAny();
        return bound;
    }
}
