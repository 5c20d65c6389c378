package dev.ecrkit.stack;

import com.pulumi.core.annotations.Import;
import dev.ecrkit.inputs.Input;
import dev.ecrkit.inputs.TagArgs;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one binder from parsed config into a declaration class ({@code dev.ecrkit.inputs}): each {@code @Import} field
 * is read by its name and Java type (String, Boolean, Double, {@code List<String>}, a list of {@link TagArgs} from a
 * map of strings, a nested args class, a list of them), type problems reported by the config key path with
 * {@link ConfigNode}'s messages and number rules (a Double whose declared Java method takes an {@code int} must be a
 * whole number). The result is what pulumi-java fills for a plugin caller, so one conversion serves both. Nothing here
 * names an input.
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
        for (Field f : fields(type)) {
            String name = name(f);
            int before = v.problems.list().size();
            Object value = switch (Declarations.type(f)) {
                case STRING -> v.string(name).orElse(null);
                case BOOL -> v.bool(name).orElse(null);
                case NUMBER -> wholeNumber(f) ? v.integer(name).map(Integer::doubleValue).orElse(null)
                        : v.number(name).orElse(null);
                case STRING_LIST -> v.has(name) ? v.strings(name) : null;
                case STRING_MAP -> v.has(name) ? tags(v.stringMap(name)) : null;
                case OBJECT -> v.fieldsOf(name, Declarations.fieldTypes(f.getType()))
                        .map(m -> nested(v, v.at(name), m, f.getType())).orElse(null);
                case OBJECT_LIST -> v.has(name) ? objects(v, name, element(f)) : null;
            };
            set(out, f, value);
            if (v.problems.list().size() > before) {
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

    private static List<Object> objects(ConfigNode v, String name, Class<?> element) {
        var out = new ArrayList<Object>();
        var each = v.fieldsOfEach(name, Declarations.fieldTypes(element));
        for (int i = 0; i < each.size(); i++) {
            out.add(nested(v, v.at(name) + "[" + i + "]", each.get(i), element));
        }
        return out;
    }

    /** A nested object whose fields {@link ConfigNode} checked; deeper objects are checked here, the same way. */
    private static Object nested(ConfigNode v, String path, Map<String, Object> checked, Class<?> type) {
        Object out = instance(type);
        for (Field f : fields(type)) {
            Object value = checked.get(name(f));
            if (value == null) {
                continue;
            }
            String at = path + "." + name(f);
            set(out, f, switch (Declarations.type(f)) {
                case NUMBER -> ((Number) value).doubleValue();
                case STRING_LIST -> ((List<?>) value).stream().map(ConfigNode::text).toList();
                case STRING_MAP -> tags(v.stringMap(at, value));
                case OBJECT -> nested(v, at, v.fields(at, (Map<?, ?>) value, Declarations.fieldTypes(f.getType())),
                        f.getType());
                case OBJECT_LIST -> {
                    var list = (List<?>) value;
                    var items = new ArrayList<Object>();
                    for (int i = 0; i < list.size(); i++) {
                        String item = at + "[" + i + "]";
                        items.add(nested(v, item, v.fields(item, (Map<?, ?>) list.get(i),
                                Declarations.fieldTypes(element(f))), element(f)));
                    }
                    yield items;
                }
                default -> value;
            });
        }
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
