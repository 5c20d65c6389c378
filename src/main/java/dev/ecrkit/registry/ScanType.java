package dev.ecrkit.registry;

import dev.ecrkit.validation.WireValues;
import java.util.List;
import java.util.Optional;

/**
 * The registry's scan type (https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_PutRegistryScanningConfiguration.html,
 * "Valid Values: BASIC | ENHANCED").
 */
public enum ScanType {
    /** Basic scanning (AWS native CVE scan); the AWS default. */
    BASIC,
    /** Enhanced scanning by Amazon Inspector (operating system and language packages). */
    ENHANCED;

    /** The AWS wire value. */
    public String wire() {
        return name();
    }

    /** The scan type with this wire value. */
    public static Optional<ScanType> fromWire(String value) {
        return WireValues.find(values(), ScanType::wire, value);
    }

    /** Every wire value. */
    public static List<String> wireValues() {
        return WireValues.values(values(), ScanType::wire);
    }
}
