package dev.ecrkit.plugin;

import com.pulumi.core.annotations.Import;

/**
 * {@code accountSettings} of a Registry ({@code ecrkit:registry.accountSettings}); a setting left out is left as it
 * is. Schema type {@code ecrkit:index:AccountSettings}.
 */
final class AccountSettingsArgs {
    @Import(name = "basicScanTypeVersion")
    private String basicScanTypeVersion;
    @Import(name = "registryPolicyScope")
    private String registryPolicyScope;
    @Import(name = "blobMounting")
    private String blobMounting;

    private AccountSettingsArgs() {
    }
}
