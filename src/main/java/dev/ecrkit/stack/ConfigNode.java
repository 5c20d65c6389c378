package dev.ecrkit.stack;

import dev.ecrkit.validation.Problems;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The one reader of parsed config (a map from YAML or JSON): typed access to one object's fields, reporting wrong types
 * and unknown fields by their full key path, with the closest valid field suggested. Explicit nulls count as not set.
 * Pure.
 */
final class ConfigNode {
    private final String path;
    private final Map<String, Object> fields;
    private final Set<String> explicitNulls;
    final Problems problems;

    private ConfigNode(String path, Map<String, Object> fields, Set<String> explicitNulls, Problems problems) {
        this.path = path;
        this.fields = fields;
        this.explicitNulls = explicitNulls;
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

    /**
     * An object whose valid members are the declared {@code keys} (a repository entry's {@link ConfigKeys#ALL}, a
     * component's inputs), read at the path of {@code problems} (key paths relative to it).
     */
    static ConfigNode keys(Map<?, ?> value, List<ConfigKey> keys, Problems problems) {
        var names = new LinkedHashSet<>(keys.stream().map(ConfigKey::name).toList());
        return of(value, "", names, problems, "key").orElseThrow();
    }

    private static Optional<ConfigNode> of(Object value, String path, Collection<String> known, Problems problems,
            String noun) {
        if (!(value instanceof Map<?, ?> m)) {
            problems.add(path, "must be an object", value);
            return Optional.empty();
        }
        var fields = new LinkedHashMap<String, Object>();
        var nulls = new HashSet<String>();
        m.forEach((k, v) -> {
            String field = String.valueOf(k);
            if (!known.isEmpty() && !known.contains(field)) {
                problems.add(path.isEmpty() ? field : path + "." + field, "unknown " + noun + "; did you mean "
                        + ConfigKeys.closest(field, known) + "?", v);
            } else if (v != null) {
                fields.put(field, v);
            } else {
                nulls.add(field);
            }
        });
        return Optional.of(new ConfigNode(path, fields, nulls, problems));
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

    /** Whether the field is written as an explicit null. */
    boolean isNull(String field) {
        return explicitNulls.contains(field);
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

    /** A whole number that fits an int; a problem ({@link #wholeNumberRule}) when it is something else. */
    Optional<Integer> integer(String field) {
        Object v = fields.get(field);
        if (v == null) {
            return Optional.empty();
        }
        var n = wholeNumber(v);
        if (n.isEmpty()) {
            problems.add(at(field), wholeNumberRule(v), v);
        }
        return n;
    }

    /** A number a double holds exactly; a problem ({@link #FINITE_RULE}) when it is not. */
    Optional<Double> number(String field) {
        return typed(field, Number.class, "a number").flatMap(n -> {
            var d = exactDouble(n);
            if (d.isEmpty()) {
                problems.add(at(field), FINITE_RULE, n);
            }
            return d;
        });
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
        return stringMap(at(field), fields.get(field));
    }

    /** {@link #stringMap(String)} of a value {@code v} at key path {@code path} (a nested object's field). */
    Map<String, String> stringMap(String path, Object v) {
        if (v == null) {
            return Map.of();
        }
        if (!(v instanceof Map<?, ?> m)) {
            problems.add(path, "must be a map of strings", v);
            return Map.of();
        }
        var out = new LinkedHashMap<String, String>();
        m.forEach((k, value) -> {
            var text = StackInput.literal(value, m, k);
            if (text.isPresent()) {
                out.put(String.valueOf(k), text.get());
            } else if (value instanceof Number || value instanceof Boolean) {
                problems.add(path + "." + k, StackInput.LITERAL_RULE, StackInput.shown(value, m, k));
            } else {
                problems.add(path + "." + k, "must be a string", value);
            }
        });
        return out;
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

    /** The fields of the object at {@code key}, type-checked against {@code types} ({@link #fields}). */
    Optional<Map<String, Object>> fieldsOf(String key, Map<String, ConfigKey.Type> types) {
        Object v = fields.get(key);
        if (v == null) {
            return Optional.empty();
        }
        if (!(v instanceof Map<?, ?> m)) {
            problems.add(at(key), "must be an object", v);
            return Optional.empty();
        }
        return Optional.of(fields(at(key), m, types));
    }

    /** The elements of the list of objects at {@code key}, each type-checked against {@code types}. */
    List<Map<String, Object>> fieldsOfEach(String key, Map<String, ConfigKey.Type> types) {
        Object v = fields.get(key);
        if (v == null) {
            return List.of();
        }
        if (!(v instanceof List<?> l) || !l.stream().allMatch(Map.class::isInstance)) {
            problems.add(at(key), "must be a list of objects", v);
            return List.of();
        }
        var out = new ArrayList<Map<String, Object>>();
        for (int i = 0; i < l.size(); i++) {
            out.add(fields(at(key) + "[" + i + "]", (Map<?, ?>) l.get(i), types));
        }
        return out;
    }

    /**
     * The fields of object {@code m} at {@code path}, type-checked against {@code types} (field -> type; empty =
     * unchecked): unknown fields and wrong types are problems; null fields are left out. A list of strings takes
     * numbers and booleans as text, as Terraform converts them ({@link #text}).
     */
    Map<String, Object> fields(String path, Map<?, ?> m, Map<String, ConfigKey.Type> types) {
        var out = new LinkedHashMap<String, Object>();
        m.forEach((f, value) -> {
            String field = String.valueOf(f);
            var type = types.get(field);
            if (types.isEmpty()) {
                out.put(field, value);
            } else if (type == null) {
                problems.add(path + "." + field, "unknown field; did you mean "
                        + ConfigKeys.closest(field, types.keySet()) + "?", value);
            } else if (value != null && !isType(value, type)) {
                problems.add(path + "." + field, "must be " + describe(type), value);
            } else if (value != null) {
                out.put(field, value);
            }
        });
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

    // ---------------------------------------------------------------- value rules, shared by every reader

    /** The rule a number breaks that has no exact finite double value ({@code .inf}, {@code .nan}, 2^64 + 1). */
    static final String FINITE_RULE = "must be a finite number that a double holds exactly (no .inf or .nan)";

    /** Whether {@code value} has {@code type}; a list of strings may hold numbers and booleans (written as text). */
    private static boolean isType(Object value, ConfigKey.Type type) {
        return switch (type) {
            case STRING -> value instanceof String;
            case BOOL -> value instanceof Boolean;
            case NUMBER -> value instanceof Number;
            case STRING_LIST -> value instanceof List<?> l && l.stream().allMatch(ConfigNode::isScalar);
            case STRING_MAP, OBJECT -> value instanceof Map<?, ?>;
            case OBJECT_LIST -> value instanceof List<?> l && l.stream().allMatch(Map.class::isInstance);
        };
    }

    /** The rule of a type in messages: {@code must be a list of strings}. */
    private static String describe(ConfigKey.Type type) {
        return switch (type) {
            case STRING -> "a string";
            case BOOL -> "a boolean (true or false)";
            case NUMBER -> "a number";
            case STRING_LIST -> "a list of strings";
            case STRING_MAP -> "a map of strings";
            case OBJECT -> "an object";
            case OBJECT_LIST -> "a list of objects";
        };
    }

    private static boolean isScalar(Object o) {
        return o instanceof String || o instanceof Number || o instanceof Boolean;
    }

    /** A scalar as text: whole numbers without a fraction. */
    static String text(Object value) {
        return value instanceof Double d && d == Math.rint(d) ? Long.toString(d.longValue()) : String.valueOf(value);
    }

    /** The number as an int when it is a whole number that fits. */
    static Optional<Integer> wholeNumber(Object v) {
        if (v instanceof Integer i) {
            return Optional.of(i);
        }
        if (v instanceof Long l && l >= Integer.MIN_VALUE && l <= Integer.MAX_VALUE) {
            return Optional.of(l.intValue());
        }
        if (v instanceof Double d && d == Math.rint(d) && Math.abs(d) <= Integer.MAX_VALUE) {
            return Optional.of(d.intValue());
        }
        return Optional.empty();
    }

    /** Why {@code v} is no whole number that fits an int: out of range (with the range), or not whole. */
    static String wholeNumberRule(Object v) {
        boolean whole = v instanceof Long || v instanceof java.math.BigInteger
                || v instanceof Double d && Double.isFinite(d) && d == Math.rint(d);
        return whole ? "is out of range: must be a whole number between " + Integer.MIN_VALUE + " and "
                + Integer.MAX_VALUE : "must be a whole number";
    }

    /** The number as a double, when finite and exactly equal (never rounded or made infinite silently). */
    static Optional<Double> exactDouble(Number n) {
        double d = n.doubleValue();
        if (!Double.isFinite(d)) {
            return Optional.empty();
        }
        if (n instanceof Long || n instanceof java.math.BigInteger) {
            return new java.math.BigDecimal(d).toBigInteger().equals(new java.math.BigInteger(n.toString()))
                    ? Optional.of(d) : Optional.empty();
        }
        return Optional.of(d);
    }
}
