package dev.ecrkit.validation;

import java.util.Objects;

/**
 * One invalid input: the field path (Java builder name such as {@code imageTagMutabilityExclusionFilters[2].filter},
 * or a config key path in the stack program), the rule it breaks, and the value received.
 *
 * @param field path of the offending field
 * @param rule  the rule, phrased so that it reads after the field ("must be between 7 and 30")
 * @param got   the received value already rendered for display ({@code "x"} for strings), or empty when no value applies
 */
public record Problem(String field, String rule, String got) {
    public Problem {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(got, "got");
    }

    /** The same problem under another field path (used to prefix or translate paths). */
    public Problem withField(String newField) {
        return new Problem(newField, rule, got);
    }

    /** Longest field path a message shows, in characters (a repository name alone may have 256). */
    public static final int MAX_FIELD_SHOWN = 600;

    /** {@code field: rule, got value}, on one line: control characters in the field path escaped, a long path cut. */
    @Override
    public String toString() {
        return Problems.clean(field, MAX_FIELD_SHOWN) + ": " + rule + (got.isEmpty() ? "" : ", got " + got);
    }
}
