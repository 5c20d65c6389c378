package dev.ecrkit.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Collects problems so that one exception reports all of them. Pure helper used by every validator.
 * Field paths are relative; {@link #at(String)} gives a view that prefixes them.
 */
public final class Problems {
    private final List<Problem> list;
    private final String prefix;

    public Problems() {
        this(new ArrayList<>(), "");
    }

    private Problems(List<Problem> list, String prefix) {
        this.list = list;
        this.prefix = prefix;
    }

    /** A view that writes into the same list with {@code path} prepended (joined with '.', or directly for "[i]"). */
    public Problems at(String path) {
        return new Problems(list, join(prefix, path));
    }

    /** Records a problem on {@code field} (relative to this view); {@code value} is rendered by {@link #show(Object)}. */
    public Problems add(String field, String rule, Object value) {
        list.add(new Problem(join(prefix, field), rule, show(value)));
        return this;
    }

    /** Records a problem with no value to show (for example a missing combination). */
    public Problems addNoValue(String field, String rule) {
        list.add(new Problem(join(prefix, field), rule, ""));
        return this;
    }

    /** Adds problems found elsewhere, prefixing their fields with this view's prefix. */
    public Problems addAll(List<Problem> others) {
        others.forEach(p -> list.add(p.withField(join(prefix, p.field()))));
        return this;
    }

    /** Checks {@code min <= value <= max}; returns whether it holds. */
    public boolean range(String field, long value, long min, long max) {
        if (value < min || value > max) {
            add(field, "must be between " + min + " and " + max, value);
            return false;
        }
        return true;
    }

    /** Checks that {@code value} matches {@code pattern} entirely; {@code rule} describes the pattern. */
    public boolean matches(String field, String value, Pattern pattern, String rule) {
        if (!pattern.matcher(value).matches()) {
            add(field, rule, value);
            return false;
        }
        return true;
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }

    public List<Problem> list() {
        return List.copyOf(list);
    }

    /** Throws {@link InvalidInputException} with every problem collected so far, if any. */
    public void throwIfAny() {
        if (!list.isEmpty()) {
            throw new InvalidInputException(list);
        }
    }

    /**
     * Longest text a message shows of one value or key path, in characters; a longer one is cut and its length given
     * ({@code "aaa…" (100000 characters)}), so that one problem stays one readable line. Above AWS's 256-character
     * limits (repository names, tag values), so that a value just over one is shown whole.
     */
    public static final int MAX_SHOWN = 300;

    /**
     * Renders a received value for a message: strings JSON-quoted with control characters escaped, cut after
     * {@link #MAX_SHOWN} characters; whole numbers without a fraction; lists as {@code [a, b]}, maps as {@code {...}}.
     */
    public static String show(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof String s) {
            return s.length() > MAX_SHOWN ? quote(s.substring(0, MAX_SHOWN)) + "… (" + s.length() + " characters)"
                    : quote(s);
        }
        if (value instanceof Double d && d == Math.rint(d) && !d.isInfinite() && Math.abs(d) < 1e15) {
            return Long.toString(d.longValue());
        }
        if (value instanceof List<?> l) {
            var b = new StringBuilder("[");
            for (Object o : l) {
                if (b.length() > MAX_SHOWN) {
                    return b.append(", …] (").append(l.size()).append(" items)").toString();
                }
                b.append(b.length() == 1 ? "" : ", ").append(show(o));
            }
            return b.append(']').toString();
        }
        if (value instanceof Map<?, ?> m) {
            return m.isEmpty() ? "{}" : "{...}";
        }
        return clean(String.valueOf(value));
    }

    /**
     * Text fit for one line of a message: control characters (CR, LF, ESC, DEL, ...) and line or paragraph separators
     * escaped as {@code \n}, {@code \r}, {@code \t} or {@code \}{@code uXXXX}, cut after {@link #MAX_SHOWN} characters
     * with the length given. For key paths and other text that is not quoted.
     */
    public static String clean(String text) {
        return clean(text, MAX_SHOWN);
    }

    /** {@link #clean(String)} cutting after {@code max} characters. */
    public static String clean(String text, int max) {
        String escaped = escape(text.length() > max ? text.substring(0, max) : text, false);
        return text.length() > max ? escaped + "… (" + text.length() + " characters)" : escaped;
    }

    private static String quote(String s) {
        return "\"" + escape(s, true) + "\"";
    }

    private static String escape(String s, boolean quoted) {
        var b = new StringBuilder(s.length() + 2);
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append(quoted ? "\\\"" : "\"");
                case '\\' -> b.append(quoted ? "\\\\" : "\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }

    private static String join(String prefix, String path) {
        if (prefix.isEmpty()) {
            return path;
        }
        if (path.isEmpty()) {
            return prefix;
        }
        return path.startsWith("[") ? prefix + path : prefix + "." + path;
    }
}
