package dev.ecrkit.inputs;

import com.pulumi.core.annotations.Import;

/**
 * {@code accountSettings} of a Registry ({@code ecrkit:registry.accountSettings}); a setting left out is left as it
 * is. Schema type {@code ecrkit:index:AccountSettings}.
 */
public final class AccountSettingsArgs {
    @Input(doc = "BASIC_SCAN_TYPE_VERSION: AWS_NATIVE (AWS no longer accepts CLAIR)")
    @Import(name = "basicScanTypeVersion")
    private String basicScanTypeVersion;
    @Input(doc = "REGISTRY_POLICY_SCOPE: V2 (AWS no longer accepts V1)")
    @Import(name = "registryPolicyScope")
    private String registryPolicyScope;
    @Input(doc = "BLOB_MOUNTING: ENABLED or DISABLED")
    @Import(name = "blobMounting")
    private String blobMounting;

    private AccountSettingsArgs() {
    }
}
