package dev.ecrkit.stack;

import java.util.Map;

/**
 * The line of every key a stack file writes, by its config key path ({@code ecrkit:repositories.app.scanOnPush},
 * list items as {@code [i]}: {@code ecrkit:repositories.app.imageTagMutabilityExclusionFilters[1].filterType}), as
 * the YAML parser marked them while {@link StackInput} read the file: block and flow style alike. Recorded for the node
 * tree as written: a key reached only through an alias or a merge key ({@code <<}) is not written where it is used,
 * so it has no line of its own (its nearest written ancestor's line is given), and the index holds at most one entry
 * per key and list item in the file, however far aliases expand.
 */
final class KeyMarks {
    /** The namespace of ecrkit's config keys; a stack file may write project keys without it. */
    private static final String NAMESPACE = "ecrkit:";
    /** No file read: every key is on line 1. */
    static final KeyMarks NONE = new KeyMarks(Map.of());

    private final Map<String, Integer> lines;

    /** {@code lines}: 1-based line of each key path written. */
    KeyMarks(Map<String, Integer> lines) {
        this.lines = lines;
    }

    /**
     * The 1-based line of {@code keyPath}, or of its nearest written ancestor (a key the file does not write, a
     * default, gives its entry's line), or 1 when the file writes none of it (an input name of a resource outside the
     * config, such as a Java program's repository).
     */
    int line(String keyPath) {
        if (!keyPath.startsWith(NAMESPACE)) {
            return 1;
        }
        for (String path = keyPath; !path.isEmpty(); path = parent(path)) {
            Integer line = lines.get(path);
            if (line == null) {
                line = lines.get(path.substring(NAMESPACE.length())); // a project key written without the namespace
            }
            if (line != null) {
                return line;
            }
        }
        return 1;
    }

    /** How many key paths are recorded. */
    int size() {
        return lines.size();
    }

    /** The path without its last key or list index; "" past the namespace key. */
    private static String parent(String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut < NAMESPACE.length() ? "" : path.substring(0, cut);
    }
}
