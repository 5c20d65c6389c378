package dev.ecrkit.stack;

import dev.ecrkit.Encryption;
import dev.ecrkit.RegistryArgs;
import dev.ecrkit.RepositoryArgs;
import dev.ecrkit.ecr.EncryptionType;
import dev.ecrkit.ecr.ExclusionFilter;
import dev.ecrkit.governance.PullRequestRules;
import dev.ecrkit.lifecycle.LifecycleHelpers;
import dev.ecrkit.inputs.RepositoryInputs;
import dev.ecrkit.kms.KmsKeySettings;
import dev.ecrkit.observability.LoggingSettings;
import dev.ecrkit.observability.MonitoringSettings;
import dev.ecrkit.policy.AwsScope;
import dev.ecrkit.tagging.KeyCase;
import dev.ecrkit.tagging.TaggingSettings;
import dev.ecrkit.validation.EcrRules;
import dev.ecrkit.validation.InvalidInputException;
import dev.ecrkit.validation.Problems;
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
                if (!sourceRegion.isEmpty()) {
                    EventRulesConfig.checkRegion(v, sourceRegion, p.at(reposPath + "." + k));
                }
            });
            duplicateNames(map, reposPath, p);
            App.MAP_OUTPUTS.stream().filter(map::containsKey).forEach(k -> p.addNoValue(reposPath + "." + k,
                    "this entry name is the stack output of every entry's " + (k.equals(App.REPOSITORY_URLS) ? "URL"
                            : "ARN") + " (\"" + k + "\"): rename the entry (set name: " + k
                            + " to keep the repository name)"));
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
     * One repository's inputs turned into {@link RepositoryArgs}: what {@link #parse} does for an entry of
     * {@code ecrkit:repositories} once bound ({@link Binder}), for callers that hold the declaration object (the
     * multi-language plugin, filled by pulumi-java). {@code entryKey} is the default repository name. Throws
     * {@link InvalidInputException} with every problem, fields being the inputs' names ({@code tags[1].key}).
     */
    public static RepositoryArgs repositoryArgs(String entryKey, RepositoryInputs inputs) {
        var p = new Problems();
        var args = convert(entryKey, inputs, java.util.Set.of(), p, new Problems(), false);
        p.throwIfAny();
        return args.orElseThrow();
    }

    /**
     * {@link #repositoryArgs(String, RepositoryInputs)} for one entry's settings as a config map (what {@link #parse}
     * reads for {@code ecrkit:repositories.<entryKey>}), fields being the entry's keys.
     */
    public static RepositoryArgs repositoryArgs(String entryKey, Map<String, Object> settings) {
        var p = new Problems();
        var entry = entry(entryKey, settings, p, new Problems(), false);
        p.throwIfAny();
        return entry.orElseThrow().args();
    }

    /**
     * One entry: bound into its declaration ({@link RepositoryInputs}), then converted. With {@code sharedLogPolicy}
     * (the stack program), its Logging creates no resource policy of its own (the stack's {@code EventLogPolicy}
     * covers it); without (a plugin Repository), it does.
     */
    private static Optional<Entry> entry(String key, Object value, Problems p, Problems notices,
            boolean sharedLogPolicy) {
        if (!(value instanceof Map<?, ?> raw)) {
            p.add("", "must be a map of settings (an empty map {} for all defaults)", value);
            return Optional.empty();
        }
        var v = ConfigNode.keys(raw, ConfigKeys.ALL, p);
        var refused = new java.util.HashSet<String>();
        var inputs = Binder.bind(v, RepositoryInputs.class, refused);
        EntryNotices.of(Binder.values(inputs), notices);
        if (v.isNull("tagKeyCase")) {
            Binder.set(inputs, "tagKeyCase", KeyCase.NONE.wire()); // the module's tag_key_case = null, as the plugin's ""
        }
        return convert(key, inputs, refused, p, notices, sharedLogPolicy).map(args -> new Entry(key, args));
    }

    /**
     * The one conversion of a repository's inputs into {@link RepositoryArgs}: every input naming one builder method
     * is set from its declaration ({@link Declarations#set}); what follows is the code of the inputs that combine
     * (encryption and its key, the switched groups, rules, nested objects). Problems are reported at the inputs' names;
     * {@code refused}: the inputs binding found a problem in (their effects are not reported again).
     */
    private static Optional<RepositoryArgs> convert(String key, RepositoryInputs inputs, java.util.Set<String> refused,
            Problems p, Problems notices, boolean sharedLogPolicy) {
        var v = Binder.values(inputs);
        RepositoryArgs.Builder b = RepositoryArgs.builder().name(key);
        var tagging = TaggingSettings.builder();
        var builders = new LinkedHashMap<Class<?>, Object>(Map.of(RepositoryArgs.Builder.class, b,
                TaggingSettings.Builder.class, tagging, LifecycleHelpers.Builder.class, LifecycleHelpers.builder()));
        var type = Optional.ofNullable((String) v.get("encryptionType")).flatMap(s -> Declarations.wire(
                EncryptionType.class, s, "encryptionType", p)).orElse(EncryptionType.AES256);
        boolean newKey = type != EncryptionType.AES256 && !v.containsKey("kmsKey");
        if (newKey) {
            KmsConfig.checkEmpty(v, "kmsAliasName", p);
            builders.put(KmsKeySettings.Builder.class, KmsKeySettings.builder());
        }
        var logging = group(v, "enableLogging", LoggingSettings.Builder.class, LoggingSettings.builder(), builders, p,
                notices);
        var monitoring = group(v, "enableMonitoring", MonitoringSettings.Builder.class, MonitoringSettings.builder(),
                builders, p, notices);
        var touched = Declarations.set(v, ConfigKeys.INPUTS, builders, p);
        b.imageTagMutabilityExclusionFilters(exclusionFilters(v, p));
        Binder.values(v.get("imageScanningConfiguration")).forEach((f, x) -> b.scanOnPush((Boolean) x));
        Binder.values(v.get("timeouts")).forEach((f, x) -> b.deleteTimeout((String) x));
        encryption(v, type, p, (KmsKeySettings.Builder) builders.get(KmsKeySettings.Builder.class),
                !refused.contains("kmsCustomPolicyStatements")).ifPresent(b::encryption);
        if (touched.contains(LifecycleHelpers.Builder.class)) {
            b.lifecycleHelpers(((LifecycleHelpers.Builder) builders.get(LifecycleHelpers.Builder.class)).build());
        }
        b.tagging(tagging.build());
        logging.ifPresent(l -> b.logging(l.createResourcePolicy(!sharedLogPolicy).build()));
        monitoring.ifPresent(m -> b.monitoring(m.topic(ObservabilityConfig.topic(
                Boolean.TRUE.equals(v.get("createSnsTopic")), (String) v.get("snsTopicName"), "snsTopicName", p))
                .build()));
        pullRequestRules(v, b, p, notices);
        if (!refused.contains("eventRules")) { // else their binding problems are reported, not what follows from them
            EventRulesConfig.convert(v, b, p, notices);
        }
        try {
            return Optional.of(b.build());
        } catch (InvalidInputException e) {
            e.problems().forEach(problem -> p.addAll(List.of(problem.withField(toConfigPath(problem.field())))));
            return Optional.empty();
        }
    }

    /**
     * A switched group (logging, monitoring): its builder when {@code switchKey} is true, else the inputs that need it
     * ({@code @Input(needs = ...)}) are checked to be unset or the module's default ({@link #noEffectWithout}).
     */
    private static <G> Optional<G> group(Map<String, Object> v, String switchKey, Class<G> type, G builder,
            Map<Class<?>, Object> builders, Problems p, Problems notices) {
        if (Boolean.TRUE.equals(v.get(switchKey))) {
            builders.put(type, builder);
            return Optional.of(builder);
        }
        noEffectWithout(v, switchKey, p, notices);
        return Optional.empty();
    }

    /** Each {@code {filter, filterType}} as its filter pattern; {@code filter} is required, the type is WILDCARD. */
    private static String[] exclusionFilters(Map<String, Object> v, Problems p) {
        var filters = (List<?>) v.getOrDefault("imageTagMutabilityExclusionFilters", List.of());
        var out = new ArrayList<String>();
        for (int i = 0; i < filters.size(); i++) {
            String at = "imageTagMutabilityExclusionFilters[" + i + "]";
            var f = Binder.values(filters.get(i));
            if (!(f.get("filter") instanceof String filter)) {
                p.addNoValue(at + ".filter", "is required");
                out.add("");
            } else {
                out.add(filter);
            }
            Object filterType = f.get("filterType");
            if (filterType != null && !ExclusionFilter.FILTER_TYPE.equals(filterType)) {
                p.add(at + ".filterType", "must be " + ExclusionFilter.FILTER_TYPE, filterType);
            }
        }
        return out.toArray(String[]::new);
    }

    private static Optional<Encryption> encryption(Map<String, Object> v, EncryptionType type, Problems p,
            KmsKeySettings.Builder newKey, boolean statementsBound) {
        var key = Optional.ofNullable((String) v.get("kmsKey"));
        if (type == EncryptionType.AES256) {
            key.ifPresent(k -> p.add("kmsKey", "only used with encryptionType KMS or KMS_DSSE"
                    + " (encryptionType is AES256)", k));
            KmsConfig.rejectCreationKeys(v, p, "only used with encryptionType KMS or KMS_DSSE when ecrkit creates the"
                    + " key (encryptionType is AES256)");
            return Optional.of(Encryption.aes256());
        }
        if (key.isEmpty()) {
            KmsConfig.statements((List<?>) v.getOrDefault("kmsCustomPolicyStatements", List.of()),
                    "kmsCustomPolicyStatements", p)
                    .filter(x -> statementsBound) // else their own problems are reported, not what follows from them
                    .ifPresent(newKey::customPolicyStatements);
            return Optional.of(Encryption.kmsWithNewKey(type, newKey.build()));
        }
        KmsConfig.rejectCreationKeys(v, p, "only used when ecrkit creates the key (no kmsKey)");
        return Optional.of(type == EncryptionType.KMS ? Encryption.kms(key.get()) : Encryption.kmsDsse(key.get()));
    }

    /** The module's pull request rules: deployed when enablePullRequestRules is true, else only checked. */
    private static void pullRequestRules(Map<String, Object> v, RepositoryArgs.Builder b, Problems p,
            Problems notices) {
        var read = GovernanceConfig.rules((List<?>) v.getOrDefault("pullRequestRules", List.of()),
                p.at("pullRequestRules"));
        boolean on = Boolean.TRUE.equals(v.get("enablePullRequestRules"));
        if (read.complete() && on) {
            b.pullRequestRules(read.rules()); // validated by build()
        } else if (read.allBuilt()) {
            PullRequestRules.validate(read.rules(), p.at("pullRequestRules"));
        }
        if (!on && !read.rules().isEmpty()) {
            notices.addNoValue("pullRequestRules", "checked, but deploys nothing unless enablePullRequestRules is"
                    + " true (as in the module)");
        }
    }

    /**
     * A key of a switched-off group set to a non-default value is an error (the module ignores it silently); set to
     * the default, a notice.
     */
    private static void noEffectWithout(Map<String, Object> v, String switchKey, Problems p, Problems notices) {
        ConfigKeys.INPUTS.forEach((key, input) -> {
            Object value = v.get(key);
            if (!input.needs().equals(switchKey) || value == null) {
                return;
            }
            if (!isDefault(value, ConfigKeys.find(key).orElseThrow().moduleDefault())) {
                p.add(key, "has no effect without " + switchKey + ": true", value);
            } else if (!isEmptyCollection(value)) {
                notices.addNoValue(key, EntryNotices.DEFAULT_WITHOUT_SWITCH.formatted(switchKey + ": true"));
            }
        });
    }

    /** The config path of a problem {@code RepositoryArgs.build()} reported at a Java field path (its declaration). */
    private static String toConfigPath(String javaField) {
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
