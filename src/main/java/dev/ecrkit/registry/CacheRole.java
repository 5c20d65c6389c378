package dev.ecrkit.registry;

import java.util.Objects;

/**
 * The IAM role ECR assumes to pull from an upstream ECR registry of another account (a pull-through cache rule's
 * {@code customRoleArn}): none, one you give, or one ecrkit creates with the trust and permissions AWS documents
 * (https://docs.aws.amazon.com/AmazonECR/latest/userguide/pull-through-cache-private.html) and attaches to the rule.
 */
public sealed interface CacheRole permits CacheRole.None, CacheRole.Existing, CacheRole.Created {

    /** No role: the upstream is this account (or not ECR). */
    static CacheRole none() {
        return new None();
    }

    /** An existing role, by ARN (same account as the cache registry). */
    static CacheRole existing(String roleArn) {
        return new Existing(roleArn);
    }

    /** A role ecrkit creates and attaches. */
    static CacheRole create() {
        return new Created();
    }

    /** No role. */
    record None() implements CacheRole {
    }

    /**
     * An existing role.
     *
     * @param arn its ARN
     */
    record Existing(String arn) implements CacheRole {
        public Existing {
            Objects.requireNonNull(arn, "arn");
        }
    }

    /** A created role. */
    record Created() implements CacheRole {
    }
}
