package dev.ecrkit.stack;

import dev.ecrkit.PullThroughCacheArgs;
import dev.ecrkit.RegistryArgs;
import dev.ecrkit.ecr.EncryptionType;
import dev.ecrkit.ecr.ExclusionFilter;
import dev.ecrkit.ecr.ImageTagMutability;
import dev.ecrkit.inputs.PullThroughCacheInputs;
import dev.ecrkit.inputs.PullThroughCacheRuleArgs;
import dev.ecrkit.inputs.RegistryInputs;
import dev.ecrkit.inputs.RepositoryCreationTemplateArgs;
import dev.ecrkit.registry.AccountSettingName;
import dev.ecrkit.registry.AccountSettings;
import dev.ecrkit.registry.AppliedFor;
import dev.ecrkit.registry.PullThroughCacheRule;
import dev.ecrkit.registry.InspectorActivation;
import dev.ecrkit.registry.InspectorScanType;
import dev.ecrkit.registry.RegistryScanning;
import dev.ecrkit.registry.Replication;
import dev.ecrkit.registry.ReplicationDestination;
import dev.ecrkit.registry.ReplicationRule;
import dev.ecrkit.registry.RepositoryCreationTemplate;
import dev.ecrkit.registry.ResourceTags;
import dev.ecrkit.registry.ScanFrequency;
import dev.ecrkit.registry.ScanType;
import dev.ecrkit.registry.TemplateEncryption;
import dev.ecrkit.registry.UpstreamRegistry;
import dev.ecrkit.stack.RegistryMerge.Parts;
import dev.ecrkit.stack.RegistryMerge.Sourced;
import dev.ecrkit.validation.InvalidInputException;
import dev.ecrkit.validation.Problem;
import dev.ecrkit.validation.Problems;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * The registry-level part of the stack config, turned into the ONE {@link RegistryArgs} of the stack (DESIGN.md
 * section 4): the Terraform module's registry-level variables set in {@code ecrkit:repositories} entries (hoisted:
 * each entry keeps the module's meaning, then the entries are merged) and {@code ecrkit:registry}, ecrkit's own shape
 * (docs/registry.md), bound into its one declaration ({@link RegistryInputs}) and converted by the conversion the
 * plugin's {@code Registry} calls with its typed inputs ({@link #registryArgs(RegistryInputs)}). Two places setting the
 * same registry setting to different values is an error naming both key paths. Every problem is reported by its config
 * key path. Pure with respect to the engine.
 */
public final class RegistryConfig {
    /** The stack output holding the Registry's outputs. */
    public static final String OUTPUT = "registry";
    /** The Registry component's name. */
    public static final String COMPONENT_NAME = "registry";
    /** The Terraform module's registry-level variables, in camelCase, as repository-entry keys. */
    public static final List<String> ENTRY_KEYS = Declarations.keys(dev.ecrkit.inputs.RegistryEntryInputs.class).stream()
            .map(ConfigKey::name).toList();
    /**
     * The fields of every object of {@code ecrkit:registry} by path ({@code ""} is the object itself; list items are
     * named by the list, without an index), read from its declaration ({@link RegistryInputs}). Maps of strings
     * ({@code tags}, {@code resourceTags}) are fields, not objects. For the multi-language plugin's schema test.
     */
    public static final Map<String, List<String>> REGISTRY_SHAPE = Declarations.shape(RegistryInputs.class);
    /** The fields of a standalone {@code PullThroughCache}'s settings by path, like {@link #REGISTRY_SHAPE}. */
    public static final Map<String, List<String>> PULL_THROUGH_CACHE_SHAPE =
            Declarations.shape(PullThroughCacheInputs.class);
    /** Keys of {@code ecrkit:registry}, in declaration order. */
    private static final List<String> REGISTRY_KEYS = REGISTRY_SHAPE.get("");
    private static final Map<String, dev.ecrkit.inputs.Input> INPUTS = Declarations.inputs(RegistryInputs.class);

