package dev.ecrkit;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A component's outputs are declared once, by its {@code @Export} fields (name, type, doc): {@code registerOutputs},
 * the plugin's outputs ({@code X.Outputs#toMap()}) and the stack program's exports are read from them here, so adding
 * an output is its field, its value in {@code X.Outputs} (the component of the same name) and its test.
 */
public final class Exports {
    private Exports() {
    }

    /** The {@code @Export} names of {@code component}, in declaration order. */
    public static List<String> names(Class<?> component) {
        var out = new ArrayList<String>();
        exported(component).forEach(f -> out.add(f.getAnnotation(Export.class).name()));
        return List.copyOf(out);
    }

    /**
     * The outputs of {@code outputs} (the record a component's {@code register} returns) under the {@code @Export}
     * names of {@code component}, in its declaration order: each exported name takes the record component of that
     * name. Throws {@link IllegalStateException} when the record has none (the component and its record disagree).
     */
    public static Map<String, Output<?>> of(Class<?> component, Record outputs) {
        var byName = new LinkedHashMap<String, RecordComponent>();
        for (RecordComponent c : outputs.getClass().getRecordComponents()) {
            byName.put(c.getName(), c);
        }
        var out = new LinkedHashMap<String, Output<?>>();
        for (String name : names(component)) {
            RecordComponent c = byName.get(name);
            if (c == null || c.getType() != Output.class) {
                throw new IllegalStateException(outputs.getClass().getName() + " has no output " + name + " for the"
                        + " @Export field of " + component.getSimpleName());
            }
            out.put(name, (Output<?>) read(() -> c.getAccessor().invoke(outputs), name));
        }
        return Collections.unmodifiableMap(out);
    }

    /** The values of the {@code @Export} fields of {@code component} (an instance), by name, in declaration order. */
    public static Map<String, Output<?>> of(Object component) {
        var out = new LinkedHashMap<String, Output<?>>();
        for (Field f : exported(component.getClass())) {
            out.put(f.getAnnotation(Export.class).name(), (Output<?>) read(() -> f.get(component), f.getName()));
        }
        return Collections.unmodifiableMap(out);
    }

    private static List<Field> exported(Class<?> component) {
        var out = new ArrayList<Field>();
        for (Field f : component.getDeclaredFields()) {
            if (f.isAnnotationPresent(Export.class) && !Modifier.isStatic(f.getModifiers())) {
                out.add(f);
            }
        }
        return out;
    }

    private interface Reader {
        Object read() throws ReflectiveOperationException;
    }

    private static Object read(Reader reader, String name) {
        try {
            return reader.read();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read output " + name, e);
        }
    }
}
