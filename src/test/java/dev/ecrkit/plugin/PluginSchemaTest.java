package dev.ecrkit.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.pulumi.core.annotations.Export;
import com.pulumi.resources.ComponentResource;
import dev.ecrkit.inputs.EventLogPolicyInputs;
import dev.ecrkit.inputs.GovernanceInputs;
import dev.ecrkit.inputs.KmsKeyInputs;
import dev.ecrkit.inputs.LoggingInputs;
import dev.ecrkit.inputs.MonitoringInputs;
import dev.ecrkit.json.Json;
import dev.ecrkit.stack.ConfigKey;
import dev.ecrkit.stack.ConfigKeys;
import dev.ecrkit.stack.RegistryConfig;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.reflections.Reflections;

/** The schema the plugin serves: pinned by a golden file, and held to the Java components and the stack config. */
class PluginSchemaTest {
    private static final Path GOLDEN = Path.of("src/test/resources/dev/ecrkit/plugin/schema.json");
    private static final Path ACTUAL = Path.of("target/plugin-schema.actual.json");
    private static final String TOKEN_PREFIX = PluginMain.NAME + ":index:";
    /** Supported config keys that are not inputs of the plugin's Repository: the registry-level keys, which the stack
     * program hoists into the one Registry; other languages use the Registry component for them. */
    private static final Set<String> NOT_REPOSITORY_INPUTS = Set.copyOf(dev.ecrkit.stack.RegistryConfig.ENTRY_KEYS);

    @Test
    void schema_matchesTheGoldenFile() throws IOException {
        String actual = PluginHarness.canonical(PluginHarness.schema());
        String golden = Files.readString(GOLDEN, StandardCharsets.UTF_8);
        if (!golden.equals(actual)) {
            Files.writeString(ACTUAL, actual, StandardCharsets.UTF_8);
            assertEquals(golden, actual, "the plugin schema changed; review and accept with: cp " + ACTUAL + " " + GOLDEN);
        }
    }

    @Test
    void schema_hasOneComponentPerJavaComponent_withTheSameOutputNames() {
        var expected = new TreeMap<String, Set<String>>();
        for (Class<?> c : javaComponents()) {
            expected.put(TOKEN_PREFIX + c.getSimpleName(), exportNames(c));
        }
        var actual = new TreeMap<String, Set<String>>();
        resources().forEach((token, spec) -> actual.put(token, new TreeSet<>(object(spec, "properties").keySet())));
        assertEquals(expected, actual, "every dev.ecrkit component needs a dev.ecrkit.plugin class of the same name with"
                + " the same outputs (components/README.md, \"Adding a component\")");
    }

