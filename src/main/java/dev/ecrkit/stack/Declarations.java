package dev.ecrkit.stack;

import com.pulumi.core.annotations.Import;
import dev.ecrkit.inputs.Input;
import dev.ecrkit.inputs.TagArgs;
import dev.ecrkit.json.Json;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
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
            for (Field f : imports(c)) {
                Input input = f.getAnnotation(Input.class);
                if (input == null) {
                    throw new IllegalStateException(c.getSimpleName() + "." + f.getName() + " has no @Input");
                }
                var type = type(f);
                out.add(new ConfigKey(name(f), type, fieldsOf(f, type), moduleDefault(f, input), input.doc(),
                        input.javaPath()));
            }
        }
        return List.copyOf(out);
    }

    /** The {@link Input} of each declared input of {@code classes}, by name. */
    static Map<String, Input> inputs(Class<?>... classes) {
        var out = new LinkedHashMap<String, Input>();
        for (Class<?> c : classes) {
            imports(c).forEach(f -> out.put(name(f), f.getAnnotation(Input.class)));
        }
        return out;
    }

    private static List<Field> imports(Class<?> c) {
        return java.util.Arrays.stream(c.getDeclaredFields())
                .filter(f -> f.isAnnotationPresent(Import.class) && !Modifier.isStatic(f.getModifiers())).toList();
    }

    private static String name(Field f) {
        return f.getAnnotation(Import.class).name();
    }

    private static ConfigKey.Type type(Field f) {
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
            Class<?> item = element(f);
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
        var out = new LinkedHashMap<String, ConfigKey.Type>();
        imports(type == ConfigKey.Type.OBJECT ? f.getType() : element(f)).forEach(g -> out.put(name(g), type(g)));
        return out;
    }

    private static Class<?> element(Field f) {
        return (Class<?>) ((ParameterizedType) f.getGenericType()).getActualTypeArguments()[0];
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
     * Reads and sets every key that needs no code of its own: a boolean or string key declared with exactly one Java
     * method, a method of {@code builderType} taking that boolean or string ({@code forceDelete},
     * {@code lifecyclePolicy}). Type problems are reported by the key's path, as {@link ConfigNode} does.
     */
    static <B> void setDirect(ConfigNode v, Map<String, Input> inputs, Class<B> builderType, B builder) {
        inputs.forEach((key, input) -> {
            if (input.java().length != 1 || input.java()[0].owner() != builderType
                    || input.java()[0].params().length != 1) {
                return;
            }
            Class<?> param = input.java()[0].params()[0];
            var type = ConfigKeys.find(key).orElseThrow().type();
            Optional<?> value = param == boolean.class && type == ConfigKey.Type.BOOL ? v.bool(key)
                    : param == String.class && type == ConfigKey.Type.STRING ? v.string(key) : Optional.empty();
            value.ifPresent(x -> invoke(builderType, input.java()[0].name(), param, builder, x));
        });
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
