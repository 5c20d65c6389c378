package dev.ecrkit.docs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The pages the doc generators keep current ({@code Snippets}, {@code DiagramDocs}): README.md and docs/*.md. */
public final class DocPages {
    /** A page's new text from its current text. */
    @FunctionalInterface
    public interface Renderer {
        String render(String page) throws IOException;
    }

    private DocPages() {
    }

    /** README.md and every docs/*.md, sorted. */
    public static List<Path> pages(Path root) throws IOException {
        var out = new ArrayList<Path>();
        out.add(root.resolve("README.md"));
        try (Stream<Path> docs = Files.list(root.resolve("docs"))) {
            docs.filter(p -> p.getFileName().toString().endsWith(".md")).sorted().forEach(out::add);
        }
        return out;
    }

    /** Rewrites every page whose rendering differs; prints {@code updated <file>} for each. */
    public static void rewrite(Path root, Renderer renderer) throws IOException {
        for (Path file : pages(root)) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            String updated = renderer.render(text);
            if (!updated.equals(text)) {
                Files.writeString(file, updated, StandardCharsets.UTF_8);
                System.out.println("updated " + file);
            }
        }
    }
}
