package dev.ecrkit.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pulumi.asset.Archive;
import com.pulumi.asset.AssetOrArchive;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import dev.ecrkit.aws.ProviderVersions;
import dev.ecrkit.json.Json;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The provider-acceptance check (issue 15, docs/provider-versions.md): every stack the project ships (the dev stack,
 * every examples/NAME/Pulumi*.yaml config file, the test stacks in src/test/resources/dev/ecrkit/stacks) is planned,
 * and every planned AWS resource is checked against the committed table src/test/resources/dev/ecrkit/provider-acceptance.tsv
 * for the plugin version it is sent to: each input name must be in that version's schema and each enumerated value
 * among the values that version accepts.
 */
class ProviderAcceptanceTest {
    private static final Path ROOT = Path.of("").toAbsolutePath();
    private static final Path TABLE = ROOT.resolve("src/test/resources/dev/ecrkit/provider-acceptance.tsv");

    /** The table: (type, version) -> input paths; (type, version, path) -> accepted values. */
    record Table(Map<String, Set<String>> inputs, Map<String, Set<String>> values) {
        static String key(String type, String version) {
            return type + " @" + version;
        }

        static Table read(Path file) throws IOException {
            var inputs = new LinkedHashMap<String, Set<String>>();
            var values = new LinkedHashMap<String, Set<String>>();
            for (String line : Files.readAllLines(file)) {
                if (line.startsWith("#") || line.startsWith("kind\t") || line.isBlank()) {
                    continue;
                }
                String[] f = line.split("\t");
                assertEquals(5, f.length, "kind, type, version, spec, source: " + line);
                assertTrue(!f[4].isBlank(), "every row cites its source: " + line);
                String key = key(f[1], f[2]);
                if (f[0].equals("inputs")) {
                    inputs.put(key, f[3].startsWith("java:") ? javaInputs(f[3].substring(5)) : set(f[3]));
                } else {
                    assertEquals("values", f[0], line);
                    String[] pv = f[3].split(" = ", 2);
                    values.put(key + " " + pv[0], pv[1].startsWith("java-enum:") ? javaEnum(pv[1].substring(10)) : set(pv[1]));
                }
            }
            return new Table(inputs, values);
        }

        private static Set<String> set(String list) {
            return new TreeSet<>(List.of(list.split(",\\s*")));
        }
    }

    /** The input paths of a com.pulumi:aws Args class: its {@code @Import} fields, nested Args expanded. */
    static Set<String> javaInputs(String className) {
        var out = new TreeSet<String>();
        try {
            walk(Class.forName(className), "", out);
        } catch (ClassNotFoundException e) {
            throw new AssertionError("no class " + className + " in com.pulumi:aws " + ProviderVersions.DEFAULT, e);
        }
        return out;
    }

    private static void walk(Class<?> args, String prefix, Set<String> out) {
        for (var field : args.getDeclaredFields()) {
            var imp = field.getAnnotation(Import.class);
            if (imp != null) {
                describe(prefix + imp.name(), ((ParameterizedType) field.getGenericType()).getActualTypeArguments()[0], out);
            }
        }
    }

    private static void describe(String path, Type type, Set<String> out) {
        if (type instanceof ParameterizedType p && p.getRawType() == List.class) {
            describe(path + "[]", p.getActualTypeArguments()[0], out);
        } else if (type instanceof ParameterizedType p && p.getRawType() == Map.class) {
            out.add(path + "{}");
        } else if (type instanceof Class<?> c && ResourceArgs.class.isAssignableFrom(c)) {
            walk(c, path + ".", out);
        } else if (type instanceof Class<?> c && (Archive.class.isAssignableFrom(c) || AssetOrArchive.class.isAssignableFrom(c))) {
            out.add(path + "*");
        } else {
            out.add(path);
        }
    }

    /** The wire values of a com.pulumi:aws enum ({@code getValue()} of each constant). */
    static Set<String> javaEnum(String className) {
        try {
            var values = new TreeSet<String>();
            for (Object constant : Class.forName(className).getEnumConstants()) {
                values.add(String.valueOf(constant.getClass().getMethod("getValue").invoke(constant)));
            }
            return values;
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("no enum " + className + " in com.pulumi:aws " + ProviderVersions.DEFAULT, e);
        }
    }

