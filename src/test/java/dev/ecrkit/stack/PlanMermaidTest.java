package dev.ecrkit.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code Plan --format mermaid}: components as subgraphs, resources as nodes, references and dependsOn as edges. */
class PlanMermaidTest {
    private static final Path ROOT = Path.of("").toAbsolutePath();

    private static PlanTest.Result plan(Path dir, String yaml, String... args) throws IOException {
        PlanTest.stack(dir, "t", yaml);
        var all = new String[args.length + 2];
        all[0] = "--stack";
        all[1] = "t";
        System.arraycopy(args, 0, all, 2, args.length);
        return PlanTest.plan(dir, all);
    }

    @Test
    void repositoryWithCreatedKeyAndPolicy_drawsNestedSubgraphsAndReferenceEdges(@TempDir Path dir) throws IOException {
        var r = plan(dir, """
            config:
              aws:region: eu-west-1
              ecrkit:repositories:
                app:
                  encryptionType: KMS
                  lifecycleKeepLatestNImages: 10
                  policy: '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::123456789012:root"}, "Action": "ecr:BatchGetImage"}]}'
            """, "--format", "mermaid");
        assertEquals(0, r.status(), r.err());
        assertEquals("""
            flowchart LR
              %% ecrkit plan ecrkit/t (aws:region eu-west-1): 7 resources
              subgraph r0["ecrkit:index:Repository<br/>app"]
                r1["aws:ecr/lifecyclePolicy:LifecyclePolicy<br/>app-lifecycle"]
                r2["aws:ecr/repository:Repository<br/>app"]
                r3["aws:ecr/repositoryPolicy:RepositoryPolicy<br/>app-policy"]
                subgraph r4["ecrkit:index:KmsKey<br/>app-kms"]
                  r5["aws:kms/alias:Alias<br/>app-kms-alias"]
                  r6["aws:kms/key:Key<br/>app-kms-key"]
                end
              end
              r1 -->|repository| r2
              r2 -->|kmsKey| r6
              r3 -->|repository| r2
              r5 -->|targetKeyId| r6
            """, r.out());
    }

    @Test
    void pullThroughCacheWithCreatedRole_drawsDependsOnDashedAndTheRoleReferences(@TempDir Path dir) throws IOException {
        var r = plan(dir, """
            config:
              aws:region: us-east-1
              ecrkit:repositories:
                app: {}
              ecrkit:registry:
                pullThroughCacheRules:
                  - ecrRepositoryPrefix: shared
                    upstreamRegistryUrl: 210987654321.dkr.ecr.us-west-2.amazonaws.com
                    createRole: true
            """, "--format", "mermaid");
        assertEquals(0, r.status(), r.err());
        var lines = r.out().lines().toList();
        String rule = id(lines, "aws:ecr/pullThroughCacheRule:PullThroughCacheRule");
        String role = id(lines, "aws:iam/role:Role");
        String rolePolicy = id(lines, "aws:iam/rolePolicy:RolePolicy");
        assertTrue(lines.contains("  " + rule + " -.->|dependsOn| " + rolePolicy), r.out());
        assertTrue(lines.contains("  " + rule + " -->|customRoleArn| " + role), r.out());
        assertTrue(lines.contains("  " + rolePolicy + " -->|role| " + role), r.out());
        assertTrue(r.out().contains("subgraph r0[\"ecrkit:index:Registry<br/>registry\"]\n    subgraph"), r.out());
    }

    /** The node id of the one node whose label starts with {@code type}. */
    private static String id(java.util.List<String> lines, String type) {
        var found = lines.stream().map(String::strip).filter(l -> l.contains("[\"" + type + "<br/>")).toList();
        assertEquals(1, found.size(), String.join("\n", lines));
        return found.get(0).substring(0, found.get(0).indexOf('['));
    }

    @Test
    void aResourceThatTookAValueFromItsInput_isNotItsTarget(@TempDir Path dir) throws IOException {
        // the lifecycle policy's id is the repository name (from its `repository` input): the repository policy
        // references the repository, not the lifecycle policy
        var r = plan(dir, """
            config:
              ecrkit:repositories:
                app:
                  lifecyclePolicyTemplate: development
                  policy: '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::123456789012:root"}, "Action": "ecr:BatchGetImage"}]}'
            """, "--format", "mermaid");
        assertEquals(0, r.status(), r.err());
        assertEquals(2, r.out().lines().filter(l -> l.contains("-->")).count(), r.out());
        assertTrue(r.out().contains("r1 -->|repository| r2\n  r3 -->|repository| r2\n"), r.out());
    }

    @Test
    void formatOption_textAndJsonAreTheExistingOutputs_badValuesExit2() {
        assertEquals(PlanTest.plan(ROOT).out(), PlanTest.plan(ROOT, "--format", "text").out());
        assertEquals(PlanTest.plan(ROOT, "--json").out(), PlanTest.plan(ROOT, "--format", "json").out());
        assertEquals(PlanTest.plan(ROOT, "--json").out(), PlanTest.plan(ROOT, "--json", "--format", "json").out());
        var bad = PlanTest.plan(ROOT, "--format", "svg");
        assertEquals(2, bad.status());
        assertEquals("", bad.out());
        assertTrue(bad.err().startsWith("--format: must be one of text, json, mermaid, sarif, got \"svg\"; usage:"), bad.err());
        var conflict = PlanTest.plan(ROOT, "--json", "--format", "mermaid");
        assertEquals(2, conflict.status());
        assertTrue(conflict.err().startsWith("--format: conflicts with the output format json given before"), conflict.err());
        assertEquals(2, PlanTest.plan(ROOT, "--format").status());
    }

    @Test
    void labels_escapeDoubleQuotes() {
        assertEquals("a#quot;b", PlanMermaid.escape("a\"b"));
    }
}
