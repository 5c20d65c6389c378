package dev.ecrkit.kms;

import dev.ecrkit.validation.WireValues;
import java.util.List;
import java.util.Optional;

/**
 * What a KMS key is for (KMS API {@code KeyUsageType}, CreateKey {@code KeyUsage}:
 * https://docs.aws.amazon.com/kms/latest/APIReference/API_CreateKey.html). ECR encrypts only with
 * {@link #ENCRYPT_DECRYPT} keys of spec {@link KeySpec#SYMMETRIC_DEFAULT}.
 */
public enum KeyUsage {
    /** Encryption and decryption. The KMS and module default; the only usage ECR and key rotation accept. */
    ENCRYPT_DECRYPT(List.of("kms:Encrypt", "kms:Decrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:DescribeKey")),
    /** Signing and verification (asymmetric RSA or ECC keys). */
    SIGN_VERIFY(List.of("kms:Sign", "kms:Verify", "kms:GetPublicKey", "kms:DescribeKey")),
    /** HMAC generation and verification (HMAC keys). */
    GENERATE_VERIFY_MAC(List.of("kms:GenerateMac", "kms:VerifyMac", "kms:DescribeKey"));

    private final List<String> userActions;

    KeyUsage(List<String> userActions) {
        this.userActions = userActions;
    }

    /** The AWS wire value. */
    public String wire() {
        return name();
    }

    /**
     * What key users (and additional principals) may do with a key of this usage: the actions of KMS's default key
     * policy "Allows key users to use the KMS key" for this key type
     * (https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-default.html#key-policy-default-allow-users).
     */
    public List<String> userActions() {
        return userActions;
    }

    /** The usage with this wire value. */
    public static Optional<KeyUsage> fromWire(String value) {
        return WireValues.find(values(), KeyUsage::wire, value);
    }

    /** Every wire value, for messages. */
    public static List<String> wireValues() {
        return WireValues.values(values(), KeyUsage::wire);
    }
}
