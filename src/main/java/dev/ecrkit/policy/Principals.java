package dev.ecrkit.policy;

import java.util.List;
import java.util.Objects;

/**
 * Principals of one type in a statement (the module's {@code principals = {type, identifiers}}).
 *
 * @param type        the principal type
 * @param identifiers ARNs, account ids, service names...; at least one (checked by {@link PolicyStatement#check})
 */
public record Principals(PrincipalType type, List<String> identifiers) {
    public Principals {
        Objects.requireNonNull(type, "type");
        identifiers = List.copyOf(identifiers);
    }

    /** IAM principals (ARNs or account ids). */
    public static Principals aws(String... identifiers) {
        return new Principals(PrincipalType.AWS, List.of(identifiers));
    }

    /** Service principals such as {@code logs.eu-west-1.amazonaws.com}. */
    public static Principals service(String... identifiers) {
        return new Principals(PrincipalType.SERVICE, List.of(identifiers));
    }
}
