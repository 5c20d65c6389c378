package dev.ecrkit.stack;

import dev.ecrkit.governance.RuleType;
import dev.ecrkit.tagging.DefaultTagValue;
import dev.ecrkit.tagging.DefaultTagsTemplate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The notices of one repository entry ({@link Notice}): module variables that ecrkit accepts, as the module does, but
 * that configure nothing because another key wins or their switch is off. The registry-level ones are
 * {@link RegistryConfig}'s, the logging and monitoring groups' {@link StackConfig}'s. Reads raw values only (type
 * problems are reported where the values are read). Pure.
 */
final class EntryNotices {
    /** A key of a switched-off group, set to the module's default (a non-default value is an error). */
    static final String DEFAULT_WITHOUT_SWITCH = "configures nothing without %s (accepted: it is the module's"
            + " default value)";
    /** The lifecycle inputs, highest precedence first (the module's order, RepositoryArgs). */
    private static final List<String> LIFECYCLE_PRECEDENCE = List.of("lifecyclePolicy", "lifecyclePolicyTemplate");
    private static final List<String> LIFECYCLE_HELPERS = List.of("lifecycleKeepLatestNImages",
            "lifecycleExpireUntaggedAfterDays", "lifecycleExpireTaggedAfterDays", "lifecycleTagPrefixesToKeep",
            "lifecycleArchiveAfterDaysNotPulled", "lifecycleExpireArchivedAfterDays");
    /** Fields of a pull request rule that only approval and ci_integration rules use (docs/governance.md, Fields). */
    private static final List<String> ON_PUSH_ONLY = List.of("actions.requireApprovalCount",
            "actions.approvalTimeoutHours");
    /** Fields of a pull request rule that only security_scan rules use (docs/governance.md, Fields). */
    private static final List<String> SCAN_ONLY = List.of("conditions.severityThreshold",
            "conditions.requireScanCompletion");

    private EntryNotices() {
    }

    static void of(ConfigNode v) {
        scanOnPush(v);
        lifecycle(v);
        tagging(v);
        pullRequestRules(v);
    }

    /** The module: {@code image_scanning_configuration.scan_on_push}, when set, overrides {@code scan_on_push}. */
    private static void scanOnPush(ConfigNode v) {
        if (v.has("scanOnPush") && v.raw("imageScanningConfiguration") instanceof Map<?, ?> m
                && m.get("scanOnPush") instanceof Boolean) {
            v.notices.addNoValue("scanOnPush", "configures nothing: imageScanningConfiguration.scanOnPush is set and"
                    + " wins (as in the module)");
        }
    }

    /** Precedence: lifecyclePolicy, then lifecyclePolicyTemplate, then the helper keys. */
    private static void lifecycle(ConfigNode v) {
        var winner = LIFECYCLE_PRECEDENCE.stream().filter(v::has).findFirst();
        if (winner.isEmpty()) {
            return;
        }
        String why = "configures nothing: " + winner.get() + " is set and wins (precedence: lifecyclePolicy, then"
                + " lifecyclePolicyTemplate, then the lifecycle* helper keys, as in the module)";
        LIFECYCLE_PRECEDENCE.stream().skip(LIFECYCLE_PRECEDENCE.indexOf(winner.get()) + 1).filter(v::has)
                .forEach(k -> v.notices.addNoValue(k, why));
        LIFECYCLE_HELPERS.stream().filter(k -> v.has(k) && !StackConfig.isEmptyCollection(v.raw(k)))
                .forEach(k -> v.notices.addNoValue(k, why));
    }

    private static void tagging(ConfigNode v) {
        var values = Arrays.stream(DefaultTagValue.values()).filter(d -> v.has(d.field())).toList();
        if (Boolean.FALSE.equals(v.raw("enableDefaultTags"))) {
            String why = "configures nothing with enableDefaultTags: false (no default tags are added)";
            if (v.has("defaultTagsTemplate")) {
                v.notices.addNoValue("defaultTagsTemplate", why);
            }
            values.forEach(d -> v.notices.addNoValue(d.field(), why));
        } else {
            var template = v.raw("defaultTagsTemplate") instanceof String s ? DefaultTagsTemplate.fromWire(s)
                    : Optional.of(DefaultTagsTemplate.CUSTOM);
            template.ifPresent(t -> values.stream().filter(d -> !t.uses(d)).forEach(d -> v.notices.addNoValue(
                    d.field(), "configures nothing: the default-tag template " + t.wire() + " has no tag that uses it")));
        }
        if (v.raw("requiredTags") instanceof List<?> l && !l.isEmpty()
                && !Boolean.TRUE.equals(v.raw("enableTagValidation"))) {
            v.notices.addNoValue("requiredTags", "configures nothing unless enableTagValidation is true (nothing is"
                    + " checked)");
        }
        if (Boolean.FALSE.equals(v.raw("enableTagNormalization"))) {
            for (String k : List.of("tagKeyCase", "normalizeTagValues")) {
                if (v.has(k)) {
                    v.notices.addNoValue(k, "configures nothing with enableTagNormalization: false (keys and values"
                            + " are kept as written)");
                }
            }
        }
    }

    /**
     * With {@code enablePullRequestRules: true}, the fields of an enabled rule that its type does not use (the
     * switch-off case is one notice on {@code pullRequestRules}, {@link StackConfig}).
     */
    private static void pullRequestRules(ConfigNode v) {
        if (!Boolean.TRUE.equals(v.raw("enablePullRequestRules"))
                || !(v.raw("pullRequestRules") instanceof List<?> rules)) {
            return;
        }
        for (int i = 0; i < rules.size(); i++) {
            if (!(rules.get(i) instanceof Map<?, ?> rule) || Boolean.FALSE.equals(rule.get("enabled"))
                    || !(rule.get("type") instanceof String wire)) {
                continue;
            }
            var type = RuleType.fromWire(wire);
            if (type.isEmpty()) {
                continue;
            }
            for (String field : type.get().onPush() ? SCAN_ONLY : ON_PUSH_ONLY) {
                String[] parts = field.split("\\.");
                if (rule.get(parts[0]) instanceof Map<?, ?> group && group.get(parts[1]) != null) {
                    v.notices.addNoValue("pullRequestRules[" + i + "]." + field, "configures nothing: a " + wire
                            + " rule does not use it (docs/governance.md, Fields)");
                }
            }
        }
    }
}