    private static final String ROOT_PATH = StackConfig.PROJECT + ":" + StackConfig.REGISTRY;
    private RegistryConfig() {
    }

    /**
     * Reads every registry-level setting of the ecrkit namespace ({@code values}: key without namespace -> parsed
     * value) into {@code problems}. Empty when nothing registry-level is set, or when a problem was found.
     * {@code sourceRegion} is the stack's {@code aws:region} ("" when unknown: the checks that need it then run when
     * the component is created). Accepted inputs that configure nothing go to {@code notices} ({@link Notice}).
     */
    public static Optional<RegistryArgs> parse(Map<String, Object> values, String sourceRegion, Problems problems,
            Problems notices) {
        var p = new Problems();
        var all = new ArrayList<Parts>();
        Object registry = values.get(StackConfig.REGISTRY);
        if (registry != null) {
            var found = new Problems(); // binding's, then the conversion's: listed by key, in declaration order
            ConfigNode.root(registry, ROOT_PATH, REGISTRY_KEYS, found)
                    .map(n -> fromRegistry(bound(n, RegistryInputs.class), sourceRegion, found)).ifPresent(all::add);
            p.addAll(found.list().stream().sorted(java.util.Comparator.comparingInt(
                    x -> REGISTRY_KEYS.indexOf(topKey(x.field())))).toList());
        }
        if (values.get(StackConfig.REPOSITORIES) instanceof Map<?, ?> repositories) {
            repositories.forEach((key, entry) -> {
                if (entry instanceof Map<?, ?> raw) {
                    ModuleRegistryKeys.fromEntry(String.valueOf(key), raw, sourceRegion, p, notices).ifPresent(all::add);
                }
            });
        }
        var merged = RegistryMerge.merge(all, p);
        boolean empty = merged.replication == null && merged.scanning == null && merged.settings.isEmpty()
                && merged.rules.isEmpty() && merged.templates.isEmpty()
                && (merged.checked == null || merged.checked.isEmpty());
        if (!empty && values.get(StackConfig.REPOSITORIES) instanceof Map<?, ?> repositories
                && repositories.containsKey(OUTPUT)) {
            p.addNoValue(StackConfig.PROJECT + ":" + StackConfig.REPOSITORIES + "." + OUTPUT, "this entry name is the"
                    + " stack output of the registry-level settings (\"" + OUTPUT + "\"): rename the entry (set name: "
                    + OUTPUT + " to keep the repository name)");
        }
        if (merged.rules.size() > PullThroughCacheRule.MAX_RULES) {
            p.add(merged.rules.get(0).path().replaceAll("\\[\\d+]$", ""), "at most " + PullThroughCacheRule.MAX_RULES
                    + " pull-through cache rules per registry, in all entries and " + ROOT_PATH + " together",
                    merged.rules.size());
        }
        problems.addAll(p.list());
        if (empty || !p.isEmpty()) {
            return Optional.empty();
        }
        return build(merged, sourceRegion, problems, field -> field.equals("sourceRegion") ? "aws:region"
                : ROOT_PATH + "." + field);
    }

    /**
     * The one conversion of ecrkit's registry shape: a Registry's typed inputs (the plugin's
     * {@code ecrkit:index:Registry}, filled by pulumi-java; what {@link #parse} binds {@code ecrkit:registry} into)
     * turned into {@link RegistryArgs}. No inputs is a Registry that manages nothing. The checks that need the
     * deployed-to region and account run when the component's provider resolves them. Throws
     * {@link InvalidInputException} with every problem, each named by its path in the object
     * ({@code replication.rules[0].destinations[1].region}).
     */
    public static RegistryArgs registryArgs(RegistryInputs inputs) {
        return registryArgs(In.of(inputs, "", List.of()), new Problems());
    }

