package dev.ecrkit.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AccountSettingsTest {
    @Test
    void valuesAwsAccepts_passInSettingOrder() {
        var s = AccountSettings.builder().blobMounting(AccountSettings.BlobMounting.ENABLED)
                .basicScanTypeVersion(AccountSettings.BasicScanTypeVersion.AWS_NATIVE)
                .registryPolicyScope(AccountSettings.RegistryPolicyScope.V2).build();
        assertEquals(List.of(), ProblemLines.of(s::validate));
        assertEquals(List.of("BASIC_SCAN_TYPE_VERSION", "REGISTRY_POLICY_SCOPE", "BLOB_MOUNTING"),
                List.copyOf(s.byWireName().keySet()));
        assertEquals(Map.of("BASIC_SCAN_TYPE_VERSION", "AWS_NATIVE", "REGISTRY_POLICY_SCOPE", "V2", "BLOB_MOUNTING", "ENABLED"),
                s.byWireName());
    }

    @Test
    void clairAndV1_areRejectedWithTheReason_becauseAwsNoLongerAcceptsThem() {
        var s = AccountSettings.builder().set(AccountSettingName.BASIC_SCAN_TYPE_VERSION, "CLAIR")
                .set(AccountSettingName.REGISTRY_POLICY_SCOPE, "V1").build();
        assertEquals(List.of(
                "basicScanTypeVersion: AWS no longer accepts CLAIR: the Clair engine of basic scanning is retired and"
                        + " PutAccountSetting takes only AWS_NATIVE; use AWS_NATIVE, got \"CLAIR\"",
                "registryPolicyScope: AWS no longer accepts V1: PutAccountSetting takes only V2 for the registry policy"
                        + " scope (V2 covers every ECR action and is the default of every registry); use V2, got \"V1\""),
                ProblemLines.of(s::validate));
    }

    @Test
    void otherValues_listWhatAwsAccepts() {
        var s = AccountSettings.builder().set(AccountSettingName.BLOB_MOUNTING, "ON").build();
        assertEquals(List.of("blobMounting: must be ENABLED or DISABLED (BLOB_MOUNTING), got \"ON\""), ProblemLines.of(s::validate));
    }

    @Test
    void fieldNamesAndResourceKeys_derivedFromTheWireName() {
        assertEquals("basicScanTypeVersion", AccountSettings.fieldName(AccountSettingName.BASIC_SCAN_TYPE_VERSION));
        assertEquals("registry-policy-scope", AccountSettingName.REGISTRY_POLICY_SCOPE.key());
    }
}
