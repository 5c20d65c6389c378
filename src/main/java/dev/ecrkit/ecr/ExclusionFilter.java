package dev.ecrkit.ecr;

import java.util.Objects;

/**
 * An image tag mutability exclusion filter (AWS API {@code ImageTagMutabilityExclusionFilter}). Tags matching the
 * filter get the opposite mutability of the repository's {@code *_WITH_EXCLUSION} mode. The only filter type AWS
 * knows is {@code WILDCARD}, which is what every filter carries.
 *
 * @param filter the wildcard pattern, for example {@code dev-*}
 */
public record ExclusionFilter(String filter) {
    /** The only filter type (AWS API {@code ImageTagMutabilityExclusionFilterType}). */
    public static final String FILTER_TYPE = "WILDCARD";

    public ExclusionFilter {
        Objects.requireNonNull(filter, "filter");
    }

    /** A {@code WILDCARD} filter. */
    public static ExclusionFilter wildcard(String pattern) {
        return new ExclusionFilter(pattern);
    }
}
