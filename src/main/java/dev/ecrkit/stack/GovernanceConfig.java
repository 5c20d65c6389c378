package dev.ecrkit.stack;

import dev.ecrkit.governance.PullRequestRule;
import dev.ecrkit.governance.RuleType;
import dev.ecrkit.governance.Severity;
import dev.ecrkit.validation.Problems;
import dev.ecrkit.validation.WireValues;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the {@code pullRequestRules} entries of a repository (the module's {@code pull_request_rules}): type-checks
 * every field of {@code conditions} and {@code actions}, names unknown fields with the closest known one, and builds
 * {@link PullRequestRule}s with the module's defaults. The values themselves are validated by
 * {@link dev.ecrkit.governance.PullRequestRules#validate}. Pure.
 */
final class GovernanceConfig {
    /** Fields of {@code conditions}, with their types. */
    static final Map<String, ConfigKey.Type> CONDITIONS = ordered(
            "tagPatterns", ConfigKey.Type.STRING_LIST, "severityThreshold", ConfigKey.Type.STRING,
            "requireScanCompletion", ConfigKey.Type.BOOL, "allowedPrincipals", ConfigKey.Type.STRING_LIST);
    /** Fields of {@code actions}, with their types ({@code webhookSecretArn} is ecrkit's). */
    static final Map<String, ConfigKey.Type> ACTIONS = ordered(
            "requireApprovalCount", ConfigKey.Type.NUMBER, "notificationTopicArn", ConfigKey.Type.STRING,
            "webhookUrl", ConfigKey.Type.STRING, "webhookSecretArn", ConfigKey.Type.STRING,
            "blockOnFailure", ConfigKey.Type.BOOL, "approvalTimeoutHours", ConfigKey.Type.NUMBER);

    private GovernanceConfig() {
    }

    /**
     * What was read.
     *
     * @param rules    the rules that could be built, in order
     * @param complete whether every entry became a rule without a problem
     * @param allBuilt whether every entry became a rule (indices of {@code rules} are the entries' indices)
     */
    record Read(List<PullRequestRule> rules, boolean complete, boolean allBuilt) {
    }

    /**
     * The rules of {@code entries} (already checked for unknown top-level fields and their scalar types); problems go
     * to {@code p} as {@code [i].field}.
     */
    static Read rules(List<Map<String, Object>> entries, Problems p) {
        var local = new Problems();
        var rules = new ArrayList<PullRequestRule>();
        for (int i = 0; i < entries.size(); i++) {
            rule(entries.get(i), local.at("[" + i + "]")).ifPresent(rules::add);
        }
        p.addAll(local.list());
        return new Read(List.copyOf(rules), local.isEmpty(), rules.size() == entries.size());
    }

    private static Optional<PullRequestRule> rule(Map<String, Object> e, Problems p) {
        Object name = e.get("name");
        Object type = e.get("type");
        if (!(name instanceof String)) {
            p.addNoValue("name", "is required (a string)");
        }
        Optional<RuleType> ruleType = Optional.empty();
        if (!(type instanceof String t)) {
            p.addNoValue("type", "is required: one of " + String.join(", ", wires()));
        } else {
            ruleType = RuleType.fromWire(t);
            if (ruleType.isEmpty()) {
                p.add("type", "must be one of " + String.join(", ", wires()), t);
            }
        }
        var conditions = object(e.get("conditions"), CONDITIONS, p.at("conditions"));
        var actions = object(e.get("actions"), ACTIONS, p.at("actions"));
        if (!(name instanceof String n) || ruleType.isEmpty()) {
            return Optional.empty();
        }
        var b = PullRequestRule.builder(n, ruleType.get());
        if (e.get("enabled") instanceof Boolean enabled) {
            b.enabled(enabled);
        }
        if (conditions.get("tagPatterns") instanceof List<?> l) {
            b.tagPatterns(strings(l));
        }
        if (conditions.get("severityThreshold") instanceof String s) {
            var severity = Severity.fromWire(s);
            severity.ifPresentOrElse(b::severityThreshold, () -> p.add("conditions.severityThreshold",
                    "must be one of " + String.join(", ", WireValues.values(Severity.values(), Severity::wire)), s));
        }
        if (conditions.get("requireScanCompletion") instanceof Boolean v) {
            b.requireScanCompletion(v);
        }
        if (conditions.get("allowedPrincipals") instanceof List<?> l) {
            b.allowedPrincipals(strings(l));
        }
        whole(actions, "requireApprovalCount", p).ifPresent(b::requireApprovalCount);
        if (actions.get("notificationTopicArn") instanceof String v) {
            b.notificationTopicArn(v);
        }
        if (actions.get("webhookUrl") instanceof String v) {
            b.webhookUrl(v);
        }
        if (actions.get("webhookSecretArn") instanceof String v) {
            b.webhookSecretArn(v);
        }
        if (actions.get("blockOnFailure") instanceof Boolean v) {
            b.blockOnFailure(v);
        }
        whole(actions, "approvalTimeoutHours", p).ifPresent(b::approvalTimeoutHours);
        return Optional.of(b.build());
    }

    /** The fields of an optional nested object, type-checked; null or absent gives an empty map (all defaults). */
    private static Map<String, Object> object(Object value, Map<String, ConfigKey.Type> fields, Problems p) {
        if (value == null) {
            return Map.of();
        }
        if (!(value instanceof Map<?, ?> m)) {
            p.add("", "must be an object with " + String.join(", ", fields.keySet()), value);
            return Map.of();
        }
        var out = new LinkedHashMap<String, Object>();
        m.forEach((k, v) -> {
            String field = String.valueOf(k);
            var type = fields.get(field);
            if (type == null) {
                p.add(field, "unknown field; did you mean " + ConfigKeys.closest(field, fields.keySet()) + "?", v);
            } else if (v != null && !ConfigNode.isType(v, type, false)) {
                p.add(field, "must be " + ConfigNode.describe(type), v);
            } else if (v != null) {
                out.put(field, v);
            }
        });
        return out;
    }

    private static Optional<Integer> whole(Map<String, Object> actions, String field, Problems p) {
        Object v = actions.get(field);
        if (v == null) {
            return Optional.empty();
        }
        var n = ConfigNode.wholeNumber(v);
        if (n.isEmpty()) {
            p.add("actions." + field, ConfigNode.wholeNumberRule(v), v);
        }
        return n;
    }

    private static List<String> strings(List<?> l) {
        return l.stream().map(String.class::cast).toList();
    }

    private static List<String> wires() {
        return WireValues.values(RuleType.values(), RuleType::wire);
    }

    private static Map<String, ConfigKey.Type> ordered(Object... kv) {
        var m = new LinkedHashMap<String, ConfigKey.Type>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], (ConfigKey.Type) kv[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(m);
    }
}
