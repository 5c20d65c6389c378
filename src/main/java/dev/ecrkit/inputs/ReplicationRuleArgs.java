package dev.ecrkit.inputs;

import com.pulumi.core.annotations.Import;
import java.util.List;

/** One item of {@code replication.rules}. Schema type {@code ecrkit:index:ReplicationRule}. */
public final class ReplicationRuleArgs {
    @Input(doc = "Where to replicate (1-100)")
    @Import(name = "destinations", required = true)
    private List<ReplicationDestinationArgs> destinations;
    @Input(doc = "PREFIX_MATCH repository filters (1-100); none: every repository")
    @Import(name = "repositoryFilters")
    private List<String> repositoryFilters;

    private ReplicationRuleArgs() {
    }
}
