package dev.ecrkit.inputs;

import com.pulumi.core.annotations.Import;
import dev.ecrkit.ecr.ExclusionFilter;

/** An item of {@code imageTagMutabilityExclusionFilters}. Schema type {@code ecrkit:index:ExclusionFilter}. */
public final class ExclusionFilterArgs {
    @Input(doc = "The tag pattern")
    @Import(name = "filter", required = true)
    private String filter;
    @Input(doc = "WILDCARD, the one type", moduleDefault = ExclusionFilter.FILTER_TYPE)
    @Import(name = "filterType")
    private String filterType;

    private ExclusionFilterArgs() {
    }
}
