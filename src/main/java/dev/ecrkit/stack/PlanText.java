package dev.ecrkit.stack;

import dev.ecrkit.json.Json;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The readable plan: a tree of components and resources with the settings that matter, then the outputs. */
final class PlanText {
    private static final String INDENT = "    ";
    private static final int MAX_OUTPUT_WIDTH = 100;

    private PlanText() {
    }

    static String render(Plan.PlannedStack s) {
        var b = new StringBuilder();
        b.append("Plan for ").append(s.project()).append('/').append(s.stack()).append(" (aws:region ")
                .append(s.region()).append("): ").append(s.resources().size()).append(" resources to create\n\n");
        // children by parent URN, in plan order, built in one pass ("" holds the top-level resources)
        var children = new HashMap<String, List<PlannedResource>>();
        for (PlannedResource r : s.resources()) {
            children.computeIfAbsent(r.parent(), k -> new ArrayList<>()).add(r);
        }
        for (PlannedResource r : children.getOrDefault("", List.of())) {
            tree(b, children, r, 0);
        }
        b.append(FindingsText.render(s.findings()));
        b.append("\nOutputs:\n");
        s.outputs().forEach((name, value) -> {
            b.append("  ").append(name).append(":\n");
            if (value instanceof Map<?, ?> m) {
                m.forEach((k, v) -> b.append(INDENT).append(k).append(": ").append(abbreviated(scalar(v))).append('\n'));
            } else {
                b.append(INDENT).append(scalar(value)).append('\n');
            }
        });
        return b.toString();
    }

    private static void tree(StringBuilder b, Map<String, List<PlannedResource>> children, PlannedResource r, int depth) {
        String pad = "  ".repeat(depth);
        b.append(pad).append("+ ").append(r.type()).append("  ").append(r.name());
        var flags = new ArrayList<String>();
        if (r.protect()) {
            flags.add("protect");
        }
        r.customTimeouts().forEach((k, v) -> flags.add(k + " timeout " + v));
        if (!r.providerVersion().isEmpty()) {
            flags.add("aws provider " + r.providerVersion());
        }
        if (!flags.isEmpty()) {
            b.append("  [").append(String.join(", ", flags)).append(']');
        }
        b.append('\n');
        details(r).forEach(line -> b.append(pad).append(INDENT).append(line).append('\n'));
        for (PlannedResource c : children.getOrDefault(r.urn(), List.of())) {
            tree(b, children, c, depth + 1);
        }
    }

    private static List<String> details(PlannedResource r) {
        var in = r.inputs();
        var lines = new ArrayList<String>();
        switch (r.type()) {
            case "aws:ecr/repository:Repository" -> {
                lines.add("name: " + in.get("name") + "   mutability: " + in.get("imageTagMutability")
                        + "   scanOnPush: " + nested(in.get("imageScanningConfiguration"), "scanOnPush")
                        + "   forceDelete: " + in.get("forceDelete"));
                lines.add("encryption: " + encryption(in.get("encryptionConfigurations")));
                if (in.get("imageTagMutabilityExclusionFilters") instanceof List<?> filters) {
                    lines.add("mutability exclusions: " + filters.stream().map(f -> String.valueOf(nested(f, "filter")))
                            .collect(Collectors.joining(", ")));
                }
                if (in.get("tags") instanceof Map<?, ?> tags) {
                    lines.add("tags: " + tags.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                            .collect(Collectors.joining(", ")));
                }
            }
            case "aws:kms/key:Key" -> lines.addAll(kmsKey(in));
            case "aws:ecr/lifecyclePolicy:LifecyclePolicy" -> lines.addAll(lifecycleRules(in.get("policy")));
            case "aws:ecr/repositoryPolicy:RepositoryPolicy", "aws:ecr/registryPolicy:RegistryPolicy" ->
                    lines.addAll(statements(in.get("policy")));
            case "aws:ecr/replicationConfiguration:ReplicationConfiguration" -> lines.addAll(RegistryPlanText.replication(in));
            case "aws:ecr/registryScanningConfiguration:RegistryScanningConfiguration" -> lines.addAll(RegistryPlanText.scanning(in));
            case "aws:ecr/repositoryCreationTemplate:RepositoryCreationTemplate" -> lines.addAll(RegistryPlanText.template(in));
            case "aws:iam/role:Role", "aws:iam/rolePolicy:RolePolicy", "aws:sns/topicPolicy:TopicPolicy",
                    "aws:sqs/queuePolicy:QueuePolicy", "aws:cloudwatch/logResourcePolicy:LogResourcePolicy" ->
                in.forEach((k, v) -> {
                    if (v instanceof String s && s.startsWith("{\"Version\"")) {
                        lines.addAll(grants(s));
                    } else if (!(v instanceof Map) && !(v instanceof List)) {
                        lines.add(k + ": " + scalar(v));
                    }
                });
            default -> in.forEach((k, v) -> {
                if (!(v instanceof Map) && !(v instanceof List)) {
                    lines.add(k + ": " + scalar(v));
                }
            });
        }
        return lines;
    }

