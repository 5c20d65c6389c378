package dev.ecrkit.stack;

import dev.ecrkit.validation.Problems;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Typed access to one object of parsed config (a map from YAML or JSON), reporting wrong types and unknown fields by
 * their full key path, with the closest valid field suggested. Explicit nulls count as not set. Pure.
 */
final class ConfigNode {
    private final String path;
    private final Map<String, Object> fields;
    private final Problems problems;

    private ConfigNode(String path, Map<String, Object> fields, Problems problems) {
        this.path = path;
        this.fields = fields;
        this.problems = problems;
    }

    /**
     * The object at {@code path}, or empty (with a problem) when {@code value} is not a map. {@code known} lists the
     * valid fields (an unknown one is reported with the closest valid one); empty = any field.
     */
    static Optional<ConfigNode> of(Object value, String path, Collection<String> known, Problems problems) {
        return of(value, path, known, problems, "field");
    }

    /** {@link #of} for a top-level config key, whose unknown members are reported as keys. */
    static Optional<ConfigNode> root(Object value, String path, Collection<String> known, Problems problems) {
        return of(value, path, known, problems, "key");
    }

    private static Optional<ConfigNode> of(Object value, String path, Collection<String> known, Problems problems,
            String noun) {
        if (!(value instanceof Map<?, ?> m)) {
            problems.add(path, "must be an object", value);
            return Optional.empty();
        }
        var fields = new LinkedHashMap<String, Object>();
        m.forEach((k, v) -> {
            String field = String.valueOf(k);
            if (!known.isEmpty() && !known.contains(field)) {
                problems.add(path.isEmpty() ? field : path + "." + field, "unknown " + noun + "; did you mean "
                        + ConfigKeys.closest(field, known) + "?", v);
            } else if (v != null) {
                fields.put(field, v);
            }
        });
        return Optional.of(new ConfigNode(path, fields, problems));
    }

    /** The key path of a field (the field alone in an object at the root, whose path is ""). */
    String at(String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    /** The key path of this object. */
    String path() {
        return path;
    }

    /** Whether the field is set (not null). */
    boolean has(String field) {
        return fields.containsKey(field);
    }

    /** The raw value of a field, or null. */
    Object raw(String field) {
        return fields.get(field);
    }

    Optional<String> string(String field) {
        return typed(field, String.class, "a string");
    }

    Optional<Boolean> bool(String field) {
        return typed(field, Boolean.class, "a boolean (true or false)");
    }

    /** A required string: a problem when missing. */
    Optional<String> requiredString(String field) {
        if (!has(field)) {
            problems.addNoValue(at(field), "is required");
            return Optional.empty();
        }
        return string(field);
    }

    /** A list of strings; empty (with a problem) when it is something else. */
    List<String> strings(String field) {
        Object v = fields.get(field);
        if (v == null) {
            return List.of();
        }
        if (!(v instanceof List<?> l) || !l.stream().allMatch(String.class::isInstance)) {
            problems.add(at(field), "must be a list of strings", v);
            return List.of();
        }
        return l.stream().map(String.class::cast).toList();
    }

    /**
     * A map of strings; a whole number or boolean is taken as the text it was written as when that is its one canonical
     * form ({@link StackInput#literal}), anything else is a problem; empty (with a problem) when it is not a map.
     */
    Map<String, String> stringMap(String field) {
        Object v = fields.get(field);
        if (v == null) {
            return Map.of();
        }
        if (!(v instanceof Map<?, ?> m)) {
            problems.add(at(field), "must be a map of strings", v);
            return Map.of();
        }
        var out = new LinkedHashMap<String, String>();
        m.forEach((k, value) -> {
            var text = StackInput.literal(value, m, k);
            if (text.isPresent()) {
                out.put(String.valueOf(k), text.get());
            } else if (value instanceof Number || value instanceof Boolean) {
                problems.add(at(field) + "." + k, StackInput.LITERAL_RULE, StackInput.shown(value, m, k));
            } else {
                problems.add(at(field) + "." + k, "must be a string", value);
            }
        });
        return out;
    }

    /** A nested object, type-checked against {@code known}. */
    Optional<ConfigNode> object(String field, Collection<String> known) {
        Object v = fields.get(field);
        return v == null ? Optional.empty() : of(v, at(field), known, problems);
    }

    /** A list of objects, each type-checked against {@code known}; elements are at {@code field[i]}. */
    List<ConfigNode> objects(String field, Collection<String> known) {
        Object v = fields.get(field);
        if (v == null) {
            return List.of();
        }
        if (!(v instanceof List<?> l)) {
            problems.add(at(field), "must be a list of objects", v);
            return List.of();
        }
        var out = new ArrayList<ConfigNode>();
        for (int i = 0; i < l.size(); i++) {
            of(l.get(i), at(field) + "[" + i + "]", known, problems).ifPresent(out::add);
        }
        return out;
    }

    private <T> Optional<T> typed(String field, Class<T> type, String description) {
        Object v = fields.get(field);
        if (v == null) {
            return Optional.empty();
        }
        if (!type.isInstance(v)) {
            problems.add(at(field), "must be " + description, v);
            return Optional.empty();
        }
        return Optional.of(type.cast(v));
    }
}
