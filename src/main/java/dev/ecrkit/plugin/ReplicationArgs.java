package dev.ecrkit.plugin;

import com.pulumi.core.annotations.Import;
import java.util.List;

/**
 * {@code replication} of a Registry ({@code ecrkit:registry.replication}). Schema type
 * {@code ecrkit:index:Replication}.
 */
final class ReplicationArgs {
    @Import(name = "rules", required = true)
    private List<ReplicationRuleArgs> rules;

    private ReplicationArgs() {
    }
}
