package dev.ecrkit.lifecycle;

import java.util.List;

/**
 * One entry of a rule's tag selection as a wildcard pattern: a {@code tagPatternList} entry as written ({@code *}
 * matches any run of characters, possibly empty) or a {@code tagPrefixList} entry {@code p} as the pattern
 * {@code p*} (its characters literal). Matching follows
 * https://docs.aws.amazon.com/AmazonECR/latest/userguide/LifecyclePolicies.html ("a filter of {@code prod*} ... would
 * match image-tags whose name begins with prod ... {@code *prod*} ... contains prod"). Pure.
 */
final class TagFilter {
    /** Wildcard marker inside {@link #pattern}: NUL, a character no tag or filter contains. */
    private static final char STAR = '\0';

    /** How {@link #matches} works for this filter: the common shapes avoid the general wildcard loop. */
    private enum Shape { EVERYTHING, EXACT, PREFIX, GLOB }

    private final String pattern;
    private final String source;
    private final Shape shape;
    private final String literal;

    private TagFilter(String pattern, String source) {
        this.pattern = pattern;
        this.source = source;
        int stars = (int) pattern.chars().filter(c -> c == STAR).count();
        if (stars == pattern.length()) {
            this.shape = Shape.EVERYTHING;
        } else if (stars == 0) {
            this.shape = Shape.EXACT;
        } else if (stars == 1 && pattern.charAt(pattern.length() - 1) == STAR) {
            this.shape = Shape.PREFIX;
        } else {
            this.shape = Shape.GLOB;
        }
        this.literal = shape == Shape.PREFIX ? pattern.substring(0, pattern.length() - 1) : pattern;
    }

    /** A {@code tagPatternList} entry: every {@code *} is a wildcard. */
    static TagFilter pattern(String text) {
        return new TagFilter(text.replace('*', STAR), text);
    }

    /** A {@code tagPrefixList} entry: the prefix literally, then a wildcard. */
    static TagFilter prefix(String text) {
        return new TagFilter(text + STAR, text);
    }

    /** The filters of a rule: its prefixes, or its patterns. */
    static List<TagFilter> of(LifecycleRule rule) {
        return rule.tagPrefixList().isEmpty()
                ? rule.tagPatternList().stream().map(TagFilter::pattern).toList()
                : rule.tagPrefixList().stream().map(TagFilter::prefix).toList();
    }

    /** The filter as the policy wrote it. */
    String source() {
        return source;
    }

    /** Whether the filter matches every tag ({@code *}, {@code **}, ...). */
    boolean matchesEverything() {
        return shape == Shape.EVERYTHING;
    }

    /** Whether some tag of {@code tags} matches this filter. */
    boolean matchesAny(String[] tags) {
        for (String tag : tags) {
            if (matches(tag)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code tag} matches this filter. */
    boolean matches(String tag) {
        return switch (shape) {
            case EVERYTHING -> true;
            case EXACT -> tag.equals(literal);
            case PREFIX -> tag.startsWith(literal);
            case GLOB -> glob(tag);
        };
    }

    /** Linear-time wildcard matching with backtracking to the last wildcard. */
    private boolean glob(String tag) {
        int p = 0;
        int t = 0;
        int star = -1;
        int resume = 0;
        while (t < tag.length()) {
            if (p < pattern.length() && pattern.charAt(p) == STAR) {
                star = p++;
                resume = t;
            } else if (p < pattern.length() && pattern.charAt(p) == tag.charAt(t)) {
                p++;
                t++;
            } else if (star >= 0) {
                p = star + 1;
                t = ++resume;
            } else {
                return false;
            }
        }
        while (p < pattern.length() && pattern.charAt(p) == STAR) {
            p++;
        }
        return p == pattern.length();
    }

    /**
     * Whether every tag this filter matches is matched by {@code wider} too. Exact for tags over an alphabet with a
     * character neither filter names: {@code wider} must match this filter's text with this filter's wildcards as a
     * fresh character, which only {@code wider}'s wildcards can absorb.
     */
    boolean isWithin(TagFilter wider) {
        String text = pattern;
        String pat = wider.pattern;
        // reach[i][j]: pat[0..j) matches text[0..i)
        boolean[][] reach = new boolean[text.length() + 1][pat.length() + 1];
        reach[0][0] = true;
        for (int j = 1; j <= pat.length(); j++) {
            reach[0][j] = reach[0][j - 1] && pat.charAt(j - 1) == STAR;
        }
        for (int i = 1; i <= text.length(); i++) {
            for (int j = 1; j <= pat.length(); j++) {
                char pc = pat.charAt(j - 1);
                reach[i][j] = pc == STAR
                        ? reach[i][j - 1] || reach[i - 1][j]
                        : reach[i - 1][j - 1] && text.charAt(i - 1) == pc;
            }
        }
        return reach[text.length()][pat.length()];
    }

    @Override
    public String toString() {
        return source;
    }
}
