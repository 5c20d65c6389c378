package dev.ecrkit.registry;

import dev.ecrkit.validation.WireValues;
import java.util.List;
import java.util.Optional;

/**
 * When ECR applies a repository creation template
 * (https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_RepositoryCreationTemplate.html, appliedFor "Valid
 * Values: REPLICATION | PULL_THROUGH_CACHE | CREATE_ON_PUSH").
 */
public enum AppliedFor {
    /** Repositories ECR creates when replicating into this registry. */
    REPLICATION,
    /** Repositories ECR creates for a pull-through cache rule. */
    PULL_THROUGH_CACHE,
    /** Repositories ECR creates when an image is pushed to a repository that does not exist. */
    CREATE_ON_PUSH;

    /** The AWS wire value. */
    public String wire() {
        return name();
    }

    /** The value with this wire value. */
    public static Optional<AppliedFor> fromWire(String value) {
        return WireValues.find(values(), AppliedFor::wire, value);
    }

    /** Every wire value. */
    public static List<String> wireValues() {
        return WireValues.values(values(), AppliedFor::wire);
    }
}
