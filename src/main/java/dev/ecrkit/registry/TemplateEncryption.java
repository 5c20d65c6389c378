package dev.ecrkit.registry;

import dev.ecrkit.ecr.EncryptionType;
import dev.ecrkit.validation.Problems;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Encryption of the repositories a creation template creates (AWS API
 * {@code EncryptionConfigurationForRepositoryCreationTemplate}).
 *
 * @param type   AES256 or KMS
 * @param kmsKey the full ARN of the KMS key (KMS only), or "" for the AWS managed key {@code aws/ecr}
 */
public record TemplateEncryption(EncryptionType type, String kmsKey) {
    /**
     * A template's KMS key: the full key ARN, not an alias or key id
     * (https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_EncryptionConfigurationForRepositoryCreationTemplate.html,
     * "The full ARN of the KMS key must be specified"; BOTO {@code KmsKeyForRepositoryCreationTemplate} pattern).
     */
    public static final Pattern KMS_KEY_ARN_PATTERN =
            Pattern.compile("arn:aws[a-z0-9-]*:kms:[a-z0-9-]+:[0-9]{12}:key/[a-z0-9-]+");
    /** Longest key ARN (API_EncryptionConfigurationForRepositoryCreationTemplate.html, kmsKey "Maximum length of 2048"). */
    public static final int KMS_KEY_MAX_LENGTH = 2048;

    public TemplateEncryption {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(kmsKey, "kmsKey");
    }

    /** AES256 (the AWS default). */
    public static TemplateEncryption aes256() {
        return new TemplateEncryption(EncryptionType.AES256, "");
    }

    /** KMS with the AWS managed key {@code aws/ecr}. */
    public static TemplateEncryption kms() {
        return new TemplateEncryption(EncryptionType.KMS, "");
    }

    /** KMS with a customer managed key, given by its full ARN. */
    public static TemplateEncryption kms(String keyArn) {
        return new TemplateEncryption(EncryptionType.KMS, keyArn);
    }

    /** Checks type and key; fields {@code encryptionType} and {@code kmsKey}. */
    public void validate(Problems p) {
        if (type == EncryptionType.KMS_DSSE) {
            p.add("encryptionType", "must be AES256 or KMS: the AWS provider's template input and the Terraform module"
                    + " take only these two", type.wire());
        }
        if (!kmsKey.isEmpty() && type != EncryptionType.KMS) {
            p.add("kmsKey", "only used with encryptionType KMS (encryptionType is " + type.wire() + ")", kmsKey);
        } else if (!kmsKey.isEmpty() && (kmsKey.length() > KMS_KEY_MAX_LENGTH || !KMS_KEY_ARN_PATTERN.matcher(kmsKey).matches())) {
            p.add("kmsKey", "must be the full ARN of a KMS key (arn:aws:kms:<region>:<account>:key/<id>); an alias or"
                    + " key id is not accepted for templates", kmsKey);
        }
    }
}