    /** {@link #registryArgs(RegistryInputs)} of one {@code ecrkit:registry} value alone, bound first. */
    public static RegistryArgs registryArgs(Map<String, Object> settings) {
        var p = new Problems();
        var root = ConfigNode.root(settings, "", REGISTRY_KEYS, p).orElseThrow();
        return registryArgs(bound(root, RegistryInputs.class), p);
    }

    private static RegistryArgs registryArgs(In inputs, Problems p) {
        var merged = RegistryMerge.merge(List.of(fromRegistry(inputs, "", p)), p);
        p.throwIfAny();
        var args = build(merged, "", p, field -> field);
        p.throwIfAny();
        return args.orElseThrow();
    }

    /**
     * The one conversion of a standalone {@link dev.ecrkit.PullThroughCache}'s inputs (the plugin's
     * {@code ecrkit:index:PullThroughCache}): each rule in the shape of an {@code ecrkit:registry} rule, converted by
     * the same code, {@code tags} for the IAM role a rule may create. Throws {@link InvalidInputException} with every
     * problem, each named by its path ({@code rules[1].credentialArn}).
     */
    public static PullThroughCacheArgs pullThroughCacheArgs(PullThroughCacheInputs inputs) {
        return pullThroughCacheArgs(In.of(inputs, "", List.of()), new Problems());
    }

    /** {@link #pullThroughCacheArgs(PullThroughCacheInputs)} of settings as a config map, bound first. */
    public static PullThroughCacheArgs pullThroughCacheArgs(Map<String, Object> settings) {
        var p = new Problems();
        var root = ConfigNode.root(settings, "", PULL_THROUGH_CACHE_SHAPE.get(""), p).orElseThrow();
        return pullThroughCacheArgs(bound(root, PullThroughCacheInputs.class), p);
    }

    private static PullThroughCacheArgs pullThroughCacheArgs(In root, Problems p) {
        var tags = root.tags("tags", p);
        var rules = new ArrayList<PullThroughCacheRule>();
        for (In n : root.objects("rules")) {
            rule(n, "", p).ifPresent(rules::add);
        }
        ResourceTags.check(p, root.at("tags"), tags);
        p.throwIfAny(); // rules left out for their problems would otherwise look missing to build()
        return PullThroughCacheArgs.builder().rules(rules).tags(tags).build();
    }

    // ---------------------------------------------------------------- ecrkit:registry

    private static Parts fromRegistry(In root, String sourceRegion, Problems p) {
        var parts = new Parts();
        // the inputs that name a builder method (registryPolicy, tags, ...) are set on it, and checked by its build()
        Declarations.set(root.v(), INPUTS, Map.of(RegistryArgs.Builder.class, parts.own), p.at(root.path()));
        root.object("replication").ifPresent(n -> replication(n, sourceRegion, p)
                .ifPresent(r -> parts.replication = new Sourced<>(r, n.path())));
        root.object("scanning").ifPresent(n -> scanning(n, p).ifPresent(s -> {
            parts.scanning = new Sourced<>(s, n.path());
            parts.scanTypePath = n.has("scanType") ? n.at("scanType") : n.path();
            parts.scanRulesPath = n.has("rules") ? n.at("rules") : n.path();
        }));
        root.object("accountSettings").ifPresent(n -> {
            for (AccountSettingName name : AccountSettingName.values()) {
                String field = AccountSettings.fieldName(name);
                n.string(field).filter(v -> name.check(p, n.at(field), v))
                        .ifPresent(v -> parts.settings.put(name, new Sourced<>(v, n.at(field))));
            }
        });
        for (In n : root.objects("pullThroughCacheRules")) {
            rule(n, sourceRegion, p).ifPresent(r -> parts.rules.add(new Sourced<>(r, n.path())));
        }
        for (In n : root.objects("repositoryCreationTemplates")) {
            template(n, p).ifPresent(t -> parts.templates.add(new Sourced<>(t, n.path())));
        }
        root.object("inspector").flatMap(n -> inspector(n, p)).ifPresent(parts.own::inspector);
        validated(p, q -> {
            try {
                parts.checked = parts.own.build();
            } catch (InvalidInputException e) {
                q.addAll(e.problems());
            }
        }, root::at);
        return parts;
    }

