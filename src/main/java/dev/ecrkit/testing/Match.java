package dev.ecrkit.testing;

import dev.ecrkit.json.Json;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How an expected value matches an input ({@link Template#hasResourceProperties}, {@link FoundResource#hasInputs}):
 * <ul>
 * <li>a map matches an object that has every expected key with a matching value; other keys are ignored;</li>
 * <li>a list matches a list of the same length whose elements match in order ({@link #arrayWith} for a subset);</li>
 * <li>a JSON-string input (a policy) is parsed and compared as JSON: expect a map or list, or a JSON text, whose
 * objects match partially too;</li>
 * <li>numbers match by value ({@code 30} matches {@code 30.0}); anything else by {@code equals}.</li>
 * </ul>
 */
public final class Match {
    private static final int SHOWN = 300;

    private Match() {
    }

    private enum Special {
        ABSENT, ANY;

        @Override
        public String toString() {
            return this == ABSENT ? "Match.absent()" : "Match.anyValue()";
        }
    }

    private record ArrayWith(List<Object> elements) {
        @Override
        public String toString() {
            return "Match.arrayWith(" + String.join(", ", elements.stream().map(Match::show).toList()) + ")";
        }
    }

    /** As a map value: the key must be absent. */
    public static Object absent() {
        return Special.ABSENT;
    }

    /** Any value, as long as it is present. */
    public static Object anyValue() {
        return Special.ANY;
    }

    /** A list that contains elements matching these, in this order, other elements between them allowed. */
    public static Object arrayWith(Object... elements) {
        return new ArrayWith(List.of(elements));
    }

    /** The differences between {@code expected} and {@code actual}, one line each ({@code path: expected X, got Y}). */
    static List<String> differences(String path, Object expected, Object actual) {
        var out = new ArrayList<String>();
        compare(path, expected, actual, out);
        return out;
    }

    private static void compare(String path, Object expected, Object actual, List<String> out) {
        if (expected == Special.ANY) {
            if (actual == null) {
                out.add(path + ": expected a value, got none");
            }
            return;
        }
        if (expected == Special.ABSENT) {
            if (actual != null) {
                out.add(path + ": expected absent, got " + show(actual));
            }
            return;
        }
        if (actual == null) {
            out.add(path + ": missing, expected " + show(expected));
            return;
        }
        if (expected instanceof String e && actual instanceof String a && !e.equals(a)) {
            var parsed = json(e);
            if (parsed instanceof Map || parsed instanceof List) {
                compare(path, parsed, a, out);
                return;
            }
        }
        if ((expected instanceof Map || expected instanceof List || expected instanceof ArrayWith)
                && actual instanceof String a) {
            actual = json(a);
        }
        if (expected instanceof Map<?, ?> e) {
            if (!(actual instanceof Map<?, ?> a)) {
                out.add(path + ": expected an object, got " + show(actual));
                return;
            }
            e.forEach((k, v) -> compare(join(path, String.valueOf(k)), v, a.get(String.valueOf(k)), out));
        } else if (expected instanceof List<?> e) {
            if (!(actual instanceof List<?> a)) {
                out.add(path + ": expected a list, got " + show(actual));
            } else if (e.size() != a.size()) {
                out.add(path + ": expected " + e.size() + " elements, got " + a.size() + ": " + show(a));
            } else {
                for (int i = 0; i < e.size(); i++) {
                    compare(path + "[" + i + "]", e.get(i), a.get(i), out);
                }
            }
        } else if (expected instanceof ArrayWith e) {
            if (!(actual instanceof List<?> a)) {
                out.add(path + ": expected a list, got " + show(actual));
                return;
            }
            int next = 0;
            for (Object element : e.elements()) {
                int from = next;
                while (next < a.size() && !differences(path, element, a.get(next)).isEmpty()) {
                    next++;
                }
                if (next == a.size()) {
                    out.add(path + ": no element " + (from == 0 ? "" : "after [" + (from - 1) + "] ") + "matches "
                            + show(element) + "; got " + show(a));
                    return;
                }
                next++;
            }
        } else if (expected instanceof Number e && actual instanceof Number a) {
            if (new BigDecimal(e.toString()).compareTo(new BigDecimal(a.toString())) != 0) {
                out.add(path + ": expected " + show(e) + ", got " + show(a));
            }
        } else if (!Objects.equals(expected, actual)) {
            out.add(path + ": expected " + show(expected) + ", got " + show(actual));
        }
    }

    /** The parsed JSON of {@code text}, or the text itself when it is not JSON. */
    private static Object json(String text) {
        return Json.parse(text).orElse(text);
    }

    private static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    /** A value for a message: JSON, cut after {@value #SHOWN} characters. */
    static String show(Object value) {
        String text;
        if (value instanceof Special || value instanceof ArrayWith) {
            text = value.toString();
        } else {
            try {
                text = Json.write(value);
            } catch (IllegalArgumentException e) {
                text = String.valueOf(value);
            }
        }
        return text.length() > SHOWN ? text.substring(0, SHOWN) + "..." : text;
    }
}
