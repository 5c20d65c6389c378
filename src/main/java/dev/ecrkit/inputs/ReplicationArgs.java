package dev.ecrkit.inputs;

import com.pulumi.core.annotations.Import;
import java.util.List;

/**
 * {@code replication} of a Registry ({@code ecrkit:registry.replication}). Schema type
 * {@code ecrkit:index:Replication}.
 */
public final class ReplicationArgs {
    @Input(doc = "The rules (1-10)")
    @Import(name = "rules", required = true)
    private List<ReplicationRuleArgs> rules;

    private ReplicationArgs() {
    }
}