    /** {@code inspector}: its scan types (default ECR) and the delete choice ({@link InspectorActivation}). */
    private static Optional<InspectorActivation> inspector(In n, Problems p) {
        int before = p.list().size();
        var types = java.util.EnumSet.noneOf(InspectorScanType.class);
        var given = n.has("scanTypes") ? n.strings("scanTypes") : List.of(InspectorScanType.ECR.wire());
        for (int i = 0; i < given.size(); i++) {
            Declarations.wire(InspectorScanType.class, given.get(i), n.at("scanTypes") + "[" + i + "]", p)
                    .ifPresent(types::add);
        }
        var activation = new InspectorActivation(types, !Boolean.TRUE.equals(n.v().get("deactivateOnDelete")));
        activation.validate(p.at(n.path()));
        return p.list().size() > before || !n.clean() ? Optional.empty() : Optional.of(activation);
    }

    private static Optional<Replication> replication(In n, String sourceRegion, Problems p) {
        int before = p.list().size();
        var rules = new ArrayList<ReplicationRule>();
        for (In rule : n.objects("rules")) {
            var destinations = new ArrayList<ReplicationDestination>();
            for (In d : rule.objects("destinations")) {
                var registryId = d.string("registryId").orElse(ReplicationDestination.SAME_ACCOUNT);
                d.required("region", p).ifPresent(r -> destinations.add(new ReplicationDestination(r, registryId)));
            }
            rules.add(new ReplicationRule(destinations, rule.strings("repositoryFilters")));
        }
        if (p.list().size() > before || !n.clean()) {
            return Optional.empty(); // wrong types: the model's indexes would not match the config's
        }
        var replication = new Replication(rules);
        replication.validate(p.at(n.path()), sourceRegion);
        return p.list().size() > before ? Optional.empty() : Optional.of(replication);
    }

    private static Optional<RegistryScanning> scanning(In n, Problems p) {
        int before = p.list().size();
        var type = n.string("scanType").flatMap(s -> Declarations.wire(ScanType.class, s, n.at("scanType"), p))
                .orElse(RegistryScanning.DEFAULT_SCAN_TYPE);
        var b = RegistryScanning.builder().scanType(type);
        for (In rule : n.objects("rules")) {
            var frequency = rule.required("scanFrequency", p).flatMap(s -> Declarations.wire(ScanFrequency.class, s,
                    rule.at("scanFrequency"), p));
            if (frequency.isPresent() && !frequency.get().supportedBy(type)) {
                p.add(rule.at("scanFrequency"), "is not available with scan type " + type.wire() + " (BASIC: "
                        + "SCAN_ON_PUSH or MANUAL; ENHANCED: SCAN_ON_PUSH or CONTINUOUS_SCAN)", frequency.get().wire());
            }
            var filters = rule.strings("repositoryFilters");
            if (!rule.given("repositoryFilters")) {
                p.addNoValue(rule.at("repositoryFilters"), "is required: at least " + RegistryScanning.MIN_FILTERS
                        + " WILDCARD filter");
            }
            for (int j = 0; j < filters.size(); j++) {
                RegistryScanning.checkFilter(p, rule.at("repositoryFilters") + "[" + j + "]", filters.get(j));
            }
            frequency.ifPresent(f -> b.rule(f, filters));
        }
        if (p.list().size() > before || !n.clean()) {
            return Optional.empty();
        }
        var scanning = b.build();
        var limits = new Problems();
        scanning.validate(limits);
        // per-rule problems were reported above by config index; what remains are the limits of the grouped rules
        limits.list().forEach(x -> p.addAll(List.of(new Problem(n.at("rules"),
                x.rule() + " (rules of the same scanFrequency are merged)", x.got()))));
        return p.list().size() > before ? Optional.empty() : Optional.of(scanning);
    }

