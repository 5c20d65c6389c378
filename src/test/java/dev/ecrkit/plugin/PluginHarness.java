package dev.ecrkit.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Struct;
import com.google.protobuf.util.JsonFormat;
import com.pulumi.provider.internal.ComponentProvider;
import com.pulumi.provider.internal.Metadata;
import com.pulumi.provider.internal.models.ConstructRequest;
import com.pulumi.provider.internal.models.ConstructResponse;
import com.pulumi.provider.internal.models.GetSchemaRequest;
import com.pulumi.provider.internal.properties.PropertyValue;
import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.test.PulumiTest;
import dev.ecrkit.TestEngine;
import dev.ecrkit.json.Json;
import dev.ecrkit.findings.PlannedResource;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiFunction;

/** The plugin as the host runs it ({@link PluginMain#NAME}, this package), for tests. */
final class PluginHarness {
    private PluginHarness() {
    }

    /** The provider the host serves. */
    static ComponentProvider provider() {
        return new ComponentProvider(new Metadata(PluginMain.NAME), PluginMain.class.getPackage());
    }

    /** The schema JSON the provider answers GetSchema with. */
    static String schema() {
        try {
            return provider().getSchema(new GetSchemaRequest(0, null, null)).get().getSchema();
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A schema with every object's members sorted by name (the analyzer fills hash maps), indented: for goldens. */
    static String canonical(String schemaJson) {
        return Json.pretty(sorted(Json.parse(schemaJson).orElseThrow())) + "\n";
    }

    private static Object sorted(Object value) {
        if (value instanceof Map<?, ?> m) {
            var out = new TreeMap<String, Object>();
            m.forEach((k, v) -> out.put(String.valueOf(k), sorted(v)));
            return out;
        }
        if (value instanceof java.util.List<?> l) {
            return l.stream().map(PluginHarness::sorted).toList();
        }
        return value;
    }

    /**
     * Inputs exactly as the engine hands them to Construct: JSON (what a YAML program writes, what a TypeScript
     * object literal serializes to) through the gRPC Struct and pulumi-java's own unmarshalling.
     */
    static Map<String, PropertyValue> wireInputs(String json) {
        var struct = Struct.newBuilder();
        try {
            JsonFormat.parser().merge(json, struct);
        } catch (InvalidProtocolBufferException e) {
            throw new IllegalArgumentException(e);
        }
        return PropertyValue.unmarshalProperties(struct.build());
    }

    /** Calls construct as the host does for {@code type} (no options: the stack is the parent). */
    static ConstructResponse construct(String type, String name, String inputsJson) {
        return construct(type, name, inputsJson, null);
    }

    /** Calls construct as the host does for {@code type}, with the options the engine sends (may be null). */
    static ConstructResponse construct(String type, String name, String inputsJson, ComponentResourceOptions options) {
        return provider().construct(new ConstructRequest(type, name, wireInputs(inputsJson), options)).join();
    }

    /**
     * Construct of {@code type} from {@code inputsJson} (what a TypeScript or YAML program sends) and the Java API
     * ({@code java} creates the Java component under the same name and options) register the same resources (URNs,
     * types, inputs, options: {@code resources} of them, components included), and the plugin answers with the Java
     * component's URN and outputs (same names; a mixed-value output as its JSON text).
     */
    static void assertSameAsJava(String type, String name, String inputsJson, ComponentResourceOptions options,
            BiFunction<String, ComponentResourceOptions, ComponentResource> java, int resources) {
        var state = new AtomicReference<Map<String, Object>>();
        var plugin = TestEngine.run(ctx -> {
            var response = construct(type, name, inputsJson, options);
            var plain = new LinkedHashMap<String, Object>();
            response.getState().forEach((k, v) -> plain.put(k, plain(v)));
            state.set(plain);
        });
        var component = new AtomicReference<ComponentResource>();
        var javaRun = TestEngine.run(ctx -> component.set(java.apply(name, options)));
        assertNull(plugin.failure(), () -> "plugin run failed: " + plugin.failure());
        assertNull(javaRun.failure(), () -> "Java run failed: " + javaRun.failure());
        assertEquals(type, component.get().getClass().getName().replace("dev.ecrkit.", PluginMain.NAME + ":index:"));

        assertEquals(resources, javaRun.stack().resources().size());
        assertEquals(sorted(javaRun.stack().resources()), sorted(plugin.stack().resources()));
        assertEquals(expectedState(component.get()), state.get());
    }

    private static List<PlannedResource> sorted(List<PlannedResource> resources) {
        return resources.stream().sorted(Comparator.comparing(PlannedResource::urn)).toList();
    }

    /**
     * The Java component's URN and outputs as the plugin answers them: every {@code @Export} by name, numbers as
     * Double (the wire's), and JSON text where the plugin's field of that name is an {@code Output<String>} and the
     * Java value is not a string.
     */
    static Map<String, Object> expectedState(ComponentResource java) {
        var m = new LinkedHashMap<String, Object>();
        m.put("urn", PulumiTest.extractValue(java.urn()));
        Class<?> pluginClass = pluginClass(java.getClass());
        for (Field f : java.getClass().getDeclaredFields()) {
            Export export = f.getAnnotation(Export.class);
            if (export == null) {
                continue;
            }
            Object value = PulumiTest.extractValue((Output<?>) read(f, java));
            assertNotNull(value, f.getName());
            if (isStringOutput(pluginField(pluginClass, export.name())) && !(value instanceof String)) {
                value = Json.write(value);
            }
            m.put(export.name(), wire(value));
        }
        return m;
    }

    /** The plugin class of a Java component: same simple name, in the plugin package. */
    static Class<?> pluginClass(Class<?> javaComponent) {
        try {
            return Class.forName(PluginMain.class.getPackageName() + "." + javaComponent.getSimpleName());
        } catch (ClassNotFoundException e) {
            throw new AssertionError("no plugin class for " + javaComponent.getName(), e);
        }
    }

    /** The {@code @Export} field of {@code component} with this output name. */
    static Field pluginField(Class<?> component, String name) {
        for (Field f : component.getDeclaredFields()) {
            if (f.isAnnotationPresent(Export.class) && f.getAnnotation(Export.class).name().equals(name)) {
                return f;
            }
        }
        throw new AssertionError(component.getSimpleName() + " has no output " + name);
    }

    /** Whether a field is declared {@code Output<String>}. */
    static boolean isStringOutput(Field f) {
        return f.getGenericType() instanceof ParameterizedType t && t.getActualTypeArguments()[0] == String.class;
    }

    private static Object read(Field f, Object target) {
        try {
            f.setAccessible(true);
            return f.get(target);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A plain value as it comes back over the wire: numbers as Double, maps and lists element by element. */
    private static Object wire(Object value) {
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        if (value instanceof Map<?, ?> map) {
            var out = new LinkedHashMap<String, Object>();
            map.forEach((k, v) -> out.put(String.valueOf(k), wire(v)));
            return out;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(PluginHarness::wire).toList();
        }
        return value;
    }

    /** A state value as plain Java: output and secret wrappers removed, numbers as Double. */
    static Object plain(PropertyValue v) {
        return switch (v.getType()) {
            case OUTPUT -> plain(v.getOutputValue().getValue());
            case SECRET -> plain(v.getSecretValue());
            case STRING -> v.getStringValue();
            case NUMBER -> v.getNumberValue();
            case BOOL -> v.getBooleanValue();
            case ARRAY -> v.getArrayValue().stream().map(PluginHarness::plain).toList();
            case OBJECT -> {
                var m = new LinkedHashMap<String, Object>();
                v.getObjectValue().forEach((k, x) -> m.put(k, plain(x)));
                yield m;
            }
            default -> throw new IllegalArgumentException("unexpected state value " + v);
        };
    }
}
