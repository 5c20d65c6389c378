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

    static String render(List<Finding> findings) {
        if (findings.isEmpty()) {
            return "\nFindings: none\n";
        }
        var b = new StringBuilder("\nFindings: ").append(findings.size()).append(" (")
                .append(Arrays.stream(Severity.values()).sorted(Comparator.reverseOrder()).map(s -> findings.stream().filter(f -> f.severity() == s).count()
                        + " " + s).collect(Collectors.joining(", "))).append(")\n");
        for (Finding f : findings) {
            b.append(String.format("  %-6s  %s  %s%n", f.severity(), f.id(), f.urn().substring(f.urn().lastIndexOf("::") + 2)));
            b.append("          ").append(f.message()).append('\n');
            b.append("          fix: ").append(f.key())
                    .append(f.controls().isEmpty() ? "" : "   controls: " + String.join(", ", f.controls())).append('\n');
        }
        return b.toString();
    }
}
