package dev.ecrkit.findings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ecrkit.stack.PlanMocks;
import dev.ecrkit.stack.SyntheticPlan;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The findings of a large stack take one pass over its resources (counted, not timed), and stay right. */
class FindingsScaleTest {
    private static final int REPOSITORIES = 2000;

    @Test
    void findingsOf2000Repositories_readEveryResourceOnce() {
        var resources = new SyntheticPlan.CountingList<>(SyntheticPlan.resources(REPOSITORIES));
        var findings = Findings.of(resources, PlanMocks.ACCOUNT_ID);
        assertEquals(resources.size(), resources.reads(), "element reads: one pass over " + resources.size() + " resources");

        Map<String, Long> byCheck = findings.stream().collect(Collectors.groupingBy(Finding::id, TreeMap::new,
                Collectors.counting()));
        assertEquals(new TreeMap<>(Map.of(
                Check.MUTABLE_TAGS.id(), (long) REPOSITORIES,
                Check.NO_CUSTOMER_MANAGED_KEY.id(), (long) REPOSITORIES,
                Check.LOG_RETENTION_UNDER_A_YEAR.id(), (long) REPOSITORIES,
                // odd repositories have no lifecycle policy; repo-0000 to repo-0999 are scanned by the registry rule
                Check.NO_LIFECYCLE_POLICY.id(), (long) REPOSITORIES / 2,
                Check.SCAN_ON_PUSH_OFF.id(), (long) REPOSITORIES - 1000)), byCheck);
        // every finding names its own entry's key (the ancestor walk through the URN index)
        for (Finding f : findings) {
            String entry = f.urn().replaceFirst(".*::", "").replaceFirst("^(repo-\\d{4}).*", "$1");
            assertEquals(true, f.key().startsWith("ecrkit:repositories." + entry + "."), f.toString());
        }
        assertEquals(SyntheticPlan.entry(1000), findings.stream().filter(f -> f.id().equals(Check.SCAN_ON_PUSH_OFF.id()))
                .map(f -> f.urn().replaceFirst(".*::", "")).sorted().findFirst().orElseThrow());
    }
}
