package dev.ecrkit.stack;

import dev.ecrkit.json.Json;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The table of repository-entry keys in docs/config.md, generated from {@link ConfigKeys} so docs and code cannot drift
 * (a test compares). Regenerate with {@code mvn -q test-compile exec:java -Dexec.classpathScope=test -DmainClass=dev.ecrkit.stack.ConfigDocs}.
 */
public final class ConfigDocs {
    private ConfigDocs() {
    }

    public static void main(String[] args) {
        System.out.print(table());
    }

    /** The Markdown table, one row per key. */
    public static String table() {
        return "| key | type | default | meaning |\n|---|---|---|---|\n"
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
