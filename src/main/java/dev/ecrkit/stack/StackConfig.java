package dev.ecrkit.stack;

import dev.ecrkit.Encryption;
import dev.ecrkit.EncryptionType;
import dev.ecrkit.ImageTagMutability;
import dev.ecrkit.RegistryArgs;
import dev.ecrkit.RepositoryArgs;
import dev.ecrkit.governance.PullRequestRules;
import dev.ecrkit.lifecycle.LifecycleHelpers;
import dev.ecrkit.lifecycle.LifecycleTemplate;
import dev.ecrkit.policy.AwsScope;
import dev.ecrkit.tagging.DefaultTagsTemplate;
import dev.ecrkit.tagging.KeyCase;
import dev.ecrkit.tagging.TaggingSettings;
import dev.ecrkit.validation.EcrRules;
import dev.ecrkit.validation.InvalidInputException;
import dev.ecrkit.validation.Problems;
import dev.ecrkit.validation.WireValues;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The stack program's config ({@code ecrkit:repositories}, {@code ecrkit:registry}) turned into {@link RepositoryArgs},
 * with every problem reported by its config key path. Pure with respect to the engine: it takes parsed values
 * (maps, lists, strings, numbers, booleans) from YAML or from the JSON the Pulumi CLI passes.
 */
public final class StackConfig {
    /** The project (config namespace) name. */
    public static final String PROJECT = "ecrkit";
    /** The repositories key. */
    public static final String REPOSITORIES = "repositories";
    /** The registry key. */
    public static final String REGISTRY = "registry";
    /** Every key of the ecrkit namespace. */
    public static final List<String> KEYS = List.of(REPOSITORIES, REGISTRY);

    /** One repository entry: its map key (the component's name) and its args. */
    public record Entry(String key, RepositoryArgs args) {
    }

    /**
     * AWS keeps one repository per name in a registry: a second CreateRepository with the same name fails with
     * RepositoryAlreadyExistsException ("The specified repository already exists in the specified registry",
     * https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_CreateRepository.html, Errors). Two entries that
     * name the same repository are therefore refused, naming both.
     */
    static final String DUPLICATE_NAME_RULE = "names the same repository as %s: a registry holds one repository per"
            + " name (CreateRepository fails with RepositoryAlreadyExistsException); rename one of them";

    private final List<Entry> entries;
    private final Optional<RegistryArgs> registry;
    private final List<String> loggedRepositories;
    private final List<Notice> notices;

    private StackConfig(List<Entry> entries, Optional<RegistryArgs> registry, List<String> loggedRepositories,
            List<Notice> notices) {
        this.entries = List.copyOf(entries);
        this.registry = registry;
        this.loggedRepositories = List.copyOf(loggedRepositories);
        this.notices = List.copyOf(notices);
    }

    /** The accepted inputs that configure nothing ({@link Notice}): entry by entry, then the registry-level ones. */
    public List<Notice> notices() {
        return notices;
    }

    /**
     * The repository names of the entries with {@code enableLogging}, in config order. Their Logging children create
     * no resource policy: the stack's one {@code EventLogPolicy} covers them all (docs/logging.md). Empty: no policy.
     */
    public List<String> loggedRepositories() {
        return loggedRepositories;
    }

    /** The stack's one Registry, when anything registry-level is set ({@link RegistryConfig}). */
    public Optional<RegistryArgs> registry() {
        return registry;
    }

    /** The repository entries, in config order. */
    public List<Entry> entries() {
        return entries;
    }

    /**
     * Reads the ecrkit namespace. {@code values} maps a key without namespace ({@code repositories}) to its parsed
     * value. Throws {@link InvalidInputException} with every problem, fields being full config key paths.
     */
    public static StackConfig parse(Map<String, Object> values) {
        return parse(values, "");
    }

