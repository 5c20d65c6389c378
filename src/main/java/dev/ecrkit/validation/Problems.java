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

    /** Renders a received value for a message: strings JSON-quoted, collections and numbers as written. */
    public static String show(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof String s) {
            return quote(s);
        }
        if (value instanceof Double d && d == Math.rint(d) && !d.isInfinite()) {
            return Long.toString(d.longValue());
        }
        if (value instanceof List<?> l) {
            return l.stream().map(Problems::show).reduce((a, b) -> a + ", " + b).map(s -> "[" + s + "]").orElse("[]");
        }
        if (value instanceof Map<?, ?> m) {
            return m.isEmpty() ? "{}" : "{...}";
        }
        return String.valueOf(value);
    }

    private static String quote(String s) {
        var b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                default -> b.append(c);
            }
        }
        return b.append('"').toString();
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
