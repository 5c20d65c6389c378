package dev.ecrkit.plugin;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.resources.ComponentResource;
import dev.ecrkit.json.Json;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * Turns a Java component's outputs ({@code X.Outputs#toMap()}) into a plugin component's outputs, the same way for
 * every component: each {@code @Export} field of the plugin class gets the output of its name; a field declared
 * {@code Output<String>} that receives anything else (a map of mixed values, which the 1.36.1 schema analyzer has no
 * type for) gets its JSON text ({@link Json#write}: deterministic, no null members). The plugin's construct reads the
 * fields (pulumi-java serializes the {@code @Export} fields into the Construct response), and the returned map is
 * what the component registers.
 */
final class PluginOutputs {
    private PluginOutputs() {
    }

    /**
     * Sets every {@code @Export} field of {@code component} from {@code outputs} by name and returns them by name.
     * Throws {@link IllegalStateException} when a field has no output of its name or an output has no field: the
     * plugin class and the Java component disagree (the schema test says which).
     */
    static Map<String, Output<?>> export(ComponentResource component, Map<String, Output<?>> outputs) {
        var exported = new LinkedHashMap<String, Output<?>>();
        for (Field f : component.getClass().getDeclaredFields()) {
            Export export = f.getAnnotation(Export.class);
            if (export == null) {
                continue;
            }
            Output<?> value = outputs.get(export.name());
            if (value == null) {
                throw new IllegalStateException(component.getClass().getSimpleName() + "." + f.getName()
                        + ": the Java component has no output named " + export.name());
            }
            Output<?> plugin = isStringOutput(f) ? value.applyValue(PluginOutputs::text) : value;
            set(f, component, plugin);
            exported.put(export.name(), plugin);
        }
        var missing = new TreeSet<>(outputs.keySet());
        missing.removeAll(exported.keySet());
        if (!missing.isEmpty()) {
            throw new IllegalStateException(component.getClass().getSimpleName() + " has no @Export field for "
                    + missing);
        }
        return exported;
    }

    /** A value as a string output: a string as it is, anything else as its JSON text. */
    static String text(Object value) {
        return value instanceof String s ? s : Json.write(value);
    }

    private static boolean isStringOutput(Field f) {
        return f.getGenericType() instanceof ParameterizedType t && t.getRawType() == Output.class
                && t.getActualTypeArguments()[0] == String.class;
    }

    private static void set(Field f, Object target, Object value) {
        try {
            f.setAccessible(true);
            f.set(target, value);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot set output " + f.getName(), e);
        }
    }
}
