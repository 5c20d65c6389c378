package dev.ecrkit.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ecrkit.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ecrkit:registry.replicationSourceAccounts} through the offline plan (issue 21). */
class RegistryReplicationPlanTest {
    private static final Path ROOT = Path.of("").toAbsolutePath();
    private static final String STACK = "src/test/resources/dev/ecrkit/stacks/Pulumi.replication-destination.yaml";

    @Test
    @SuppressWarnings("unchecked")
    void registryPolicy_isTheUsersWithTheReplicationStatement_golden() throws IOException {
        var r = PlanTest.plan(ROOT, "--config", STACK, "--json");
        assertEquals(0, r.status(), r.err());
        var resources = (List<Map<String, Object>>) ((Map<String, Object>) Json.parse(r.out()).orElseThrow()).get("resources");
        var policy = resources.stream().filter(x -> "aws:ecr/registryPolicy:RegistryPolicy".equals(x.get("type")))
                .findFirst().orElseThrow();
        String json = (String) ((Map<String, Object>) policy.get("inputs")).get("policy");
        String golden;
        try (InputStream in = getClass().getResourceAsStream("/dev/ecrkit/registry/replication-sources.golden.json")) {
            golden = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        }
        assertEquals(golden, Json.pretty(Json.parse(json).orElseThrow()).strip());
    }

    @Test
    void badAccountId_isRefusedAtItsKeyPath(@TempDir Path dir) throws IOException {
        PlanTest.stack(dir, "bad", """
                config:
                  aws:region: eu-west-1
                  ecrkit:registry:
                    replicationSourceAccounts: ["arn:aws:iam::444455556666:root"]
                """);
        var r = PlanTest.plan(dir, "--stack", "bad");
        assertTrue(r.status() != 0);
        assertTrue(r.err().contains("ecrkit:registry.replicationSourceAccounts[0]: must be a 12-digit AWS account id, got"
                + " \"arn:aws:iam::444455556666:root\""), r.err());
    }
}
