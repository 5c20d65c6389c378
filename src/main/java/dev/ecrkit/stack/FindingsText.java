package dev.ecrkit.stack;

import dev.ecrkit.findings.Finding;
import dev.ecrkit.findings.Severity;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** The readable plan's findings section, listed after the resources. */
final class FindingsText {
    private FindingsText() {
    }

    private static final String INDENT = "          ";

    /** The findings section; messages wrapped at {@code width}. */
    static String render(List<Finding> findings, int width) {
        if (findings.isEmpty()) {
            return "\nFindings: none\n";
        }
        var b = new StringBuilder("\nFindings: ").append(counts(findings)).append('\n');
        for (Finding f : findings) {
            b.append(String.format("  %-6s  %s  %s%n", f.severity(), f.id(), f.urn().substring(f.urn().lastIndexOf("::") + 2)));
            wrap(b, INDENT, f.message(), width);
            wrap(b, INDENT, "fix: " + f.key() + (f.controls().isEmpty() ? "" : "   controls: " + String.join(", ", f.controls())), width);
        }
        return b.toString();
    }

    /** {@code 6 (0 HIGH, 3 MEDIUM, 3 LOW)}, or {@code no findings}. */
    static String counts(List<Finding> findings) {
        if (findings.isEmpty()) {
            return "no findings";
        }
        return findings.size() + (findings.size() == 1 ? " finding (" : " findings (")
                + Arrays.stream(Severity.values()).sorted(Comparator.reverseOrder()).map(s -> findings.stream()
                        .filter(f -> f.severity() == s).count() + " " + s).collect(Collectors.joining(", ")) + ")";
    }

    /** {@code text} after {@code indent}, wrapped at spaces to {@code width} (a longer word stays whole). */
    static void wrap(StringBuilder b, String indent, String text, int width) {
        var line = new StringBuilder(indent);
        for (String word : text.split(" ")) {
            if (line.length() > indent.length() && line.length() + 1 + word.length() > width) {
                b.append(line).append('\n');
                line = new StringBuilder(indent);
            }
            if (line.length() > indent.length()) {
                line.append(' ');
            }
            line.append(word);
        }
        b.append(line).append('\n');
    }
}
