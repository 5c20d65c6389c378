package dev.ecrkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.gson.JsonNull;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The streamed pretty JSON is the same text as {@link Json#pretty(Object)}, written in chunks. */
class JsonStreamTest {
    @Test
    void streamed_isTheSameTextAsPretty_forEveryValueType() {
        var doc = new LinkedHashMap<String, Object>();
        doc.put("text", "a \"quoted\" <tag> & é");
        doc.put("whole", 3.0);
        doc.put("fraction", 2.5);
        doc.put("long", 12345678901L);
        doc.put("int", 7);
        doc.put("flag", true);
        doc.put("null", JsonNull.INSTANCE);
        doc.put("enum", java.time.DayOfWeek.MONDAY);
        doc.put("empty map", Map.of());
        doc.put("empty list", List.of());
        doc.put("nested", List.of(Map.of("k", List.of(1, "two", false)), List.of()));
        var out = new StringBuilder();
        Json.pretty(doc, out);
        assertEquals(Json.pretty(doc), out.toString());
    }

    @Test
    void aLargeDocument_isHandedOverInChunks_andIsStillTheSameText() {
        var resources = new ArrayList<Object>();
        for (int i = 0; i < 5000; i++) {
            resources.add(Map.of("urn", "urn:" + i, "inputs", Map.of("name", "r" + i, "n", i)));
        }
        var doc = Map.of("resources", resources);
        var appends = new ArrayList<Integer>();
        var out = new StringBuilder();
        Json.pretty(doc, new Appendable() {
            @Override
            public Appendable append(CharSequence csq) {
                appends.add(csq.length());
                out.append(csq);
                return this;
            }

            @Override
            public Appendable append(CharSequence csq, int start, int end) {
                return append(csq.subSequence(start, end));
            }

            @Override
            public Appendable append(char c) {
                return append(String.valueOf(c));
            }
        });
        assertEquals(Json.pretty(doc), out.toString());
        assertEquals(out.length() / (1 << 16) + 1, appends.size(), "chunks of 64 KiB: " + appends);
    }

    @Test
    void anUnsupportedValue_throwsBeforeAnythingIsWritten() {
        var out = new StringBuilder();
        var doc = new LinkedHashMap<String, Object>();
        doc.put("fine", "yes");
        doc.put("bad", new Object());
        assertThrows(IllegalArgumentException.class, () -> Json.pretty(doc, out));
        assertEquals("", out.toString());
        var withNull = new ArrayList<Object>();
        withNull.add(null);
        assertThrows(IllegalArgumentException.class, () -> Json.pretty(Map.of("list", withNull), out));
        assertEquals("", out.toString());
    }
}