    /** Every violation of the table by the planned resources of one plan JSON document. */
    @SuppressWarnings("unchecked")
    static List<String> violations(Table table, Map<String, Object> plan) {
        var out = new ArrayList<String>();
        for (var r : (List<Map<String, Object>>) plan.get("resources")) {
            String type = (String) r.get("type");
            if (!type.startsWith("aws:")) {
                continue;
            }
            String version = (String) r.getOrDefault("providerVersion", ProviderVersions.DEFAULT);
            String key = Table.key(type, version);
            String who = r.get("name") + " (" + type + ", plugin " + version + ")";
            var schema = table.inputs().get(key);
            if (schema == null) {
                out.add(who + ": the table has no inputs row for this type and version");
                continue;
            }
            var leaves = new LinkedHashMap<String, List<Object>>();
            flatten("", r.get("inputs"), leaves);
            leaves.forEach((path, values) -> {
                if (!inSchema(schema, path)) {
                    out.add(who + ": input " + path + " is not in its schema");
                }
                var accepted = table.values().get(key + " " + path);
                if (accepted != null) {
                    values.stream().map(ProviderAcceptanceTest::wire).filter(v -> !accepted.contains(v)).distinct()
                            .forEach(v -> out.add(who + ": " + path + " = " + v + " is not accepted (accepts " + accepted + ")"));
                }
            });
        }
        return out;
    }

    private static String wire(Object v) {
        return v instanceof Double d && d == Math.rint(d) ? Long.toString(d.longValue()) : String.valueOf(v);
    }

    private static boolean inSchema(Set<String> schema, String path) {
        if (schema.contains(path)) {
            return true;
        }
        return schema.stream().anyMatch(s -> (s.endsWith("{}") || s.endsWith("*"))
                && path.startsWith(s.substring(0, s.length() - (s.endsWith("{}") ? 2 : 1)) + "."));
    }

    @SuppressWarnings("unchecked")
    private static void flatten(String path, Object value, Map<String, List<Object>> leaves) {
        if (value instanceof Map<?, ?> m) {
            m.forEach((k, v) -> flatten(path.isEmpty() ? (String) k : path + "." + k, v, leaves));
        } else if (value instanceof List<?> l) {
            l.forEach(v -> flatten(path + "[]", v, leaves));
            if (l.isEmpty()) {
                leaves.computeIfAbsent(path + "[]", k -> new ArrayList<>());
            }
        } else {
            leaves.computeIfAbsent(path, k -> new ArrayList<>()).add(value);
        }
    }

