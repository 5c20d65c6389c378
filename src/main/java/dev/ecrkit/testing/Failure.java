package dev.ecrkit.testing;

import dev.ecrkit.validation.InvalidInputException;
import java.util.List;

/**
 * A program that failed under {@link MockStack}.
 *
 * @param exception  why: an {@link InvalidInputException} (ecrkit refused an input; nothing was registered after the
 *                   component that checked it) or another failure, with a one-line message
 * @param registered how many resources (components included) had been registered when it failed
 */
public record Failure(RuntimeException exception, int registered) implements Outcome {
    /** The problems, one line each ({@code field: rule, got value}); one line for a failure other than bad input. */
    public List<String> problems() {
        if (exception instanceof InvalidInputException e) {
            return e.problems().stream().map(Object::toString).toList();
        }
        return List.of(message());
    }

    /** The failure's message. */
    public String message() {
        return String.valueOf(exception.getMessage());
    }
}
