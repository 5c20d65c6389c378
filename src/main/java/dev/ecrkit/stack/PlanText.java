package dev.ecrkit.stack;

import dev.ecrkit.aws.ProviderVersions;
import dev.ecrkit.findings.Access;
import dev.ecrkit.findings.PlannedResource;
import dev.ecrkit.json.Json;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The readable plan: a summary (resources by type, findings by severity), then the tree of components and resources
 * with the settings that matter, the findings and the outputs. Lines are cut at the width ({@link Layout}), findings
 * are wrapped; {@code --details} prints every input of every resource, and every output, uncut.
 */
final class PlanText {
    private static final String INDENT = "    ";

    private PlanText() {
    }

    /**
     * How the text is laid out.
     *
     * @param width   lines are cut (tree, outputs) or wrapped (findings) at this many characters
     * @param details every input of every resource and every output in full, nothing cut
     */
    record Layout(int width, boolean details) {
        /** Width when the terminal's is not known (output to a file or a pipe). */
        static final int DEFAULT_WIDTH = 120;
        /** Narrowest width honoured: below it lines are cut at this. */
        static final int MIN_WIDTH = 60;

        /** The default: {@link #DEFAULT_WIDTH}, or the terminal's ({@code COLUMNS}, which ./ecrkit sets), no details. */
        static Layout of(boolean details) {
            String columns = System.getenv("COLUMNS");
            int width = columns != null && columns.matches("[0-9]{1,4}") ? Integer.parseInt(columns) : DEFAULT_WIDTH;
            return new Layout(Math.max(MIN_WIDTH, width), details);
        }
    }

    static String render(Plan.PlannedStack s) {
        return render(s, new Layout(Layout.DEFAULT_WIDTH, false));
    }

    static String render(Plan.PlannedStack s, Layout layout) {
        var b = new StringBuilder();
        b.append("Plan for ").append(s.project()).append('/').append(s.stack()).append(" (aws:region ")
                .append(s.region()).append("): ").append(s.resources().size()).append(" resources to create\n\n");
        summary(b, s, layout.width());
        // children by parent URN, in plan order, built in one pass ("" holds the top-level resources)
        var children = new HashMap<String, List<PlannedResource>>();
        for (PlannedResource r : s.resources()) {
            children.computeIfAbsent(r.parent(), k -> new ArrayList<>()).add(r);
        }
        var tree = new StringBuilder();
        for (PlannedResource r : children.getOrDefault("", List.of())) {
            tree(tree, children, r, 0, layout.details());
        }
        b.append(fit(tree, layout));
        b.append(FindingsText.render(s.findings(), layout.width()));
        b.append(fit(access(Access.of(s.resources())), layout));
        var outputs = new StringBuilder("\nOutputs:\n");
        s.outputs().forEach((name, value) -> {
            outputs.append("  ").append(name).append(":\n");
            if (value instanceof Map<?, ?> m) {
                m.forEach((k, v) -> outputs.append(INDENT).append(k).append(": ").append(output(v, layout)).append('\n'));
            } else {
                outputs.append(INDENT).append(output(value, layout)).append('\n');
            }
        });
        b.append(fit(outputs, layout));
        return b.toString();
    }

    /** Components and AWS resources by type (most first), findings by severity, notices: a few lines. */
    private static void summary(StringBuilder b, Plan.PlannedStack s, int width) {
        var components = new java.util.TreeMap<String, Integer>();
        var aws = new java.util.TreeMap<String, Integer>();
        for (PlannedResource r : s.resources()) {
            boolean isAws = r.type().startsWith("aws:");
            // aws:ecr/repository:Repository -> ecr/repository; ecrkit:index:Repository -> Repository
            String shortType = isAws ? r.type().substring(4, r.type().lastIndexOf(':')) : r.type().substring(r.type().lastIndexOf(':') + 1);
            (isAws ? aws : components).merge(shortType, 1, Integer::sum);
        }
        int awsCount = aws.values().stream().mapToInt(Integer::intValue).sum();
        b.append("Summary: ").append(awsCount).append(" AWS resources in ").append(s.resources().size() - awsCount)
                .append(" components; ").append(FindingsText.counts(s.findings())).append("; ")
                .append(s.notices().size()).append(s.notices().size() == 1 ? " notice\n" : " notices\n");
        counted(b, "  components: ", components, width);
        counted(b, "  AWS: ", aws, width);
        b.append('\n');
    }

