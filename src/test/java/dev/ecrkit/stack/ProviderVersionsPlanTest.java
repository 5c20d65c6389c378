package dev.ecrkit.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ecrkit.aws.ProviderVersions;
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
 * Issue 15 items 3 and 11 through the offline plan: what the default plugin (com.pulumi:aws 6.83.0) does not take goes to
 * {@link ProviderVersions#NEWER}, everything else stays on the default, and what the provider's validators reject
 * although AWS accepts it is refused with both sources.
 */
class ProviderVersionsPlanTest {
    private static final Path ROOT = Path.of("").toAbsolutePath();

    @SuppressWarnings("unchecked")
    private static Map<String, String> versions(String config) {
        var r = PlanTest.plan(ROOT, "--config", config, "--json");
        assertEquals(0, r.status(), r.err());
        var out = new TreeMap<String, String>();
        for (var res : (List<Map<String, Object>>) ((Map<String, Object>) Json.parse(r.out()).orElseThrow()).get("resources")) {
            if (((String) res.get("type")).startsWith("aws:ecr/")) {
                out.put((String) res.get("name"), (String) res.getOrDefault("providerVersion", ""));
            }
        }
        return out;
    }

    @Test
    void createOnPushTemplate_blobMounting_exclusionFiltersAndLongPrefixes_goToTheNewerPlugin_restStaysOnTheDefault() {
        var v = versions("src/test/resources/dev/ecrkit/stacks/Pulumi.newer-provider.yaml");
        String sdk = ProviderVersions.DEFAULT;
        assertEquals(new TreeMap<>(Map.ofEntries(
                Map.entry("orders", ProviderVersions.NEWER),                       // MUTABLE_WITH_EXCLUSION + filters
                Map.entry("plain", ""),                                            // default plugin, no option
                Map.entry("registry-template-ROOT", ProviderVersions.NEWER),       // appliedFor CREATE_ON_PUSH
                Map.entry("registry-template-team__orders--cache", ""),           // __ and -- pass the provider
                Map.entry("registry-template-a-prefix-longer-than-thirty-characters/", ProviderVersions.NEWER),
                Map.entry("registry-template-shared", ProviderVersions.NEWER),     // exclusion filters
                Map.entry("registry-blob-mounting", ProviderVersions.NEWER),       // BLOB_MOUNTING
                // aws:ecr/pullTimeUpdateExclusion:PullTimeUpdateExclusion: no such resource in 6.83.0
                Map.entry("registry-pull-time-exclusion-123456789012-role/security/trivy-scanner", ProviderVersions.NEWER),
                Map.entry("registry-pull-time-exclusion-123456789012-user/ci-bot", ProviderVersions.NEWER),
                Map.entry("registry-basic-scan-type-version", sdk),
                Map.entry("registry-registry-policy-scope", sdk),
                Map.entry("registry-replication", sdk),
                Map.entry("registry-scanning", sdk),
                Map.entry("registry-pull-through-cache-quay", sdk),
                Map.entry("registry-pull-through-cache-shared", sdk))), new TreeMap<>(v));
    }

    @Test
    void pullTimeUpdateExclusion_thatIsNoRoleOrUser_isRefusedAtItsKeyPath(@TempDir Path dir) throws IOException {
        var config = dir.resolve("Pulumi.exclusions.yaml");
        Files.writeString(config, """
                config:
                  aws:region: eu-west-1
                  ecrkit:registry:
                    pullTimeUpdateExclusions: ["arn:aws:iam::123456789012:role/ok", "arn:aws:iam::123456789012:root"]
                """);
        var r = PlanTest.plan(ROOT, "--config", config.toString());
        assertEquals(2, r.status(), r.err());
        org.junit.jupiter.api.Assertions.assertTrue(r.err().contains(
                "ecrkit:registry.pullTimeUpdateExclusions[1]: must be "), r.err());
    }

    @Test
    void templatePrefixTheProviderRejects_isRefusedWithBothSources(@TempDir Path dir) throws IOException {
        var config = dir.resolve("Pulumi.skew.yaml");
        Files.writeString(config, """
                config:
                  aws:region: eu-west-1
                  ecrkit:repositories:
                    app:
                      enableRepositoryCreationTemplates: true
                      repositoryCreationTemplates:
                        - {prefix: a, appliedFor: [CREATE_ON_PUSH]}
                        - {prefix: team__a--b, appliedFor: [REPLICATION], description: %s}
                """.formatted("d".repeat(256)));
        var r = PlanTest.plan(ROOT, "--config", config.toString());
        assertEquals(2, r.status(), r.err());
        assertEquals("""
                ecrkit:repositories.app.repositoryCreationTemplates[0].prefix: must be at least 2 characters: AWS itself \
                accepts it (API_CreateRepositoryCreationTemplate), but the AWS provider does not yet \
                (terraform-provider-aws repository_creation_template.go validates prefix with StringLenBetween(2, 256)), \
                got "a"
                ecrkit:repositories.app.repositoryCreationTemplates[1].description: at most 255 characters: AWS itself \
                accepts it (API_CreateRepositoryCreationTemplate), but the AWS provider does not yet \
                (terraform-provider-aws repository_creation_template.go validates description with StringLenBetween(0, \
                255)), got 256
                """, r.err());
        assertEquals("", r.out());
    }
}
