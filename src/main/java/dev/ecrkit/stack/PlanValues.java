package dev.ecrkit.stack;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Normalizes values for the plan: whole numbers as longs, no null members, maps with sorted keys, assets and archives
 * as the engine serializes them ({@code {"text": ...}}, {@code {"assets": {file: asset}}}, {@code {"path": ...}}).
 */
final class PlanValues {
    private PlanValues() {
    }

    /**
     * Throws when {@code v} holds a number JSON cannot carry (Infinity, NaN): a safety net behind the input checks, so
     * that {@code --json} is always strict JSON. {@code path} names the value in the message.
     */
    static void requireFinite(Object v, String path) {
        if (v instanceof Double d && !Double.isFinite(d) || v instanceof Float f && !Float.isFinite(f)) {
            throw new IllegalStateException(path + " is " + v + ", which JSON cannot carry");
        }
        if (v instanceof Map<?, ?> m) {
            m.forEach((k, x) -> requireFinite(x, path + "." + k));
        } else if (v instanceof List<?> l) {
            for (int i = 0; i < l.size(); i++) {
                requireFinite(l.get(i), path + "[" + i + "]");
            }
        }
    }

    static Object normalize(Object v) {
        if (v instanceof Double d && d == Math.rint(d) && !d.isInfinite() && Math.abs(d) < 1e15) {
            return d.longValue();
        }
        if (v instanceof Map<?, ?> m) {
            var out = new TreeMap<String, Object>();
            m.forEach((k, x) -> {
                if (x != null) {
                    out.put(String.valueOf(k), normalize(x));
                }
            });
            return new LinkedHashMap<>(out);
        }
        if (v instanceof List<?> l) {
            var out = new ArrayList<Object>();
            l.stream().filter(x -> x != null).forEach(x -> out.add(normalize(x)));
            return out;
        }
        if (v instanceof com.pulumi.asset.AssetOrArchive asset) {
            var internal = com.pulumi.asset.AssetOrArchive.AssetOrArchiveInternal.from(asset);
            return normalize(Map.of(internal.getPropName(), internal.getValue()));
        }
        if (v instanceof java.util.Date date) {
            return date.toInstant().toString();
        }
        return v;
    }
}
