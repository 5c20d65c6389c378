package dev.ecrkit.docs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The code blocks of README.md and docs/*.md, copied from compiled sources so that a snippet that stops compiling fails
 * the build ({@link SnippetsTest} compares). A block sits between two markers; the first names the source, relative to
 * the project root, and optionally a region of it:
 * <pre>
 * &lt;!-- snippet: src/test/java/dev/ecrkit/docs/ReadmeSnippets.java#repository --&gt;
 * ```java
 * ...
 * ```
 * &lt;!-- /snippet --&gt;
 * </pre>
 * A region is the lines between {@code // snippet: NAME} and {@code // end-snippet} (XML: {@code <!-- snippet: NAME -->}
 * and {@code <!-- end-snippet -->}), dedented, after the file's imports it uses; without a region, the whole file.
 * {@code @project.version@} (the invoker's placeholder) shows as the project's version.
 * docs/testing.md's example is also the consumer test {@value #IT_PROJECT}: its files are the doc's blocks
 * ({@link #itFiles}). Regenerate with
 * {@code mvn -q test-compile exec:java -Dexec.classpathScope=test -DmainClass=dev.ecrkit.docs.Snippets}.
 */
public final class Snippets {
    /** A block; group 1 is the source, group 2 the optional region. */
    static final Pattern BLOCK = Pattern.compile(
            "<!-- snippet: ([^#\\s]+)(?:#(\\S+))? -->\n(.*?)<!-- /snippet -->", Pattern.DOTALL);
    /** The consumer test built from docs/testing.md. */
    static final String IT_PROJECT = "src/it/testing-doc";
    /** The page whose example is {@link #IT_PROJECT}. */
    static final String TESTING_PAGE = "docs/testing.md";
    private static final Pattern IMPORT = Pattern.compile("^import (static )?([\\w.]+)\\.(\\w+|\\*);$", Pattern.MULTILINE);

    private Snippets() {
    }

    /** Rewrites the blocks of README.md and docs/*.md, and the consumer test's files; prints what it changed. */
    public static void main(String[] args) throws IOException {
        Path root = Path.of("");
        DocPages.rewrite(root, page -> render(root, page));
        for (var e : itFiles(Files.readString(root.resolve(TESTING_PAGE), StandardCharsets.UTF_8)).entrySet()) {
            Path file = root.resolve(e.getKey());
            if (!Files.exists(file) || !Files.readString(file, StandardCharsets.UTF_8).equals(e.getValue())) {
                Files.createDirectories(file.getParent());
                Files.writeString(file, e.getValue(), StandardCharsets.UTF_8);
                System.out.println("updated " + file);
            }
        }
    }

    /** README.md and every docs/*.md, sorted. */
    static List<Path> pages(Path root) throws IOException {
        return DocPages.pages(root);
    }

    /** {@code page} with every block replaced by its source's current text. */
    static String render(Path root, String page) throws IOException {
        Matcher m = BLOCK.matcher(page);
        var out = new StringBuilder();
        while (m.find()) {
            String source = m.group(1);
            String code = snippet(root, source, m.group(2));
            String fence = source.endsWith(".xml") ? "xml" : "java";
            m.appendReplacement(out, Matcher.quoteReplacement("<!-- snippet: " + source
                    + (m.group(2) == null ? "" : "#" + m.group(2)) + " -->\n```" + fence + "\n" + code + "```\n<!-- /snippet -->"));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The text of a snippet: a whole file, or a region after the imports it uses. */
    static String snippet(Path root, String source, String region) throws IOException {
        String file = Files.readString(root.resolve(source), StandardCharsets.UTF_8);
        String text = region == null ? file : region(file, source, region);
        return text.replace("@project.version@", projectVersion(root));
    }

    private static String region(String file, String source, String name) {
        boolean xml = source.endsWith(".xml");
        String start = xml ? "<!-- snippet: " + name + " -->" : "// snippet: " + name;
        String end = xml ? "<!-- end-snippet -->" : "// end-snippet";
        var lines = file.lines().toList();
        int from = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().equals(start)) {
                from = i + 1;
                break;
            }
        }
        if (from < 0) {
            throw new IllegalArgumentException(source + ": no region " + name);
        }
        int to = from;
        while (to < lines.size() && !lines.get(to).strip().equals(end)) {
            to++;
        }
        var body = lines.subList(from, to);
        int indent = body.stream().filter(l -> !l.isBlank()).mapToInt(l -> l.length() - l.stripLeading().length()).min()
                .orElse(0);
        var code = new StringBuilder();
        body.forEach(l -> code.append(l.isBlank() ? "" : l.substring(indent)).append('\n'));
        if (xml) {
            return code.toString();
        }
        var imports = new StringBuilder();
        Matcher m = IMPORT.matcher(file);
        while (m.find()) {
            if (Pattern.compile("\\b" + m.group(3) + "\\b").matcher(code).find()) {
                imports.append(m.group()).append('\n');
            }
        }
        return imports.length() == 0 ? code.toString() : imports + "\n" + code;
    }

    private static String projectVersion(Path root) throws IOException {
        Matcher m = Pattern.compile("<artifactId>ecrkit</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(Files.readString(root.resolve("pom.xml"), StandardCharsets.UTF_8));
        if (!m.find()) {
            throw new IllegalStateException("pom.xml: no ecrkit version");
        }
        return m.group(1);
    }

    /**
     * The consumer test's files from docs/testing.md's text: each whole-file Java block of {@code src/test/java/...}
     * becomes {@value #IT_PROJECT}/src/main/java/... ({@code *Test.java}: src/test/java/...).
     */
    static Map<String, String> itFiles(String testingPage) {
        var out = new LinkedHashMap<String, String>();
        Matcher m = BLOCK.matcher(testingPage);
        while (m.find()) {
            if (m.group(2) == null && m.group(1).startsWith("src/test/java/") && m.group(1).endsWith(".java")) {
                String relative = m.group(1).substring("src/test/java/".length());
                String code = m.group(3).replaceFirst("^```java\n", "").replaceFirst("```\n$", "");
                out.put(IT_PROJECT + (relative.endsWith("Test.java") ? "/src/test/java/" : "/src/main/java/") + relative,
                        code);
            }
        }
        return out;
    }
}
