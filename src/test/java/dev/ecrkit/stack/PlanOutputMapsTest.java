package dev.ecrkit.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ecrkit.json.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The stack outputs {@code repositoryUrls} and {@code repositoryArns} (issue 22) through the offline plan. */
class PlanOutputMapsTest {
    private static final Path ROOT = Path.of("").toAbsolutePath();

    @Test
    @SuppressWarnings("unchecked")
    void devStack_mapsByEntryName_eachValueTheEntrysOwnOutput() {
        var r = PlanTest.plan(ROOT, "--stack", "dev", "--json");
        assertEquals(0, r.status(), r.err());
        var outputs = (Map<String, Map<String, Object>>) ((Map<String, Object>) Json.parse(r.out()).orElseThrow())
                .get("outputs");
        var urls = outputs.get(App.REPOSITORY_URLS);
        var arns = outputs.get(App.REPOSITORY_ARNS);
        var entries = outputs.keySet().stream().filter(k -> !App.MAP_OUTPUTS.contains(k)).sorted().toList();
        assertEquals(List.of("compliance-scanner", "payments-api", "sandbox", "web-frontend"), entries);
        assertEquals(entries, urls.keySet().stream().sorted().toList());
        assertEquals(entries, arns.keySet().stream().sorted().toList());
        for (String e : entries) {
            assertEquals(outputs.get(e).get("repositoryUrl"), urls.get(e), e);
            assertEquals(outputs.get(e).get("repositoryArn"), arns.get(e), e);
        }
        assertEquals("123456789012.dkr.ecr.us-east-1.amazonaws.com/team-payments/api", urls.get("payments-api"));
        assertEquals("arn:aws:ecr:us-east-1:123456789012:repository/team-payments/api", arns.get("payments-api"));
    }

    @Test
    void anEntryNamedLikeAMap_isRefused(@TempDir Path dir) throws IOException {
        PlanTest.stack(dir, "clash", """
                config:
                  aws:region: eu-west-1
                  ecrkit:repositories:
                    repositoryUrls:
                      imageTagMutability: IMMUTABLE
                """);
        var r = PlanTest.plan(dir, "--stack", "clash");
        assertTrue(r.status() != 0);
        assertTrue(r.err().contains("ecrkit:repositories.repositoryUrls: this entry name is the stack output of every"
                + " entry's URL (\"repositoryUrls\"): rename the entry (set name: repositoryUrls to keep the repository"
                + " name)"), r.err());
    }
}
