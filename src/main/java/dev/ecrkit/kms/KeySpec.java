package dev.ecrkit.kms;

import dev.ecrkit.validation.WireValues;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The type of key material (KMS API {@code KeySpec}, sent as the provider's {@code customerMasterKeySpec}) and the key
 * usages each supports (https://docs.aws.amazon.com/kms/latest/developerguide/symm-asymm-choose-key-spec.html).
 */
public enum KeySpec {
    /** 256-bit AES-GCM symmetric key. The default; the only spec ECR and automatic rotation accept. */
    SYMMETRIC_DEFAULT(Set.of(KeyUsage.ENCRYPT_DECRYPT)),
    /** RSA 2048. */
    RSA_2048(Set.of(KeyUsage.ENCRYPT_DECRYPT, KeyUsage.SIGN_VERIFY)),
    /** RSA 3072. */
    RSA_3072(Set.of(KeyUsage.ENCRYPT_DECRYPT, KeyUsage.SIGN_VERIFY)),
    /** RSA 4096. */
    RSA_4096(Set.of(KeyUsage.ENCRYPT_DECRYPT, KeyUsage.SIGN_VERIFY)),
    /** ECC NIST P-256. */
    ECC_NIST_P256(Set.of(KeyUsage.SIGN_VERIFY)),
    /** ECC NIST P-384. */
    ECC_NIST_P384(Set.of(KeyUsage.SIGN_VERIFY)),
    /** ECC NIST P-521. */
    ECC_NIST_P521(Set.of(KeyUsage.SIGN_VERIFY)),
    /** ECC secp256k1. */
    ECC_SECG_P256K1(Set.of(KeyUsage.SIGN_VERIFY)),
    /** HMAC with a 224-bit key. */
    HMAC_224(Set.of(KeyUsage.GENERATE_VERIFY_MAC)),
    /** HMAC with a 256-bit key. */
    HMAC_256(Set.of(KeyUsage.GENERATE_VERIFY_MAC)),
    /** HMAC with a 384-bit key. */
    HMAC_384(Set.of(KeyUsage.GENERATE_VERIFY_MAC)),
    /** HMAC with a 512-bit key. */
    HMAC_512(Set.of(KeyUsage.GENERATE_VERIFY_MAC));

    private final Set<KeyUsage> usages;

    KeySpec(Set<KeyUsage> usages) {
        this.usages = usages;
    }

    /** The AWS wire value. */
    public String wire() {
        return name();
    }

    /** Whether a key of this spec can have {@code usage}. */
    public boolean supports(KeyUsage usage) {
        return usages.contains(usage);
    }

    /** The specs that support {@code usage}, in declaration order. */
    public static List<String> supporting(KeyUsage usage) {
        return java.util.Arrays.stream(values()).filter(s -> s.supports(usage)).map(KeySpec::wire).toList();
    }

    /** The spec with this wire value. */
    public static Optional<KeySpec> fromWire(String value) {
        return WireValues.find(values(), KeySpec::wire, value);
    }
}
