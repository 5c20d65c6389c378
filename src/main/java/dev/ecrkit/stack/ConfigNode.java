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
 * One object of parsed config (a map from YAML or JSON) as {@link Binder} reads it: its keys (an unknown one reported
 * by its full key path, with the closest valid one suggested), explicit nulls (not set), and typed access to its
 * scalar fields with the binder's messages. The module's registry keys of an entry read it directly ({@link
 * ModuleRegistryKeys}). Pure.
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
     * valid keys (an unknown one is reported with the closest valid one); empty = any key.
     */
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
        return typed(field, String.class, ConfigKey.Type.STRING);
    }

    Optional<Boolean> bool(String field) {
        return typed(field, Boolean.class, ConfigKey.Type.BOOL);
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
            of(l.get(i), at(field) + "[" + i + "]", known, problems, "field").ifPresent(out::add);
        }
        return out;
    }

    private <T> Optional<T> typed(String field, Class<T> type, ConfigKey.Type declared) {
        Object v = fields.get(field);
        if (v == null) {
            return Optional.empty();
        }
        if (!type.isInstance(v)) {
            problems.add(at(field), "must be " + Binder.describe(declared), v);
            return Optional.empty();
        }
        return Optional.of(type.cast(v));
    }
}
