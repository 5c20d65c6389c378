package dev.ecrkit.kms;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A KMS key as a repository names it (ARN, alias or key id), and how ecrkit turns it into the key ARN the repository
 * receives. ECR accepts "the alias, key ID, or full ARN" and stores the key's ARN
 * (https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_EncryptionConfiguration.html); the provider's
 * {@code kmsKey} forces a new repository when it changes, so anything but the ARN would plan a replacement on every
 * later {@code pulumi up}. Pure: the lookups themselves are {@code dev.ecrkit.aws.KmsKeyArns}.
 *
 * @param value the reference as given (already checked against {@code EcrRules.KMS_KEY_PATTERN})
 */
public record KeyReference(String value) {
    /** A key ARN in any partition: kept as is. */
    public static final Pattern KEY_ARN = Pattern.compile("arn:aws(-[a-z]+)*:kms:[a-z0-9-]+:[0-9]{12}:key/[A-Za-z0-9-]+");
    /** An alias ARN in any partition. */
    public static final Pattern ALIAS_ARN = Pattern.compile("arn:aws(-[a-z]+)*:kms:[a-z0-9-]+:[0-9]{12}:(alias/.+)");
    /**
     * The alias of the AWS managed key for ECR. ECR uses that key when {@code KMS} comes with no key: "If no key is
     * specified, the default AWS managed KMS key for Amazon ECR will be used" (API_EncryptionConfiguration, kmsKey).
     */
    public static final String AWS_MANAGED_ALIAS = "alias/aws/ecr";

    /** How the key ARN is found. */
    public enum Lookup {
        /** A key ARN: sent as is. */
        NONE,
        /** An alias name ({@code alias/...}): its target key ARN ({@code kms.getAlias}). */
        ALIAS,
        /** A key id or an alias ARN (possibly of another account): the key's ARN ({@code kms.getKey}). */
        KEY,
        /** The AWS managed key {@value #AWS_MANAGED_ALIAS} (name or ARN): no key is sent, which means that key. */
        AWS_MANAGED
    }

    public KeyReference {
        Objects.requireNonNull(value, "value");
    }

    /** How this reference becomes a key ARN. */
    public Lookup lookup() {
        if (KEY_ARN.matcher(value).matches()) {
            return Lookup.NONE;
        }
        var aliasArn = ALIAS_ARN.matcher(value);
        String alias = aliasArn.matches() ? aliasArn.group(2) : value;
        if (alias.equals(AWS_MANAGED_ALIAS)) {
            return Lookup.AWS_MANAGED;
        }
        return value.startsWith("alias/") ? Lookup.ALIAS : Lookup.KEY;
    }
}
