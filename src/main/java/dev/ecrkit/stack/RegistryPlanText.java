package dev.ecrkit.stack;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The readable plan's lines for the registry-level resources whose settings are nested (see {@link PlanText}). */
final class RegistryPlanText {
    private RegistryPlanText() {
    }

    /** One line per replication rule: its destinations and the repositories it covers. */
    static List<String> replication(Map<String, Object> inputs) {
        var lines = new ArrayList<String>();
        int i = 1;
        for (Object rule : list(nested(inputs.get("replicationConfiguration"), "rules"))) {
            String destinations = list(nested(rule, "destinations")).stream()
                    .map(d -> nested(d, "region") + " (" + nested(d, "registryId") + ")").collect(Collectors.joining(", "));
            var filters = list(nested(rule, "repositoryFilters")).stream().map(f -> String.valueOf(nested(f, "filter"))).toList();
            lines.add("rule " + i++ + ": " + (filters.isEmpty() ? "every repository" : "repositories starting with "
                    + String.join(", ", filters)) + " -> " + destinations);
        }
        return lines;
    }

    /** The scan type, then one line per rule: frequency and filters. */
    static List<String> scanning(Map<String, Object> inputs) {
        var lines = new ArrayList<String>();
        lines.add("scanType: " + inputs.get("scanType"));
        for (Object rule : list(inputs.get("rules"))) {
            lines.add("rule " + nested(rule, "scanFrequency") + ": " + list(nested(rule, "repositoryFilters")).stream()
                    .map(f -> String.valueOf(nested(f, "filter"))).collect(Collectors.joining(", ")));
        }
        return lines;
    }

    /** Prefix, when it applies, and the settings of created repositories. */
    static List<String> template(Map<String, Object> inputs) {
        var lines = new ArrayList<String>();
        lines.add("prefix: " + inputs.get("prefix") + "   appliedFor: " + String.join(", ",
                list(inputs.get("appliedFors")).stream().map(String::valueOf).toList())
                + "   mutability: " + inputs.get("imageTagMutability"));
        var filters = list(inputs.get("imageTagMutabilityExclusionFilters"));
        if (!filters.isEmpty()) {
            lines.add("mutability exclusions: " + filters.stream().map(f -> String.valueOf(nested(f, "filter")))
                    .collect(Collectors.joining(", ")));
        }
        var encryption = list(inputs.get("encryptionConfigurations"));
        if (!encryption.isEmpty()) {
            Object key = nested(encryption.get(0), "kmsKey");
            lines.add("encryption: " + nested(encryption.get(0), "encryptionType") + (key == null ? "" : " with key " + key));
        }
        for (String field : List.of("customRoleArn", "description")) {
            if (inputs.get(field) != null) {
                lines.add(field + ": " + inputs.get(field));
            }
        }
        if (inputs.get("lifecyclePolicy") != null) {
            lines.add("lifecycle policy: " + String.valueOf(inputs.get("lifecyclePolicy")).length() + " characters");
        }
        if (inputs.get("repositoryPolicy") != null) {
            lines.add("repository policy: " + String.valueOf(inputs.get("repositoryPolicy")).length() + " characters");
        }
        if (inputs.get("resourceTags") instanceof Map<?, ?> tags) {
            lines.add("resourceTags: " + tags.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining(", ")));
        }
        return lines;
    }

    private static Object nested(Object map, String key) {
        return map instanceof Map<?, ?> m ? m.get(key) : null;
    }

    private static List<?> list(Object value) {
        return value instanceof List<?> l ? l : List.of();
    }
}