    // ---------------------------------------------------------------- shared: rules and templates

    /** A pull-through cache rule in the module's shape ({ecrRepositoryPrefix, upstreamRegistryUrl, credentialArn}). */
    static Optional<PullThroughCacheRule> rule(ConfigNode n, String sourceRegion, Problems p) {
        return rule(bound(n, PullThroughCacheRuleArgs.class), sourceRegion, p);
    }

    /** A pull-through cache rule in ecrkit's shape (the module's is a part of it). */
    private static Optional<PullThroughCacheRule> rule(In n, String sourceRegion, Problems p) {
        int before = p.list().size();
        var prefix = n.required("ecrRepositoryPrefix", p);
        var url = n.string("upstreamRegistryUrl");
        var upstreamText = n.string("upstreamRegistry");
        Optional<UpstreamRegistry> upstream = Optional.empty();
        if (upstreamText.isPresent()) {
            upstream = Declarations.wire(UpstreamRegistry.class, upstreamText.get(), n.at("upstreamRegistry"), p);
        } else if (url.isPresent()) {
            upstream = UpstreamRegistry.fromUrl(url.get());
            if (upstream.isEmpty()) {
                p.add(n.at("upstreamRegistryUrl"), "must be the host of a supported upstream registry: "
                        + Arrays.stream(UpstreamRegistry.values()).map(UpstreamRegistry::urlShape)
                        .collect(Collectors.joining(", "))
                        + (url.get().contains("://") ? " (no https:// and no path)" : ""), url.get());
            }
        } else if (!n.given("upstreamRegistryUrl") && !n.given("upstreamRegistry")) {
            p.addNoValue(n.at("upstreamRegistryUrl"), "is required (or upstreamRegistry: one of "
                    + String.join(", ", UpstreamRegistry.wireValues()) + ")");
        }
        var createRole = Boolean.TRUE.equals(n.v().get("createRole"));
        var roleArn = n.string("customRoleArn");
        if (createRole && roleArn.isPresent()) {
            p.add(n.at("createRole"), "set either customRoleArn or createRole: true, not both", true);
        }
        if (prefix.isEmpty() || upstream.isEmpty()) {
            prefix.ifPresent(x -> PullThroughCacheRule.checkPrefix(p, n.at("ecrRepositoryPrefix"), x));
            return Optional.empty();
        }
        var b = PullThroughCacheRule.builder(prefix.get(), upstream.get());
        url.ifPresent(b::upstreamRegistryUrl);
        n.string("upstreamRepositoryPrefix").ifPresent(b::upstreamRepositoryPrefix);
        n.string("credentialArn").ifPresent(b::credentialArn);
        roleArn.ifPresent(b::customRoleArn);
        if (createRole) {
            b.createRole();
        }
        var rule = b.build();
        validated(p, q -> rule.validate(q.at(n.path()), sourceRegion), field -> field, n.typed(p, before));
        return p.list().size() > before ? Optional.empty() : Optional.of(rule);
    }

    /** A repository creation template (the module's object in camelCase; the same in ecrkit:registry). */
    static Optional<RepositoryCreationTemplate> template(ConfigNode n, Problems p) {
        return template(bound(n, RepositoryCreationTemplateArgs.class), p);
    }

