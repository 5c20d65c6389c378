package dev.ecrkit.inputs;

import com.pulumi.core.annotations.Import;
import java.util.List;

/** One item of {@code scanning.rules}. Schema type {@code ecrkit:index:ScanningRule}. */
public final class ScanningRuleArgs {
    @Input(doc = "SCAN_ON_PUSH, MANUAL (BASIC) or CONTINUOUS_SCAN (ENHANCED)")
    @Import(name = "scanFrequency", required = true)
    private String scanFrequency;
    @Input(doc = "WILDCARD repository filters (1-100)")
    @Import(name = "repositoryFilters", required = true)
    private List<String> repositoryFilters;

    private ScanningRuleArgs() {
    }
}
