package dev.ecrkit.registry;

import dev.ecrkit.validation.Problems;
import java.util.List;
import java.util.function.Consumer;

/** Runs a check and returns its problems as {@code field: rule, got value} lines. */
final class ProblemLines {
    private ProblemLines() {
    }

    static List<String> of(Consumer<Problems> check) {
        var p = new Problems();
        check.accept(p);
        return p.list().stream().map(Object::toString).toList();
    }

    /** The fields of the problems. */
    static List<String> fields(Consumer<Problems> check) {
        var p = new Problems();
        check.accept(p);
        return p.list().stream().map(x -> x.field()).toList();
    }
}
