package dev.ecrkit.inputs;

import com.pulumi.core.annotations.Import;

/**
 * One item of {@code replication.rules[].destinations}; {@code registryId} left out means this account. Schema type
 * {@code ecrkit:index:ReplicationDestination}.
 */
public final class ReplicationDestinationArgs {
    @Input(doc = "The destination region")
    @Import(name = "region", required = true)
    private String region;
    @Input(doc = "The destination account id (12 digits); left out: this account")
    @Import(name = "registryId")
    private String registryId;

    private ReplicationDestinationArgs() {
    }
}
