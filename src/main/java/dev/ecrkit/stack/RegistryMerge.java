package dev.ecrkit.stack;

import dev.ecrkit.RegistryArgs;
import dev.ecrkit.ecr.ExclusionFilter;
import dev.ecrkit.registry.AccountSettingName;
import dev.ecrkit.registry.AppliedFor;
import dev.ecrkit.registry.PullThroughCacheRule;
import dev.ecrkit.registry.RegistryScanning;
import dev.ecrkit.registry.Replication;
import dev.ecrkit.registry.RepositoryCreationTemplate;
import dev.ecrkit.validation.Problems;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Merges the registry-level settings of every place that sets them (repository entries, {@code ecrkit:registry}) into
 * the one set a registry has per account and Region, reporting every conflict with both key paths. Part of
 * {@link RegistryConfig}. Pure.
 */
final class RegistryMerge {
    private RegistryMerge() {
    }

    /** A value and the config key path it came from. */
    record Sourced<T>(T value, String path) {
    }

    /** The registry-level settings of one place: a repository entry or {@code ecrkit:registry}. */
    static final class Parts {
        Sourced<Replication> replication;
        Sourced<RegistryScanning> scanning;
        /** The key paths that set the scanning's scan type and its rules (conflicts name the one that differs). */
        String scanTypePath;
        String scanRulesPath;
        final Map<AccountSettingName, Sourced<String>> settings = new EnumMap<>(AccountSettingName.class);
        final List<Sourced<PullThroughCacheRule>> rules = new ArrayList<>();
        final List<Sourced<RepositoryCreationTemplate>> templates = new ArrayList<>();
        /** What only {@code ecrkit:registry} sets (registryPolicy, tags, inspector, ...), and its check: not merged. */
        RegistryArgs.Builder own = RegistryArgs.builder();
        RegistryArgs checked;
    }


    /** One setting per account and region: merges the places, reporting every conflict with both key paths. */
    static Parts merge(List<Parts> all, Problems p) {
        var merged = new Parts();
        var rules = new LinkedHashMap<String, Sourced<PullThroughCacheRule>>();
        var templates = new LinkedHashMap<String, Sourced<RepositoryCreationTemplate>>();
        for (Parts parts : all) {
            var r = parts.replication;
            if (r != null && merged.replication == null) {
                merged.replication = r;
            } else if (r != null && !sameReplication(merged.replication.value(), r.value())) {
                conflict(p, r.path(), merged.replication.path(), "the registry has one replication configuration per"
                        + " account and region", r.value().regions());
            }
            mergeScanning(merged, parts, p);
            parts.settings.forEach((name, v) -> merged.settings.merge(name, v, (a, b) -> {
                if (!a.value().equals(b.value())) {
                    conflict(p, b.path(), a.path(), "the registry has one " + name.wire() + " setting per account"
                            + " and region", b.value());
                }
                return a;
            }));
            if (parts.checked != null) {
                merged.own = parts.own;
                merged.checked = parts.checked;
            }
            keyed(rules, parts.rules, PullThroughCacheRule::ecrRepositoryPrefix, RegistryMerge::ruleFields,
                    "pull-through cache rule per ecrRepositoryPrefix", p);
            keyed(templates, parts.templates, RepositoryCreationTemplate::prefix, RegistryMerge::templateFields,
                    "repository creation template per prefix", p);
        }
        merged.rules.addAll(rules.values());
        merged.templates.addAll(templates.values());
        return merged;
    }

    /**
     * One scanning configuration per account and region: a different scan type is reported under the keys that set
     * the scan type, different rules under the keys that set the filters.
     */
    private static void mergeScanning(Parts merged, Parts next, Problems p) {
        if (next.scanning == null) {
            return;
        }
        if (merged.scanning == null) {
            merged.scanning = next.scanning;
            merged.scanTypePath = next.scanTypePath;
            merged.scanRulesPath = next.scanRulesPath;
            return;
        }
        RegistryScanning a = merged.scanning.value();
        RegistryScanning b = next.scanning.value();
        if (a.scanType() != b.scanType()) {
            conflict(p, next.scanTypePath, merged.scanTypePath + " (scan type " + a.scanType().wire() + ")",
                    "the registry has one scan type per account and region", b.scanType().wire());
        } else if (!sameScanning(a, b)) {
            conflict(p, next.scanRulesPath, merged.scanRulesPath + " (" + describe(a) + ")", "the registry has one"
                    + " registry scanning configuration per account and region", describe(b));
        }
    }

