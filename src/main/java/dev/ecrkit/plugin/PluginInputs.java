package dev.ecrkit.plugin;

import dev.ecrkit.inputs.TagArgs;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ComponentResourceOptions;
import dev.ecrkit.validation.InvalidInputException;
import dev.ecrkit.validation.Problem;
import dev.ecrkit.validation.Problems;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The options check every plugin component runs before it registers ({@link #validated}), and, for the
 * {@code Registry} and {@code PullThroughCache} inputs only, the plain map a stack config object is (strings,
 * booleans, numbers, lists, maps) for the stack program's {@code ecrkit:registry} reader ({@link #convert}). The other
 * components pass their typed inputs straight to their conversion. Pure with respect to the engine; reads the
 * {@code @Import} fields by reflection, as pulumi-java does when it fills them.
 */
final class PluginInputs {
    private PluginInputs() {
    }

    /**
     * Converts {@code inputs} with {@code conversion} (a stack config entry conversion). Throws
     * {@link InvalidInputException} listing the problems of both steps at once.
     */
    static <T> T convert(Object inputs, Function<Map<String, Object>, T> conversion) {
        var p = new Problems();
        var settings = settings(inputs, p);
        var all = new ArrayList<Problem>(p.list());
        T result = null;
        try {
            result = conversion.apply(settings);
        } catch (InvalidInputException e) {
            all.addAll(e.problems());
        }
        if (!all.isEmpty()) {
            throw new InvalidInputException(all);
        }
        return result;
    }

    /** Runs {@code check} (a conversion that throws on invalid input) before the component registers; returns options. */
    static ComponentResourceOptions validated(ComponentResourceOptions options, Supplier<?> check) {
        check.get();
        return options;
    }

    /** The set inputs of {@code inputs} by their schema names, in declaration order; unset (null) inputs are left out. */
    static Map<String, Object> settings(Object inputs, Problems p) {
        var out = new LinkedHashMap<String, Object>();
        for (Field f : inputs.getClass().getDeclaredFields()) {
            var annotation = f.getAnnotation(Import.class);
            if (annotation == null || Modifier.isStatic(f.getModifiers())) {
                continue;
            }
            Object value = read(f, inputs);
            if (value != null) {
                out.put(annotation.name(), plain(value, f, annotation.name(), p));
            }
        }
        return out;
    }

    private static Object plain(Object value, Field f, String name, Problems p) {
        if (value instanceof List<?> list) {
            if (elementType(f) == TagArgs.class) {
                return new LinkedHashMap<String, Object>(TagArgs.toMap(list, name, p));
            }
            var out = new ArrayList<Object>();
            for (int i = 0; i < list.size(); i++) {
                Object item = list.get(i);
                out.add(isScalar(item) ? item : settings(item, p.at(name + "[" + i + "]")));
            }
            return out;
        }
        return isScalar(value) ? value : settings(value, p.at(name));
    }

    private static boolean isScalar(Object value) {
        return value == null || value instanceof String || value instanceof Boolean || value instanceof Number;
    }

    private static Class<?> elementType(Field f) {
        if (f.getGenericType() instanceof ParameterizedType t && t.getActualTypeArguments()[0] instanceof Class<?> c) {
            return c;
        }
        return Object.class;
    }

    private static Object read(Field f, Object target) {
        try {
            f.setAccessible(true);
            return f.get(target);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read input " + f.getName(), e);
        }
    }
}
