package dev.ecrkit.plugin;

import com.pulumi.core.annotations.Import;
import java.util.List;

/** One item of {@code replication.rules}. Schema type {@code ecrkit:index:ReplicationRule}. */
final class ReplicationRuleArgs {
    @Import(name = "destinations", required = true)
    private List<ReplicationDestinationArgs> destinations;
    @Import(name = "repositoryFilters")
    private List<String> repositoryFilters;

    private ReplicationRuleArgs() {
    }
}