    /**
     * {@link #parse(Map)} knowing the stack's {@code aws:region} ("" when unknown), so that the registry-level checks
     * that need it (a replication destination or secret in the stack's own region) run before anything is registered.
     */
    public static StackConfig parse(Map<String, Object> values, String sourceRegion) {
        var p = new Problems();
        var notices = new Problems();
        values.keySet().stream().filter(k -> !KEYS.contains(k)).forEach(k -> p.add(PROJECT + ":" + k,
                "unknown key; did you mean " + PROJECT + ":" + ConfigKeys.closest(k, KEYS) + "?", values.get(k)));
        var entries = new ArrayList<Entry>();
        var logged = new ArrayList<String>();
        Object repos = values.get(REPOSITORIES);
        String reposPath = PROJECT + ":" + REPOSITORIES;
        if (repos != null && !(repos instanceof Map<?, ?>)) {
            p.add(reposPath, "must be a map of repository entries (entry name -> settings)", repos);
        } else if (repos instanceof Map<?, ?> map) {
            map.forEach((k, v) -> {
                entry(String.valueOf(k), v, p.at(reposPath + "." + k), notices.at(reposPath + "." + k), true)
                        .filter(e -> StackFile.checkResourceName(p, reposPath + "." + k, e.key())).ifPresent(e -> {
                            entries.add(e);
                            if (e.args().logging().isPresent() && v instanceof Map<?, ?> settings) {
                                logged.add(settings.get("name") instanceof String name ? name : e.key());
                            }
                        });
                if (!sourceRegion.isEmpty() && v instanceof Map<?, ?> settings
                        && settings.get("encryptionType") instanceof String type) {
                    EcrRules.checkEncryptionPartition(p.at(reposPath + "." + k), "encryptionType", type, sourceRegion,
                            AwsScope.partitionOf(sourceRegion));
                }
            });
            duplicateNames(map, reposPath, p);
        }
        var registry = RegistryConfig.parse(values, sourceRegion, p, notices);
        boolean noEntries = !(repos instanceof Map<?, ?> m) || m.isEmpty();
        if (noEntries && registry.isEmpty() && p.isEmpty()) {
            String registryPath = PROJECT + ":" + REGISTRY;
            if (repos == null && values.get(REGISTRY) == null) {
                p.addNoValue(reposPath, "is required: a map of repository entries (entry name -> settings), unless "
                        + registryPath + " sets registry-level settings (a registry-only stack)");
            } else if (values.get(REGISTRY) != null) {
                p.addNoValue(registryPath, "sets no registry-level setting, and the stack has no repository entries:"
                        + " the stack would manage nothing");
            } else {
                p.addNoValue(reposPath, "has no entries, and there is no " + registryPath + ": the stack would"
                        + " manage nothing");
            }
        }
        p.throwIfAny();
        return new StackConfig(entries, registry, logged, Notice.of(notices.list()));
    }

    /**
     * Two entries naming one repository (a map key and another entry's {@code name}, or two {@code name}s): the
     * second is refused, naming the first ({@link #DUPLICATE_NAME_RULE}). An entry's name comes from its {@code name}
     * when that is a string, else from its map key.
     */
    private static void duplicateNames(Map<?, ?> entries, String reposPath, Problems p) {
        var first = new LinkedHashMap<String, String>();
        entries.forEach((k, v) -> {
            String entryPath = reposPath + "." + k;
            Object given = v instanceof Map<?, ?> settings ? settings.get("name") : null;
            String name = given instanceof String s ? s : String.valueOf(k);
            String path = given instanceof String ? entryPath + ".name" : entryPath;
            String earlier = first.putIfAbsent(name, path);
            if (earlier != null) {
                p.add(path, DUPLICATE_NAME_RULE.formatted(earlier + (earlier.endsWith(".name") ? "" : " (its map key)")),
                        name);
            }
        });
    }

    /**
     * One repository entry turned into {@link RepositoryArgs}: what {@link #parse} does for the value of
     * {@code ecrkit:repositories.<entryKey>}, for callers that hold one entry's settings (the multi-language plugin).
     * {@code entryKey} is the default repository name. Throws {@link InvalidInputException} with every problem, fields
     * being the entry's keys ({@code lifecycleKeepLatestNImages}, {@code tags.Owner}).
     */
    public static RepositoryArgs repositoryArgs(String entryKey, Map<String, Object> settings) {
        var p = new Problems();
        var entry = entry(entryKey, settings, p, new Problems(), false);
        p.throwIfAny();
        return entry.orElseThrow().args();
    }

