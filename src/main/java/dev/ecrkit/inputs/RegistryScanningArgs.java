package dev.ecrkit.inputs;

import com.pulumi.core.annotations.Import;
import java.util.List;

/**
 * {@code scanning} of a Registry ({@code ecrkit:registry.scanning}). Schema type
 * {@code ecrkit:index:RegistryScanning}.
 */
public final class RegistryScanningArgs {
    @Input(doc = "BASIC or ENHANCED", moduleDefault = "ENHANCED")
    @Import(name = "scanType")
    private String scanType;
    @Input(doc = "The rules; rules of the same scanFrequency are merged (at most 2 after merging)")
    @Import(name = "rules")
    private List<ScanningRuleArgs> rules;

    private RegistryScanningArgs() {
    }
}