    @Test
    void pluginOutputs_haveTheJavaOutputTypes_mixedValueMapsAsJsonText() {
        var wrong = new ArrayList<String>();
        for (Class<?> java : javaComponents()) {
            Class<?> plugin = PluginHarness.pluginClass(java);
            for (Field f : java.getDeclaredFields()) {
                if (!f.isAnnotationPresent(Export.class)) {
                    continue;
                }
                String name = f.getAnnotation(Export.class).name();
                String javaType = f.getGenericType().getTypeName();
                String want = javaType.contains(Object.class.getName()) ? "com.pulumi.core.Output<java.lang.String>"
                        : javaType;
                String got = PluginHarness.pluginField(plugin, name).getGenericType().getTypeName();
                if (!want.equals(got)) {
                    wrong.add(java.getSimpleName() + "." + name + ": Java " + javaType + " wants " + want + ", plugin has "
                            + got);
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void repositoryInputs_areTheSupportedStackConfigKeys_withTheirTypes() {
        var supported = ConfigKeys.ALL.stream().filter(k -> !NOT_REPOSITORY_INPUTS.contains(k.name())).toList();
        assertInputs("Repository", supported);
    }

    @Test
    void kmsKeyInputs_areTheJavaBuilderNames_withTheirTypes() {
        assertInputs("KmsKey", ConfigKeys.declared(KmsKeyInputs.class));
    }

    @Test
    void loggingInputs_areTheJavaBuilderNames_withTheirTypes() {
        assertInputs("Logging", ConfigKeys.declared(LoggingInputs.class));
    }

    @Test
    void eventLogPolicyInputs_areTheJavaBuilderNames_withTheirTypes() {
        assertInputs("EventLogPolicy", ConfigKeys.declared(EventLogPolicyInputs.class));
    }

    @Test
    void monitoringInputs_areTheJavaBuilderNames_withTheirTypes() {
        assertInputs("Monitoring", ConfigKeys.declared(MonitoringInputs.class));
    }

    @Test
    void governanceInputs_areTheJavaBuilderNames_withTheirTypes() {
        assertInputs("Governance", ConfigKeys.declared(GovernanceInputs.class));
    }

    @Test
    void registryInputs_areTheEcrkitRegistryShape_objectByObject() {
        assertShape("Registry", RegistryConfig.REGISTRY_SHAPE);
    }

    @Test
    void pullThroughCacheInputs_areRulesInTheEcrkitRegistryShape_andTags() {
        assertShape("PullThroughCache", RegistryConfig.PULL_THROUGH_CACHE_SHAPE);
    }

    /**
     * The component's inputs and the fields of every object type under them, by path, are {@code shape} (the
     * reader's fields); a list of {@code {key, value}} stands for a map of strings, which is a field.
     */
    private static void assertShape(String component, Map<String, List<String>> shape) {
        var expected = new TreeMap<String, Set<String>>();
        shape.forEach((path, fields) -> expected.put(path, new TreeSet<>(fields)));
        var actual = new TreeMap<String, Set<String>>();
        walk("", object(resources().get(TOKEN_PREFIX + component), "inputProperties"), actual);
        assertEquals(expected, actual);
    }

    private static void walk(String path, Map<String, Object> properties, Map<String, Set<String>> out) {
        out.put(path, new TreeSet<>(properties.keySet()));
        properties.forEach((name, spec) -> {
            var m = (Map<?, ?>) spec;
            Object ref = m.get("items") instanceof Map<?, ?> items ? items.get("$ref") : m.get("$ref");
            if (ref instanceof String r && !r.equals("#/types/" + TOKEN_PREFIX + "Tag")) {
                walk(path.isEmpty() ? name : path + "." + name,
                        object(types().get(r.substring("#/types/".length())), "properties"), out);
            }
        });
    }

    /** The component's inputs are exactly {@code keys}, each with the schema shape of its type. */
    private static void assertInputs(String component, List<ConfigKey> keys) {
        var inputs = object(resources().get(TOKEN_PREFIX + component), "inputProperties");
        var byName = new TreeMap<String, ConfigKey>();
        keys.forEach(k -> byName.put(k.name(), k));
        assertEquals(byName.keySet(), new TreeSet<>(inputs.keySet()),
                "the plugin's " + component + " takes every key, under the same name");
        var wrong = new ArrayList<String>();
        inputs.forEach((name, spec) -> {
            var key = byName.get(name);
            String want = expectedType(key);
            String got = describe(spec);
            if (!want.equals(got)) {
                wrong.add(name + ": config type " + key.type().label() + " wants " + want + ", schema has " + got);
            }
        });
        assertEquals(List.of(), wrong);
    }

    @Test
    void inputClasses_haveNoStaticFields_soNothingLeaksIntoTheSchema() {
        var leaks = new TreeSet<String>();
        for (Class<?> component : pluginComponents()) {
            Class<?> inputs = component.getDeclaredConstructors()[0].getParameterTypes()[1];
            collectStatics(inputs, leaks, new java.util.HashSet<>());
        }
        assertEquals(Set.of(), leaks);
        var names = new ArrayList<String>();
        resources().values().forEach(spec -> names.addAll(object(spec, "inputProperties").keySet()));
        types().values().forEach(spec -> names.addAll(object(spec, "properties").keySet()));
        assertTrue(names.stream().noneMatch(n -> n.equals(n.toUpperCase(java.util.Locale.ROOT))), names::toString);
    }

    @Test
    void pluginComponents_haveExactlyOneConstructor_takingNameInputsAndOptions() {
        for (Class<?> c : pluginComponents()) {
            var constructors = c.getDeclaredConstructors();
            assertEquals(1, constructors.length, c.getName());
            var params = constructors[0].getParameterTypes();
            assertEquals(3, params.length, c.getName());
            assertEquals(String.class, params[0]);
            assertTrue(com.pulumi.resources.ResourceArgs.class.isAssignableFrom(params[1]), c.getName());
            assertEquals(com.pulumi.resources.ComponentResourceOptions.class, params[2]);
        }
    }

    /** The components of the Java API the plugin serves: every top-level ComponentResource class of package dev.ecrkit. */
    static List<Class<?>> javaComponents() {
        return componentsIn("dev.ecrkit");
    }

    /** What the host serves: the ComponentResource classes of the plugin package. */
    static List<Class<?>> pluginComponents() {
        return componentsIn(PluginMain.class.getPackageName());
    }

    private static List<Class<?>> componentsIn(String pkg) {
        return new Reflections(pkg).getSubTypesOf(ComponentResource.class).stream()
                .filter(c -> c.getPackageName().equals(pkg) && !Modifier.isAbstract(c.getModifiers()))
                .sorted(java.util.Comparator.comparing(Class::getName))
                .<Class<?>>map(c -> c).toList();
    }

    private static Set<String> exportNames(Class<?> component) {
        return Arrays.stream(component.getDeclaredFields()).filter(f -> f.isAnnotationPresent(Export.class))
                .map(f -> f.getAnnotation(Export.class).name()).collect(Collectors.toCollection(TreeSet::new));
    }

    private static void collectStatics(Class<?> type, Set<String> leaks, Set<Class<?>> seen) {
        if (!seen.add(type) || !Set.of(PluginMain.class.getPackageName(), "dev.ecrkit.inputs")
                .contains(type.getPackageName())) {
            return;
        }
        for (Field f : type.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers())) {
                leaks.add(type.getSimpleName() + "." + f.getName());
            }
            if (f.getGenericType() instanceof ParameterizedType p && p.getActualTypeArguments()[0] instanceof Class<?> item) {
                collectStatics(item, leaks, seen);
            }
            collectStatics(f.getType(), leaks, seen);
        }
    }

    /**
     * The schema shape a config key's type crosses the boundary as: scalars by name, lists as {@code array of},
     * objects as their fields, a map of strings as a list of {@code {key, value}}; fields of fields are described
     * one level deep ({@code object}, {@code array of object}).
     */
    private static String expectedType(ConfigKey key) {
        return switch (key.type()) {
            case OBJECT -> fieldsOf(key);
            case OBJECT_LIST -> "array of " + fieldsOf(key);
            case STRING_MAP -> "array of {key: string, value: string}";
            default -> shallow(key.type());
        };
    }

    private static String shallow(ConfigKey.Type type) {
        return switch (type) {
            case STRING -> "string";
            case BOOL -> "boolean";
            case NUMBER -> "number";
            case STRING_LIST -> "array of string";
            case STRING_MAP, OBJECT_LIST -> "array of object";
            case OBJECT -> "object";
        };
    }

    private static String fieldsOf(ConfigKey key) {
        var fields = new TreeMap<String, String>();
        key.fields().forEach((name, type) -> fields.put(name, shallow(type)));
        return fields.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
                .collect(Collectors.joining(", ", "{", "}"));
    }

    /** A property spec in the notation of {@link #expectedType}. */
    private static String describe(Object spec) {
        return describe(spec, 0);
    }

    private static String describe(Object spec, int depth) {
        var m = (Map<?, ?>) spec;
        if (m.get("$ref") instanceof String ref) {
            if (depth > 0) {
                return "object";
            }
            var type = types().get(ref.substring("#/types/".length()));
            var fields = new TreeMap<String, String>();
            object(type, "properties").forEach((name, s) -> fields.put(name, describe(s, depth + 1)));
            return fields.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
                    .collect(Collectors.joining(", ", "{", "}"));
        }
        if ("array".equals(m.get("type"))) {
            return "array of " + describe(m.get("items"), depth);
        }
        return String.valueOf(m.get("type"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> resources() {
        return (Map<String, Object>) schemaMap().get("resources");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> types() {
        return (Map<String, Object>) schemaMap().getOrDefault("types", Map.of());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Object spec, String member) {
        if (!(spec instanceof Map<?, ?> m)) {
            return fail("not an object: " + spec);
        }
        return (Map<String, Object>) m.get(member);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> schemaMap() {
        return (Map<String, Object>) Json.parse(PluginHarness.schema()).orElseThrow();
    }
}
