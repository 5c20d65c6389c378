package dev.ecrkit;

import com.pulumi.core.Output;
import dev.ecrkit.ecr.EncryptionType;
import dev.ecrkit.kms.KmsKeySettings;
import java.util.Objects;

/**
 * How a repository is encrypted: exactly one of AES256, KMS with a key you give (ARN, alias or key id, plain or
 * {@link Output}), or KMS with a key ecrkit creates ({@link #kmsWithNewKey(EncryptionType, KmsKeySettings)}).
 * Default: {@link #aes256()}, as in the Terraform module.
 */
public sealed interface Encryption permits Encryption.Aes256, Encryption.KmsKeyRef, Encryption.NewKmsKey {

    /** The AWS encryption type this setting sends. */
    EncryptionType type();

    /** AES256 (Amazon S3-managed keys). */
    static Encryption aes256() {
        return new Aes256();
    }

    /**
     * KMS with an existing key: its ARN, alias ({@code alias/name} or alias ARN) or key id. The repository receives the
     * key's ARN: an alias or id is resolved at deploy time ({@code kms.getAlias}, {@code kms.getKey}; see
     * docs/encryption.md), {@code alias/aws/ecr} is sent as no key (ECR's AWS managed key).
     */
    static Encryption kms(String keyArnAliasOrId) {
        return new KmsKeyRef(EncryptionType.KMS, Output.of(keyArnAliasOrId), keyArnAliasOrId);
    }

    /** KMS with a key that comes from another resource; validated when it resolves. */
    static Encryption kms(Output<String> key) {
        return new KmsKeyRef(EncryptionType.KMS, key, "");
    }

    /**
     * KMS dual-layer encryption (KMS_DSSE) with an existing key, resolved like {@link #kms(String)}. AWS offers DSSE-KMS
     * only in the AWS GovCloud (US) Regions: the repository refuses it when its provider's partition is not
     * {@code aws-us-gov}.
     */
    static Encryption kmsDsse(String keyArnAliasOrId) {
        return new KmsKeyRef(EncryptionType.KMS_DSSE, Output.of(keyArnAliasOrId), keyArnAliasOrId);
    }

    /** KMS dual-layer encryption (KMS_DSSE) with a key that comes from another resource. */
    static Encryption kmsDsse(Output<String> key) {
        return new KmsKeyRef(EncryptionType.KMS_DSSE, key, "");
    }

    /**
     * KMS or KMS_DSSE with a customer managed key that the Repository creates (a {@link KmsKey} child) with every
     * setting at its default: a symmetric key with rotation, the generated key policy and alias
     * {@code alias/ecr/<repository name>}.
     */
    static Encryption kmsWithNewKey(EncryptionType type) {
        return new NewKmsKey(type, KmsKeySettings.defaults());
    }

    /**
     * KMS or KMS_DSSE with a customer managed key that the Repository creates with these settings; they are
     * validated by {@link RepositoryArgs.Builder#build()} (fields {@code kms.*}).
     */
    static Encryption kmsWithNewKey(EncryptionType type, KmsKeySettings settings) {
        return new NewKmsKey(type, settings);
    }

    /** AES256. */
    record Aes256() implements Encryption {
        @Override
        public EncryptionType type() {
            return EncryptionType.AES256;
        }
    }

    /**
     * KMS or KMS_DSSE with a given key.
     *
     * @param type  KMS or KMS_DSSE
     * @param key   the key reference as sent to AWS
     * @param plain the key when given as a plain value ("" when it arrives as an Output)
     */
    record KmsKeyRef(EncryptionType type, Output<String> key, String plain) implements Encryption {
        public KmsKeyRef {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(plain, "plain");
        }
    }

    /**
     * KMS or KMS_DSSE with a key to be created by ecrkit.
     *
     * @param type     KMS or KMS_DSSE
     * @param settings the key's settings
     */
    record NewKmsKey(EncryptionType type, KmsKeySettings settings) implements Encryption {
        public NewKmsKey {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(settings, "settings");
        }
    }
}
