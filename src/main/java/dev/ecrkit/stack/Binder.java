package dev.ecrkit.stack;

import com.pulumi.core.annotations.Import;
import dev.ecrkit.inputs.Input;
import dev.ecrkit.inputs.TagArgs;
import dev.ecrkit.validation.Problems;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one binder from parsed config into a declaration class ({@code dev.ecrkit.inputs}): each {@code @Import} field
 * is read by its name and Java type (String, Boolean, Double, {@code List<String>}, a list of {@link TagArgs} from a
 * map of strings, a nested args class, a list of them), type problems reported by the config key path, with the value
 * rules every reader shares (a Double whose declared Java method takes an {@code int} must be a whole number; numbers
 * finite and exact). The object's own keys are {@link ConfigNode}'s. The result is what pulumi-java fills for a plugin
 * caller, so one conversion serves both. Nothing here names an input.
 */
final class Binder {
    private Binder() {
    }

    /**
     * The declaration {@code type} filled from the checked object {@code v}: wrong values are problems, left unset;
     * the names of the inputs with a problem are added to {@code refused}.
     */
    static <T> T bind(ConfigNode v, Class<T> type, java.util.Set<String> refused) {
        T out = instance(type);
        Problems p = v.problems;
        for (Field f : fields(type)) {
            String name = name(f);
            String at = v.at(name);
            Object raw = v.raw(name);
            int before = p.list().size();
            Object value = raw == null ? null : switch (Declarations.type(f)) {
                case STRING -> v.string(name).orElse(null);
                case BOOL -> v.bool(name).orElse(null);
                case NUMBER -> number(raw, at, wholeNumber(f), p);
                case STRING_LIST -> v.strings(name);
                case STRING_MAP -> tags(stringMap(at, raw, p));
                case OBJECT -> {
                    if (raw instanceof Map<?, ?> m) {
                        yield nested(at, fields(at, m, f.getType(), p), f.getType(), p);
                    }
                    p.add(at, "must be an object", raw);
                    yield null;
                }
                case OBJECT_LIST -> objects(raw, at, element(f), p);
            };
            set(out, f, value);
            if (p.list().size() > before) {
                refused.add(name);
            }
        }
        return out;
    }

    /** The set fields of a declaration object by name, as Java values (null fields left out). */
    static Map<String, Object> values(Object declaration) {
        var out = new LinkedHashMap<String, Object>();
        if (declaration != null) {
            fields(declaration.getClass()).forEach(f -> {
                Object value = get(declaration, f);
                if (value != null) {
                    out.put(name(f), value);
                }
            });
        }
        return out;
    }

    /** Sets the field {@code name} of a declaration object (as pulumi-java fills it). */
    static void set(Object declaration, String name, Object value) {
        fields(declaration.getClass()).stream().filter(f -> name(f).equals(name)).forEach(f -> set(declaration, f, value));
    }

    /** A number: whole and fitting an int when {@code whole}, else finite and exact; null (with a problem) if not. */
    private static Double number(Object raw, String at, boolean whole, Problems p) {
        if (whole) {
            return wholeNumber(raw, at, p).map(Integer::doubleValue).orElse(null);
        }
        if (!(raw instanceof Number n)) {
            p.add(at, "must be " + describe(ConfigKey.Type.NUMBER), raw);
            return null;
        }
        return exactDouble(n, at, p).orElse(null);
    }

    /** A list of objects: every element's fields are checked first, then each element's objects (empty if no list). */
    private static List<Object> objects(Object raw, String at, Class<?> element, Problems p) {
        var out = new ArrayList<Object>();
        if (!(raw instanceof List<?> l) || !l.stream().allMatch(Map.class::isInstance)) {
            p.add(at, "must be a list of objects", raw);
            return out;
        }
        var each = new ArrayList<Map<String, Object>>();
        for (int i = 0; i < l.size(); i++) {
            each.add(fields(at + "[" + i + "]", (Map<?, ?>) l.get(i), element, p));
        }
        for (int i = 0; i < each.size(); i++) {
            out.add(nested(at + "[" + i + "]", each.get(i), element, p));
        }
        return out;
    }

    /** A nested object whose fields {@link #fields} checked; deeper objects are checked here, the same way. */
    private static Object nested(String path, Map<String, Object> checked, Class<?> type, Problems p) {
        Object out = instance(type);
        for (Field f : fields(type)) {
            Object value = checked.get(name(f));
            if (value == null) {
                continue;
            }
            String at = path + "." + name(f);
            set(out, f, switch (Declarations.type(f)) {
                case NUMBER -> ((Number) value).doubleValue();
                case STRING_LIST -> ((List<?>) value).stream().map(Binder::text).toList();
                case STRING_MAP -> tags(stringMap(at, value, p));
                case OBJECT -> nested(at, fields(at, (Map<?, ?>) value, f.getType(), p), f.getType(), p);
                case OBJECT_LIST -> {
                    var list = (List<?>) value;
                    var items = new ArrayList<Object>();
                    for (int i = 0; i < list.size(); i++) {
                        String item = at + "[" + i + "]";
                        items.add(nested(item, fields(item, (Map<?, ?>) list.get(i), element(f), p), element(f), p));
                    }
                    yield items;
                }
                default -> value;
            });
        }
        return out;
    }

