package dev.ecrkit.findings;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** How serious a finding is, lowest first; {@link #toString()} is the wire value ({@code "HIGH"}). */
public enum Severity {
    /** Worth knowing; often a deliberate choice. */
    LOW,
    /** A control of a scanner or Security Hub fails (most are Medium in Security Hub). */
    MEDIUM,
    /** Exposure or missing vulnerability scanning (Security Hub High, or public access). */
    HIGH;

    /** Whether this severity is {@code threshold} or above. */
    public boolean atLeast(Severity threshold) {
        return compareTo(threshold) >= 0;
    }

    /** The severity named {@code text}, case-insensitively ({@code low}, {@code MEDIUM}); empty when unknown. */
    public static Optional<Severity> parse(String text) {
        return Arrays.stream(values()).filter(s -> s.name().equals(text.toUpperCase(Locale.ROOT))).findFirst();
    }

    /** The wire values, lowest first. */
    public static List<String> wireValues() {
        return Arrays.stream(values()).map(Severity::name).toList();
    }
}
