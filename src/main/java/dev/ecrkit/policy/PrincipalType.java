package dev.ecrkit.policy;

import dev.ecrkit.validation.WireValues;
import java.util.List;
import java.util.Optional;

/**
 * The kind of principal in a statement's {@code Principal} element
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html).
 */
public enum PrincipalType {
    /** IAM principals: account root, users, roles, assumed-role sessions, account ids, or {@code *}. */
    AWS("AWS"),
    /** AWS service principals such as {@code ecr.amazonaws.com}. */
    SERVICE("Service"),
    /** Web identity or SAML federated principals. */
    FEDERATED("Federated"),
    /** Canonical user ids (Amazon S3). */
    CANONICAL_USER("CanonicalUser");

    private final String wire;

    PrincipalType(String wire) {
        this.wire = wire;
    }

    /** The JSON key. */
    public String wire() {
        return wire;
    }

    /** The type with this JSON key (exact case). */
    public static Optional<PrincipalType> fromWire(String value) {
        return WireValues.find(values(), PrincipalType::wire, value);
    }

    /** Every JSON key, for messages. */
    public static List<String> wireValues() {
        return WireValues.values(values(), PrincipalType::wire);
    }
}