    /** The stacks checked: the dev stack, every example's config files, the test stacks. */
    static Stream<String> stacks() throws IOException {
        var files = new ArrayList<String>();
        files.add("Pulumi.dev.yaml");
        try (var examples = Files.newDirectoryStream(ROOT.resolve("examples"), Files::isDirectory)) {
            for (Path dir : examples) {
                try (var configs = Files.newDirectoryStream(dir, "Pulumi.*.yaml")) {
                    configs.forEach(c -> files.add(ROOT.relativize(c).toString()));
                }
            }
        }
        try (var tests = Files.newDirectoryStream(ROOT.resolve("src/test/resources/dev/ecrkit/stacks"), "*.yaml")) {
            tests.forEach(c -> files.add(ROOT.relativize(c).toString()));
        }
        return files.stream().sorted();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> plan(String config) {
        var r = PlanTest.plan(ROOT, "--config", config, "--json");
        assertEquals(0, r.status(), config + ": " + r.err());
        return (Map<String, Object>) Json.parse(r.out()).orElseThrow();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stacks")
    void everyPlannedInput_isAcceptedByThePluginVersionItIsSentTo(String config) throws IOException {
        assertEquals(List.of(), violations(Table.read(TABLE), plan(config)));
    }

    /**
     * Resources only a Java program registers so far (no stack config key reaches them): planned through the test
     * engine and checked against the same table.
     */
    @Test
    @SuppressWarnings("unchecked")
    void javaOnlyInputs_areAcceptedByThePluginVersionTheyAreSentTo() throws IOException {
        var run = dev.ecrkit.TestEngine.run(ctx -> new dev.ecrkit.Registry("registry", dev.ecrkit.RegistryArgs.builder()
                .inspector(dev.ecrkit.registry.InspectorActivation.ecr().alsoActivating(
                        dev.ecrkit.registry.InspectorScanType.values()))
                .build(), null));
        var doc = (Map<String, Object>) Json.parse(Json.write(run.stack().toJson())).orElseThrow();
        var table = Table.read(TABLE);
        assertEquals(List.of(), violations(table, doc));
        // the check can fail: a scan type 6.83.0 does not document
        var enabler = ((List<Map<String, Object>>) doc.get("resources")).stream()
                .filter(r -> "registry-inspector".equals(r.get("name"))).findFirst().orElseThrow();
        ((Map<String, Object>) enabler.get("inputs")).put("resourceTypes", List.of("ECR", "CODE_REPOSITORY"));
        assertEquals(List.of("registry-inspector (aws:inspector2/enabler:Enabler, plugin 6.83.0): resourceTypes[] ="
                + " CODE_REPOSITORY is not accepted (accepts [EC2, ECR, LAMBDA, LAMBDA_CODE])"), violations(table, doc));
    }

    @Test
    void theTable_coversTheDefaultAndTheNewerPluginOnly() throws IOException {
        var versions = new TreeSet<String>();
        Table.read(TABLE).inputs().keySet().forEach(k -> versions.add(k.substring(k.indexOf(" @") + 2)));
        assertEquals(new TreeSet<>(List.of(ProviderVersions.DEFAULT, ProviderVersions.NEWER)), versions,
                "bumping com.pulumi:aws or the newer plugin means checking the table again");
        var stacks = stacks().toList();
        assertTrue(stacks.contains("Pulumi.dev.yaml") && stacks.contains("src/test/resources/dev/ecrkit/stacks/Pulumi.newer-provider.yaml")
                && stacks.stream().filter(s -> s.startsWith("examples/")).count() >= 14, stacks.toString());
    }

    @Test
    @SuppressWarnings("unchecked")
    void theCheck_failsOnAValueOrAnInputTheReceivingVersionLacks() throws IOException {
        var table = Table.read(TABLE);
        var doc = plan("src/test/resources/dev/ecrkit/stacks/Pulumi.newer-provider.yaml");
        var resources = (List<Map<String, Object>>) doc.get("resources");
        var template = resources.stream().filter(r -> "registry-template-ROOT".equals(r.get("name"))).findFirst().orElseThrow();
        var blob = resources.stream().filter(r -> "registry-blob-mounting".equals(r.get("name"))).findFirst().orElseThrow();
        var orders = resources.stream().filter(r -> "orders".equals(r.get("name"))
                && "aws:ecr/repository:Repository".equals(r.get("type"))).findFirst().orElseThrow();
        // what the defect looked like: CREATE_ON_PUSH and BLOB_MOUNTING on the default plugin, filters on the default
        template.remove("providerVersion");
        blob.remove("providerVersion");
        orders.remove("providerVersion");
        ((Map<String, Object>) template.get("inputs")).put("bogusInput", "x");
        assertEquals(new TreeSet<>(List.of(
                "registry-template-ROOT (aws:ecr/repositoryCreationTemplate:RepositoryCreationTemplate, plugin 6.83.0):"
                        + " appliedFors[] = CREATE_ON_PUSH is not accepted (accepts [PULL_THROUGH_CACHE, REPLICATION])",
                "registry-template-ROOT (aws:ecr/repositoryCreationTemplate:RepositoryCreationTemplate, plugin 6.83.0):"
                        + " input bogusInput is not in its schema",
                "registry-blob-mounting (aws:ecr/accountSetting:AccountSetting, plugin 6.83.0): name = BLOB_MOUNTING is"
                        + " not accepted (accepts [BASIC_SCAN_TYPE_VERSION, REGISTRY_POLICY_SCOPE])",
                "registry-blob-mounting (aws:ecr/accountSetting:AccountSetting, plugin 6.83.0): value = ENABLED is not"
                        + " accepted (accepts [AWS_NATIVE, CLAIR, V1, V2])",
                "orders (aws:ecr/repository:Repository, plugin 6.83.0): imageTagMutability = MUTABLE_WITH_EXCLUSION is not"
                        + " accepted (accepts [IMMUTABLE, MUTABLE])",
                "orders (aws:ecr/repository:Repository, plugin 6.83.0): input imageTagMutabilityExclusionFilters[].filter"
                        + " is not in its schema",
                "orders (aws:ecr/repository:Repository, plugin 6.83.0): input imageTagMutabilityExclusionFilters[].filterType"
                        + " is not in its schema")),
                new TreeSet<>(violations(table, doc)));
        var unknown = new LinkedHashMap<String, Object>(Map.of("resources", List.of(Map.of("type", "aws:s3/bucket:Bucket",
                "name", "b", "inputs", Map.of()))));
        assertEquals(List.of("b (aws:s3/bucket:Bucket, plugin 6.83.0): the table has no inputs row for this type and version"),
                violations(table, unknown));
    }
}
