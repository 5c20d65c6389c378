package dev.ecrkit.governance;

import dev.ecrkit.validation.WireValues;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A vulnerability severity, as ECR basic scanning ({@code finding-severity-counts} keys of the {@code ECR Image Scan}
 * event, https://docs.aws.amazon.com/AmazonECR/latest/userguide/ecr-eventbridge.html) and Amazon Inspector
 * ({@code severity} of an {@code Inspector2 Finding}, {@code finding-severity-counts} of an {@code Inspector2 Scan},
 * https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-scanning-enhanced-events.html) name it. Lowest first.
 */
public enum Severity {
    LOW, MEDIUM, HIGH, CRITICAL;

    /** The wire value (the constant's name). */
    public String wire() {
        return name();
    }

    /** This severity and every higher one, highest first: HIGH gives [CRITICAL, HIGH]. */
    public List<Severity> atOrAbove() {
        var all = new java.util.ArrayList<>(Arrays.stream(values()).filter(s -> s.compareTo(this) >= 0).toList());
        java.util.Collections.reverse(all);
        return List.copyOf(all);
    }

    /** The severity with this wire value. */
    public static Optional<Severity> fromWire(String value) {
        return WireValues.find(values(), Severity::wire, value);
    }
}
