package dev.ecrkit.inputs;

import com.pulumi.core.annotations.Import;

/**
 * One tag, {@code {key, value}}: how a {@code map(string)} config key ({@code tags}) crosses the language boundary,
 * because construct in pulumi-java 1.36.1 cannot deserialize Map inputs. A list of tags becomes the map; a key given
 * twice is an error. Schema type {@code ecrkit:index:Tag}.
 */
public final class TagArgs {
    @Import(name = "key", required = true)
    private String key;
    @Import(name = "value", required = true)
    private String value;

    private TagArgs() {
    }

    public String key() {
        return key;
    }

    public String value() {
        return value;
    }

    /** The map a list of tags at input {@code name} stands for; a key given twice is a problem at {@code name[i].key}. */
    public static java.util.Map<String, String> toMap(java.util.List<?> tags, String name,
            dev.ecrkit.validation.Problems p) {
        var out = new java.util.LinkedHashMap<String, String>();
        for (int i = 0; i < tags.size(); i++) {
            var tag = (TagArgs) tags.get(i);
            if (out.containsKey(tag.key())) {
                p.add(name + "[" + i + "].key", "each key at most once (this list stands for a map)", tag.key());
            } else {
                out.put(tag.key(), tag.value());
            }
        }
        return out;
    }
}
