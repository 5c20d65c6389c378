package dev.ecrkit;

import com.pulumi.aws.ecr.AccountSetting;
import com.pulumi.aws.ecr.AccountSettingArgs;
import com.pulumi.aws.ecr.RegistryPolicy;
import com.pulumi.aws.ecr.RegistryPolicyArgs;
import com.pulumi.aws.ecr.RegistryScanningConfiguration;
import com.pulumi.aws.ecr.RegistryScanningConfigurationArgs;
import com.pulumi.aws.ecr.ReplicationConfiguration;
import com.pulumi.aws.ecr.ReplicationConfigurationArgs;
import com.pulumi.aws.ecr.inputs.RegistryScanningConfigurationRuleArgs;
import com.pulumi.aws.ecr.inputs.RegistryScanningConfigurationRuleRepositoryFilterArgs;
import com.pulumi.aws.ecr.inputs.ReplicationConfigurationReplicationConfigurationArgs;
import com.pulumi.aws.ecr.inputs.ReplicationConfigurationReplicationConfigurationRuleArgs;
import com.pulumi.aws.ecr.inputs.ReplicationConfigurationReplicationConfigurationRuleDestinationArgs;
import com.pulumi.aws.ecr.inputs.ReplicationConfigurationReplicationConfigurationRuleRepositoryFilterArgs;
import com.pulumi.aws.inspector2.Enabler;
import com.pulumi.aws.inspector2.EnablerArgs;
import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import dev.ecrkit.aws.AwsScopes;
import dev.ecrkit.aws.EcrPullTimeUpdateExclusionResource;
import dev.ecrkit.aws.EcrRepositoryCreationTemplateResource;
import dev.ecrkit.aws.EcrRepositoryCreationTemplateResourceArgs;
import dev.ecrkit.aws.EcrRepositoryResourceArgs.EncryptionConfigurationArgs;
import dev.ecrkit.aws.EcrRepositoryResourceArgs.ExclusionFilterArgs;
import dev.ecrkit.aws.ProviderVersions;
import dev.ecrkit.ecr.EncryptionType;
import dev.ecrkit.ecr.ExclusionFilter;
import dev.ecrkit.policy.AwsScope;
import dev.ecrkit.policy.PolicyDocuments;
import dev.ecrkit.registry.AccountSettingName;
import dev.ecrkit.registry.AccountSettings;
import dev.ecrkit.registry.AppliedFor;
import dev.ecrkit.registry.InspectorActivation;
import dev.ecrkit.registry.PullTimeUpdateExclusions;
import dev.ecrkit.registry.RegistryRules;
import dev.ecrkit.registry.RegistryScanning;
import dev.ecrkit.registry.Replication;
import dev.ecrkit.registry.ReplicationRule;
import dev.ecrkit.registry.ReplicationSources;
import dev.ecrkit.registry.RepositoryCreationTemplate;
import dev.ecrkit.validation.Problems;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The registry-level settings of one account and region ({@code ecrkit:index:Registry}): replication, the registry
 * scanning configuration, account settings, the registry policy, repository creation templates, pull-time update
 * exclusions, Amazon Inspector activation and pull-through cache rules (through a child {@link PullThroughCache}).
 * ECR has ONE of each per account
 * and region, so they live here and not in each repository (the Terraform module's repositories overwrite each
 * other's). Create one per account and region.
 */
public final class Registry extends ComponentResource {
    /** Type token. */
    public static final String TYPE = "ecrkit:index:Registry";

    /** The registry (account) id the settings apply to. */
    @Export(name = "registryId", refs = {String.class}, tree = "[0]")
    public final Output<String> registryId;
    /** {@code enabled}, {@code regions} (destination regions) and {@code destinations} ({region, registryId}, every rule). */
    @Export(name = "replicationStatus", refs = {Map.class, String.class, Object.class}, tree = "[0,1,2]")
    public final Output<Map<String, Object>> replicationStatus;
    /** Every replication destination region, without repeats; empty without replication. */
    @Export(name = "replicationRegions", refs = {List.class, String.class}, tree = "[0,1]")
    public final Output<List<String>> replicationRegions;
    /** {@code enabled}, and when configured {@code scanType} and {@code rules} ([{scanFrequency, repositoryFilters}]). */
    @Export(name = "scanningStatus", refs = {Map.class, String.class, Object.class}, tree = "[0,1,2]")
    public final Output<Map<String, Object>> scanningStatus;
    /** Every repository filter of the scanning rules (the configured scan filters); empty without scanning. */
    @Export(name = "scanRepositoryFilters", refs = {List.class, String.class}, tree = "[0,1]")
    public final Output<List<String>> scanRepositoryFilters;
    /** The managed account settings, name -> value ({@code BASIC_SCAN_TYPE_VERSION: AWS_NATIVE}). */
    @Export(name = "accountSettings", refs = {Map.class, String.class, String.class}, tree = "[0,1,2]")
    public final Output<Map<String, String>> accountSettings;
    /** Whether a registry policy is managed. */
    @Export(name = "registryPolicyConfigured", refs = {Boolean.class}, tree = "[0]")
    public final Output<Boolean> registryPolicyConfigured;
    /** The pull-through cache rules (see {@link PullThroughCache#rules}); empty without rules. */
    @Export(name = "pullThroughCacheRules", refs = {List.class, Map.class, String.class, String.class}, tree = "[0,[1,2,3]]")
    public final Output<List<Map<String, String>>> pullThroughCacheRules;
    /** ARN of the pull-through cache role ecrkit created, or "" when no rule asked for one. */
    @Export(name = "pullThroughCacheRoleArn", refs = {String.class}, tree = "[0]")
    public final Output<String> pullThroughCacheRoleArn;
    /** {@code enabled} and {@code prefixes} (sorted) of the repository creation templates. */
    @Export(name = "creationTemplateStatus", refs = {Map.class, String.class, Object.class}, tree = "[0,1,2]")
    public final Output<Map<String, Object>> creationTemplateStatus;
    /** Prefix -> {appliedFor, imageTagMutability} of every repository creation template. */
    @Export(name = "repositoryCreationTemplates", refs = {Map.class, String.class, Object.class}, tree = "[0,1,2]")
    public final Output<Map<String, Object>> repositoryCreationTemplates;

    /** Exactly one constructor (multi-language requirement); {@code options} may be null. */
    public Registry(String name, RegistryArgs args, ComponentResourceOptions options) {
        super(TYPE, name, null, options);
        var out = register(this, name, args);
        this.registryId = out.registryId();
        this.replicationStatus = out.replicationStatus();
        this.replicationRegions = out.replicationRegions();
        this.scanningStatus = out.scanningStatus();
        this.scanRepositoryFilters = out.scanRepositoryFilters();
        this.accountSettings = out.accountSettings();
        this.registryPolicyConfigured = out.registryPolicyConfigured();
        this.pullThroughCacheRules = out.pullThroughCacheRules();
        this.pullThroughCacheRoleArn = out.pullThroughCacheRoleArn();
        this.creationTemplateStatus = out.creationTemplateStatus();
        this.repositoryCreationTemplates = out.repositoryCreationTemplates();
        registerOutputs(out.toMap());
    }

    /**
     * The outputs of the registry-level resources: the values of the {@link Registry} fields of the same names.
     *
     * @param registryId                  see {@link Registry#registryId}
     * @param replicationStatus           see {@link Registry#replicationStatus}
     * @param replicationRegions          see {@link Registry#replicationRegions}
     * @param scanningStatus              see {@link Registry#scanningStatus}
     * @param scanRepositoryFilters       see {@link Registry#scanRepositoryFilters}
     * @param accountSettings             see {@link Registry#accountSettings}
     * @param registryPolicyConfigured    see {@link Registry#registryPolicyConfigured}
     * @param pullThroughCacheRules       see {@link Registry#pullThroughCacheRules}
     * @param pullThroughCacheRoleArn     see {@link Registry#pullThroughCacheRoleArn}
     * @param creationTemplateStatus      see {@link Registry#creationTemplateStatus}
     * @param repositoryCreationTemplates see {@link Registry#repositoryCreationTemplates}
     */
    public record Outputs(Output<String> registryId, Output<Map<String, Object>> replicationStatus,
            Output<List<String>> replicationRegions, Output<Map<String, Object>> scanningStatus,
            Output<List<String>> scanRepositoryFilters, Output<Map<String, String>> accountSettings,
            Output<Boolean> registryPolicyConfigured, Output<List<Map<String, String>>> pullThroughCacheRules,
            Output<String> pullThroughCacheRoleArn, Output<Map<String, Object>> creationTemplateStatus,
            Output<Map<String, Object>> repositoryCreationTemplates) {
        /** Every output by its {@code @Export} name ({@link Exports}), for {@code registerOutputs}. */
        public Map<String, Output<?>> toMap() {
            return Exports.of(Registry.class, this);
        }
    }

    /**
     * Registers the registry-level resources as children of {@code parent} (and a {@link PullThroughCache} for the
     * rules) and returns their outputs: the body of the constructor, public so that the multi-language plugin's own
     * {@code ecrkit:index:Registry} class registers exactly the same resources. Java programs use the constructor.
     */
    public static Outputs register(ComponentResource parent, String name, RegistryArgs args) {
        Objects.requireNonNull(args, "args");
        // provider versions first: a need an explicit provider cannot meet is refused before anything is registered
        var problems = new Problems();
        var templates = args.repositoryCreationTemplates();
        var templateOptions = new ArrayList<CustomResourceOptions>();
        for (int i = 0; i < templates.size(); i++) {
            templateOptions.add(withVersion(problems, parent, EcrRepositoryCreationTemplateResource.TYPE,
                    templateNeeds(templates.get(i), "repositoryCreationTemplates[" + i + "]")));
        }
        var settingOptions = new EnumMap<AccountSettingName, CustomResourceOptions>(AccountSettingName.class);
        args.accountSettings().values().forEach((setting, value) -> settingOptions.put(setting,
                withVersion(problems, parent, ACCOUNT_SETTING_TYPE, settingNeeds(setting, value))));
        var exclusions = args.pullTimeUpdateExclusions();
        var exclusionOptions = new ArrayList<CustomResourceOptions>();
        for (int i = 0; i < exclusions.size(); i++) {
            exclusionOptions.add(withVersion(problems, parent, EcrPullTimeUpdateExclusionResource.TYPE,
                    List.of(new ProviderVersions.Need("pullTimeUpdateExclusions[" + i + "]", exclusions.get(i),
                            ProviderVersions.PULL_TIME_UPDATE_EXCLUSION_SOURCE))));
        }
        problems.throwIfAny();
        Output<AwsScope> source = AwsScopes.of(parent);

        args.replication().ifPresent(r -> new ReplicationConfiguration(name + "-replication",
                ReplicationConfigurationArgs.builder()
                        .replicationConfiguration(source.applyValue(s -> replicationArgs(checked(r, s), s)))
                        .build(), child(parent)));
        // the scanning configuration waits for the Enabler: activating Inspector sets the registry's scanning
        Optional<Enabler> inspector = args.inspector().map(i -> new Enabler(name + "-inspector",
                enablerArgs(i, source), inspectorOptions(parent, i)));
        args.scanning().ifPresent(s -> new RegistryScanningConfiguration(name + "-scanning", scanningArgs(s),
                inspector.map(e -> CustomResourceOptions.builder().parent(parent).dependsOn(e).build())
                        .orElseGet(() -> child(parent))));
        args.accountSettings().values().forEach((setting, value) -> new AccountSetting(name + "-" + setting.key(),
                AccountSettingArgs.builder().name(setting.wire()).value(value).build(), settingOptions.get(setting)));
        boolean policyManaged = args.registryPolicy().isPresent() || !args.replicationSourceAccounts().isEmpty();
        if (policyManaged) {
            Output<Optional<String>> user = args.registryPolicy()
                    .map(policy -> policy.applyValue(json -> Optional.of(checkedPolicy(json))))
                    .orElse(Output.of(Optional.empty()));
            new RegistryPolicy(name + "-policy", RegistryPolicyArgs.builder()
                    .policy(Output.tuple(user, source).applyValue(t -> mergedPolicy(t.t1, args, t.t2)))
                    .build(), child(parent));
        }
        for (int i = 0; i < templates.size(); i++) {
            var t = templates.get(i);
            new EcrRepositoryCreationTemplateResource(name + "-template-" + t.prefix(), templateArgs(t),
                    templateOptions.get(i));
        }
        for (int i = 0; i < exclusions.size(); i++) {
            new EcrPullTimeUpdateExclusionResource(name + "-pull-time-exclusion-"
                    + PullTimeUpdateExclusions.key(exclusions.get(i)),
                    EcrPullTimeUpdateExclusionResource.Args.of(exclusions.get(i)), exclusionOptions.get(i));
        }
        PullThroughCache cache = args.pullThroughCacheRules().isEmpty() ? null : new PullThroughCache(
                name + "-pull-through-cache", PullThroughCacheArgs.builder()
                        .rules(args.pullThroughCacheRules())
                        .tags(args.tags())
                        .sourceRegion(args.sourceRegion())
                        .build(), ComponentResourceOptions.builder().parent(parent).build());

        return new Outputs(source.applyValue(AwsScope::accountId),
                source.applyValue(s -> replicationStatus(args, s.accountId())),
                Output.of(args.replication().map(Replication::regions).orElse(List.of())),
                Output.of(scanningStatus(args)),
                Output.of(args.scanning().map(RegistryScanning::allFilters).orElse(List.of())),
                Output.of(args.accountSettings().byWireName()),
                Output.of(policyManaged),
                cache == null ? Output.of(List.of()) : cache.rules,
                cache == null ? Output.of("") : cache.roleArn,
                Output.of(templateStatus(args.repositoryCreationTemplates())),
                Output.of(templates(args.repositoryCreationTemplates())));
    }

    private static CustomResourceOptions child(ComponentResource parent) {
        return CustomResourceOptions.builder().parent(parent).build();
    }

    /** The Enabler's inputs: the activation's scan types for the account the provider deploys to. */
    static EnablerArgs enablerArgs(InspectorActivation activation, Output<AwsScope> source) {
        return EnablerArgs.builder()
                .accountIds(source.applyValue(s -> List.of(s.accountId())))
                .resourceTypes(activation.resourceTypes())
                .build();
    }

    /** The Enabler's options: a child of {@code parent}, retained on delete when the activation asks. */
    static CustomResourceOptions inspectorOptions(ComponentResource parent, InspectorActivation activation) {
        return CustomResourceOptions.builder().parent(parent).retainOnDelete(activation.retainOnDelete()).build();
    }

    /** The type token of the account setting resource. */
    static final String ACCOUNT_SETTING_TYPE = "aws:ecr/accountSetting:AccountSetting";

    /** Child options with the provider version {@code needs} ask for ({@link ProviderVersions#versionFor}). */
    private static CustomResourceOptions withVersion(Problems p, ComponentResource parent, String type,
            List<ProviderVersions.Need> needs) {
        var b = CustomResourceOptions.builder().parent(parent);
        ProviderVersions.versionFor(p, parent, type, needs).ifPresent(b::version);
        return b.build();
    }

    /** What a template sends that {@link ProviderVersions#DEFAULT} does not take; fields under {@code field}. */
    static List<ProviderVersions.Need> templateNeeds(RepositoryCreationTemplate t, String field) {
        var needs = new ArrayList<ProviderVersions.Need>();
        if (t.prefix().length() > ProviderVersions.OLD_PROVIDER_PREFIX_MAX_LENGTH) {
            needs.add(new ProviderVersions.Need(field + ".prefix", t.prefix(), ProviderVersions.LONG_PREFIX_SOURCE));
        }
        for (int i = 0; i < t.appliedFor().size(); i++) {
            if (t.appliedFor().get(i) == AppliedFor.CREATE_ON_PUSH) {
                needs.add(new ProviderVersions.Need(field + ".appliedFor[" + i + "]", AppliedFor.CREATE_ON_PUSH.wire(),
                        ProviderVersions.CREATE_ON_PUSH_SOURCE));
            }
        }
        if (t.encryption().type() == EncryptionType.KMS_DSSE) {
            needs.add(new ProviderVersions.Need(field + ".encryptionConfiguration.encryptionType",
                    EncryptionType.KMS_DSSE.wire(), ProviderVersions.KMS_DSSE_SOURCE));
        }
        if (t.imageTagMutability().takesExclusionFilters()) {
            needs.add(new ProviderVersions.Need(field + ".imageTagMutability", t.imageTagMutability().wire(),
                    ProviderVersions.EXCLUSION_FILTERS_SOURCE));
        }
        if (!t.imageTagMutabilityExclusionFilters().isEmpty()) {
            needs.add(new ProviderVersions.Need(field + ".imageTagMutabilityExclusionFilters",
                    t.imageTagMutabilityExclusionFilters().stream().map(ExclusionFilter::filter).toList(),
                    ProviderVersions.EXCLUSION_FILTERS_SOURCE));
        }
        return needs;
    }

    /** What an account setting sends that {@link ProviderVersions#DEFAULT} does not take. */
    static List<ProviderVersions.Need> settingNeeds(AccountSettingName setting, String value) {
        return setting == AccountSettingName.BLOB_MOUNTING
                ? List.of(new ProviderVersions.Need("accountSettings." + AccountSettings.fieldName(setting), value,
                        ProviderVersions.BLOB_MOUNTING_SOURCE))
                : List.of();
    }

    /** Throws the problems that need the deployed-to account and region; the same messages as the Args. */
    static Replication checked(Replication replication, AwsScope s) {
        var p = new Problems();
        replication.checkSource(p.at("replication"), s.region(), s.accountId());
        p.throwIfAny();
        return replication;
    }

    private static String checkedPolicy(String json) {
        var p = new Problems();
        PolicyDocuments.check(p, "registryPolicy", json, RegistryRules.REGISTRY_POLICY_MAX_LENGTH);
        p.throwIfAny();
        return json;
    }

    /** The user's policy with the {@link ReplicationSources} statement for {@code s}; throws its problems. */
    static String mergedPolicy(Optional<String> user, RegistryArgs args, AwsScope s) {
        var p = new Problems();
        var merged = ReplicationSources.merge(p, user, args.replicationSourceAccounts(), s);
        p.throwIfAny();
        return merged.orElseThrow();
    }

    static ReplicationConfigurationReplicationConfigurationArgs replicationArgs(Replication r, AwsScope s) {
        return ReplicationConfigurationReplicationConfigurationArgs.builder()
                .rules(r.rules().stream().map(rule -> ruleArgs(rule, s.accountId())).toList())
                .build();
    }

    private static ReplicationConfigurationReplicationConfigurationRuleArgs ruleArgs(ReplicationRule rule, String account) {
        var b = ReplicationConfigurationReplicationConfigurationRuleArgs.builder()
                .destinations(rule.destinations().stream().map(d -> ReplicationConfigurationReplicationConfigurationRuleDestinationArgs
                        .builder().region(d.region()).registryId(d.resolvedRegistryId(account)).build()).toList());
        if (!rule.repositoryFilters().isEmpty()) {
            b.repositoryFilters(rule.repositoryFilters().stream().map(f -> ReplicationConfigurationReplicationConfigurationRuleRepositoryFilterArgs
                    .builder().filter(f).filterType(ReplicationRule.FILTER_TYPE).build()).toList());
        }
        return b.build();
    }

    static RegistryScanningConfigurationArgs scanningArgs(RegistryScanning s) {
        var b = RegistryScanningConfigurationArgs.builder().scanType(s.scanType().wire());
        if (!s.rules().isEmpty()) {
            b.rules(s.rules().entrySet().stream().map(e -> RegistryScanningConfigurationRuleArgs.builder()
                    .scanFrequency(e.getKey().wire())
                    .repositoryFilters(e.getValue().stream().map(f -> RegistryScanningConfigurationRuleRepositoryFilterArgs
                            .builder().filter(f).filterType(RegistryScanning.FILTER_TYPE).build()).toList())
                    .build()).toList());
        }
        return b.build();
    }

    static EcrRepositoryCreationTemplateResourceArgs templateArgs(RepositoryCreationTemplate t) {
        var encryption = new EncryptionConfigurationArgs(t.encryption().type().wire(),
                t.encryption().kmsKey().isEmpty() ? null : Output.of(t.encryption().kmsKey()));
        return EcrRepositoryCreationTemplateResourceArgs.of(t.prefix(),
                t.appliedFor().stream().map(AppliedFor::wire).toList(), t.description(), t.imageTagMutability().wire(),
                t.imageTagMutabilityExclusionFilters().stream()
                        .map(f -> new ExclusionFilterArgs(f.filter(), ExclusionFilter.FILTER_TYPE)).toList(),
                encryption, t.lifecyclePolicy(), t.repositoryPolicy(), t.resourceTags(), t.customRoleArn());
    }

    static Map<String, Object> replicationStatus(RegistryArgs args, String account) {
        var m = new LinkedHashMap<String, Object>();
        m.put("enabled", args.replication().isPresent());
        m.put("regions", args.replication().map(Replication::regions).orElse(List.of()));
        m.put("destinations", args.replication().map(r -> r.rules().stream()
                .flatMap(rule -> rule.destinations().stream())
                .map(d -> Map.of("region", d.region(), "registryId", d.resolvedRegistryId(account)))
                .distinct().toList()).orElse(List.of()));
        return m;
    }

    static Map<String, Object> scanningStatus(RegistryArgs args) {
        var m = new LinkedHashMap<String, Object>();
        m.put("enabled", args.scanning().isPresent());
        args.scanning().ifPresent(s -> {
            m.put("scanType", s.scanType().wire());
            m.put("rules", s.rules().entrySet().stream().map(e -> Map.of("scanFrequency", e.getKey().wire(),
                    "repositoryFilters", e.getValue())).toList());
        });
        return m;
    }

    static Map<String, Object> templateStatus(List<RepositoryCreationTemplate> templates) {
        var m = new LinkedHashMap<String, Object>();
        m.put("enabled", !templates.isEmpty());
        m.put("prefixes", templates.stream().map(RepositoryCreationTemplate::prefix).sorted().toList());
        return m;
    }

    static Map<String, Object> templates(List<RepositoryCreationTemplate> templates) {
        var m = new TreeMap<String, Object>();
        templates.forEach(t -> m.put(t.prefix(), Map.of(
                "appliedFor", t.appliedFor().stream().map(AppliedFor::wire).toList(),
                "imageTagMutability", t.imageTagMutability().wire())));
        return new LinkedHashMap<>(m);
    }
}
