package dev.ecrkit.plugin;

import com.pulumi.core.annotations.Import;

/**
 * One item of {@code replication.rules[].destinations}; {@code registryId} left out means this account. Schema type
 * {@code ecrkit:index:ReplicationDestination}.
 */
final class ReplicationDestinationArgs {
    @Import(name = "region", required = true)
    private String region;
    @Import(name = "registryId")
    private String registryId;

    private ReplicationDestinationArgs() {
    }
}
