package dev.ecrkit.ecr;

import dev.ecrkit.validation.WireValues;
import java.util.Optional;

/**
 * Server-side encryption of a repository (AWS API {@code EncryptionType}:
 * https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_EncryptionConfiguration.html).
 */
public enum EncryptionType {
    /** Amazon S3-managed keys. The AWS and module default. */
    AES256,
    /** AWS KMS, with a customer managed key or the AWS managed key {@code aws/ecr}. */
    KMS,
    /** AWS KMS dual-layer server-side encryption. */
    KMS_DSSE;

    /** The AWS wire value. */
    public String wire() {
        return name();
    }

    /** The type with this wire value. */
    public static Optional<EncryptionType> fromWire(String value) {
        return WireValues.find(values(), EncryptionType::wire, value);
    }
}