    private static List<String> kmsKey(Map<String, Object> in) {
        var lines = new ArrayList<String>();
        lines.add("description: " + in.get("description"));
        String rotation = Boolean.TRUE.equals(in.get("enableKeyRotation"))
                ? "on, every " + (in.get("rotationPeriodInDays") == null ? "365 days (AWS default)"
                        : in.get("rotationPeriodInDays") + " days") : "off";
        lines.add("usage: " + in.get("keyUsage") + (in.get("customerMasterKeySpec") == null ? ""
                : " " + in.get("customerMasterKeySpec")) + "   rotation: " + rotation + "   deletion window: "
                + in.get("deletionWindowInDays") + " days   multiRegion: " + in.get("multiRegion")
                + "   bypassPolicyLockoutSafetyCheck: " + in.get("bypassPolicyLockoutSafetyCheck"));
        lines.addAll(statements(in.get("policy")));
        if (in.get("tags") instanceof Map<?, ?> tags) {
            lines.add("tags: " + tags.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining(", ")));
        }
        return lines;
    }

    private static String encryption(Object configs) {
        if (configs instanceof List<?> l && !l.isEmpty() && l.get(0) instanceof Map<?, ?> c) {
            return c.get("encryptionType") + (c.get("kmsKey") == null ? "" : " with key " + c.get("kmsKey"));
        }
        return "AES256";
    }

    private static List<String> lifecycleRules(Object policy) {
        var lines = new ArrayList<String>();
        var doc = Json.parse(String.valueOf(policy)).orElse(Map.of());
        if (doc instanceof Map<?, ?> m && m.get("rules") instanceof List<?> rules) {
            for (Object o : rules) {
                if (o instanceof Map<?, ?> rule && rule.get("selection") instanceof Map<?, ?> sel) {
                    String tags = sel.get("tagPrefixList") != null ? " prefixes " + sel.get("tagPrefixList")
                            : sel.get("tagPatternList") != null ? " patterns " + sel.get("tagPatternList") : "";
                    String count = "imageCountMoreThan".equals(sel.get("countType"))
                            ? "more than " + sel.get("countNumber") + " images"
                            : sel.get("countType") + " " + sel.get("countNumber") + " " + sel.get("countUnit");
                    String action = rule.get("action") instanceof Map<?, ?> a ? String.valueOf(a.get("type")) : "?";
                    lines.add("rule " + rule.get("rulePriority") + ": " + sel.get("tagStatus") + tags + ", " + count
                            + " -> " + action + (rule.get("description") == null ? "" : "   (" + rule.get("description") + ")"));
                }
            }
        }
        return lines;
    }

    private static List<String> statements(Object policy) {
        var lines = new ArrayList<String>();
        var doc = Json.parse(String.valueOf(policy)).orElse(Map.of());
        Object st = doc instanceof Map<?, ?> m ? m.get("Statement") : null;
        List<?> list = st instanceof List<?> l ? l : st == null ? List.of() : List.of(st);
        for (Object o : list) {
            if (o instanceof Map<?, ?> s) {
                lines.add("statement " + (s.get("Sid") == null ? "" : s.get("Sid") + ": ") + s.get("Effect") + " "
                        + scalar(s.get("Action")) + " to " + scalar(s.get("Principal"))
                        + (s.get("Condition") == null ? "" : " when " + scalar(s.get("Condition"))));
            }
        }
        return lines;
    }

    /** One line per statement of an IAM-style policy: who may do what, on which resource, under which condition. */
    private static List<String> grants(String policy) {
        var lines = new ArrayList<String>();
        var doc = Json.parse(policy).orElse(Map.of());
        Object st = doc instanceof Map<?, ?> m ? m.get("Statement") : null;
        for (Object o : st instanceof List<?> l ? l : st == null ? List.of() : List.of(st)) {
            if (o instanceof Map<?, ?> s) {
                lines.add("grant " + s.get("Sid") + ": " + s.get("Effect") + " " + scalar(s.get("Action"))
                        + (s.get("Principal") == null ? "" : " to " + scalar(s.get("Principal")))
                        + (s.get("Resource") == null ? "" : " on " + scalar(s.get("Resource")))
                        + (s.get("Condition") == null ? "" : " if " + scalar(s.get("Condition"))));
            }
        }
        return lines;
    }

    /** Long values (policies, tag maps) are cut for reading; --json prints them whole. */
    private static String abbreviated(String s) {
        return s.length() <= MAX_OUTPUT_WIDTH ? s
                : s.substring(0, MAX_OUTPUT_WIDTH - 3) + "... (" + s.length() + " characters; --json prints all)";
    }

    private static Object nested(Object map, String key) {
        return map instanceof Map<?, ?> m ? m.get(key) : null;
    }

    private static String scalar(Object v) {
        return v instanceof Map || v instanceof List ? Json.write(v) : String.valueOf(v);
    }
}
