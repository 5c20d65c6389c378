package dev.ecrkit.policy;

import java.util.List;
import java.util.Objects;

/**
 * One condition of a statement, in the Terraform module's shape ({@code {test, variable, values}}): operator
 * {@code test} applied to condition key {@code variable} with {@code values}. Conditions with the same operator
 * are grouped under it, and the values of the same operator and key are merged (never overwritten), when the
 * statement is rendered ({@link PolicyStatement#toJson()}).
 *
 * @param test     the condition operator, for example {@code StringEquals}
 *                 (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html)
 * @param variable the condition key, for example {@code kms:ViaService}
 * @param values   the values; at least one (checked by {@link PolicyStatement#check})
 */
public record Condition(String test, String variable, List<String> values) {
    public Condition {
        Objects.requireNonNull(test, "test");
        Objects.requireNonNull(variable, "variable");
        values = List.copyOf(values);
    }

    /** A condition with these values. */
    public static Condition of(String test, String variable, String... values) {
        return new Condition(test, variable, List.of(values));
    }

    /** {@code StringEquals}. */
    public static Condition stringEquals(String variable, String... values) {
        return of("StringEquals", variable, values);
    }

    /** {@code Bool} with one value. */
    public static Condition bool(String variable, boolean value) {
        return of("Bool", variable, String.valueOf(value));
    }
}