    private static Optional<RepositoryCreationTemplate> template(In n, Problems p) {
        int before = p.list().size();
        var prefix = n.required("prefix", p);
        var b = RepositoryCreationTemplate.builder(prefix.orElse(""));
        var appliedFor = new ArrayList<AppliedFor>();
        var values = n.strings("appliedFor");
        for (int i = 0; i < values.size(); i++) {
            Declarations.wire(AppliedFor.class, values.get(i), n.at("appliedFor") + "[" + i + "]", p)
                    .ifPresent(appliedFor::add);
        }
        b.appliedFor(appliedFor);
        n.string("description").ifPresent(b::description);
        n.string("imageTagMutability").flatMap(s -> Declarations.wire(ImageTagMutability.class, s,
                n.at("imageTagMutability"), p)).ifPresent(b::imageTagMutability);
        var filters = new ArrayList<ExclusionFilter>();
        for (In f : n.objects("imageTagMutabilityExclusionFilters")) {
            f.required("filter", p).ifPresent(s -> filters.add(ExclusionFilter.wildcard(s)));
            f.string("filterType").filter(t -> !t.equals(ExclusionFilter.FILTER_TYPE)).ifPresent(t ->
                    p.add(f.at("filterType"), "must be " + ExclusionFilter.FILTER_TYPE, t));
        }
        b.imageTagMutabilityExclusionFilters(filters);
        n.object("encryptionConfiguration").ifPresent(e -> {
            var type = e.string("encryptionType").flatMap(s -> Declarations.wire(EncryptionType.class, s,
                    e.at("encryptionType"), p)).orElse(EncryptionType.AES256);
            b.encryption(new TemplateEncryption(type, e.string("kmsKey").orElse("")));
        });
        nonEmptyJson(n, "lifecyclePolicy", "lifecycle policy", p).ifPresent(b::lifecyclePolicy);
        nonEmptyJson(n, "repositoryPolicy", "repository policy", p).ifPresent(b::repositoryPolicy);
        b.resourceTags(n.tags("resourceTags", p));
        n.string("customRoleArn").ifPresent(b::customRoleArn);
        var template = b.build();
        validated(p, q -> template.validate(q.at(n.path())), field -> field, n.typed(p, before));
        return p.list().size() > before ? Optional.empty() : Optional.of(template);
    }

    private static Optional<String> nonEmptyJson(In n, String field, String what, Problems p) {
        var json = n.string(field);
        if (json.isPresent() && json.get().isBlank()) {
            p.add(n.at(field), "must be a " + what + " document; an empty policy is not allowed (leave it out)",
                    json.get());
            return Optional.empty();
        }
        return json;
    }

    // ---------------------------------------------------------------- binding

    /** The config object {@code n} bound into {@code declaration} ({@link Binder}), its problems remembered. */
    private static In bound(ConfigNode n, Class<?> declaration) {
        int before = n.problems.list().size();
        var inputs = Binder.bind(n, declaration, new java.util.HashSet<>());
        return In.of(inputs, n.path(), problemsSince(n.problems, before));
    }

    /** The {@code ecrkit:registry} key a problem is under ("" for the value itself). */
    private static String topKey(String field) {
        return field.startsWith(ROOT_PATH + ".") ? field.substring(ROOT_PATH.length() + 1).split("[.\\[]", 2)[0] : "";
    }

    /**
     * A bound object of the registry shape, read by the conversion: its set inputs by name ({@link Binder#values}:
     * strings, booleans, lists, nested args objects), its key path, and the key paths under it where binding found a
     * problem (a value binding refused is neither missing nor checked again).
     */
    private record In(Map<String, Object> v, String path, List<String> refused) {
        static In of(Object args, String path, List<String> refused) {
            return new In(Binder.values(args), path, refused.stream().filter(t -> under(t, path)).toList());
        }

        private static boolean under(String problem, String path) {
            return path.isEmpty() || problem.equals(path) || problem.startsWith(path + ".")
                    || problem.startsWith(path + "[");
        }

        String at(String field) {
            return path.isEmpty() ? field : path + "." + field;
        }

        boolean has(String field) {
            return v.containsKey(field);
        }

        /** Set, or given a value binding refused. */
        boolean given(String field) {
            return has(field) || refused.stream().anyMatch(t -> under(t, at(field)));
        }

        /** Whether binding found no problem in this object. */
        boolean clean() {
            return refused.isEmpty();
        }

        Optional<String> string(String field) {
            return Optional.ofNullable((String) v.get(field));
        }

        /** A required string: a problem when not given. */
        Optional<String> required(String field, Problems p) {
            if (!given(field)) {
                p.addNoValue(at(field), "is required");
            }
            return string(field);
        }

