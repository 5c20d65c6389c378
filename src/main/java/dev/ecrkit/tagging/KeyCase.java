package dev.ecrkit.tagging;

import dev.ecrkit.validation.WireValues;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * How tag keys are rewritten when tag normalization is on (Terraform variable {@code tag_key_case}).
 *
 * <p>A key is first split into words by {@link #words(String)}; the style then joins them. Unlike the Terraform
 * module, words really are split at case changes and acronym ends, so {@code CreatedBy} stays {@code CreatedBy} in
 * PascalCase (the module produces {@code Createdby}).
 */
public enum KeyCase {
    /** Each word: first character title-cased, the rest lower-case, and a letter after a character such as
     * {@code . : /} capitalized (the module's {@code title()}); joined with nothing. {@code cost-center -> CostCenter},
     * {@code team.name -> Team.Name}. */
    PASCAL_CASE("PascalCase"),
    /** First word lower-case, the following words as in {@link #PASCAL_CASE}; joined with nothing.
     * {@code cost-center -> costCenter}. */
    CAMEL_CASE("camelCase"),
    /** Lower-case words joined with {@code _}. {@code CostCenter -> cost_center}. */
    SNAKE_CASE("snake_case"),
    /** Lower-case words joined with {@code -}. {@code CostCenter -> cost-center}. */
    KEBAB_CASE("kebab-case"),
    /** Keys are kept exactly as given (the module's {@code tag_key_case = null}); values are still trimmed when
     * normalization and value normalization are on. Wire value: the empty string. */
    NONE("");

    private final String wire;

    KeyCase(String wire) {
        this.wire = wire;
    }

    /** The value used in configuration and outputs ({@code PascalCase}, ..., or {@code ""} for {@link #NONE}). */
    public String wire() {
        return wire;
    }

    /** The constant with this exact wire value, or empty when there is none. */
    public static Optional<KeyCase> fromWire(String wire) {
        return WireValues.find(values(), KeyCase::wire, wire);
    }

    /** Every accepted wire value, in declaration order. */
    public static List<String> wireValues() {
        return WireValues.values(values(), KeyCase::wire);
    }

    @Override
    public String toString() {
        return wire;
    }

    /** The key rewritten in this style; {@link #NONE} returns it unchanged. A key with no words gives {@code ""}. */
    public String apply(String key) {
        if (this == NONE) {
            return key;
        }
        List<String> words = words(key);
        return switch (this) {
            case PASCAL_CASE -> words.stream().map(KeyCase::title).collect(Collectors.joining());
            case CAMEL_CASE -> words.isEmpty() ? "" : lower(words.get(0))
                    + words.stream().skip(1).map(KeyCase::title).collect(Collectors.joining());
            case SNAKE_CASE -> words.stream().map(KeyCase::lower).collect(Collectors.joining("_"));
            case KEBAB_CASE -> words.stream().map(KeyCase::lower).collect(Collectors.joining("-"));
            case NONE -> key;
        };
    }

    /**
     * Splits a key into words. Separators ({@code _}, {@code -} and any whitespace or Unicode space) end a word and
     * are dropped, so leading, trailing and repeated separators vanish. A new word also starts at an upper-case letter
     * that follows a lower-case letter or a digit ({@code myKey -> my|Key}, {@code v2Key -> v2|Key}) and at the last
     * capital of an acronym followed by a lower-case letter ({@code HTTPServer -> HTTP|Server},
     * {@code APIKey -> API|Key}). Every other character ({@code . : / = + @} ...) stays inside its word.
     */
    public static List<String> words(String key) {
        var words = new ArrayList<String>();
        var current = new StringBuilder();
        int[] cps = key.codePoints().toArray();
        for (int i = 0; i < cps.length; i++) {
            if (isSeparator(cps[i])) {
                flush(current, words);
                continue;
            }
            if (current.length() > 0 && startsWord(cps, i)) {
                flush(current, words);
            }
            current.appendCodePoint(cps[i]);
        }
        flush(current, words);
        return List.copyOf(words);
    }

    private static boolean isSeparator(int cp) {
        return cp == '_' || cp == '-' || Character.isWhitespace(cp) || Character.isSpaceChar(cp);
    }

    /** Whether code point {@code i} (not the first of its word) starts a new word. */
    private static boolean startsWord(int[] cps, int i) {
        int prev = cps[i - 1];
        if (!Character.isUpperCase(cps[i])) {
            return false;
        }
        if (Character.isLowerCase(prev) || Character.isDigit(prev)) {
            return true;
        }
        return Character.isUpperCase(prev) && i + 1 < cps.length && Character.isLowerCase(cps[i + 1]);
    }

    private static void flush(StringBuilder current, List<String> words) {
        if (current.length() > 0) {
            words.add(current.toString());
            current.setLength(0);
        }
    }

    private static String lower(String word) {
        return word.toLowerCase(Locale.ROOT);
    }

    /** Go {@code strings.Title(strings.ToLower(word))}: title-case every letter not preceded by a letter or digit. */
    private static String title(String word) {
        var out = new StringBuilder();
        int prev = ' ';
        for (int cp : lower(word).codePoints().toArray()) {
            out.appendCodePoint(Character.isLetterOrDigit(prev) ? cp : Character.toTitleCase(cp));
            prev = cp;
        }
        return out.toString();
    }
}
