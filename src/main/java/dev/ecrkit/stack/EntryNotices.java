package dev.ecrkit.stack;

import dev.ecrkit.governance.RuleType;
import dev.ecrkit.inputs.Input;
import dev.ecrkit.lifecycle.LifecycleHelpers;
import dev.ecrkit.tagging.DefaultTagValue;
import dev.ecrkit.tagging.DefaultTagsTemplate;
import dev.ecrkit.validation.Problems;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The notices of one repository entry ({@link Notice}): module variables that ecrkit accepts, as the module does, but
 * that configure nothing because another key wins or their switch is off ({@link Input#needs}). The registry-level
 * ones are {@link RegistryConfig}'s, the logging and monitoring groups' {@link StackConfig}'s. Reads the entry's bound
 * values ({@link Binder#values}); notices count only when the entry has no problem. Pure.
 */
final class EntryNotices {
    /** A key of a switched-off group, set to the module's default (a non-default value is an error). */
    static final String DEFAULT_WITHOUT_SWITCH = "configures nothing without %s (accepted: it is the module's"
            + " default value)";
    /** The lifecycle inputs, highest precedence first (the module's order, RepositoryArgs). */
    private static final List<String> LIFECYCLE_PRECEDENCE = List.of("lifecyclePolicy", "lifecyclePolicyTemplate");
    /** The lifecycle helper inputs, in declaration order: those that set a {@link LifecycleHelpers.Builder} method. */
    private static final List<String> LIFECYCLE_HELPERS = ConfigKeys.INPUTS.entrySet().stream()
            .filter(e -> Arrays.stream(e.getValue().java()).anyMatch(j -> j.owner() == LifecycleHelpers.Builder.class))
            .map(Map.Entry::getKey).toList();
    /** Fields of a pull request rule that only approval and ci_integration rules use (docs/governance.md, Fields). */
    private static final List<String> ON_PUSH_ONLY = List.of("actions.requireApprovalCount",
            "actions.approvalTimeoutHours");
    /** Fields of a pull request rule that only security_scan rules use (docs/governance.md, Fields). */
    private static final List<String> SCAN_ONLY = List.of("conditions.severityThreshold",
            "conditions.requireScanCompletion");

    private EntryNotices() {
    }

    static void of(Map<String, Object> v, Problems notices) {
        scanOnPush(v, notices);
        lifecycle(v, notices);
        tagging(v, notices);
        pullRequestRules(v, notices);
    }

    /** The module: {@code image_scanning_configuration.scan_on_push}, when set, overrides {@code scan_on_push}. */
    private static void scanOnPush(Map<String, Object> v, Problems notices) {
        if (v.containsKey("scanOnPush")
                && Binder.values(v.get("imageScanningConfiguration")).get("scanOnPush") instanceof Boolean) {
            notices.addNoValue("scanOnPush", "configures nothing: imageScanningConfiguration.scanOnPush is set and"
                    + " wins (as in the module)");
        }
    }

    /** Precedence: lifecyclePolicy, then lifecyclePolicyTemplate, then the helper keys. */
    private static void lifecycle(Map<String, Object> v, Problems notices) {
        var winner = LIFECYCLE_PRECEDENCE.stream().filter(v::containsKey).findFirst();
        if (winner.isEmpty()) {
            return;
        }
        String why = "configures nothing: " + winner.get() + " is set and wins (precedence: lifecyclePolicy, then"
                + " lifecyclePolicyTemplate, then the lifecycle* helper keys, as in the module)";
        LIFECYCLE_PRECEDENCE.stream().skip(LIFECYCLE_PRECEDENCE.indexOf(winner.get()) + 1).filter(v::containsKey)
                .forEach(k -> notices.addNoValue(k, why));
        LIFECYCLE_HELPERS.stream().filter(k -> v.containsKey(k) && !StackConfig.isEmptyCollection(v.get(k)))
                .forEach(k -> notices.addNoValue(k, why));
    }

    /**
     * A default tag value its template has no tag for; then every input given while the switch it {@link Input#needs}
     * is off (set false, or false by default), in declaration order.
     */
    private static void tagging(Map<String, Object> v, Problems notices) {
        if (!Boolean.FALSE.equals(v.get("enableDefaultTags"))) {
            var template = v.get("defaultTagsTemplate") instanceof String s ? DefaultTagsTemplate.fromWire(s)
                    : Optional.of(DefaultTagsTemplate.CUSTOM);
            template.ifPresent(t -> Arrays.stream(DefaultTagValue.values()).filter(d -> v.containsKey(d.field())
                    && !t.uses(d)).forEach(d -> notices.addNoValue(d.field(), "configures nothing: the default-tag"
                    + " template " + t.wire() + " has no tag that uses it")));
        }
        ConfigKeys.INPUTS.forEach((key, input) -> {
            Input toggle = ConfigKeys.INPUTS.get(input.needs());
            if (toggle == null || toggle.whenOff().isEmpty() || !v.containsKey(key)
                    || StackConfig.isEmptyCollection(v.get(key))) {
                return;
            }
            boolean onByDefault = Boolean.parseBoolean(toggle.moduleDefault());
            if (!(Boolean) v.getOrDefault(input.needs(), onByDefault)) {
                notices.addNoValue(key, (onByDefault ? "configures nothing with %s: false (%s)"
                        : "configures nothing unless %s is true (%s)").formatted(input.needs(), toggle.whenOff()));
            }
        });
    }

    /**
     * With {@code enablePullRequestRules: true}, the fields of an enabled rule that its type does not use (the
     * switch-off case is one notice on {@code pullRequestRules}, {@link StackConfig}).
     */
    private static void pullRequestRules(Map<String, Object> v, Problems notices) {
        if (!Boolean.TRUE.equals(v.get("enablePullRequestRules"))
                || !(v.get("pullRequestRules") instanceof List<?> rules)) {
            return;
        }
        for (int i = 0; i < rules.size(); i++) {
            var rule = Binder.values(rules.get(i));
            if (Boolean.FALSE.equals(rule.get("enabled"))
                    || !(rule.get("type") instanceof String wire)) {
                continue;
            }
            var type = RuleType.fromWire(wire);
            if (type.isEmpty()) {
                continue;
            }
            for (String field : type.get().onPush() ? SCAN_ONLY : ON_PUSH_ONLY) {
                String[] parts = field.split("\\.");
                if (Binder.values(rule.get(parts[0])).get(parts[1]) != null) {
                    notices.addNoValue("pullRequestRules[" + i + "]." + field, "configures nothing: a " + wire
                            + " rule does not use it (docs/governance.md, Fields)");
                }
            }
        }
    }
}
