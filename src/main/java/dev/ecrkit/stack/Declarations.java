package dev.ecrkit.stack;

import dev.ecrkit.inputs.Input;
import dev.ecrkit.inputs.TagArgs;
import dev.ecrkit.json.Json;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads input declarations ({@link Input} beside pulumi-java's {@code @Import}, in {@code dev.ecrkit.inputs}) into
 * {@link ConfigKey}s: the name from {@code @Import}, the type from the field's Java type (a list of {@link TagArgs}
 * stands for a map of strings, a class for an object whose fields are its own {@code @Import} fields), the rest from
 * {@link Input}. Nothing here names an input: adding one to a declaration class adds it everywhere.
 */
final class Declarations {
    private Declarations() {
    }

    /** The declared inputs of {@code classes}, in declaration order. */
    static List<ConfigKey> keys(Class<?>... classes) {
        var out = new ArrayList<ConfigKey>();
        for (Class<?> c : classes) {
            for (Field f : Binder.fields(c)) {
                Input input = f.getAnnotation(Input.class);
                if (input == null) {
                    throw new IllegalStateException(c.getSimpleName() + "." + f.getName() + " has no @Input");
                }
                var type = type(f);
                out.add(new ConfigKey(Binder.name(f), type, fieldsOf(f, type), moduleDefault(f, input), input.doc(),
                        input.javaPath()));
            }
        }
        return List.copyOf(out);
    }

    /** The {@link Input} of each declared input of {@code classes}, by name. */
    static Map<String, Input> inputs(Class<?>... classes) {
        var out = new LinkedHashMap<String, Input>();
        for (Class<?> c : classes) {
            Binder.fields(c).forEach(f -> out.put(Binder.name(f), f.getAnnotation(Input.class)));
        }
        return out;
    }

    /** The config type of a declared field, from its Java type. */
    static ConfigKey.Type type(Field f) {
        Class<?> raw = f.getType();
        if (raw == String.class) {
            return ConfigKey.Type.STRING;
        }
        if (raw == Boolean.class || raw == boolean.class) {
            return ConfigKey.Type.BOOL;
        }
        if (Number.class.isAssignableFrom(raw) || raw.isPrimitive()) {
            return ConfigKey.Type.NUMBER;
        }
        if (raw == List.class) {
            Class<?> item = Binder.element(f);
            return item == String.class ? ConfigKey.Type.STRING_LIST
                    : item == TagArgs.class ? ConfigKey.Type.STRING_MAP : ConfigKey.Type.OBJECT_LIST;
        }
        return ConfigKey.Type.OBJECT;
    }

    /** The fields of an object (or of each element of a list of objects), one level deep; else none. */
    private static Map<String, ConfigKey.Type> fieldsOf(Field f, ConfigKey.Type type) {
        if (type != ConfigKey.Type.OBJECT && type != ConfigKey.Type.OBJECT_LIST) {
            return Map.of();
        }
        return fieldTypes(type == ConfigKey.Type.OBJECT ? f.getType() : Binder.element(f));
    }