    /** {@code label} then "N type" items, most first, wrapped between items at {@code width}. */
    private static void counted(StringBuilder b, String label, Map<String, Integer> byType, int width) {
        var line = new StringBuilder(label);
        String pad = " ".repeat(label.length());
        var items = byType.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .map(e -> e.getValue() + " " + e.getKey()).toList();
        for (int i = 0; i < items.size(); i++) {
            String item = items.get(i) + (i < items.size() - 1 ? "," : "");
            if (line.length() > pad.length() && line.length() + 1 + item.length() > width) {
                b.append(line.toString().stripTrailing()).append('\n');
                line = new StringBuilder(pad);
            }
            line.append(line.length() > pad.length() ? " " : "").append(item);
        }
        b.append(line).append('\n');
    }

    /** An output value: a scalar as is; an object or list in full with details, else its size (--json has it). */
    private static String output(Object v, Layout layout) {
        if (layout.details() || !(v instanceof Map || v instanceof List)) {
            return scalar(v);
        }
        String json = Json.write(v);
        return json.length() <= 60 ? json : (v instanceof Map<?, ?> m ? "{" + m.size() + " members}" : "[" + ((List<?>) v).size()
                + " items]") + " (--details or --json prints it)";
    }

    /** Every line of {@code text} cut at the width ({@code …} marks a cut), unless details are asked for. */
    private static String fit(CharSequence text, Layout layout) {
        if (layout.details()) {
            return text.toString();
        }
        return text.toString().lines().map(l -> l.length() <= layout.width() ? l
                : l.substring(0, layout.width() - 1) + "…").collect(Collectors.joining("\n", "", "\n"));
    }

    private static void tree(StringBuilder b, Map<String, List<PlannedResource>> children, PlannedResource r, int depth,
            boolean everyInput) {
        String pad = "  ".repeat(depth);
        b.append(pad).append("+ ").append(r.type()).append("  ").append(r.name());
        var flags = new ArrayList<String>();
        if (r.protect()) {
            flags.add("protect");
        }
        if (!r.importId().isEmpty()) {
            flags.add("import " + r.importId());
        }
        if (r.retainOnDelete()) {
            flags.add("retainOnDelete");
        }
        r.customTimeouts().forEach((k, v) -> flags.add(k + " timeout " + v));
        if (!r.providerVersion().isEmpty() && !r.providerVersion().equals(ProviderVersions.DEFAULT)) {
            flags.add("aws provider " + r.providerVersion());
        }
        if (!flags.isEmpty()) {
            b.append("  [").append(String.join(", ", flags)).append(']');
        }
        b.append('\n');
        (everyInput ? everyInput(r) : details(r)).forEach(line -> b.append(pad).append(INDENT).append(line).append('\n'));
        for (PlannedResource c : children.getOrDefault(r.urn(), List.of())) {
            tree(b, children, c, depth + 1, everyInput);
        }
    }

    /** {@code --details}: every input, one per line, objects and lists as JSON. */
    private static List<String> everyInput(PlannedResource r) {
        var lines = new ArrayList<String>();
        r.inputs().forEach((k, v) -> lines.add(k + ": " + scalar(v)));
        return lines;
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

    /**
     * The access report: per repository with a grant, one line per principal and condition ({@code principal -> pull
     * + ecr:DescribeImages}), then its condition and the conditional Denies that limit it.
     */
    static String access(List<Access.RepositoryAccess> report) {
        var b = new StringBuilder("\nAccess (repository and registry policies; Allow minus Deny):\n");
        int before = b.length();
        for (Access.RepositoryAccess r : report) {
            if (r.grants().isEmpty()) {
                continue;
            }
            b.append("  ").append(r.repository()).append('\n');
            for (Access.Grant g : r.grants()) {
                String actions = g.level().equals("custom") ? String.join(", ", g.actions())
                        : g.level() + (g.extra().isEmpty() ? "" : " + " + String.join(", ", g.extra()));
                b.append(INDENT).append(g.principal()).append(" -> ").append(actions).append('\n');
                if (!g.conditions().isEmpty()) {
                    b.append(INDENT).append("  if ").append(Json.write(g.conditions())).append('\n');
                }
                for (Access.ConditionalDeny d : g.deniedWhen()) {
                    b.append(INDENT).append("  denied ").append(String.join(", ", d.actions())).append(" if ")
                            .append(Json.write(d.conditions())).append(" (").append(d.from()).append(")\n");
                }
            }
        }
        return b.length() == before ? b.append("  no repository or registry policy grants access\n").toString() : b.toString();
    }

    private static Object nested(Object map, String key) {
        return map instanceof Map<?, ?> m ? m.get(key) : null;
    }

    private static String scalar(Object v) {
        return v instanceof Map || v instanceof List ? Json.write(v) : String.valueOf(v);
    }
}
