package dev.ecrkit.stack;

import static dev.ecrkit.stack.ConfigKey.NONE;
import static dev.ecrkit.stack.ConfigKey.NO_DEFAULT;
import static dev.ecrkit.stack.ConfigKey.key;
import static dev.ecrkit.stack.ConfigKey.object;
import static dev.ecrkit.stack.ConfigKey.Support.KMS_KEY;
import static dev.ecrkit.stack.ConfigKey.Support.LOGGING;
import static dev.ecrkit.stack.ConfigKey.Support.MONITORING;
import static dev.ecrkit.stack.ConfigKey.Support.REGISTRY;
import static dev.ecrkit.stack.ConfigKey.Support.SUPPORTED;
import static dev.ecrkit.stack.ConfigKey.Type.BOOL;
import static dev.ecrkit.stack.ConfigKey.Type.NUMBER;
import static dev.ecrkit.stack.ConfigKey.Type.OBJECT;
import static dev.ecrkit.stack.ConfigKey.Type.OBJECT_LIST;
import static dev.ecrkit.stack.ConfigKey.Type.STRING;
import static dev.ecrkit.stack.ConfigKey.Type.STRING_LIST;
import static dev.ecrkit.stack.ConfigKey.Type.STRING_MAP;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every key of an {@code ecrkit:repositories} entry: the 67 input variables of terraform-aws-ecr v2.1.1 in camelCase
 * (terraform-module-behaviour.md section 1), plus ecrkit's {@code name} override. The README table is checked against
 * this list by a test.
 */
