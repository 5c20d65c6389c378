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
}
