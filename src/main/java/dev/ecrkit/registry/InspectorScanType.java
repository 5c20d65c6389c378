package dev.ecrkit.registry;

import dev.ecrkit.validation.WireValues;
import java.util.List;
import java.util.Optional;

/**
 * An Amazon Inspector scan type that {@link InspectorActivation} activates: the values of the Inspector2 API
 * {@code Enable} ({@code resourceTypes}, https://docs.aws.amazon.com/inspector/v2/APIReference/API_Enable.html, "Valid
 * Values: EC2 | ECR | LAMBDA | LAMBDA_CODE | CODE_REPOSITORY") that the receiving provider documents: @pulumi/aws 6.83.0
 * {@code inspector2/enabler.d.ts}, "Valid values are `EC2`, `ECR`, `LAMBDA` and `LAMBDA_CODE`". {@code CODE_REPOSITORY}
 * is left out: the provider ecrkit sends the Enabler to does not document it.
 */
public enum InspectorScanType {
    /** Amazon EC2 scanning. */
    EC2,
    /** Amazon ECR scanning: the registry's enhanced scanning. */
    ECR,
    /** Lambda standard scanning. */
    LAMBDA,
    /** Lambda code scanning. */
    LAMBDA_CODE;

    /** The AWS wire value. */
    public String wire() {
        return name();
    }

    /** The scan type with this wire value. */
    public static Optional<InspectorScanType> fromWire(String value) {
        return WireValues.find(values(), InspectorScanType::wire, value);
    }

    /** Every wire value. */
    public static List<String> wireValues() {
        return WireValues.values(values(), InspectorScanType::wire);
    }
}
