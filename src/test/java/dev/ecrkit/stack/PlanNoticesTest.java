package dev.ecrkit.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ecrkit.json.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Accepted inputs that configure nothing, through the offline plan: one {@code notice: <key path>: ...} line each on
 * stderr, the same in the JSON document's {@code notices} array, exit status unchanged.
 */
class PlanNoticesTest {
    private static final Path ROOT = Path.of("").toAbsolutePath();

    @TempDir
    Path dir;

    @Test
    @SuppressWarnings("unchecked")
    void moduleEnhancedSecurityExample_translatesKeyByKey_registryScanFiltersIsANotice() {
        var r = PlanTest.plan(ROOT, "--config", "examples/enhanced-security/Pulumi.config-only.yaml", "--json");
        assertEquals(Plan.OK, r.status(), r.err());
        String path = "ecrkit:repositories.ecr-enhanced-security.";
        assertEquals(List.of(
                "notice: " + path + "registryScanFilters: " + ModuleRegistryKeys.REGISTRY_SCAN_FILTERS_NOTICE,
                "notice: " + path + "enableSecretScanning: configures nothing: its only effect, as in the module, is"
                        + " scan type ENHANCED, which is set already (AWS has no separate secret-scanning setting)"),
                r.err().lines().toList());
        var doc = (Map<String, Object>) Json.parse(r.out()).orElseThrow();
        var notices = (List<Map<String, Object>>) doc.get("notices");
        assertEquals(List.of(path + "registryScanFilters", path + "enableSecretScanning"),
                notices.stream().map(n -> n.get("key")).toList());
        assertEquals(List.of("key", "message"), List.copyOf(notices.get(0).keySet()));
        assertEquals(ModuleRegistryKeys.REGISTRY_SCAN_FILTERS_NOTICE, notices.get(0).get("message"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void devStack_hasNoNotices_andAnEmptyArray() {
        var r = PlanTest.plan(ROOT, "--json");
        assertEquals(Plan.OK, r.status(), r.err());
        assertEquals("", r.err());
        assertEquals(List.of(), ((Map<String, Object>) Json.parse(r.out()).orElseThrow()).get("notices"));
    }

    @Test
    void invalidConfig_printsProblemsOnly_noNotices() throws IOException {
        var r = plan("{registryScanFilters: [{name: X, values: [a]}], lifecycleKeepLatestNImages: 0}");
        assertEquals(Plan.INVALID, r.status());
        assertEquals(List.of("ecrkit:repositories.app.lifecycleKeepLatestNImages: must be between 1 and 10000, got 0"),
                r.err().lines().toList());
    }

    @Test
    void failOn_exitStatusIsTheFindingsOne_noticesStillPrinted() throws IOException {
        var r = plan("{registryScanFilters: [{name: X, values: [a]}]}", "--fail-on", "MEDIUM");
        assertEquals(Plan.FINDINGS, r.status());
        assertEquals(List.of("ecrkit:repositories.app.registryScanFilters"), noticeKeys(r.err()));
    }

    /** One row per kind of input that configures nothing; the entry is {@code app}; {@code -} means no notice. */
    @ParameterizedTest(name = "[{index}] {1}")
    @CsvSource(delimiter = '|', textBlock = """
        {registryScanFilters: [{name: PACKAGE_VULNERABILITY_SEVERITY, values: [HIGH]}]}                  | registryScanFilters
        {registryScanFilters: []}                                                                        | -
        {enableRegistryScanning: true, registryScanFilters: [{name: SEVERITY, values: [HIGH]}]}          | registryScanFilters
        {registryScanType: ENHANCED, scanRepositoryFilters: ['*']}                                       | registryScanType, scanRepositoryFilters
        {enableRegistryScanning: true, registryScanType: ENHANCED, enableSecretScanning: true}           | enableSecretScanning
        {enableRegistryScanning: true, enableSecretScanning: true}                                       | enableSecretScanning
        {enableRegistryScanning: true, registryScanType: BASIC, enableSecretScanning: true}              | -
        {basicScanTypeVersion: AWS_NATIVE, registryPolicyScope: V2}                                      | basicScanTypeVersion, registryPolicyScope
        {manageAccountSetting: true, basicScanTypeVersion: AWS_NATIVE}                                   | -
        {logRetentionDays: 30}                                                                           | logRetentionDays
        {enableLogging: true, logRetentionDays: 30}                                                      | -
        {monitoringThresholdStorage: 10, createSnsTopic: false, snsTopicSubscribers: []}                 | monitoringThresholdStorage, createSnsTopic
        {scanOnPush: false, imageScanningConfiguration: {scanOnPush: true}}                              | scanOnPush
        {imageScanningConfiguration: {scanOnPush: true}}                                                 | -
        {lifecyclePolicyTemplate: production, lifecycleKeepLatestNImages: 5}                             | lifecycleKeepLatestNImages
        {lifecyclePolicyTemplate: cost_optimization_archive, lifecycleArchiveAfterDaysNotPulled: 60, lifecycleExpireArchivedAfterDays: 90} | lifecycleArchiveAfterDaysNotPulled, lifecycleExpireArchivedAfterDays
        {lifecyclePolicy: '{"rules": [{"rulePriority": 1, "selection": {"tagStatus": "untagged", "countType": "sinceImagePushed", "countUnit": "days", "countNumber": 7}, "action": {"type": "expire"}}]}', lifecyclePolicyTemplate: production, lifecycleExpireUntaggedAfterDays: 3} | lifecyclePolicyTemplate, lifecycleExpireUntaggedAfterDays
        {enableDefaultTags: false, defaultTagsTemplate: basic, defaultTagsOwner: team}                   | defaultTagsTemplate, defaultTagsOwner
        {defaultTagsTemplate: sdlc, defaultTagsCostCenter: cc-1, defaultTagsOwner: team}                 | defaultTagsCostCenter
        {defaultTagsTemplate: cost_allocation, defaultTagsCostCenter: cc-1}                              | -
        {requiredTags: [Owner]}                                                                          | requiredTags
        {enableTagValidation: true, requiredTags: [Owner], tags: {Owner: me}}                            | -
        {enableTagNormalization: false, tagKeyCase: snake_case, normalizeTagValues: false}               | tagKeyCase, normalizeTagValues
        {pullRequestRules: [{name: r, type: approval}]}                                                  | pullRequestRules
        {enablePullRequestRules: true, pullRequestRules: [{name: r, type: approval, conditions: {severityThreshold: HIGH}, actions: {requireApprovalCount: 2, notificationTopicArn: 'arn:aws:sns:us-east-1:123456789012:t'}}]} | pullRequestRules[0].conditions.severityThreshold
        {enablePullRequestRules: true, pullRequestRules: [{name: s, type: security_scan, actions: {approvalTimeoutHours: 4, notificationTopicArn: 'arn:aws:sns:us-east-1:123456789012:t'}}]} | pullRequestRules[0].actions.approvalTimeoutHours
        """)
    void inputThatConfiguresNothing_isANoticeLine_exitZero(String entry, String expected) throws IOException {
        var r = plan(entry);
        assertEquals(Plan.OK, r.status(), r.err());
        var want = expected.equals("-") ? List.<String>of()
                : Arrays.stream(expected.split(",\\s*")).map(k -> "ecrkit:repositories.app." + k).toList();
        assertEquals(want, noticeKeys(r.err()));
        assertTrue(r.err().lines().allMatch(l -> l.startsWith("notice: ")), r.err());
        assertFalse(r.out().contains("notice:"), "notices go to stderr only");
    }

    private PlanTest.Result plan(String entry, String... args) throws IOException {
        Path file = dir.resolve("Pulumi.notices.yaml");
        Files.writeString(file, "config:\n  aws:region: us-east-1\n  ecrkit:repositories:\n    app: " + entry + "\n");
        var all = new java.util.ArrayList<>(List.of("--config", file.toString()));
        all.addAll(List.of(args));
        return PlanTest.plan(ROOT, all.toArray(String[]::new));
    }

    private static List<String> noticeKeys(String err) {
        return err.lines().filter(l -> l.startsWith("notice: "))
                .map(l -> l.substring("notice: ".length(), l.indexOf(": ", "notice: ".length()))).toList();
    }
}
