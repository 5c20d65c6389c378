package dev.ecrkit.inputs;

import com.pulumi.core.annotations.Import;

/** An item of {@code imageTagMutabilityExclusionFilters}. Schema type {@code ecrkit:index:ExclusionFilter}. */
public final class ExclusionFilterArgs {
    @Import(name = "filter", required = true)
    private String filter;
    @Import(name = "filterType")
    private String filterType;

    private ExclusionFilterArgs() {
    }
}