public final class ConfigKeys {
    /** All keys, in the module's order. */
    public static final List<ConfigKey> ALL = List.of(
            key("name", STRING, SUPPORTED, NO_DEFAULT, "Repository name; defaults to the entry's map key"),
            key("forceDelete", BOOL, SUPPORTED, false, "Delete the repository even if it contains images"),
            key("preventDestroy", BOOL, SUPPORTED, false,
                    "Protect the repository (Pulumi `protect`); toggling it never replaces the repository"),
            key("imageTagMutability", STRING, SUPPORTED, "MUTABLE",
                    "MUTABLE, IMMUTABLE, IMMUTABLE_WITH_EXCLUSION or MUTABLE_WITH_EXCLUSION"),
            object("imageTagMutabilityExclusionFilters", OBJECT_LIST, Map.of("filter", STRING, "filterType", STRING),
                    NONE, "1-5 `{filter, filterType: WILDCARD}`; only with a `*_WITH_EXCLUSION` mode, which needs one"),
            key("scanOnPush", BOOL, SUPPORTED, true, "Scan images on push"),
            object("imageScanningConfiguration", OBJECT, Map.of("scanOnPush", BOOL), NO_DEFAULT,
                    "`{scanOnPush}`; when set, overrides `scanOnPush`"),
            object("timeouts", OBJECT, Map.of("delete", STRING), NO_DEFAULT,
                    "`{delete}`: repository delete timeout such as `20m`, `300s`, `1h30m`; null = provider default"),
            key("policy", STRING, SUPPORTED, NO_DEFAULT, "Repository policy JSON (at most 10,240 characters; not empty)"),
            key("lifecyclePolicy", STRING, SUPPORTED, NO_DEFAULT,
                    "Lifecycle policy JSON; wins over template and helpers; validated against every AWS rule"),
            key("lifecycleKeepLatestNImages", NUMBER, SUPPORTED, NO_DEFAULT, "Helper: keep the newest N images (1-10000)"),
            key("lifecycleExpireUntaggedAfterDays", NUMBER, SUPPORTED, NO_DEFAULT,
                    "Helper: expire untagged images after N days (1-3650)"),
            key("lifecycleExpireTaggedAfterDays", NUMBER, SUPPORTED, NO_DEFAULT,
                    "Helper: expire tagged images after N days (1-3650)"),
            key("lifecycleTagPrefixesToKeep", STRING_LIST, SUPPORTED, NONE,
                    "Helper: prefixes the keep-latest rule applies to, one rule per prefix (at most 100)"),
            key("lifecyclePolicyTemplate", STRING, SUPPORTED, NO_DEFAULT,
                    "development, production, cost_optimization or compliance; wins over helpers"),
            key("encryptionType", STRING, SUPPORTED, "AES256", "AES256, KMS or KMS_DSSE"),
            key("kmsKey", STRING, SUPPORTED, NO_DEFAULT, "Existing KMS key ARN, alias or id (KMS and KMS_DSSE)"),
            key("kmsDeletionWindowInDays", NUMBER, KMS_KEY, 7, "Created key: deletion window"),
            key("kmsEnableKeyRotation", BOOL, KMS_KEY, true, "Created key: rotation"),
            key("kmsKeyRotationPeriod", NUMBER, KMS_KEY, NO_DEFAULT, "Created key: rotation period in days"),
            key("kmsMultiRegion", BOOL, KMS_KEY, false, "Created key: multi-Region"),
            key("kmsAdditionalPrincipals", STRING_LIST, KMS_KEY, NONE, "Created key: extra principals"),
            key("kmsKeyAdministrators", STRING_LIST, KMS_KEY, NONE, "Created key: administrators"),
            key("kmsKeyUsers", STRING_LIST, KMS_KEY, NONE, "Created key: users"),
            key("kmsCustomPolicyStatements", OBJECT_LIST, KMS_KEY, NONE, "Created key: extra policy statements"),
            key("kmsCustomPolicy", STRING, KMS_KEY, NO_DEFAULT, "Created key: complete key policy JSON"),
            key("kmsAliasName", STRING, KMS_KEY, NO_DEFAULT, "Created key: alias (without `alias/`)"),
            key("kmsTags", STRING_MAP, KMS_KEY, Map.of(), "Created key: extra tags"),
            key("tags", STRING_MAP, SUPPORTED, Map.of(), "Tags for every resource of the entry"),
            key("enableDefaultTags", BOOL, SUPPORTED, true, "Add default tags (CreatedBy/ManagedBy = Pulumi, ...)"),
            key("defaultTagsTemplate", STRING, SUPPORTED, NO_DEFAULT,
                    "basic, cost_allocation, compliance or sdlc; unset = the custom set"),
            key("defaultTagsEnvironment", STRING, SUPPORTED, NO_DEFAULT, "Default tag Environment"),
            key("defaultTagsOwner", STRING, SUPPORTED, NO_DEFAULT, "Default tag Owner"),
            key("defaultTagsProject", STRING, SUPPORTED, NO_DEFAULT, "Default tag Project"),
            key("defaultTagsCostCenter", STRING, SUPPORTED, NO_DEFAULT, "Default tag CostCenter"),
            key("enableTagValidation", BOOL, SUPPORTED, false, "Fail when a required tag is missing"),
            key("requiredTags", STRING_LIST, SUPPORTED, NONE, "Tags that must be present (at most 50)"),
            key("tagKeyCase", STRING, SUPPORTED, "PascalCase", "PascalCase, camelCase, snake_case or kebab-case; null keeps keys as given"),
            key("enableTagNormalization", BOOL, SUPPORTED, true, "Normalize tag keys to `tagKeyCase`"),
            key("normalizeTagValues", BOOL, SUPPORTED, true, "Trim tag values (with normalization on)"),
            key("enableLogging", BOOL, LOGGING, false, "Record ECR events in CloudWatch Logs"),
            key("logRetentionDays", NUMBER, LOGGING, 30, "Log retention"),
            key("enableReplication", BOOL, REGISTRY, false, "Registry replication"),
            key("replicationRegions", STRING_LIST, REGISTRY, NONE, "Replication destination regions"),
            key("enableRegistryScanning", BOOL, REGISTRY, false, "Registry scanning configuration"),
            key("registryScanType", STRING, REGISTRY, "ENHANCED", "BASIC or ENHANCED"),
            key("registryScanFilters", OBJECT_LIST, REGISTRY, NONE, "Scan filters (informational in the module)"),
            key("enableSecretScanning", BOOL, REGISTRY, false, "Secret scanning (forces ENHANCED)"),
            key("scanRepositoryFilters", STRING_LIST, REGISTRY, List.of("*"), "Repositories the scanning rules cover"),
            key("manageAccountSetting", BOOL, REGISTRY, false, "Manage ECR account settings"),
            key("basicScanTypeVersion", STRING, REGISTRY, "AWS_NATIVE", "Account setting BASIC_SCAN_TYPE_VERSION"),
            key("registryPolicyScope", STRING, REGISTRY, "V2", "Account setting REGISTRY_POLICY_SCOPE"),
            key("enablePullThroughCache", BOOL, REGISTRY, false, "Pull-through cache rules"),
            key("pullThroughCacheRules", OBJECT_LIST, REGISTRY, NONE, "Pull-through cache rules"),
            key("enableRepositoryCreationTemplates", BOOL, REGISTRY, false, "Repository creation templates"),
            key("repositoryCreationTemplates", OBJECT_LIST, REGISTRY, NONE, "Repository creation templates"),
            key("enableMonitoring", BOOL, MONITORING, false, "CloudWatch alarms"),
            key("monitoringThresholdStorage", NUMBER, MONITORING, 10, "Storage alarm threshold (GB)"),
            key("monitoringThresholdApiCalls", NUMBER, MONITORING, 1000, "API calls alarm threshold"),
            key("monitoringThresholdSecurityFindings", NUMBER, MONITORING, 10, "Security findings alarm threshold"),
            key("monitoringThresholdImagePush", NUMBER, MONITORING, 10, "Image push alarm threshold"),
            key("monitoringThresholdImagePull", NUMBER, MONITORING, 100, "Image pull alarm threshold"),
            key("createSnsTopic", BOOL, MONITORING, false, "Create an SNS topic for alarms"),
            key("snsTopicName", STRING, MONITORING, NO_DEFAULT, "SNS topic name"),
            key("snsTopicSubscribers", STRING_LIST, MONITORING, NONE, "Email subscribers"),
            key("enablePullRequestRules", BOOL, SUPPORTED, false,
                    "Deploy `pullRequestRules` (a Governance component); false ignores them (they are still checked)"),
            object("pullRequestRules", OBJECT_LIST, Map.of("name", STRING, "type", STRING, "enabled", BOOL,
                    "conditions", OBJECT, "actions", OBJECT), NONE,
                    "`{name, type, enabled, conditions, actions}`: approval, security_scan or ci_integration rules;"
                            + " see docs/governance.md"));

    private static final Map<String, ConfigKey> BY_NAME = index();

    private ConfigKeys() {
    }

    /** The key with this name. */
    public static Optional<ConfigKey> find(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    /** The known key closest to {@code unknown} (Levenshtein distance). */
    public static String closest(String unknown) {
        return closest(unknown, BY_NAME.keySet());
    }

    /** The candidate closest to {@code unknown} (Levenshtein distance ignoring case, '_' and '-'; ties: first). */
    static String closest(String unknown, Iterable<String> candidates) {
        String best = "";
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            int d = distance(fold(unknown), fold(c));
            if (d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        return best;
    }

    /** Case and separators do not count: {@code lifecycle_policy_template} is {@code lifecyclePolicyTemplate}. */
    private static String fold(String key) {
        return key.replace("_", "").replace("-", "").toLowerCase(java.util.Locale.ROOT);
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    private static Map<String, ConfigKey> index() {
        var m = new LinkedHashMap<String, ConfigKey>();
        ALL.forEach(k -> m.put(k.name(), k));
        return m;
    }
}