    /**
     * The fields of object {@code m} at {@code path}, type-checked against the declared fields of {@code type}:
     * unknown fields and wrong types are problems; null fields are left out. A list of strings takes numbers and
     * booleans as text, as Terraform converts them ({@link #text}).
     */
    private static Map<String, Object> fields(String path, Map<?, ?> m, Class<?> type, Problems p) {
        var types = Declarations.fieldTypes(type);
        var out = new LinkedHashMap<String, Object>();
        m.forEach((f, value) -> {
            String field = String.valueOf(f);
            var t = types.get(field);
            if (t == null) {
                p.add(path + "." + field, "unknown field; did you mean " + ConfigKeys.closest(field, types.keySet())
                        + "?", value);
            } else if (value != null && !isType(value, t)) {
                p.add(path + "." + field, "must be " + describe(t), value);
            } else if (value != null) {
                out.put(field, value);
            }
        });
        return out;
    }

    /**
     * A map of strings; a whole number or boolean is taken as the text it was written as when that is its one canonical
     * form ({@link StackInput#literal}), anything else is a problem; empty (with a problem) when it is not a map.
     */
    private static Map<String, String> stringMap(String path, Object v, Problems p) {
        if (!(v instanceof Map<?, ?> m)) {
            p.add(path, "must be a map of strings", v);
            return Map.of();
        }
        var out = new LinkedHashMap<String, String>();
        m.forEach((k, value) -> {
            var text = StackInput.literal(value, m, k);
            if (text.isPresent()) {
                out.put(String.valueOf(k), text.get());
            } else if (value instanceof Number || value instanceof Boolean) {
                p.add(path + "." + k, StackInput.LITERAL_RULE, StackInput.shown(value, m, k));
            } else {
                p.add(path + "." + k, "must be a string", value);
            }
        });
        return out;
    }

    private static List<TagArgs> tags(Map<String, String> map) {
        var out = new ArrayList<TagArgs>();
        map.forEach((k, value) -> {
            var tag = instance(TagArgs.class);
            set(tag, "key", k);
            set(tag, "value", value);
            out.add(tag);
        });
        return out;
    }

    /** Whether a number input's declared Java method takes an {@code int} (then it must be a whole number). */
    private static boolean wholeNumber(Field f) {
        Input input = f.getAnnotation(Input.class);
        return input != null && Arrays.stream(input.java()).anyMatch(j -> Arrays.asList(j.params()).contains(int.class));
    }

    static List<Field> fields(Class<?> c) {
        return Arrays.stream(c.getDeclaredFields())
                .filter(f -> f.isAnnotationPresent(Import.class) && !Modifier.isStatic(f.getModifiers())).toList();
    }

    static String name(Field f) {
        return f.getAnnotation(Import.class).name();
    }

    static Class<?> element(Field f) {
        return (Class<?>) ((ParameterizedType) f.getGenericType()).getActualTypeArguments()[0];
    }

    // ---------------------------------------------------------------- value rules, shared by every reader

    /** The rule a number breaks that has no exact finite double value ({@code .inf}, {@code .nan}, 2^64 + 1). */
    private static final String FINITE_RULE = "must be a finite number that a double holds exactly (no .inf or .nan)";

    /** Whether {@code value} has {@code type}; a list of strings may hold numbers and booleans (written as text). */
    private static boolean isType(Object value, ConfigKey.Type type) {
        return switch (type) {
            case STRING -> value instanceof String;
            case BOOL -> value instanceof Boolean;
            case NUMBER -> value instanceof Number;
            case STRING_LIST -> value instanceof List<?> l && l.stream().allMatch(x -> x instanceof String
                    || x instanceof Number || x instanceof Boolean);
            case STRING_MAP, OBJECT -> value instanceof Map<?, ?>;
            case OBJECT_LIST -> value instanceof List<?> l && l.stream().allMatch(Map.class::isInstance);
        };
    }

    /** The rule of a type in messages: {@code must be a list of strings}. */
    static String describe(ConfigKey.Type type) {
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

    /** A scalar as text: whole numbers without a fraction. */
    static String text(Object value) {
        return value instanceof Double d && d == Math.rint(d) ? Long.toString(d.longValue()) : String.valueOf(value);
    }

    /** The number as an int when it is a whole number that fits; else a problem: out of range, or not whole. */
    static Optional<Integer> wholeNumber(Object v, String at, Problems p) {
        if (v instanceof Integer i) {
            return Optional.of(i);
        }
        if (v instanceof Long l && l >= Integer.MIN_VALUE && l <= Integer.MAX_VALUE) {
            return Optional.of(l.intValue());
        }
        if (v instanceof Double d && d == Math.rint(d) && Math.abs(d) <= Integer.MAX_VALUE) {
            return Optional.of(d.intValue());
        }
        boolean whole = v instanceof Long || v instanceof java.math.BigInteger
                || v instanceof Double d && Double.isFinite(d) && d == Math.rint(d);
        p.add(at, whole ? "is out of range: must be a whole number between " + Integer.MIN_VALUE + " and "
                + Integer.MAX_VALUE : "must be a whole number", v);
        return Optional.empty();
    }

    /** The number as a double when finite and exactly equal (never rounded or made infinite); else a problem. */
    static Optional<Double> exactDouble(Number n, String at, Problems p) {
        double d = n.doubleValue();
        boolean exact = Double.isFinite(d) && (!(n instanceof Long || n instanceof java.math.BigInteger)
                || new java.math.BigDecimal(d).toBigInteger().equals(new java.math.BigInteger(n.toString())));
        if (!exact) {
            p.add(at, FINITE_RULE, n);
        }
        return exact ? Optional.of(d) : Optional.empty();
    }

    private static <T> T instance(Class<T> type) {
        try {
            var constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            return constructor.newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot create the declaration " + type.getSimpleName(), e);
        }
    }

    private static Object get(Object target, Field f) {
        try {
            f.setAccessible(true);
            return f.get(target);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read input " + f.getName(), e);
        }
    }

    private static void set(Object target, Field f, Object value) {
        try {
            f.setAccessible(true);
            f.set(target, value);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot set input " + f.getName(), e);
        }
    }
}
