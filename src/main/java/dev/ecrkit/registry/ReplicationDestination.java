package dev.ecrkit.registry;

import dev.ecrkit.validation.Problems;
import java.util.Objects;

/**
 * Where a replication rule copies images: a region and a registry (AWS API {@code ReplicationDestination}).
 *
 * @param region     the destination region, for example {@code us-west-2}
 * @param registryId the destination registry (12-digit account id), or "" for the registry of the stack's own
 *                   account (resolved from the caller identity when the component is created)
 */
public record ReplicationDestination(String region, String registryId) {
    /** The value of {@link #registryId} that means "this account". */
    public static final String SAME_ACCOUNT = "";

    public ReplicationDestination {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(registryId, "registryId");
    }

    /** Cross-region replication inside the stack's own account (what the Terraform module's replication does). */
    public static ReplicationDestination sameAccount(String region) {
        return new ReplicationDestination(region, SAME_ACCOUNT);
    }

    /**
     * Replication to another registry. For another account, that registry's policy must allow this account
     * {@code ecr:ReplicateImage} and {@code ecr:CreateRepository} (docs/registry.md).
     */
    public static ReplicationDestination toRegistry(String region, String registryId) {
        return new ReplicationDestination(region, registryId);
    }

    /** Whether the destination is in the stack's own account. */
    public boolean isSameAccount() {
        return registryId.isEmpty();
    }

    /** The registry id, with the own account filled in. */
    public String resolvedRegistryId(String ownAccountId) {
        return isSameAccount() ? ownAccountId : registryId;
    }

    /** Checks region and registry id; fields {@code region} and {@code registryId}. */
    public void validate(Problems p) {
        RegistryRules.checkRegion(p, "region", region);
        if (!isSameAccount()) {
            RegistryRules.checkRegistryId(p, "registryId", registryId);
        }
    }
}
