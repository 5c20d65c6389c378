package dev.ecrkit.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Mermaid diagrams in README.md and docs/*.md are what {@code Plan --format mermaid} prints today. */
class DiagramDocsTest {
    private static final Path ROOT = Path.of("").toAbsolutePath();
    private static final String REGENERATE = "stale diagram; regenerate with"
            + " `mvn -q test-compile exec:java -Dexec.classpathScope=test -DmainClass=dev.ecrkit.stack.DiagramDocs`: ";

    @Test
    void everyCheckedInDiagram_isTheCurrentPlan() throws IOException {
        for (Path page : DiagramDocs.pages(ROOT)) {
            String text = Files.readString(page, StandardCharsets.UTF_8);
            assertEquals(DiagramDocs.render(ROOT, text), text, REGENERATE + ROOT.relativize(page));
        }
    }

    @Test
    void planAndComponentPages_embedTheDiagramOfARealStack() throws IOException {
        assertEquals(List.of("examples/protected/Pulumi.config-only.yaml", "Pulumi.dev.yaml"), sources("docs/plan.md"));
        assertEquals(List.of("examples/with-ecs-integration/Pulumi.config-only.yaml"), sources("docs/repository.md"));
        assertEquals(List.of("examples/simple/Pulumi.config-only.yaml"), sources("docs/encryption.md"));
        assertEquals(List.of("examples/repository-creation-template/Pulumi.config-only.yaml"), sources("docs/registry.md"));
    }

    @Test
    void render_replacesAStaleDiagramAndKeepsTheRest() {
        String stale = "before\n<!-- plan-diagram: examples/simple/Pulumi.config-only.yaml -->\n```mermaid\nold\n```\n"
                + "<!-- /plan-diagram -->\nafter\n";
        String rendered = DiagramDocs.render(ROOT, stale);
        assertTrue(rendered.startsWith("before\n<!-- plan-diagram: examples/simple/Pulumi.config-only.yaml -->\n"
                + "```mermaid\nflowchart LR\n"), rendered);
        assertTrue(rendered.endsWith("  r3 -->|targetKeyId| r4\n```\n<!-- /plan-diagram -->\nafter\n"), rendered);
        assertEquals(rendered, DiagramDocs.render(ROOT, rendered));
    }

    private static List<String> sources(String page) throws IOException {
        return DiagramDocs.sources(Files.readString(ROOT.resolve(page), StandardCharsets.UTF_8));
    }
}