    /**
     * One entry; with {@code sharedLogPolicy} (the stack program), its Logging creates no resource policy of its own
     * (the stack's {@code EventLogPolicy} covers it); without (a plugin Repository), it does.
     */
    private static Optional<Entry> entry(String key, Object value, Problems p, Problems notices,
            boolean sharedLogPolicy) {
        if (!(value instanceof Map<?, ?> raw)) {
            p.add("", "must be a map of settings (an empty map {} for all defaults)", value);
            return Optional.empty();
        }
        var v = ConfigNode.keys(raw, ConfigKeys.ALL, p, notices);
        EntryNotices.of(v);
        RepositoryArgs.Builder b = RepositoryArgs.builder().name(key);
        Declarations.setDirect(v, ConfigKeys.INPUTS, RepositoryArgs.Builder.class, b);
        v.string("imageTagMutability").ifPresent(s -> v.enumValue("imageTagMutability", s,
                ImageTagMutability.fromWire(s), WireValues.values(ImageTagMutability.values(), ImageTagMutability::wire)).ifPresent(b::imageTagMutability));
        b.imageTagMutabilityExclusionFilters(v.fieldsOfEach("imageTagMutabilityExclusionFilters").stream()
                .map(f -> filter(f, v)).toList().toArray(String[]::new));
        v.fieldsOf("imageScanningConfiguration").flatMap(o -> ConfigNode.nested(o, "scanOnPush", Boolean.class)).ifPresent(b::scanOnPush);
        v.fieldsOf("timeouts").flatMap(o -> ConfigNode.nested(o, "delete", String.class)).ifPresent(b::deleteTimeout);
        encryption(v).ifPresent(b::encryption);
        v.string("lifecyclePolicyTemplate").ifPresent(s -> v.enumValue("lifecyclePolicyTemplate", s,
                LifecycleTemplate.fromWire(s), WireValues.values(LifecycleTemplate.values(), Object::toString)).ifPresent(b::lifecyclePolicyTemplate));
        lifecycleHelpers(v).ifPresent(b::lifecycleHelpers);
        b.tagging(tagging(v));
        observability(v, b, sharedLogPolicy);
        pullRequestRules(v, b);
        try {
            return Optional.of(new Entry(key, b.build()));
        } catch (InvalidInputException e) {
            e.problems().forEach(problem -> p.addAll(List.of(problem.withField(toConfigPath(problem.field())))));
            return Optional.empty();
        }
    }

    private static String filter(Map<String, Object> f, ConfigNode v) {
        return ConfigNode.nested(f, "filter", String.class).orElse("");
    }

    private static Optional<Encryption> encryption(ConfigNode v) {
        var type = v.string("encryptionType").flatMap(s -> v.enumValue("encryptionType", s, EncryptionType.fromWire(s),
                WireValues.values(EncryptionType.values(), EncryptionType::wire))).orElse(EncryptionType.AES256);
        var key = v.string("kmsKey");
        if (type == EncryptionType.AES256) {
            key.ifPresent(k -> v.problems.add("kmsKey", "only used with encryptionType KMS or KMS_DSSE"
                    + " (encryptionType is AES256)", k));
            KmsConfig.rejectCreationKeys(v, "only used with encryptionType KMS or KMS_DSSE when ecrkit creates the key"
                    + " (encryptionType is AES256)");
            return Optional.of(Encryption.aes256());
        }
        if (key.isEmpty()) {
            return KmsConfig.settings(v).map(settings -> Encryption.kmsWithNewKey(type, settings));
        }
        KmsConfig.rejectCreationKeys(v, "only used when ecrkit creates the key (no kmsKey)");
        return Optional.of(type == EncryptionType.KMS ? Encryption.kms(key.get()) : Encryption.kmsDsse(key.get()));
    }

    private static Optional<LifecycleHelpers> lifecycleHelpers(ConfigNode v) {
        var keep = v.integer("lifecycleKeepLatestNImages");
        var untagged = v.integer("lifecycleExpireUntaggedAfterDays");
        var tagged = v.integer("lifecycleExpireTaggedAfterDays");
        var prefixes = v.strings("lifecycleTagPrefixesToKeep");
        if (keep.isEmpty() && untagged.isEmpty() && tagged.isEmpty() && prefixes.isEmpty()) {
            return Optional.empty();
        }
        var h = LifecycleHelpers.builder();
        keep.ifPresent(h::keepLatestNImages);
        untagged.ifPresent(h::expireUntaggedAfterDays);
        tagged.ifPresent(h::expireTaggedAfterDays);
        h.tagPrefixesToKeep(prefixes);
        return Optional.of(h.build());
    }

    /** The module's pull request rules: deployed when enablePullRequestRules is true, else only checked. */
    private static void pullRequestRules(ConfigNode v, RepositoryArgs.Builder b) {
        var read = GovernanceConfig.rules(v.fieldsOfEach("pullRequestRules"), v.problems.at("pullRequestRules"));
        boolean on = v.bool("enablePullRequestRules").orElse(false);
        if (read.complete() && on) {
            b.pullRequestRules(read.rules()); // validated by build()
        } else if (read.allBuilt()) {
            PullRequestRules.validate(read.rules(), v.problems.at("pullRequestRules"));
        }
        if (!on && !read.rules().isEmpty()) {
            v.notices.addNoValue("pullRequestRules", "checked, but deploys nothing unless enablePullRequestRules is"
                    + " true (as in the module)");
        }
    }

