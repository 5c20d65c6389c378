package dev.ecrkit.registry;

import dev.ecrkit.validation.WireValues;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * How often a scanning rule scans (https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_RegistryScanningRule.html):
 * "When the ENHANCED scan type is specified, the supported scan frequencies are CONTINUOUS_SCAN and SCAN_ON_PUSH. When
 * the BASIC scan type is specified, the SCAN_ON_PUSH scan frequency is supported. If scan on push is not specified,
 * then the MANUAL scan frequency is set by default."
 */
public enum ScanFrequency {
    /** Scan each image when it is pushed. BASIC and ENHANCED. */
    SCAN_ON_PUSH(Set.of(ScanType.BASIC, ScanType.ENHANCED)),
    /** Rescan continuously as new vulnerabilities are published. ENHANCED only. */
    CONTINUOUS_SCAN(Set.of(ScanType.ENHANCED)),
    /** Scan only on request. BASIC only (what unmatched repositories get). */
    MANUAL(Set.of(ScanType.BASIC));

    private final Set<ScanType> scanTypes;

    ScanFrequency(Set<ScanType> scanTypes) {
        this.scanTypes = scanTypes;
    }

    /** The AWS wire value. */
    public String wire() {
        return name();
    }

    /** Whether AWS accepts this frequency with {@code type}. */
    public boolean supportedBy(ScanType type) {
        return scanTypes.contains(type);
    }

    /** The frequency with this wire value. */
    public static Optional<ScanFrequency> fromWire(String value) {
        return WireValues.find(values(), ScanFrequency::wire, value);
    }

    /** Every wire value. */
    public static List<String> wireValues() {
        return WireValues.values(values(), ScanFrequency::wire);
    }
}
