package dev.ecrkit.observability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ecrkit.naming.DerivedName;
import dev.ecrkit.validation.EcrRules;
import dev.ecrkit.validation.Problems;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The names a stack's shared event log policy relies on: every log group and recording rule Logging creates. */
class EventLogNamesTest {
    /** Repository names at every length boundary of the rule name: 44/45 with a slash, 53/54 without, runs of dashes. */
    private static List<String> edgeNames() {
        var names = new ArrayList<>(List.of("ab", "app", "team/app", "team.app", "a__b", "a--b/c", "a/b/c/d"));
        for (int length : new int[] {43, 44, 45, 46, 52, 53, 54, 55, 56, 64, 100, 256}) {
            names.add("a".repeat(length));
            names.add("t/" + "b".repeat(length - 2));
            names.add("c".repeat(length - 4) + "-" + "/d".repeat(1) + "e");
            names.add("f" + "-".repeat(length - 2) + "g");
        }
        names.removeIf(n -> {
            var p = new Problems();
            EcrRules.checkName(p, "n", n);
            return !p.isEmpty();
        });
        return names;
    }

    @Test
    void everyEventLogGroup_matchesTheSharedPolicysLogGroupPattern() {
        var pattern = ObservabilityNames.wildcard(ObservabilityNames.eventLogGroups());
        for (String name : edgeNames()) {
            assertEquals("/aws/ecr/" + name, ObservabilityNames.logGroup(name), "never sanitized");
            assertTrue(pattern.matcher(ObservabilityNames.logGroup(name)).matches(), name);
        }
        assertFalse(pattern.matcher("/aws/lambda/f").matches());
    }

    @Test
    void everyRecordingRule_isCoveredByAPatternOrListedByName() {
        assertTrue(edgeNames().size() > 40);
        for (String name : edgeNames()) {
            String rule = ObservabilityNames.eventsRule(name);
            var sources = ObservabilityNames.eventRuleSources(List.of(name));
            assertTrue(sources.stream().anyMatch(s -> ObservabilityNames.wildcard(s).matcher(rule).matches()),
                    name + " -> " + rule);
        }
    }

    @Test
    void eventsRulePatterns_matchOnlyRulesNamedAfterEcrEvents() {
        assertEquals(List.of("*-ecr-events", "*-ecr-events-????????"), ObservabilityNames.eventsRulePatterns());
        assertTrue(ObservabilityNames.eventsRuleMatchesPatterns("team/app"));
        assertTrue(ObservabilityNames.eventsRuleMatchesPatterns("a".repeat(53)), "64 characters, kept");
        assertTrue(ObservabilityNames.eventsRuleMatchesPatterns("t/" + "b".repeat(42)), "44 with a slash");
        assertFalse(ObservabilityNames.eventsRuleMatchesPatterns("t/" + "b".repeat(43)), "45 with a slash: shortened");
        assertFalse(ObservabilityNames.eventsRuleMatchesPatterns("a".repeat(54)), "54 without: shortened");
        var patterns = ObservabilityNames.eventsRulePatterns().stream().map(ObservabilityNames::wildcard).toList();
        for (String other : List.of("app-ecr-basic-scan-findings", "app-ecr-image-pushes", "app-ecr-storage-metric",
                "backup-schedule", "app-ecr-events-1234567", "app-ecr-eventsx")) {
            assertTrue(patterns.stream().noneMatch(p -> p.matcher(other).matches()), other);
        }
    }

    @Test
    void eventRuleSources_listOnlyShortenedRules_sortedAndOnce() {
        String longA = "z/" + "a".repeat(60);
        String longB = "b".repeat(70);
        assertEquals(ObservabilityNames.eventsRulePatterns(),
                ObservabilityNames.eventRuleSources(List.of("payments-api", "team/app")));
        assertEquals(List.of("*-ecr-events", "*-ecr-events-????????", ObservabilityNames.eventsRule(longB),
                        ObservabilityNames.eventsRule(longA)),
                ObservabilityNames.eventRuleSources(List.of(longA, "app", longB, longA)));
        assertEquals("b".repeat(55) + "-" + DerivedName.hash(longB + "-ecr-events"), ObservabilityNames.eventsRule(longB));
    }

    @Test
    void eventLogPolicy_isNamedAfterProjectAndStack_sanitizedWhenNeeded() {
        assertEquals("ecrkit-dev-ecr-event-logs", ObservabilityNames.eventLogPolicy("ecrkit", "dev"));
        assertEquals("ecrkit-team-prod-ecr-event-logs-" + DerivedName.hash("ecrkit-team/prod-ecr-event-logs"),
                ObservabilityNames.eventLogPolicy("ecrkit", "team/prod"));
        assertEquals(64, ObservabilityNames.eventLogPolicy("p".repeat(40), "s".repeat(40)).length());
        assertTrue(ObservabilityNames.eventLogPolicy("p", "s").endsWith(ObservabilityNames.EVENT_LOG_POLICY_SUFFIX));
    }
}
