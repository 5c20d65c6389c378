package dev.ecrkit.validation;

import java.util.List;
import java.util.stream.Collectors;

/** Every problem found in one input, thrown before any resource is registered. */
public final class InvalidInputException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;

    public InvalidInputException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    /** The problems, in the order they were found. */
    public List<Problem> problems() {
        return problems;
    }
}