        @SuppressWarnings("unchecked")
        List<String> strings(String field) {
            return (List<String>) v.getOrDefault(field, List.of());
        }

        /** A list of {@code {key, value}} as the map it stands for; a key given twice is a problem. */
        Map<String, String> tags(String field, Problems p) {
            return dev.ecrkit.inputs.TagArgs.toMap((List<?>) v.getOrDefault(field, List.of()), at(field), p);
        }

        Optional<In> object(String field) {
            return Optional.ofNullable(v.get(field)).map(o -> In.of(o, at(field), refused));
        }

        List<In> objects(String field) {
            var list = (List<?>) v.getOrDefault(field, List.of());
            var out = new ArrayList<In>();
            for (int i = 0; i < list.size(); i++) {
                out.add(In.of(list.get(i), at(field) + "[" + i + "]", refused));
            }
            return out;
        }

        /** The fields with a problem: binding's, and the conversion's since {@code before}. */
        List<String> typed(Problems p, int before) {
            var out = new ArrayList<>(refused);
            out.addAll(problemsSince(p, before));
            return out;
        }
    }

    // ---------------------------------------------------------------- building

    private static Optional<RegistryArgs> build(Parts merged, String sourceRegion, Problems problems,
            UnaryOperator<String> pathOf) {
        var b = merged.own.sourceRegion(sourceRegion);
        if (merged.replication != null) {
            b.replication(merged.replication.value());
        }
        if (merged.scanning != null) {
            b.scanning(merged.scanning.value());
        }
        var settings = AccountSettings.builder();
        merged.settings.forEach((name, v) -> settings.set(name, v.value()));
        b.accountSettings(settings.build());
        b.pullThroughCacheRules(merged.rules.stream().map(Sourced::value).toList());
        b.repositoryCreationTemplates(merged.templates.stream().map(Sourced::value).toList());
        if (merged.checked != null && merged.checked.inspector().isPresent() && merged.scanning != null
                && merged.scanning.value().scanType() == ScanType.BASIC) {
            problems.add(merged.scanTypePath, InspectorActivation.BASIC_SCAN_TYPE_RULE,
                    ScanType.BASIC.wire()); // at the key that set BASIC, an entry's registryScanType included
            return Optional.empty();
        }
        try {
            return Optional.of(b.build());
        } catch (InvalidInputException e) {
            // every value was checked by its key path above; this is a safety net, never silent
            e.problems().forEach(x -> problems.addAll(List.of(x.withField(pathOf.apply(x.field())))));
            return Optional.empty();
        }
    }

    // ---------------------------------------------------------------- helpers

    /** Runs {@code check} and reports its problems under the config paths {@code pathOf} gives; true when none. */
    static boolean validated(Problems p, java.util.function.Consumer<Problems> check, UnaryOperator<String> pathOf) {
        return validated(p, check, pathOf, List.of());
    }

    /**
     * {@link #validated(Problems, java.util.function.Consumer, UnaryOperator)} leaving out problems of a field that
     * already has a type problem (a value that could not be read would otherwise be reported twice).
     */
    static boolean validated(Problems p, java.util.function.Consumer<Problems> check, UnaryOperator<String> pathOf,
            List<String> typed) {
        var found = new Problems();
        check.accept(found);
        for (Problem x : found.list()) {
            String field = pathOf.apply(x.field());
            if (typed.stream().noneMatch(t -> t.startsWith(field) || field.startsWith(t))) {
                p.addAll(List.of(x.withField(field)));
            }
        }
        return found.isEmpty();
    }

    /** The fields of the problems found since {@code before}. */
    static List<String> problemsSince(Problems p, int before) {
        var all = p.list();
        return all.subList(before, all.size()).stream().map(Problem::field).toList();
    }

    static Set<String> fields(String key) {
        return ConfigKeys.find(key).map(ConfigKey::fields).map(Map::keySet).orElse(Set.of());
    }
}
