package dev.ecrkit.json;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonPrimitive;
import com.google.gson.ToNumberPolicy;
import com.google.gson.reflect.TypeToken;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Deterministic JSON for every document ecrkit generates: members in the order the caller's maps give them
 * (use {@link LinkedHashMap} or sorted maps), whole numbers without a fraction, no null members (a Java null is a
 * programming error and throws; only an explicit {@code JsonNull.INSTANCE} writes null), no HTML escaping. Pure: no Pulumi types.
 */
public final class Json {
    private static final Gson COMPACT = new GsonBuilder().disableHtmlEscaping().serializeNulls().create();
    private static final Gson PRETTY = new GsonBuilder().disableHtmlEscaping().serializeNulls().setPrettyPrinting().create();
    private static final Gson READER = new GsonBuilder().setObjectToNumberStrategy(ToNumberPolicy.LONG_OR_DOUBLE).create();

    private Json() {
    }

    /** Compact JSON of maps, lists, strings, numbers and booleans. */
    public static String write(Object value) {
        return COMPACT.toJson(tree(value));
    }

    /** Indented JSON (two spaces), same rules as {@link #write(Object)}. */
    public static String pretty(Object value) {
        return PRETTY.toJson(tree(value));
    }

    /**
     * {@link #pretty(Object)} written to {@code out} as it is generated, in chunks of {@value #CHUNK} characters: the
     * document is never held whole, as one string or as a JSON tree (a 1000-repository plan is 120 MB of JSON).
     * Writes nothing and throws {@link IllegalArgumentException} when a value is null or unsupported, checked first;
     * a failure of {@code out} is an {@link java.io.UncheckedIOException}.
     */
    public static void pretty(Object value, Appendable out) {
        check(value);
        var chunks = new java.io.Writer() {
            @Override
            public void write(char[] c, int offset, int length) throws java.io.IOException {
                out.append(java.nio.CharBuffer.wrap(c, offset, length));
            }

            @Override
            public void flush() throws java.io.IOException {
                if (out instanceof java.io.Flushable f) {
                    f.flush();
                }
            }

            @Override
            public void close() {
            }
        };
        var buffered = new java.io.BufferedWriter(chunks, CHUNK);
        try {
            var writer = PRETTY.newJsonWriter(buffered);
            write(writer, value);
            writer.flush();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Characters handed to the {@link Appendable} of {@link #pretty(Object, Appendable)} at once. */
    private static final int CHUNK = 1 << 16;

    /** Streams {@code value} by the rules of {@link #tree(Object)}, without building the tree. */
    private static void write(com.google.gson.stream.JsonWriter out, Object value) throws java.io.IOException {
        if (value instanceof JsonElement e) {
            PRETTY.toJson(e, out);
        } else if (value instanceof Map<?, ?> m) {
            out.beginObject();
            for (var entry : m.entrySet()) {
                out.name(String.valueOf(entry.getKey()));
                write(out, entry.getValue());
            }
            out.endObject();
        } else if (value instanceof Iterable<?> l) {
            out.beginArray();
            for (Object v : l) {
                write(out, v);
            }
            out.endArray();
        } else {
            PRETTY.toJson(tree(value), out); // a scalar: the tree's own rules
        }
    }

    /** Throws what {@link #tree(Object)} throws for {@code value}, without building anything. */
    private static void check(Object value) {
        if (value instanceof Map<?, ?> m) {
            m.values().forEach(Json::check);
        } else if (value instanceof Iterable<?> l) {
            l.forEach(Json::check);
        } else if (!(value instanceof JsonElement)) {
            tree(value);
        }
    }

    /**
     * Parses JSON into maps (insertion ordered), lists, strings, booleans, Long for whole numbers and Double otherwise;
     * JSON null becomes Java null. Empty when the text is not valid JSON.
     */
    public static Optional<Object> parse(String text) {
        try {
            var reader = new com.google.gson.stream.JsonReader(new java.io.StringReader(text));
            reader.setStrictness(com.google.gson.Strictness.STRICT);
            Object value = READER.fromJson(reader, new TypeToken<Object>() { }.getType());
            if (reader.peek() != com.google.gson.stream.JsonToken.END_DOCUMENT) {
                return Optional.empty();
            }
            return Optional.ofNullable(value);
        } catch (JsonParseException | java.io.IOException | IllegalStateException e) {
            return Optional.empty();
        }
    }

    /** The JSON tree of a value; throws {@link IllegalArgumentException} on null or unsupported types. */
    public static JsonElement tree(Object value) {
        if (value == null) {
            throw new IllegalArgumentException("null is never written to generated JSON");
        }
        if (value instanceof JsonElement e) {
            return e; // JsonNull.INSTANCE is the one deliberate null (the plan contract's top-level "parent")
        }
        if (value instanceof String s) {
            return new JsonPrimitive(s);
        }
        if (value instanceof Boolean b) {
            return new JsonPrimitive(b);
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            return d == Math.rint(d) && !Double.isInfinite(d) && Math.abs(d) < 1e15
                    ? new JsonPrimitive((long) d) : new JsonPrimitive(d);
        }
        if (value instanceof Number n) {
            return new JsonPrimitive(n);
        }
        if (value instanceof Enum<?> en) {
            return new JsonPrimitive(en.toString());
        }
        if (value instanceof Map<?, ?> m) {
            var o = new JsonObject();
            m.forEach((k, v) -> o.add(String.valueOf(k), tree(v)));
            return o;
        }
        if (value instanceof Iterable<?> l) {
            var a = new JsonArray();
            l.forEach(v -> a.add(tree(v)));
            return a;
        }
        throw new IllegalArgumentException("unsupported JSON value type " + value.getClass().getName());
    }

    /** Convenience: an insertion-ordered map from alternating keys and values, skipping entries whose value is null. */
    public static Map<String, Object> object(Object... keyValues) {
        var m = new LinkedHashMap<String, Object>();
        for (int i = 0; i < keyValues.length; i += 2) {
            if (keyValues[i + 1] != null) {
                m.put((String) keyValues[i], keyValues[i + 1]);
            }
        }
        return m;
    }

}
