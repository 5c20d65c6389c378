package dev.ecrkit.stack;

import java.util.List;

/**
 * The line of a config key path ({@code ecrkit:repositories.app.scanOnPush}) in a stack file's text, for locations
 * in reports. Block-style YAML as stack files are written: the namespace key, then the entry nested under it, then the
 * key nested under the entry. A key the file does not write (a default) gives the entry's line; an entry it cannot
 * find, the namespace key's line; nothing found, line 1. Flow-style mappings are not followed (their first line is
 * given). Pure.
 */
final class KeyLines {
    private static final String NAMESPACE = "ecrkit:";

    private KeyLines() {
    }

    /** The 1-based line of {@code keyPath} in {@code lines}, or of its nearest written ancestor, or 1. */
    static int line(List<String> lines, String keyPath) {
        if (!keyPath.startsWith(NAMESPACE)) {
            return 1; // an input name of a resource outside the config (a Java program's repository)
        }
        int dot = keyPath.indexOf('.');
        String top = dot < 0 ? keyPath : keyPath.substring(0, dot);
        String rest = dot < 0 ? "" : keyPath.substring(dot + 1);
        // entry names may contain dots, config keys never do: the entry is everything before the last dot
        int last = rest.lastIndexOf('.');
        List<String> below = rest.isEmpty() ? List.of() : last < 0 ? List.of(rest)
                : List.of(rest.substring(0, last), rest.substring(last + 1));
        int found = find(lines, top, 0, lines.size(), -1);
        if (found < 0 && top.startsWith(NAMESPACE)) {
            found = find(lines, top.substring(NAMESPACE.length()), 0, lines.size(), -1); // project keys may omit it
        }
        if (found < 0) {
            return 1;
        }
        int at = found;
        for (String key : below) {
            int indent = indent(lines.get(at));
            int next = find(lines, key, at + 1, blockEnd(lines, at, indent), indent);
            if (next < 0) {
                break;
            }
            at = next;
        }
        return at + 1;
    }

    /** The first line in [from, to) indented more than {@code parentIndent} that writes {@code key:}; -1 if none. */
    private static int find(List<String> lines, String key, int from, int to, int parentIndent) {
        for (int i = from; i < to; i++) {
            String l = lines.get(i);
            String t = l.strip();
            if (indent(l) > parentIndent && (t.startsWith(key + ":") || t.startsWith("\"" + key + "\":")
                    || t.startsWith("'" + key + "':"))) {
                return i;
            }
        }
        return -1;
    }

    /** The end (exclusive) of the block nested under line {@code at}: the next non-blank line not indented deeper. */
    private static int blockEnd(List<String> lines, int at, int indent) {
        for (int i = at + 1; i < lines.size(); i++) {
            String t = lines.get(i).strip();
            if (!t.isEmpty() && !t.startsWith("#") && indent(lines.get(i)) <= indent) {
                return i;
            }
        }
        return lines.size();
    }

    private static int indent(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i;
    }
}
