package dev.ecrkit.stack;

import dev.ecrkit.registry.AccountSettingName;
import dev.ecrkit.registry.AccountSettings;
import dev.ecrkit.registry.RegistryScanning;
import dev.ecrkit.registry.Replication;
import dev.ecrkit.registry.ScanType;
import dev.ecrkit.stack.RegistryMerge.Parts;
import dev.ecrkit.stack.RegistryMerge.Sourced;
import dev.ecrkit.validation.Problems;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The Terraform module's registry-level variables set in a repository entry ({@code enableReplication},
 * {@code registryScanType}, ...; declared in {@code dev.ecrkit.inputs.RegistryEntryInputs}), read with the module's
 * meaning into the entry's share of the registry settings, which {@link RegistryMerge} then merges. Part of
 * {@link RegistryConfig}. Pure.
 */
final class ModuleRegistryKeys {
    private ModuleRegistryKeys() {
    }

    static Optional<Parts> fromEntry(String key, Map<?, ?> raw, String sourceRegion, Problems p,
            Problems notices) {
        var n = ConfigNode.root(raw, StackConfig.PROJECT + ":" + StackConfig.REPOSITORIES + "." + key, List.of(), p)
                .orElseThrow();
        if (RegistryConfig.ENTRY_KEYS.stream().noneMatch(n::has)) {
            return Optional.empty();
        }
        var parts = new Parts();
        moduleReplication(n, parts, sourceRegion, p);
        moduleScanning(n, parts, p, notices);
        moduleAccountSettings(n, parts, p, notices);
        if (gate(n, "enablePullThroughCache", "pullThroughCacheRules", "rule", given(n, "pullThroughCacheRules"),
                p)) {
            for (ConfigNode item : n.objects("pullThroughCacheRules", RegistryConfig.fields("pullThroughCacheRules"))) {
                RegistryConfig.rule(item, sourceRegion, p).ifPresent(r -> parts.rules.add(new Sourced<>(r, item.path())));
            }
        }
        if (gate(n, "enableRepositoryCreationTemplates", "repositoryCreationTemplates", "template",
                given(n, "repositoryCreationTemplates"), p)) {
            for (ConfigNode item : n.objects("repositoryCreationTemplates", RegistryConfig.fields("repositoryCreationTemplates"))) {
                RegistryConfig.template(item, p).ifPresent(t -> parts.templates.add(new Sourced<>(t, item.path())));
            }
        }
        return Optional.of(parts);
    }

    /**
     * The module's switch-and-list pairs: the list counts only when the switch is true, and a switch without items
     * or items without the switch would do nothing, which is an error rather than silently nothing.
     */
    private static boolean gate(ConfigNode n, String flag, String list, String noun, boolean hasItems, Problems p) {
        if (n.has(flag) && !(n.raw(flag) instanceof Boolean)) {
            n.bool(flag); // reports the wrong type; nothing else to say about this pair
            return false;
        }
        boolean on = n.bool(flag).orElse(false);
        if (!on && hasItems) {
            p.add(n.at(list), "has no effect unless " + flag + " is true (the module ignores it); set " + flag
                    + ": true or remove it", n.raw(list));
            return false;
        }
        if (on && !hasItems && !(n.has(list) && !(n.raw(list) instanceof List))) {
            p.addNoValue(n.at(list), "needs at least one " + noun + " when " + flag + " is true");
            return false;
        }
        return on;
    }

    private static boolean given(ConfigNode n, String list) {
        return n.raw(list) instanceof List<?> l && !l.isEmpty();
    }

    /** The key path of a problem of a model made from the module list at {@code path}: {@code items}[i] is path[i]. */
    private static UnaryOperator<String> atItem(String path, String items) {
        return f -> f.startsWith(items + "[") ? path + f.substring(items.length(), f.indexOf(']', items.length()) + 1)
                : path;
    }

    private static void moduleReplication(ConfigNode n, Parts parts, String sourceRegion, Problems p) {
        List<String> regions = n.strings("replicationRegions"); // a list of anything else counts as no regions
        String path = n.at("replicationRegions");
        if (!gate(n, "enableReplication", "replicationRegions", "region", !regions.isEmpty(), p)
                || regions.isEmpty()) {
            return;
        }
        var replication = Replication.sameAccountRegions(regions);
        if (RegistryConfig.validated(p, q -> replication.validate(q, sourceRegion),
                atItem(path, "rules[0].destinations"))) {
            parts.replication = new Sourced<>(replication, path);
        }
    }

    /**
     * The module's {@code registry_scan_filters} configures nothing: the module passes it to no resource, only to its
     * {@code registry_scan_filters} output (terraform-module-behaviour.md section 1.5), and PutRegistryScanningConfiguration
     * has no such input, only rules with repository filters
     * (https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_PutRegistryScanningConfiguration.html).
     */
    static final String REGISTRY_SCAN_FILTERS_NOTICE = "configures nothing: AWS has no registry scan filter setting"
            + " (the module only echoes it in an output); accepted so module stacks translate key by key. To choose"
            + " what is scanned use scanRepositoryFilters; to filter findings use Amazon Inspector";

