package dev.ecrkit.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** docs/migration.md: the generated table is current, and every supported key names Java methods that exist. */
class MigrationDocsTest {
    private static final Path ROOT = Path.of("").toAbsolutePath();

    @Test
    void migrationTable_isCurrent() throws IOException {
        String page = Files.readString(ROOT.resolve(MigrationDocs.PAGE), StandardCharsets.UTF_8);
        assertEquals(MigrationDocs.update(page), page,
                "stale table; regenerate with `mvn -q test-compile exec:java -Dexec.classpathScope=test -DmainClass=dev.ecrkit.stack.MigrationDocs`");
    }

    @Test
    void everyModuleVariable_hasOneRow_andEveryKeyItsJavaMethodsOrAReason() {
        var rows = MigrationDocs.table().lines().skip(2).toList();
        assertEquals(ConfigKeys.ALL.size(), rows.size());
        for (ConfigKey k : ConfigKeys.ALL) {
            String row = rows.stream().filter(r -> r.contains("| `" + k.name() + "` |")).findFirst().orElseThrow();
            if (MigrationDocs.JAVA.containsKey(k.name())) {
                assertTrue(row.endsWith(")` |"), row);
                MigrationDocs.JAVA.get(k.name()).forEach(MigrationDocs.JavaMethod::resolve);
            } else {
                assertEquals(List.of("registryScanFilters"), List.copyOf(MigrationDocs.NO_JAVA.keySet()));
            }
        }
    }

    @Test
    void moduleVariableNames_areTheSnakeCaseOfTheKeys() {
        assertEquals("lifecycle_keep_latest_n_images", MigrationDocs.moduleVariable("lifecycleKeepLatestNImages"));
        assertEquals("kms_key_rotation_period", MigrationDocs.moduleVariable("kmsKeyRotationPeriod"));
        assertEquals("monitoring_threshold_api_calls", MigrationDocs.moduleVariable("monitoringThresholdApiCalls"));
        assertEquals("name", MigrationDocs.moduleVariable("name"));
    }

    @Test
    void aMethodThatDoesNotExist_failsTheGeneration() {
        var missing = new MigrationDocs.JavaMethod(dev.ecrkit.RepositoryArgs.Builder.class, "imageMutability", List.of(String.class));
        var e = assertThrows(IllegalStateException.class, missing::render);
        assertTrue(e.getMessage().contains("imageMutability"), e.getMessage());
    }
}
