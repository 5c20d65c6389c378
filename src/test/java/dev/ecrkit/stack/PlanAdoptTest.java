package dev.ecrkit.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ecrkit.json.Json;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code adoptExisting} through the offline plan: the additive {@code import} member and the text flag. */
class PlanAdoptTest {

    private static Path stack(Path dir, String entry) throws IOException {
        PlanTest.stack(dir, "dev", """
            config:
              aws:region: us-east-1
              ecrkit:repositories:
            """ + entry.indent(4) + """
                fresh:
                  lifecycleKeepLatestNImages: 5
            """);
        return dir;
    }

    private static final String ADOPTED = """
            orders:
              name: team/orders
              adoptExisting: true
              lifecycleKeepLatestNImages: 10
              readOnlyPrincipals: ["arn:aws:iam::123456789012:role/ci"]
            """;

    @Test
    @SuppressWarnings("unchecked")
    void json_recordsTheImportIdOfTheAdoptedResourcesOnly(@TempDir Path dir) throws IOException {
        var r = PlanTest.plan(stack(dir, ADOPTED), "--stack", "dev", "--json");
        assertEquals(0, r.status(), r.err());
        var doc = (Map<String, Object>) Json.parse(r.out()).orElseThrow();
        var imported = ((List<Map<String, Object>>) doc.get("resources")).stream()
                .filter(x -> x.containsKey("import")).map(x -> x.get("type") + " " + x.get("name") + " " + x.get("import"))
                .toList();
        assertEquals(List.of("aws:ecr/lifecyclePolicy:LifecyclePolicy orders-lifecycle team/orders",
                "aws:ecr/repository:Repository orders team/orders",
                "aws:ecr/repositoryPolicy:RepositoryPolicy orders-policy team/orders"), imported);
    }

    @Test
    void text_flagsTheImportOnTheResourceLine(@TempDir Path dir) throws IOException {
        var r = PlanTest.plan(stack(dir, ADOPTED), "--stack", "dev");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("+ aws:ecr/repository:Repository  orders  [import team/orders]"), r.out());
        assertTrue(r.out().contains("+ aws:ecr/lifecyclePolicy:LifecyclePolicy  orders-lifecycle  [import team/orders]"), r.out());
        assertFalse(r.out().contains("fresh  [import"), r.out());
    }

    @Test
    void createdKey_isRefusedBeforeAnythingIsPlanned(@TempDir Path dir) throws IOException {
        var r = PlanTest.plan(stack(dir, """
                orders:
                  adoptExisting: true
                  encryptionType: KMS
                """), "--stack", "dev");
        assertEquals(2, r.status(), r.out());
        assertEquals("", r.out());
        assertTrue(r.err().lines().anyMatch(l -> l.startsWith("ecrkit:repositories.orders.adoptExisting: cannot adopt"
                + " with a created KMS key")), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }
}
