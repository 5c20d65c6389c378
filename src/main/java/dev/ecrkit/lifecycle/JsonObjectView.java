package dev.ecrkit.lifecycle;

import dev.ecrkit.validation.Problems;
import dev.ecrkit.validation.WireValues;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Typed, problem-reporting access to the members of one parsed JSON object. Every getter is empty when the member is
 * absent, null (reported once by {@link #onlyMembers}) or of the wrong type (reported by the getter).
 */
final class JsonObjectView {
    private final Map<?, ?> members;
    private final Problems problems;

    private JsonObjectView(Map<?, ?> members, Problems problems) {
        this.members = members;
        this.problems = problems;
    }

    /** A view of {@code value} when it is an object; otherwise reports "must be a JSON object" on {@code problems}. */
    static Optional<JsonObjectView> of(Object value, Problems problems) {
        if (value instanceof Map<?, ?> m) {
            return Optional.of(new JsonObjectView(m, problems));
        }
        problems.add("", "must be a JSON object", value);
        return Optional.empty();
    }

    Problems problems() {
        return problems;
    }

    /** Reports unknown members and null members. */
    void onlyMembers(List<String> allowed) {
        members.forEach((k, v) -> {
            String name = String.valueOf(k);
            if (!allowed.contains(name)) {
                problems.add(name, "is not a known member (allowed: " + String.join(", ", allowed) + ")", v);
            } else if (v == null) {
                problems.addNoValue(name, "must not be null");
            }
        });
    }

    boolean has(String name) {
        return members.containsKey(name);
    }

    /** Reports {@code rule} (such as "is required") when the member is absent. */
    void require(String name, String rule) {
        if (!has(name)) {
            problems.addNoValue(name, rule);
        }
    }

    /** The member's value when present and not null. */
    Optional<Object> value(String name) {
        return Optional.ofNullable(members.get(name));
    }

    /** A string member; reports "must be a string". */
    Optional<String> string(String name) {
        return typed(problems, name, value(name), String.class, "must be a string");
    }

    /** An object member; reports "must be a JSON object". */
    Optional<JsonObjectView> object(String name) {
        return value(name).flatMap(v -> of(v, problems.at(name)));
    }

    /** An array member; reports "must be an array". */
    Optional<List<?>> array(String name) {
        return typed(problems, name, value(name), List.class, "must be an array").map(l -> (List<?>) l);
    }

    /**
     * An integer member from 1 to {@link LifecyclePolicyValidator#MAX_INTEGER}; reports "must be an integer of at least 1"
     * (2.5, 0 and "3" included) or {@link LifecyclePolicyValidator#MAX_INTEGER_RULE}.
     */
    Optional<Long> positiveInteger(String name) {
        return value(name).flatMap(v -> {
            if (v instanceof Long n && n >= 1 && n <= LifecyclePolicyValidator.MAX_INTEGER) {
                return Optional.of(n);
            }
            problems.add(name, v instanceof Long n && n > LifecyclePolicyValidator.MAX_INTEGER
                    ? LifecyclePolicyValidator.MAX_INTEGER_RULE : "must be an integer of at least 1", v);
            return Optional.empty();
        });
    }

    /** A string member that must be one of an enum's wire values; reports "must be one of ...". */
    <E extends Enum<E>> Optional<E> wire(String name, E[] values, Function<String, Optional<E>> fromWire) {
        return string(name).flatMap(s -> {
            Optional<E> e = fromWire.apply(s);
            if (e.isEmpty()) {
                problems.add(name, "must be one of " + String.join(", ", WireValues.values(values, Object::toString)), s);
            }
            return e;
        });
    }

    /**
     * An array of non-empty strings; reports a non-array, an empty array ("must not be empty"), and per element
     * ({@code name[i]}) a null, a non-string, an empty string or the rule {@code extraRule} returns for it. Returns
     * only the string elements.
     */
    Optional<List<String>> nonEmptyStrings(String name, Function<String, Optional<String>> extraRule) {
        return array(name).map(list -> {
            if (list.isEmpty()) {
                problems.add(name, "must not be empty", list);
            }
            var out = new ArrayList<String>();
            for (int i = 0; i < list.size(); i++) {
                Object element = list.get(i);
                String field = name + "[" + i + "]";
                if (element == null) {
                    problems.addNoValue(field, "must not be null");
                } else if (!(element instanceof String s)) {
                    problems.add(field, "must be a string", element);
                } else {
                    Optional<String> broken = s.isEmpty() ? Optional.of("must not be empty") : extraRule.apply(s);
                    broken.ifPresent(rule -> problems.add(field, rule, s));
                    out.add(s);
                }
            }
            return List.copyOf(out);
        });
    }

    private static <T> Optional<T> typed(Problems problems, String name, Optional<Object> value, Class<T> type,
                                         String rule) {
        return value.flatMap(v -> {
            if (type.isInstance(v)) {
                return Optional.of(type.cast(v));
            }
            problems.add(name, rule, v);
            return Optional.empty();
        });
    }
}