    /**
     * Adds settings of one key each (a prefix), the first kept: one that differs is reported under the first field that
     * differs, with both values ({@code fields}: a value's fields in config terms, in order).
     */
    private static <T> void keyed(Map<String, Sourced<T>> into, List<Sourced<T>> next, Function<T, String> key,
            Function<T, Map<String, Object>> fields, String what, Problems p) {
        next.forEach(n -> into.merge(key.apply(n.value()), n, (first, x) -> {
            var a = fields.apply(first.value());
            var b = fields.apply(x.value());
            a.keySet().stream().filter(k -> !Objects.equals(a.get(k), b.get(k))).findFirst().ifPresent(k ->
                    conflict(p, x.path() + "." + k, first.path() + "." + k + " (" + Problems.show(a.get(k)) + ")",
                            "the registry has one " + what + " (" + key.apply(x.value()) + ")", b.get(k)));
            return first;
        }));
    }

    /** A pull-through cache rule's fields as the config names them (a conflict names the one that differs). */
    private static Map<String, Object> ruleFields(PullThroughCacheRule r) {
        var m = new LinkedHashMap<String, Object>();
        m.put("upstreamRegistryUrl", r.upstreamRegistryUrl());
        m.put("upstreamRegistry", r.upstreamRegistry().wire());
        m.put("upstreamRepositoryPrefix", r.upstreamRepositoryPrefix());
        m.put("credentialArn", r.credentialArn());
        m.put("customRoleArn", r.role() instanceof dev.ecrkit.registry.CacheRole.Existing e ? e.arn() : "");
        m.put("createRole", r.role() instanceof dev.ecrkit.registry.CacheRole.Created);
        return m;
    }

    /** A repository creation template's fields as the config names them. */
    private static Map<String, Object> templateFields(RepositoryCreationTemplate t) {
        var m = new LinkedHashMap<String, Object>();
        m.put("appliedFor", t.appliedFor().stream().map(AppliedFor::wire).toList());
        m.put("description", t.description());
        m.put("imageTagMutability", t.imageTagMutability().wire());
        m.put("imageTagMutabilityExclusionFilters", t.imageTagMutabilityExclusionFilters().stream()
                .map(ExclusionFilter::filter).toList());
        m.put("encryptionConfiguration", t.encryption().type().wire()
                + (t.encryption().kmsKey().isEmpty() ? "" : " " + t.encryption().kmsKey()));
        m.put("lifecyclePolicy", t.lifecyclePolicy());
        m.put("repositoryPolicy", t.repositoryPolicy());
        m.put("resourceTags", t.resourceTags());
        m.put("customRoleArn", t.customRoleArn());
        return m;
    }

    private static void conflict(Problems p, String path, String firstPath, String why, Object value) {
        p.add(path, "conflicts with " + firstPath + ": " + why + "; set it in one place, or the same in both", value);
    }

    private static boolean sameReplication(Replication a, Replication b) {
        return normalized(a).equals(normalized(b));
    }

    private static Set<List<Set<?>>> normalized(Replication r) {
        return r.rules().stream().map(rule -> List.<Set<?>>of(Set.copyOf(rule.destinations()),
                Set.copyOf(rule.repositoryFilters()))).collect(Collectors.toSet());
    }

    private static boolean sameScanning(RegistryScanning a, RegistryScanning b) {
        return a.scanType() == b.scanType() && a.rules().keySet().equals(b.rules().keySet())
                && a.rules().keySet().stream().allMatch(f -> Set.copyOf(a.rules().get(f)).equals(Set.copyOf(b.rules().get(f))));
    }

    private static String describe(RegistryScanning s) {
        return s.scanType().wire() + (s.rules().isEmpty() ? ", no rules" : s.rules().entrySet().stream()
                .map(e -> ", " + e.getKey().wire() + " " + e.getValue()).collect(Collectors.joining()));
    }
}
