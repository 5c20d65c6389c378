package dev.ecrkit.plugin;

import com.pulumi.core.annotations.Import;
import java.util.List;

/**
 * {@code scanning} of a Registry ({@code ecrkit:registry.scanning}). Schema type
 * {@code ecrkit:index:RegistryScanning}.
 */
final class RegistryScanningArgs {
    @Import(name = "scanType")
    private String scanType;
    @Import(name = "rules")
    private List<ScanningRuleArgs> rules;

    private RegistryScanningArgs() {
    }
}
