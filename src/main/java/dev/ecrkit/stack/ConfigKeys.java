package dev.ecrkit.stack;

import static dev.ecrkit.stack.ConfigKey.NONE;
import static dev.ecrkit.stack.ConfigKey.NO_DEFAULT;
import static dev.ecrkit.stack.ConfigKey.key;
import static dev.ecrkit.stack.ConfigKey.object;
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
    /** Fields of a {@code repositoryCreationTemplates} element (the module's object, camelCase). */
    static final Map<String, ConfigKey.Type> TEMPLATE_FIELDS = Map.of("prefix", STRING, "appliedFor", STRING_LIST,
            "customRoleArn", STRING, "description", STRING, "encryptionConfiguration", OBJECT,
            "imageTagMutability", STRING, "imageTagMutabilityExclusionFilters", OBJECT_LIST, "lifecyclePolicy", STRING,
            "repositoryPolicy", STRING, "resourceTags", STRING_MAP);

    /** All keys, in the module's order. */
    public static final List<ConfigKey> ALL = List.of(
            key("name", STRING, NO_DEFAULT, "Repository name; defaults to the entry's map key"),
            key("forceDelete", BOOL, false, "Delete the repository even if it contains images"),
            key("preventDestroy", BOOL, false,
                    "Protect the repository (Pulumi `protect`); toggling it never replaces the repository"),
            key("imageTagMutability", STRING, "MUTABLE",
                    "MUTABLE, IMMUTABLE, IMMUTABLE_WITH_EXCLUSION or MUTABLE_WITH_EXCLUSION"),
            object("imageTagMutabilityExclusionFilters", OBJECT_LIST, Map.of("filter", STRING, "filterType", STRING),
                    NONE, "1-5 `{filter, filterType: WILDCARD}`; only with a `*_WITH_EXCLUSION` mode, which needs one"),
            key("scanOnPush", BOOL, true, "Scan images on push"),
            object("imageScanningConfiguration", OBJECT, Map.of("scanOnPush", BOOL), NO_DEFAULT,
                    "`{scanOnPush}`; when set, overrides `scanOnPush`"),
            object("timeouts", OBJECT, Map.of("delete", STRING), NO_DEFAULT,
                    "`{delete}`: repository delete timeout such as `20m`, `300s`, `1h30m`; null = provider default"),
            key("policy", STRING, NO_DEFAULT, "Repository policy JSON (at most 10,240 characters; not empty)"),
            key("lifecyclePolicy", STRING, NO_DEFAULT,
                    "Lifecycle policy JSON; wins over template and helpers; validated against every AWS rule"),
            key("lifecycleKeepLatestNImages", NUMBER, NO_DEFAULT, "Helper: keep the newest N images (1-10000)"),
            key("lifecycleExpireUntaggedAfterDays", NUMBER, NO_DEFAULT,
                    "Helper: expire untagged images after N days (1-3650)"),
            key("lifecycleExpireTaggedAfterDays", NUMBER, NO_DEFAULT,
                    "Helper: expire tagged images after N days (1-3650)"),
            key("lifecycleTagPrefixesToKeep", STRING_LIST, NONE,
                    "Helper: prefixes the keep-latest rule applies to, one rule per prefix (at most 100)"),
            key("lifecyclePolicyTemplate", STRING, NO_DEFAULT,
                    "development, production, cost_optimization or compliance; wins over helpers"),
            key("encryptionType", STRING, "AES256",
                    "AES256, KMS or KMS_DSSE (GovCloud only); KMS or KMS_DSSE without `kmsKey` creates a key"),
            key("kmsKey", STRING, NO_DEFAULT,
                    "Existing KMS key ARN, alias or id (KMS and KMS_DSSE), sent as its key ARN; unset: ecrkit creates the key"),
            key("kmsDeletionWindowInDays", NUMBER, 7,
                    "Created key: days before a deleted key is destroyed (7-30)"),
            key("kmsEnableKeyRotation", BOOL, true, "Created key: automatic key rotation"),
            key("kmsKeyRotationPeriod", NUMBER, NO_DEFAULT,
                    "Created key: rotation period in days (90-2560, rotation on); unset = AWS's 365"),
            key("kmsMultiRegion", BOOL, false, "Created key: multi-Region primary key"),
            key("kmsAdditionalPrincipals", STRING_LIST, NONE,
                    "Created key: more principal ARNs allowed to use the key (root, user, role, assumed-role;"
                            + " aws, aws-cn, aws-us-gov)"),
            key("kmsKeyAdministrators", STRING_LIST, NONE, "Created key: principal ARNs that administer it"),
            key("kmsKeyUsers", STRING_LIST, NONE, "Created key: principal ARNs allowed to use the key"),
            object("kmsCustomPolicyStatements", OBJECT_LIST, KmsConfig.STATEMENT_FIELDS, NONE,
                    "Created key: statements `{sid, effect, principals: {type, identifiers}, actions, resources,"
                            + " conditions: [{test, variable, values}]}` added to the generated policy"),
            key("kmsCustomPolicy", STRING, NO_DEFAULT,
                    "Created key: complete key policy JSON instead of the generated one"),
            key("kmsAliasName", STRING, NO_DEFAULT,
                    "Created key: alias without `alias/`; default `ecr/<name>` (sanitized)"),
            key("kmsTags", STRING_MAP, Map.of(), "Created key: extra tags for the key"),
            key("tags", STRING_MAP, Map.of(), "Tags for every resource of the entry"),
            key("enableDefaultTags", BOOL, true, "Add default tags (CreatedBy/ManagedBy = Pulumi, ...)"),
            key("defaultTagsTemplate", STRING, NO_DEFAULT,
                    "basic, cost_allocation, compliance or sdlc; unset = the custom set"),
            key("defaultTagsEnvironment", STRING, NO_DEFAULT, "Default tag Environment"),
            key("defaultTagsOwner", STRING, NO_DEFAULT, "Default tag Owner"),
            key("defaultTagsProject", STRING, NO_DEFAULT, "Default tag Project"),
            key("defaultTagsCostCenter", STRING, NO_DEFAULT, "Default tag CostCenter"),
            key("enableTagValidation", BOOL, false, "Fail when a required tag is missing"),
            key("requiredTags", STRING_LIST, NONE, "Tags that must be present (at most 50)"),
            key("tagKeyCase", STRING, "PascalCase", "PascalCase, camelCase, snake_case or kebab-case; null keeps keys as given"),
            key("enableTagNormalization", BOOL, true, "Normalize tag keys to `tagKeyCase`"),
            key("normalizeTagValues", BOOL, true, "Trim tag values (with normalization on)"),
            key("enableLogging", BOOL, false,
                    "Record the repository's ECR and Inspector events in log group `/aws/ecr/<name>` (EventBridge rule)"),
            key("logRetentionDays", NUMBER, 30,
                    "Log retention: 0 (never expire) or any value CloudWatch Logs accepts (1 ... 3653)"),
            key("enableReplication", BOOL, false, "Registry: replicate every repository to `replicationRegions` (this account)"),
            key("replicationRegions", STRING_LIST, NONE, "Registry: replication destination regions"),
            key("enableRegistryScanning", BOOL, false, "Registry: manage the registry scanning configuration"),
            key("registryScanType", STRING, "ENHANCED", "Registry: BASIC or ENHANCED"),
            object("registryScanFilters", OBJECT_LIST, Map.of("name", STRING, "values", STRING_LIST), NONE,
                    "Rejected when not empty: the module only echoes it, AWS has no such setting (docs/registry.md)"),
            key("enableSecretScanning", BOOL, false, "Registry: forces scan type ENHANCED, as in the module"),
            key("scanRepositoryFilters", STRING_LIST, List.of("*"),
                    "Registry: WILDCARD filters of ONE scan-on-push rule (1-100)"),
            key("manageAccountSetting", BOOL, false, "Registry: manage the two account settings below"),
            key("basicScanTypeVersion", STRING, "AWS_NATIVE",
                    "Registry: BASIC_SCAN_TYPE_VERSION; AWS_NATIVE (AWS no longer accepts CLAIR)"),
            key("registryPolicyScope", STRING, "V2", "Registry: REGISTRY_POLICY_SCOPE; V2 (AWS no longer accepts V1)"),
            key("enablePullThroughCache", BOOL, false, "Registry: create `pullThroughCacheRules`"),
            object("pullThroughCacheRules", OBJECT_LIST, Map.of("ecrRepositoryPrefix", STRING,
                    "upstreamRegistryUrl", STRING, "credentialArn", STRING), NONE,
                    "Registry: `{ecrRepositoryPrefix, upstreamRegistryUrl, credentialArn}`, keyed by prefix (at most 50)"),
            key("enableRepositoryCreationTemplates", BOOL, false, "Registry: create `repositoryCreationTemplates`"),
            object("repositoryCreationTemplates", OBJECT_LIST, TEMPLATE_FIELDS, NONE,
                    "Registry: creation templates, keyed by prefix (every field of the module, camelCase)"),
            key("enableMonitoring", BOOL, false,
                    "Alarms on real signals, scan-result notifications, optional SNS topic (docs/monitoring.md)"),
            key("monitoringThresholdStorage", NUMBER, 10,
                    "Alarm when the repository's images sum to more than this many GB (> 0)"),
            key("monitoringThresholdApiCalls", NUMBER, 1000,
                    "Alarm when ECR API calls per minute exceed this (account and Region, > 0)"),
            key("monitoringThresholdSecurityFindings", NUMBER, 10,
                    "Notify when a scan finds more than this many CRITICAL or HIGH vulnerabilities (>= 0)"),
            key("monitoringThresholdImagePush", NUMBER, 10, "Alarm when more than this many pushes in 5 minutes (> 0)"),
            key("monitoringThresholdImagePull", NUMBER, 100, "Alarm when more than this many pulls in 5 minutes (> 0)"),
            key("createSnsTopic", BOOL, false, "Create the alarm topic (`snsTopicName`, else `<name>-ecr-monitoring`)"),
            key("snsTopicName", STRING, NO_DEFAULT,
                    "Topic to create (with `createSnsTopic`), else an existing topic's name or ARN"),
            key("snsTopicSubscribers", STRING_LIST, NONE, "E-mail addresses subscribed to the topic"),
            key("enablePullRequestRules", BOOL, false,
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
    public static String closest(String unknown, Iterable<String> candidates) {
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