    /** The declared default: text for strings, else JSON; whole numbers as integers (10, not 10.0). */
    private static Object moduleDefault(Field f, Input input) {
        String text = input.moduleDefault();
        if (text.equals(Input.NONE)) {
            return ConfigKey.NO_DEFAULT;
        }
        if (f.getType() == String.class) {
            return text;
        }
        Object value = Json.parse(text).orElseThrow(() -> new IllegalStateException(
                f.getName() + ": moduleDefault is not JSON: " + text));
        return value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue()) ? (Object) n.intValue()
                : value;
    }

    /**
     * The fields of declaration {@code c} and of every object under it, by path ({@code ""} is {@code c} itself; list
     * items are named by the list, without an index); a list of {@link TagArgs} (a map of strings) is a field.
     */
    static Map<String, List<String>> shape(Class<?> c) {
        var out = new LinkedHashMap<String, List<String>>();
        shape("", c, out);
        return java.util.Collections.unmodifiableMap(out);
    }

    private static void shape(String path, Class<?> c, Map<String, List<String>> out) {
        out.put(path, Binder.fields(c).stream().map(Binder::name).toList());
        for (Field f : Binder.fields(c)) {
            var type = type(f);
            if (type == ConfigKey.Type.OBJECT || type == ConfigKey.Type.OBJECT_LIST) {
                shape(path.isEmpty() ? Binder.name(f) : path + "." + Binder.name(f),
                        type == ConfigKey.Type.OBJECT ? f.getType() : Binder.element(f), out);
            }
        }
    }

    /** The declared field types of a nested args class, by name. */
    static Map<String, ConfigKey.Type> fieldTypes(Class<?> c) {
        var out = new LinkedHashMap<String, ConfigKey.Type>();
        Binder.fields(c).forEach(g -> out.put(Binder.name(g), type(g)));
        return out;
    }

    /**
     * Sets every declared input that names exactly one Java method of a builder in {@code builders} taking one value
     * its Java value converts to (boolean, String, int: a whole number, double, enum: by wire value, String[] or List:
     * a list of strings, Map: a list of {@link TagArgs}); the others are the conversion's own code. Problems (a
     * fraction for an int, an unknown wire value, what a builder method refuses) are reported at the input's name.
     * Returns the builders that were given a value.
     */
    static java.util.Set<Class<?>> set(Map<String, Object> values, Map<String, Input> inputs,
            Map<Class<?>, Object> builders, dev.ecrkit.validation.Problems p) {
        var touched = new java.util.LinkedHashSet<Class<?>>();
        inputs.forEach((key, input) -> {
            Object value = values.get(key);
            if (value == null || value instanceof java.util.Collection<?> c && c.isEmpty()) {
                return;
            }
            var methods = java.util.Arrays.stream(input.java()).filter(j -> builders.containsKey(j.owner())
                    && j.params().length == 1 && converts(j.params()[0], value)).toList();
            if (methods.size() != 1) {
                return;
            }
            var method = methods.get(0);
            convert(method.params()[0], value, key, p).ifPresent(x -> {
                try {
                    invoke(method.owner(), method.name(), method.params()[0], builders.get(method.owner()), x);
                    touched.add(method.owner());
                } catch (dev.ecrkit.validation.InvalidInputException e) {
                    e.problems().forEach(problem -> p.addAll(List.of(problem.withField(key))));
                }
            });
        });
        return touched;
    }

    /**
     * {@link #set(Map, Map, Map, dev.ecrkit.validation.Problems)} for a declaration object (a standalone component's
     * inputs, a nested object; null: none): its inputs set on {@code builders} (each under its own class). Returns its
     * values by input name, for the inputs that combine.
     */
    static Map<String, Object> set(Object declaration, dev.ecrkit.validation.Problems p, Object... builders) {
        var values = Binder.values(declaration);
        if (declaration == null) {
            return values;
        }
        var byClass = new LinkedHashMap<Class<?>, Object>();
        for (Object b : builders) {
            byClass.put(b.getClass(), b);
        }
        set(values, inputs(declaration.getClass()), byClass, p);
        return values;
    }

    private static boolean converts(Class<?> param, Object value) {
        if (value instanceof List<?> l) {
            return (param == String[].class || param == List.class) && l.stream().allMatch(String.class::isInstance)
                    || param == Map.class && l.stream().allMatch(TagArgs.class::isInstance);
        }
        return param == boolean.class && value instanceof Boolean
                || (param == String.class || param.isEnum()) && value instanceof String
                || (param == int.class || param == double.class) && value instanceof Double;
    }

    private static Optional<Object> convert(Class<?> param, Object value, String key, dev.ecrkit.validation.Problems p) {
        if (param == int.class) {
            return Binder.wholeNumber(value, key, p).map(Object.class::cast);
        }
        if (param == double.class) {
            return Binder.exactDouble((Number) value, key, p).map(Object.class::cast);
        }
        if (param.isEnum()) {
            return wire(param, (String) value, key, p).map(Object.class::cast);
        }
        if (param == String[].class) {
            return Optional.of(((List<?>) value).toArray(String[]::new));
        }
        if (param == Map.class) {
            return Optional.of(TagArgs.toMap((List<?>) value, key, p));
        }
        return Optional.of(value);
    }

    /**
     * The constant of enum {@code type} with wire value {@code value} (its {@code wire()}, else its
     * {@code toString()}); else a problem at {@code key} listing the values a user can write.
     */
    static <E> Optional<E> wire(Class<E> type, String value, String key, dev.ecrkit.validation.Problems p) {
        var constants = java.util.Arrays.asList(type.getEnumConstants());
        var found = constants.stream().filter(e -> wireOf(e).equals(value)).findFirst();
        if (found.isEmpty()) {
            p.add(key, "must be one of " + String.join(", ", constants.stream().map(Declarations::wireOf)
                    .filter(w -> !w.isEmpty()).toList()), value);
        }
        return found;
    }

    private static String wireOf(Object constant) {
        try {
            return String.valueOf(constant.getClass().getMethod("wire").invoke(constant));
        } catch (ReflectiveOperationException e) {
            return constant.toString();
        }
    }

    private static void invoke(Class<?> owner, String method, Class<?> param, Object target, Object value) {
        try {
            owner.getMethod(method, param).invoke(target, value);
        } catch (java.lang.reflect.InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot call the declared " + owner.getSimpleName() + "." + method, e);
        }
    }
}
