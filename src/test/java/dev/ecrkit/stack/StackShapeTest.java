package dev.ecrkit.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ecrkit.json.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which stacks plan, through the offline plan: two entries naming one repository are refused (AWS's CreateRepository
 * fails on the second), a registry-only stack plans, and a stack that would manage nothing is refused.
 */
class StackShapeTest {
    private static final Path ROOT = Path.of("").toAbsolutePath();

    @TempDir
    Path dir;

    private PlanTest.Result plan(String ecrkitConfig, String... args) throws IOException {
        Path file = dir.resolve("Pulumi.shape.yaml");
        Files.writeString(file, "config:\n  aws:region: us-east-1\n" + ecrkitConfig.stripIndent().indent(2));
        var all = new java.util.ArrayList<>(List.of("--config", file.toString()));
        all.addAll(List.of(args));
        return PlanTest.plan(ROOT, all.toArray(String[]::new));
    }

    private static List<String> lines(String text) {
        return text.lines().toList();
    }

    @Test
    void mapKeyAndAnotherEntrysName_isRefusedNamingBothEntries() throws IOException {
        var r = plan("""
                ecrkit:repositories:
                  api: {}
                  api-copy: {name: api}
                """);
        assertEquals(Plan.INVALID, r.status());
        assertEquals("", r.out());
        assertEquals(List.of("ecrkit:repositories.api-copy.name: names the same repository as ecrkit:repositories.api"
                + " (its map key): a registry holds one repository per name (CreateRepository fails with"
                + " RepositoryAlreadyExistsException); rename one of them, got \"api\""), lines(r.err()));
    }

    @Test
    void twoEntriesWithTheSameName_isRefusedNamingBothNameKeys() throws IOException {
        var r = plan("""
                ecrkit:repositories:
                  first: {name: team/app}
                  second: {name: team/app, imageTagMutability: IMMUTABLE}
                """);
        assertEquals(Plan.INVALID, r.status());
        assertEquals(List.of("ecrkit:repositories.second.name: names the same repository as"
                + " ecrkit:repositories.first.name: a registry holds one repository per name (CreateRepository fails"
                + " with RepositoryAlreadyExistsException); rename one of them, got \"team/app\""), lines(r.err()));
    }

    @Test
    void aMapKeyRenamedByItsName_freesTheKeyForAnotherEntry() throws IOException {
        var r = plan("""
                ecrkit:repositories:
                  app: {name: app-v2}
                  legacy: {name: app}
                """, "--json");
        assertEquals(Plan.OK, r.status(), r.err());
        assertEquals(List.of("app", "app-v2"), repositoryNames(r.out()));
    }

    @Test
    @SuppressWarnings("unchecked")
    void registryOnlyStack_plansTheRegistryAndNoRepository() {
        var r = PlanTest.plan(ROOT, "--config", "docs/stacks/Pulumi.registry.yaml", "--json");
        assertEquals(Plan.OK, r.status(), r.err());
        assertEquals("", r.err());
        var doc = (Map<String, Object>) Json.parse(r.out()).orElseThrow();
        assertEquals("registry", doc.get("stack"));
        var counts = new TreeMap<String, Integer>();
        for (var res : (List<Map<String, Object>>) doc.get("resources")) {
            counts.merge(String.valueOf(res.get("type")), 1, Integer::sum);
        }
        assertEquals(Map.of("ecrkit:index:Registry", 1, "ecrkit:index:PullThroughCache", 1,
                "aws:ecr/accountSetting:AccountSetting", 2,
                "aws:ecr/registryScanningConfiguration:RegistryScanningConfiguration", 1,
                "aws:ecr/replicationConfiguration:ReplicationConfiguration", 1,
                "aws:ecr/repositoryCreationTemplate:RepositoryCreationTemplate", 1,
                "aws:ecr/pullThroughCacheRule:PullThroughCacheRule", 2), counts);
        assertEquals(List.of("registry"), List.copyOf(((Map<String, Object>) doc.get("outputs")).keySet()));
    }

    @Test
    void registryOnlyStack_inline_plans() throws IOException {
        var r = plan("""
                ecrkit:registry:
                  accountSettings: {registryPolicyScope: V2}
                """);
        assertEquals(Plan.OK, r.status(), r.err());
        assertTrue(r.out().contains("aws:ecr/accountSetting:AccountSetting  registry-registry-policy-scope"), r.out());
    }

    @Test
    void neitherRepositoriesNorRegistry_isAClearError() throws IOException {
        var r = plan("");
        assertEquals(Plan.INVALID, r.status());
        assertEquals(List.of("ecrkit:repositories: is required: a map of repository entries (entry name -> settings),"
                + " unless ecrkit:registry sets registry-level settings (a registry-only stack)"), lines(r.err()));
    }

    @Test
    void anEmptyRegistryAndNoEntries_isAnError_theStackWouldManageNothing() throws IOException {
        var registryOnly = plan("ecrkit:registry: {}\n");
        assertEquals(Plan.INVALID, registryOnly.status());
        assertEquals(List.of("ecrkit:registry: sets no registry-level setting, and the stack has no repository entries:"
                + " the stack would manage nothing"), lines(registryOnly.err()));
        var emptyMap = plan("ecrkit:repositories: {}\n");
        assertEquals(Plan.INVALID, emptyMap.status());
        assertEquals(List.of("ecrkit:repositories: has no entries, and there is no ecrkit:registry: the stack would"
                + " manage nothing"), lines(emptyMap.err()));
    }

    @SuppressWarnings("unchecked")
    private static List<String> repositoryNames(String json) {
        var doc = (Map<String, Object>) Json.parse(json).orElseThrow();
        return ((List<Map<String, Object>>) doc.get("resources")).stream()
                .filter(x -> x.get("type").equals("aws:ecr/repository:Repository"))
                .map(x -> String.valueOf(((Map<String, Object>) x.get("inputs")).get("name"))).sorted().toList();
    }
}
