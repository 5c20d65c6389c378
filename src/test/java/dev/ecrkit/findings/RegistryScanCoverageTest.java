package dev.ecrkit.findings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Registry scanning filters against repository names, as the ECR user guide's filter table gives them. */
class RegistryScanCoverageTest {
    /**
     * The table of https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-scanning-filters.html (repository
     * names across, filters down), row by row, plus edge cases of the same rules.
     */
    @ParameterizedTest(name = "{0} vs {1}: {2}")
    @CsvSource({
        // the user guide's table
        "prod,      prod,           true",
        "prod,      repo-prod,      true",
        "prod,      prod-repo,      true",
        "prod,      repo-prod-repo, true",
        "prod,      prodrepo,       true",
        "*prod,     prod,           true",
        "*prod,     repo-prod,      true",
        "*prod,     prod-repo,      false",
        "*prod,     repo-prod-repo, false",
        "*prod,     prodrepo,       false",
        "prod*,     prod,           true",
        "prod*,     repo-prod,      false",
        "prod*,     prod-repo,      true",
        "prod*,     repo-prod-repo, false",
        "prod*,     prodrepo,       true",
        "*prod*,    prod,           true",
        "*prod*,    repo-prod,      true",
        "*prod*,    prod-repo,      true",
        "*prod*,    repo-prod-repo, true",
        "*prod*,    prodrepo,       true",
        "prod*repo, prod,           false",
        "prod*repo, repo-prod,      false",
        "prod*repo, prod-repo,      true",
        "prod*repo, repo-prod-repo, false",
        "prod*repo, prodrepo,       true",
        // the same rules on other names: * alone, namespaces, regex characters taken literally
        "*,         anything/at-all, true",
        "team-a/*,  team-a/web,     true",
        "team-a/*,  team-b/web,     false",
        "a.b,       axb,            false",
        "a.b,       x-a.b-y,        true",
        "a*b*c,     abc,            true",
        "a*b*c,     a-c-b,          false",
    })
    void wildcardFilter_matchesAsTheUserGuideTableSays(String filter, String repository, boolean expected) {
        assertEquals(expected, RegistryScanCoverage.matches(filter, repository));
    }

    @Test
    void onlyScanOnPushAndContinuousRulesCover_manualDoesNot() {
        var coverage = RegistryScanCoverage.of(List.of(Map.of("scanType", "ENHANCED", "rules", List.of(
                rule("CONTINUOUS_SCAN", "prod-*"), rule("SCAN_ON_PUSH", "team-a/*")))));
        assertEquals(Optional.of("CONTINUOUS_SCAN prod-*"), coverage.covering("prod-web").map(r -> r.frequency() + " " + r.filter()));
        assertEquals(Optional.of("SCAN_ON_PUSH team-a/*"), coverage.covering("team-a/api").map(r -> r.frequency() + " " + r.filter()));
        assertEquals(Optional.empty(), coverage.covering("dev-web"));
        var manual = RegistryScanCoverage.of(List.of(Map.of("scanType", "BASIC", "rules", List.of(rule("MANUAL", "*")))));
        assertEquals(Optional.empty(), manual.covering("prod-web"));
        assertEquals(Optional.empty(), RegistryScanCoverage.of(List.of()).covering("prod-web"));
    }

    private static Map<String, Object> rule(String frequency, String filter) {
        return Map.of("scanFrequency", frequency, "repositoryFilters", List.of(Map.of("filter", filter, "filterType", "WILDCARD")));
    }
}
