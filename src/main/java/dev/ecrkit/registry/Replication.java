package dev.ecrkit.registry;

import dev.ecrkit.validation.Problems;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The registry's replication configuration (AWS API {@code ReplicationConfiguration}): one per account and region.
 * Images pushed after the configuration exists are copied to every destination of every rule whose filters match.
 *
 * @param rules 1-{@value #MAX_RULES} rules
 */
public record Replication(List<ReplicationRule> rules) {
    /** Rules per configuration (https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_ReplicationConfiguration.html, "Maximum number of 10 items"; service-quotas.html "Rules per replication configuration: 10"). */
    public static final int MAX_RULES = 10;
    /** Unique destinations across all rules (https://docs.aws.amazon.com/AmazonECR/latest/userguide/service-quotas.html, "Unique destinations across all rules in a replication configuration: 25"). */
    public static final int MAX_UNIQUE_DESTINATIONS = 25;

    public Replication {
        rules = List.copyOf(rules);
    }

    /** A configuration of these rules. */
    public static Replication of(ReplicationRule... rules) {
        return new Replication(List.of(rules));
    }

    /**
     * The Terraform module's replication: one rule, every repository, to each region in the stack's own account
     * (its {@code enable_replication} + {@code replication_regions}).
     */
    public static Replication sameAccountRegions(List<String> regions) {
        return of(new ReplicationRule(regions.stream().map(ReplicationDestination::sameAccount).toList(), List.of()));
    }

    /** Every destination region, in rule order, without repeats. */
    public List<String> regions() {
        var out = new LinkedHashSet<String>();
        rules.forEach(r -> r.destinations().forEach(d -> out.add(d.region())));
        return List.copyOf(out);
    }

    /**
     * Checks the configuration; fields {@code rules}, {@code rules[i].*}. A non-empty {@code sourceRegion} (the
     * stack's region) also rejects a same-account destination in that region: AWS does not replicate a registry
     * to itself.
     */
    public void validate(Problems p, String sourceRegion) {
        if (rules.isEmpty()) {
            p.addNoValue("rules", "at least 1 rule is required");
        } else if (rules.size() > MAX_RULES) {
            p.add("rules", "at most " + MAX_RULES + " rules", rules.size());
        }
        for (int i = 0; i < rules.size(); i++) {
            rules.get(i).validate(p.at("rules[" + i + "]"));
        }
        var unique = new LinkedHashSet<ReplicationDestination>();
        rules.forEach(r -> unique.addAll(r.destinations()));
        if (unique.size() > MAX_UNIQUE_DESTINATIONS) {
            p.add("rules", "at most " + MAX_UNIQUE_DESTINATIONS + " unique destinations across all rules",
                    unique.size());
        }
        if (!sourceRegion.isEmpty()) {
            checkSource(p, sourceRegion, "");
        }
    }

    /**
     * Checks that no destination is the source registry itself: same region and same account. {@code ownAccountId}
     * "" checks only the same-account destinations (the account is not known yet).
     */
    public void checkSource(Problems p, String sourceRegion, String ownAccountId) {
        for (int i = 0; i < rules.size(); i++) {
            var destinations = rules.get(i).destinations();
            for (int j = 0; j < destinations.size(); j++) {
                var d = destinations.get(j);
                boolean ownAccount = d.isSameAccount() || d.registryId().equals(ownAccountId);
                if (ownAccount && d.region().equals(sourceRegion)) {
                    p.add("rules[" + i + "].destinations[" + j + "].region", "must differ from the stack's own region "
                            + sourceRegion + " for a destination in the same account: a registry cannot replicate to"
                            + " itself", d.region());
                }
            }
        }
    }
}
