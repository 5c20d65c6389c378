package dev.ecrkit.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RegistryScanningTest {
    private static List<String> problems(RegistryScanning s) {
        return ProblemLines.of(s::validate);
    }

    @Test
    void rulesOfTheSameFrequency_areMergedIntoOneRuleWithoutRepeats() {
        var s = RegistryScanning.builder().scanType(ScanType.ENHANCED)
                .rule(ScanFrequency.SCAN_ON_PUSH, "a", "b")
                .rule(ScanFrequency.CONTINUOUS_SCAN, "prod-*")
                .rule(ScanFrequency.SCAN_ON_PUSH, "c", "a")
                .build();
        assertEquals(Map.of(ScanFrequency.SCAN_ON_PUSH, List.of("a", "b", "c"), ScanFrequency.CONTINUOUS_SCAN,
                List.of("prod-*")), s.rules());
        assertEquals(List.of(), problems(s));
        assertEquals(List.of("a", "b", "c", "prod-*"), s.allFilters());
    }

    @Test
    void moduleScanning_allFiltersInOneScanOnPushRule_evenBeyondTheTwoRuleLimit() {
        var s = RegistryScanning.fromModule(ScanType.BASIC, false, List.of("a", "b", "c", "d"));
        assertEquals(ScanType.BASIC, s.scanType());
        assertEquals(Map.of(ScanFrequency.SCAN_ON_PUSH, List.of("a", "b", "c", "d")), s.rules());
        assertEquals(List.of(), problems(s), "the module would make 4 rules here and AWS would reject them");
    }

    @Test
    void moduleScanning_secretScanningForcesEnhanced_noFiltersNoRule() {
        assertEquals(ScanType.ENHANCED, RegistryScanning.fromModule(ScanType.BASIC, true, List.of("*")).scanType());
        assertEquals(Map.of(), RegistryScanning.fromModule(ScanType.ENHANCED, false, List.of()).rules());
    }

    @Test
    void threeFrequencies_exceedTheTwoRuleLimit() {
        var s = RegistryScanning.builder().scanType(ScanType.BASIC)
                .rule(ScanFrequency.SCAN_ON_PUSH, "a").rule(ScanFrequency.MANUAL, "b")
                .rule(ScanFrequency.CONTINUOUS_SCAN, "c").build();
        var lines = problems(s);
        assertEquals("rules: at most 2 rules (one per scan frequency), got [\"SCAN_ON_PUSH\", \"CONTINUOUS_SCAN\", \"MANUAL\"]",
                lines.get(0));
    }

    @Test
    void frequency_mustSuitTheScanType() {
        assertEquals(List.of("rules[0].scanFrequency: is not available with scan type BASIC (BASIC: SCAN_ON_PUSH or MANUAL;"
                + " ENHANCED: SCAN_ON_PUSH or CONTINUOUS_SCAN), got \"CONTINUOUS_SCAN\""),
                problems(RegistryScanning.builder().scanType(ScanType.BASIC).rule(ScanFrequency.CONTINUOUS_SCAN, "*").build()));
        assertEquals(List.of("rules[0].scanFrequency"), ProblemLines.fields(RegistryScanning.builder()
                .scanType(ScanType.ENHANCED).rule(ScanFrequency.MANUAL, "*").build()::validate));
    }

    @Test
    void filtersPerRule_oneToOneHundred() {
        var hundred = IntStream.range(0, 100).mapToObj(i -> "team-" + i).toList();
        assertEquals(List.of(), problems(RegistryScanning.builder().rule(ScanFrequency.SCAN_ON_PUSH, hundred).build()));
        var hundredOne = IntStream.range(0, 101).mapToObj(i -> "team-" + i).toList();
        assertEquals(List.of("rules[0].repositoryFilters: must have 1-100 filters, got 101"),
                problems(RegistryScanning.builder().rule(ScanFrequency.SCAN_ON_PUSH, hundredOne).build()));
        assertEquals(List.of("rules[0].repositoryFilters: must have 1-100 filters, got 0"),
                problems(RegistryScanning.builder().rule(ScanFrequency.SCAN_ON_PUSH, List.of()).build()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Team", "-team", "team-", "team a", "a//b"})
    void badFilter_isNamed(String filter) {
        assertEquals(List.of("rules[0].repositoryFilters[0]"), ProblemLines.fields(
                RegistryScanning.builder().rule(ScanFrequency.SCAN_ON_PUSH, filter).build()::validate));
    }

    @ParameterizedTest
    @ValueSource(strings = {"*", "prod", "team/*", "*-prod", "a.b_c-d/e*"})
    void goodFilter_isAccepted(String filter) {
        assertEquals(List.of(), problems(RegistryScanning.builder().rule(ScanFrequency.SCAN_ON_PUSH, filter).build()));
    }

    @Test
    void filterOf256Characters_isTooLong() {
        assertEquals(List.of(), problems(RegistryScanning.builder().rule(ScanFrequency.SCAN_ON_PUSH, "a".repeat(255)).build()));
        assertEquals(List.of("rules[0].repositoryFilters[0]"), ProblemLines.fields(
                RegistryScanning.builder().rule(ScanFrequency.SCAN_ON_PUSH, "a".repeat(256)).build()::validate));
    }
}
