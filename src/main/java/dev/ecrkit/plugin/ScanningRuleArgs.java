package dev.ecrkit.plugin;

import com.pulumi.core.annotations.Import;
import java.util.List;

/** One item of {@code scanning.rules}. Schema type {@code ecrkit:index:ScanningRule}. */
final class ScanningRuleArgs {
    @Import(name = "scanFrequency", required = true)
    private String scanFrequency;
    @Import(name = "repositoryFilters", required = true)
    private List<String> repositoryFilters;

    private ScanningRuleArgs() {
    }
}