    private static TaggingSettings tagging(ConfigNode v) {
        var t = TaggingSettings.builder();
        t.tags(v.stringMap("tags"));
        v.bool("enableDefaultTags").ifPresent(t::enableDefaultTags);
        v.string("defaultTagsTemplate").ifPresent(s -> v.enumValue("defaultTagsTemplate", s,
                DefaultTagsTemplate.fromWire(s), DefaultTagsTemplate.wireValues()).ifPresent(t::defaultTagsTemplate));
        v.string("defaultTagsEnvironment").ifPresent(t::defaultTagsEnvironment);
        v.string("defaultTagsOwner").ifPresent(t::defaultTagsOwner);
        v.string("defaultTagsProject").ifPresent(t::defaultTagsProject);
        v.string("defaultTagsCostCenter").ifPresent(t::defaultTagsCostCenter);
        v.bool("enableTagValidation").ifPresent(t::enableTagValidation);
        t.requiredTags(v.strings("requiredTags"));
        v.string("tagKeyCase").ifPresent(s -> v.enumValue("tagKeyCase", s, KeyCase.fromWire(s), KeyCase.wireValues())
                .ifPresent(t::tagKeyCase));
        if (v.isNull("tagKeyCase")) {
            t.tagKeyCase(KeyCase.NONE); // the module's tag_key_case = null: keys keep their case
        }
        v.bool("enableTagNormalization").ifPresent(t::enableTagNormalization);
        v.bool("normalizeTagValues").ifPresent(t::normalizeTagValues);
        return t.build();
    }

    /** Keys of the logging group (besides {@code enableLogging}). */
    private static final List<String> LOGGING_KEYS = List.of("logRetentionDays");
    /** Keys of the monitoring group (besides {@code enableMonitoring}). */
    private static final List<String> MONITORING_KEYS = List.of("monitoringThresholdStorage",
            "monitoringThresholdApiCalls", "monitoringThresholdSecurityFindings", "monitoringThresholdImagePush",
            "monitoringThresholdImagePull", "createSnsTopic", "snsTopicName", "snsTopicSubscribers");

    /**
     * The logging and monitoring groups: the module's {@code enable_logging} / {@code enable_monitoring} and their
     * variables. A group variable set to a non-default value while its switch is off is an error (the module ignores
     * it silently). {@code createSnsTopic} with {@code snsTopicName} creates that topic; {@code snsTopicName} alone
     * names an existing topic (name or ARN).
     */
    private static void observability(ConfigNode v, RepositoryArgs.Builder b, boolean sharedLogPolicy) {
        if (v.bool("enableLogging").orElse(false)) {
            b.logging(ObservabilityConfig.logging(v, "logRetentionDays").createResourcePolicy(!sharedLogPolicy).build());
        } else {
            noEffectWithout(v, "enableLogging", LOGGING_KEYS);
        }
        if (v.bool("enableMonitoring").orElse(false)) {
            b.monitoring(ObservabilityConfig.monitoring(v, ObservabilityConfig.ENTRY_MONITORING));
        } else {
            noEffectWithout(v, "enableMonitoring", MONITORING_KEYS);
        }
    }

    private static void noEffectWithout(ConfigNode v, String switchKey, List<String> keys) {
        for (String key : keys) {
            Object value = v.raw(key);
            if (value != null && !isDefault(value, ConfigKeys.find(key).orElseThrow().moduleDefault())) {
                v.problems.add(key, "has no effect without " + switchKey + ": true", value);
            } else if (value != null && !isEmptyCollection(value)) {
                v.notices.addNoValue(key, EntryNotices.DEFAULT_WITHOUT_SWITCH.formatted(switchKey + ": true"));
            }
        }
    }

    /** The config path of a problem {@code RepositoryArgs.build()} reported at a Java field path (its declaration). */
    static String toConfigPath(String javaField) {
        return ConfigKeys.ALL.stream().flatMap(k -> k.configPath(javaField).stream()).findFirst().orElse(javaField);
    }

    static boolean isEmptyCollection(Object value) {
        return value instanceof List<?> l && l.isEmpty() || value instanceof Map<?, ?> m && m.isEmpty();
    }

    private static boolean isDefault(Object value, Object moduleDefault) {
        if (value instanceof Number n && moduleDefault instanceof Number d) {
            return n.doubleValue() == d.doubleValue();
        }
        if (value instanceof List<?> l && l.isEmpty() && moduleDefault instanceof List<?> dl) {
            return dl.isEmpty();
        }
        if (value instanceof Map<?, ?> m && m.isEmpty() && moduleDefault instanceof Map<?, ?> dm) {
            return dm.isEmpty();
        }
        return Objects.equals(value, moduleDefault);
    }

}