    private static void moduleScanning(ConfigNode n, Parts parts, Problems p, Problems notices) {
        String filtersPath = n.at("scanRepositoryFilters");
        if (n.raw("registryScanFilters") instanceof List<?> l && !l.isEmpty()) {
            int before = p.list().size();
            n.objects("registryScanFilters", RegistryConfig.fields("registryScanFilters"));
            if (p.list().size() == before) {
                notices.addNoValue(n.at("registryScanFilters"), REGISTRY_SCAN_FILTERS_NOTICE);
            }
        } else if (n.has("registryScanFilters") && !(n.raw("registryScanFilters") instanceof List)) {
            p.add(n.at("registryScanFilters"), "must be a list of objects", n.raw("registryScanFilters"));
        }
        boolean on = n.bool("enableRegistryScanning").orElse(false);
        var typeText = n.string("registryScanType");
        var type = typeText.flatMap(s -> Declarations.wire(ScanType.class, s, n.at("registryScanType"), p));
        boolean secret = n.bool("enableSecretScanning").orElse(false);
        List<String> filters = n.has("scanRepositoryFilters") ? n.strings("scanRepositoryFilters")
                : RegistryScanning.MODULE_DEFAULT_FILTERS;
        if (!on) {
            type.ifPresent(t -> switchedOff(n, "registryScanType", "enableRegistryScanning", t.wire(),
                    t == RegistryScanning.DEFAULT_SCAN_TYPE, p, notices));
            if (secret) {
                p.add(n.at("enableSecretScanning"), "enableSecretScanning has no effect unless enableRegistryScanning"
                        + " is true (the module creates nothing); it only forces scan type ENHANCED", true);
            }
            if (n.has("scanRepositoryFilters")) {
                switchedOff(n, "scanRepositoryFilters", "enableRegistryScanning", filters,
                        filters.equals(RegistryScanning.MODULE_DEFAULT_FILTERS), p, notices);
            }
            return;
        }
        if (secret && (typeText.isEmpty() || type.isPresent() && type.get() == ScanType.ENHANCED)) {
            notices.addNoValue(n.at("enableSecretScanning"), "configures nothing: its only effect, as in the module, is"
                    + " scan type ENHANCED, which is set already (AWS has no separate secret-scanning setting)");
        }
        if (typeText.isPresent() && type.isEmpty()) {
            return;
        }
        var scanning = RegistryScanning.fromModule(type.orElse(RegistryScanning.DEFAULT_SCAN_TYPE), secret, filters);
        if (RegistryConfig.validated(p, scanning::validate, atItem(filtersPath, "rules[0].repositoryFilters"))) {
            parts.scanning = new Sourced<>(scanning, n.at("enableRegistryScanning"));
            parts.scanTypePath = n.at(typeText.isEmpty() ? "enableRegistryScanning"
                    : secret && type.get() != ScanType.ENHANCED ? "enableSecretScanning" : "registryScanType");
            parts.scanRulesPath = n.has("scanRepositoryFilters") ? filtersPath : n.at("enableRegistryScanning");
        }
    }

    /**
     * A key given while its module switch {@code flag} is off (the module creates nothing): a problem, or a notice when
     * its value is the module's default ({@link EntryNotices}).
     */
    private static void switchedOff(ConfigNode n, String key, String flag, Object value, boolean moduleDefault,
            Problems p, Problems notices) {
        if (moduleDefault) {
            notices.addNoValue(n.at(key), EntryNotices.DEFAULT_WITHOUT_SWITCH.formatted(flag + ": true"));
        } else {
            p.add(n.at(key), key + " has no effect unless " + flag + " is true (the module creates nothing)", value);
        }
    }

    private static void moduleAccountSettings(ConfigNode n, Parts parts, Problems p, Problems notices) {
        boolean on = n.bool("manageAccountSetting").orElse(false);
        for (var name : List.of(AccountSettingName.BASIC_SCAN_TYPE_VERSION, AccountSettingName.REGISTRY_POLICY_SCOPE)) {
            String key = AccountSettings.fieldName(name);
            var moduleDefault = (String) ConfigKeys.find(key).orElseThrow().moduleDefault(); // from its declaration
            var given = n.string(key);
            String value = given.orElse(moduleDefault);
            if (!on) {
                given.ifPresent(v -> switchedOff(n, key, "manageAccountSetting", v, v.equals(moduleDefault), p,
                        notices));
            } else if (name.check(p, n.at(key), value)) {
                parts.settings.put(name, new Sourced<>(value, n.at(given.isPresent() ? key : "manageAccountSetting")));
            }
        }
    }
}
