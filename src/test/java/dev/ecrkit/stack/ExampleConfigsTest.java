package dev.ecrkit.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ecrkit.json.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every {@code examples/<name>/Pulumi.config-only.yaml} (a Terraform module example as stack config) plans through
 * the offline plan, in-process: exit 0 and the AWS resources the example asks for, counted by type. CI also plans
 * them from the command line ({@code .ci/run}); this test makes a broken file fail {@code mvn -B verify}.
 */
class ExampleConfigsTest {
    private static final Path ROOT = Path.of("").toAbsolutePath();
    private static final String CONFIG = "Pulumi.config-only.yaml";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        advanced-tagging             | Alias=2, Key=2, LifecyclePolicy=4, RegistryScanningConfiguration=1, Repository=5
        complete                     | AccountSetting=2, Alias=3, EventRule=1, EventTarget=1, Key=3, LifecyclePolicy=3, LogGroup=1, LogResourcePolicy=1, Repository=3, RepositoryPolicy=2
        enhanced-kms                 | Alias=4, Key=4, Repository=4
        enhanced-security            | AccountSetting=2, Alias=1, EventRule=1, EventTarget=1, Key=1, LifecyclePolicy=1, LogGroup=1, LogResourcePolicy=1, PullThroughCacheRule=2, RegistryScanningConfiguration=1, Repository=1, RepositoryPolicy=1
        lifecycle-policies           | LifecyclePolicy=6, Repository=6
        monitoring                   | EventRule=5, EventTarget=5, Function=1, LifecyclePolicy=1, LogGroup=2, LogResourcePolicy=1, MetricAlarm=4, Permission=2, Queue=1, QueuePolicy=1, RegistryScanningConfiguration=1, Repository=1, Role=1, RolePolicy=2, Topic=1, TopicPolicy=1, TopicSubscription=2
        multi-region                 | ReplicationConfiguration=1, Repository=1
        protected                    | Alias=1, Key=1, Repository=1, RepositoryPolicy=1
        pull-request-rules           | EventRule=11, EventTarget=11, Function=3, LifecyclePolicy=1, LogGroup=4, LogResourcePolicy=1, MetricAlarm=4, Permission=4, Queue=4, QueuePolicy=4, RegistryScanningConfiguration=1, Repository=1, RepositoryPolicy=1, Role=3, RolePolicy=6
        pull-through-cache           | LifecyclePolicy=1, PullThroughCacheRule=4, RegistryScanningConfiguration=1, Repository=1
        replication                  | ReplicationConfiguration=1, Repository=1
        repository-creation-template | PullThroughCacheRule=2, Repository=1, RepositoryCreationTemplate=2
        simple                       | Alias=1, Key=1, Repository=1
        with-ecs-integration         | LifecyclePolicy=1, Repository=1, RepositoryPolicy=1
        """)
    void exampleConfig_plansTheResourcesOfTheModuleExample(String example, String expected) {
        assertEquals(expected, awsResourceCounts(example));
    }

    /** The project file of each example: YAML the Pulumi CLI (and the plan, run in that folder) can read. */
    @Test
    void everyExampleProjectFile_isYamlThePlanReads() throws IOException {
        try (var list = Files.list(ROOT.resolve("examples"))) {
            for (Path dir : list.filter(Files::isDirectory).sorted().toList()) {
                var project = Plan.readYaml(dir.resolve("Pulumi.yaml"));
                assertEquals("ecrkit-example-" + dir.getFileName(), project.get("name"), dir + "/Pulumi.yaml");
            }
        }
    }

    @Test
    void everyExampleDirectory_hasAConfigOnlyFileAndARowAbove() throws IOException {
        var rows = Stream.of(ExampleConfigsTest.class.getDeclaredMethods())
                .filter(m -> m.getName().equals("exampleConfig_plansTheResourcesOfTheModuleExample"))
                .findFirst().orElseThrow().getAnnotation(CsvSource.class).textBlock().lines()
                .filter(l -> !l.isBlank()).map(l -> l.split("\\|")[0].strip()).sorted().toList();
        List<String> dirs;
        try (var list = Files.list(ROOT.resolve("examples"))) {
            dirs = list.filter(Files::isDirectory).map(d -> d.getFileName().toString()).sorted().toList();
        }
        assertEquals(dirs, rows, "one row per examples/ directory");
        for (String d : dirs) {
            assertEquals(true, Files.isRegularFile(ROOT.resolve("examples").resolve(d).resolve(CONFIG)), d + "/" + CONFIG);
        }
    }

    /** Plans the example's config file; fails with the plan's stderr when it does not exit 0. */
    @SuppressWarnings("unchecked")
    static String awsResourceCounts(String example) {
        var r = PlanTest.plan(ROOT, "--config", "examples/" + example + "/" + CONFIG, "--json");
        assertEquals(0, r.status(), r.err());
        var doc = (Map<String, Object>) Json.parse(r.out()).orElseThrow();
        return ((List<Map<String, Object>>) doc.get("resources")).stream()
                .map(x -> String.valueOf(x.get("type")))
                .filter(t -> t.startsWith("aws:"))
                .map(t -> t.substring(t.lastIndexOf(':') + 1))
                .collect(Collectors.groupingBy(t -> t, TreeMap::new, Collectors.counting()))
                .entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "));
    }
}
