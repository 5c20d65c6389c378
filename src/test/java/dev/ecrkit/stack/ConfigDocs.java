package dev.ecrkit.stack;

import dev.ecrkit.json.Json;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The table of repository-entry keys in docs/config.md, generated from {@link ConfigKeys} so docs and code cannot drift
 * (a test compares). Regenerate it and the migration map with {@code mvn -q test-compile exec:java -Dexec.classpathScope=test -DmainClass=dev.ecrkit.stack.ConfigDocs}.
 */
public final class ConfigDocs {
    private ConfigDocs() {
    }

    /** The page whose key table this generates. */
    static final java.nio.file.Path PAGE = java.nio.file.Path.of("docs", "config.md");
    private static final String HEADER = "| key | type | default | meaning |";

    /** Rewrites the key table of docs/config.md, then the migration map of docs/migration.md ({@link MigrationDocs}). */
    public static void main(String[] args) throws java.io.IOException {
        String page = java.nio.file.Files.readString(PAGE);
        int start = page.indexOf(HEADER);
        int end = page.indexOf("\n\n", start) + 1;
        if (start < 0 || end <= 0) {
            throw new IllegalStateException(PAGE + " has no key table starting with " + HEADER);
        }
        String updated = page.substring(0, start) + table() + page.substring(end);
        if (!updated.equals(page)) {
            java.nio.file.Files.writeString(PAGE, updated);
            System.out.println("updated " + PAGE);
        }
        MigrationDocs.main(args);
    }

    /** The Markdown table, one row per key. */
    public static String table() {
        return HEADER + "\n|---|---|---|---|\n"
                + ConfigKeys.ALL.stream().map(ConfigDocs::row).collect(Collectors.joining());
    }

    private static String row(ConfigKey k) {
        return "| `" + k.name() + "` | " + k.type().label() + " | " + defaultText(k) + " | "
                + k.meaning() + " |\n";
    }

    private static String defaultText(ConfigKey k) {
        if (k.name().equals("name")) {
            return "the entry key";
        }
        Object d = k.moduleDefault();
        if (d == ConfigKey.NO_DEFAULT) {
            return "not set";
        }
        return "`" + (d instanceof List || d instanceof Map ? Json.write(d) : String.valueOf(d)) + "`";
    }
}
