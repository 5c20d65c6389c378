package dev.ecrkit.registry;

import dev.ecrkit.validation.Problems;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The registry scanning configuration (AWS API {@code PutRegistryScanningConfiguration}): one per account and region.
 * Rules are grouped by scan frequency: one rule per frequency, holding every filter given for it, so the AWS limit of
 * {@value #MAX_RULES} rules is never hit by many filters (the Terraform module makes one rule per filter and breaks at
 * three).
 *
 * <p>Filter semantics (https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-scanning-filters.html): a filter
 * with a {@code *} is a wildcard match (zero or more characters); a filter <em>without</em> a wildcard matches every
 * repository whose name <em>contains</em> it. Under ENHANCED, a repository matched by no rule is not scanned, and
 * CONTINUOUS_SCAN wins over SCAN_ON_PUSH when both match.
 *
 * @param scanType the scan type. Default: {@link #DEFAULT_SCAN_TYPE}
 * @param rules    frequency -> repository filters, in frequency order. Default: none
 */
public record RegistryScanning(ScanType scanType, Map<ScanFrequency, List<String>> rules) {
    /** Default scan type: ENHANCED, the Terraform module's {@code registry_scan_type} default. */
    public static final ScanType DEFAULT_SCAN_TYPE = ScanType.ENHANCED;
    /** Rules per configuration (https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_PutRegistryScanningConfiguration.html, rules "Maximum number of 2 items"). */
    public static final int MAX_RULES = 2;
    /** Fewest filters per rule: a rule without filters matches no repository (API_RegistryScanningRule.html allows 0; ecrkit rejects it as a mistake). */
    public static final int MIN_FILTERS = 1;
    /** Filters per rule (https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_RegistryScanningRule.html, repositoryFilters "Maximum number of 100 items"). */
    public static final int MAX_FILTERS = 100;
    /** The only filter type (https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_ScanningRepositoryFilter.html, "Valid Values: WILDCARD"). */
    public static final String FILTER_TYPE = "WILDCARD";
    /** Longest filter (API_ScanningRepositoryFilter.html, "Minimum length of 1. Maximum length of 255"). */
    public static final int FILTER_MAX_LENGTH = 255;
    /** Filter pattern (API_ScanningRepositoryFilter.html, "Pattern: ^[a-z0-9*](?:[._\-/a-z0-9*]?[a-z0-9*]+)*$"). */
    public static final Pattern FILTER_PATTERN = Pattern.compile("[a-z0-9*](?:[._\\-/a-z0-9*]?[a-z0-9*]+)*");
    /** The Terraform module's default {@code scan_repository_filters}: every repository. */
    public static final List<String> MODULE_DEFAULT_FILTERS = List.of("*");

    public RegistryScanning {
        Objects.requireNonNull(scanType, "scanType");
        var copy = new EnumMap<ScanFrequency, List<String>>(ScanFrequency.class);
        rules.forEach((f, filters) -> copy.put(Objects.requireNonNull(f, "frequency"), List.copyOf(filters)));
        rules = java.util.Collections.unmodifiableMap(copy);
    }

    /** A builder with scan type {@link #DEFAULT_SCAN_TYPE} and no rules. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The Terraform module's scanning: {@code enable_secret_scanning} forces ENHANCED; every filter of
     * {@code scan_repository_filters} goes into ONE scan-on-push rule (the module's one-rule-per-filter bug fixed);
     * no filters, no rule.
     */
    public static RegistryScanning fromModule(ScanType scanType, boolean secretScanning, List<String> filters) {
        var b = builder().scanType(secretScanning ? ScanType.ENHANCED : scanType);
        if (!filters.isEmpty()) {
            b.rule(ScanFrequency.SCAN_ON_PUSH, filters);
        }
        return b.build();
    }

    /** Every filter of every rule, without repeats. */
    public List<String> allFilters() {
        var out = new LinkedHashSet<String>();
        rules.values().forEach(out::addAll);
        return List.copyOf(out);
    }

    /** Checks the configuration; fields {@code rules}, {@code rules[i].scanFrequency}, {@code rules[i].repositoryFilters[j]}. */
    public void validate(Problems p) {
        if (rules.size() > MAX_RULES) {
            p.add("rules", "at most " + MAX_RULES + " rules (one per scan frequency)", rules.keySet().stream()
                    .map(ScanFrequency::wire).toList());
        }
        int i = 0;
        for (var e : rules.entrySet()) {
            String at = "rules[" + i++ + "]";
            if (!e.getKey().supportedBy(scanType)) {
                p.add(at + ".scanFrequency", "is not available with scan type " + scanType.wire() + " (BASIC: "
                        + "SCAN_ON_PUSH or MANUAL; ENHANCED: SCAN_ON_PUSH or CONTINUOUS_SCAN)", e.getKey().wire());
            }
            var filters = e.getValue();
            if (filters.size() < MIN_FILTERS || filters.size() > MAX_FILTERS) {
                p.add(at + ".repositoryFilters", "must have " + MIN_FILTERS + "-" + MAX_FILTERS + " filters",
                        filters.size());
            }
            for (int j = 0; j < filters.size(); j++) {
                checkFilter(p, at + ".repositoryFilters[" + j + "]", filters.get(j));
            }
        }
    }

    /** Checks one scanning repository filter. */
    public static void checkFilter(Problems p, String field, String filter) {
        if (filter.isEmpty() || filter.length() > FILTER_MAX_LENGTH || !FILTER_PATTERN.matcher(filter).matches()) {
            p.add(field, "must be 1-" + FILTER_MAX_LENGTH + " characters of lowercase letters, digits, '.', '_', '-',"
                    + " '/' and '*', starting and ending with a letter, digit or '*'", filter);
        }
    }

    /** Builder: rules of the same frequency are merged into one. */
    public static final class Builder {
        private ScanType scanType = DEFAULT_SCAN_TYPE;
        private final Map<ScanFrequency, List<String>> rules = new EnumMap<>(ScanFrequency.class);

        private Builder() {
        }

        /** Scan type. Default: {@link #DEFAULT_SCAN_TYPE}. */
        public Builder scanType(ScanType type) {
            this.scanType = Objects.requireNonNull(type, "scanType");
            return this;
        }

        /** Scans repositories matching {@code filters} at {@code frequency}; filters of a frequency given twice are merged. */
        public Builder rule(ScanFrequency frequency, List<String> filters) {
            var merged = new LinkedHashSet<>(rules.getOrDefault(Objects.requireNonNull(frequency, "frequency"), List.of()));
            merged.addAll(List.copyOf(filters));
            rules.put(frequency, new ArrayList<>(merged));
            return this;
        }

        /** {@link #rule(ScanFrequency, List)} with filters as arguments. */
        public Builder rule(ScanFrequency frequency, String... filters) {
            return rule(frequency, Arrays.asList(filters));
        }

        /** The configuration (not validated: {@link RegistryScanning#validate} does that). */
        public RegistryScanning build() {
            return new RegistryScanning(scanType, rules);
        }
    }
}
