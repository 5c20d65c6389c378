package dev.ecrkit.registry;

import dev.ecrkit.validation.Problems;
import java.util.HashSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One replication rule (AWS API {@code ReplicationRule}): destinations, and optional repository-name prefixes that
 * select the repositories it replicates.
 *
 * @param destinations      1-{@value #MAX_DESTINATIONS} destinations
 * @param repositoryFilters repository-name prefixes ({@code PREFIX_MATCH}); empty = every repository of the registry.
 *                          Default: empty
 */
public record ReplicationRule(List<ReplicationDestination> destinations, List<String> repositoryFilters) {
    /** Destinations per rule (https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_ReplicationRule.html, "Maximum number of 100 items"). */
    public static final int MAX_DESTINATIONS = 100;
    /** Fewest filters when filters are given (API_ReplicationRule.html, repositoryFilters "Minimum number of 1 item"). */
    public static final int MIN_FILTERS = 1;
    /** Filters per rule (API_ReplicationRule.html "Maximum number of 100 items"; service-quotas.html "Filters per rule in a replication configuration: 100"). */
    public static final int MAX_FILTERS = 100;
    /** The only filter type (https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_RepositoryFilter.html). */
    public static final String FILTER_TYPE = "PREFIX_MATCH";
    /** Shortest filter (API_RepositoryFilter.html, "Minimum length of 2"). */
    public static final int FILTER_MIN_LENGTH = 2;
    /** Longest filter (API_RepositoryFilter.html, "Maximum length of 256"). */
    public static final int FILTER_MAX_LENGTH = 256;
    /** Filter pattern (API_RepositoryFilter.html, "Pattern: ^(?:[a-z0-9]+(?:[._-][a-z0-9]*)*&#47;)*[a-z0-9]*(?:[._-][a-z0-9]*)*$"). */
    public static final Pattern FILTER_PATTERN =
            Pattern.compile("(?:[a-z0-9]+(?:[._-][a-z0-9]*)*/)*[a-z0-9]*(?:[._-][a-z0-9]*)*");

    public ReplicationRule {
        destinations = List.copyOf(destinations);
        repositoryFilters = List.copyOf(repositoryFilters);
    }

    /** A rule replicating every repository to {@code destinations}. */
    public static ReplicationRule of(ReplicationDestination... destinations) {
        return new ReplicationRule(List.of(destinations), List.of());
    }

    /** The same rule limited to repositories whose names start with one of {@code prefixes}. */
    public ReplicationRule withRepositoryFilters(String... prefixes) {
        return new ReplicationRule(destinations, List.of(prefixes));
    }

    /** Checks the rule; fields {@code destinations}, {@code destinations[i].*}, {@code repositoryFilters[i]}. */
    public void validate(Problems p) {
        if (destinations.isEmpty()) {
            p.addNoValue("destinations", "at least 1 destination is required");
        } else if (destinations.size() > MAX_DESTINATIONS) {
            p.add("destinations", "at most " + MAX_DESTINATIONS + " destinations per rule",
                    destinations.size());
        }
        var seen = new HashSet<ReplicationDestination>();
        for (int i = 0; i < destinations.size(); i++) {
            var d = destinations.get(i);
            d.validate(p.at("destinations[" + i + "]"));
            if (!seen.add(d)) {
                p.add("destinations[" + i + "]", "is listed twice in this rule", d.region()
                        + (d.isSameAccount() ? "" : " / " + d.registryId()));
            }
        }
        if (repositoryFilters.size() > MAX_FILTERS) {
            p.add("repositoryFilters", "at most " + MAX_FILTERS + " filters per rule (" + MIN_FILTERS + "-"
                    + MAX_FILTERS + " when given)", repositoryFilters.size());
        }
        for (int i = 0; i < repositoryFilters.size(); i++) {
            checkFilter(p, "repositoryFilters[" + i + "]", repositoryFilters.get(i));
        }
    }

    /** Checks one repository-name prefix filter. */
    public static void checkFilter(Problems p, String field, String filter) {
        if (filter.length() < FILTER_MIN_LENGTH || filter.length() > FILTER_MAX_LENGTH
                || !FILTER_PATTERN.matcher(filter).matches()) {
            p.add(field, "must be a repository-name prefix of " + FILTER_MIN_LENGTH + "-" + FILTER_MAX_LENGTH
                    + " characters of lowercase letters, digits, '.', '_', '-' and '/' (PREFIX_MATCH)", filter);
        }
    }
}
