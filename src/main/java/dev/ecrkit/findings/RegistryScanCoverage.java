package dev.ecrkit.findings;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which repositories the stack's own registry scanning configuration ({@code aws:ecr/registryScanningConfiguration}
 * resources, AWS API {@code PutRegistryScanningConfiguration}) scans on push or continuously. Registry scanning is
 * the current way to configure scanning: the repository-level setting is deprecated "in favor of specifying the image
 * scanning configuration at the registry level" (API_PutImageScanningConfiguration.html), and a repository matched by
 * a SCAN_ON_PUSH or CONTINUOUS_SCAN rule is scanned whatever its own {@code scanOnPush} says.
 *
 * <p>Filter semantics, from the ECR user guide page "Filters to choose which repositories are scanned in Amazon ECR"
 * (https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-scanning-filters.html): "a filter with no wildcard will
 * match all repository names that contain the filter. A filter with a wildcard (*) matches on any repository name
 * where the wildcard replaces zero or more characters in the repository name." Filters are of type WILDCARD, the only
 * type (https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_ScanningRepositoryFilter.html).
 *
 * <p>The same page says what happens to the others once the registry has scanning rules: "Any repositories not
 * matching a basic scanning scan on push filter will be set to the manual scan frequency" and "Any repositories not
 * matching an enhanced scanning filter will have scanning disabled", whatever their own {@code scanOnPush} says
 * ({@link #overridesRepositories()}). Pure.
 */
final class RegistryScanCoverage {
    /** Type token of the registry scanning configuration. */
    static final String TYPE = "aws:ecr/registryScanningConfiguration:RegistryScanningConfiguration";
    /** The rule frequencies that scan automatically (MANUAL does not). */
    static final Set<String> SCANNING_FREQUENCIES = Set.of("SCAN_ON_PUSH", "CONTINUOUS_SCAN");

    /** One filter of a scanning rule that scans automatically. */
    record Rule(String frequency, String filter, Pattern pattern) {
    }

    private final List<Rule> rules;
    private final Optional<String> scanType;

    private RegistryScanCoverage(List<Rule> rules, Optional<String> scanType) {
        this.rules = rules;
        this.scanType = scanType;
    }

    /** The SCAN_ON_PUSH and CONTINUOUS_SCAN rule filters of the registry scanning configurations' inputs. */
    static RegistryScanCoverage of(List<Map<String, Object>> configurations) {
        var rules = new ArrayList<Rule>();
        Optional<String> scanType = Optional.empty();
        for (Map<String, Object> inputs : configurations) {
            if (!list(inputs.get("rules")).isEmpty()) {
                scanType = Optional.of(String.valueOf(inputs.getOrDefault("scanType", "BASIC")));
            }
            for (Object rule : list(inputs.get("rules"))) {
                if (rule instanceof Map<?, ?> r && SCANNING_FREQUENCIES.contains(String.valueOf(r.get("scanFrequency")))) {
                    for (Object f : list(r.get("repositoryFilters"))) {
                        if (f instanceof Map<?, ?> m && m.get("filter") instanceof String filter
                                && "WILDCARD".equals(m.get("filterType") == null ? "WILDCARD" : m.get("filterType"))) {
                            rules.add(new Rule(String.valueOf(r.get("scanFrequency")), filter, pattern(filter)));
                        }
                    }
                }
            }
        }
        return new RegistryScanCoverage(List.copyOf(rules), scanType);
    }

    /**
     * The scan type of the stack's registry scanning configuration when it has rules: then its filters alone decide
     * which repositories are scanned automatically, and a repository no SCAN_ON_PUSH or CONTINUOUS_SCAN filter matches
     * is scanned manually (BASIC) or not at all (ENHANCED). Empty without such a configuration.
     */
    Optional<String> overridesRepositories() {
        return scanType;
    }

    /** The first rule filter that matches {@code repository}, if any. */
    Optional<Rule> covering(String repository) {
        return rules.stream().filter(r -> r.pattern().matcher(repository).matches()).findFirst();
    }

    /** Whether the WILDCARD {@code filter} matches {@code repository} (see the class comment). */
    static boolean matches(String filter, String repository) {
        return pattern(filter).matcher(repository).matches();
    }

    /** No {@code *}: the name contains the filter; otherwise each {@code *} stands for zero or more characters. */
    private static Pattern pattern(String filter) {
        if (filter.indexOf('*') < 0) {
            return Pattern.compile(".*" + Pattern.quote(filter) + ".*", Pattern.DOTALL);
        }
        var regex = new StringBuilder();
        for (String part : filter.split("\\*", -1)) {
            regex.append(Pattern.quote(part)).append(".*");
        }
        regex.setLength(regex.length() - 2); // no wildcard after the last part
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }

    private static List<?> list(Object o) {
        return o instanceof List<?> l ? l : List.of();
    }
}
