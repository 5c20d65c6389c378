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
import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import dev.ecrkit.aws.EcrRepositoryCreationTemplateResource;
import dev.ecrkit.aws.EcrRepositoryCreationTemplateResourceArgs;
import dev.ecrkit.aws.EcrRepositoryResourceArgs.EncryptionConfigurationArgs;
import dev.ecrkit.aws.EcrRepositoryResourceArgs.ExclusionFilterArgs;
import dev.ecrkit.policy.PolicyDocuments;
import dev.ecrkit.registry.AppliedFor;
import dev.ecrkit.registry.RegistryRules;
import dev.ecrkit.registry.RegistryScanning;
import dev.ecrkit.registry.Replication;
import dev.ecrkit.registry.ReplicationRule;
import dev.ecrkit.registry.RepositoryCreationTemplate;
import dev.ecrkit.validation.Problems;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The registry-level settings of one account and region ({@code ecrkit:index:Registry}): replication, the registry
 * scanning configuration, account settings, the registry policy, repository creation templates and pull-through cache
 * rules (through a child {@link PullThroughCache}). ECR has ONE of each per account and region, so they live here and
 * not in each repository (the Terraform module's repositories overwrite each other's). Create one per account and
 * region.
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
        Objects.requireNonNull(args, "args");
        Output<AwsSource> source = AwsSource.of(this);

        args.replication().ifPresent(r -> new ReplicationConfiguration(name + "-replication",
                ReplicationConfigurationArgs.builder()
                        .replicationConfiguration(source.applyValue(s -> replicationArgs(checked(r, s), s)))
                        .build(), child()));
        args.scanning().ifPresent(s -> new RegistryScanningConfiguration(name + "-scanning", scanningArgs(s), child()));
        args.accountSettings().values().forEach((setting, value) -> new AccountSetting(name + "-" + setting.key(),
                AccountSettingArgs.builder().name(setting.wire()).value(value).build(), child()));
        args.registryPolicy().ifPresent(policy -> new RegistryPolicy(name + "-policy", RegistryPolicyArgs.builder()
                .policy(policy.applyValue(Registry::checkedPolicy))
                .build(), child()));
        for (RepositoryCreationTemplate t : args.repositoryCreationTemplates()) {
            new EcrRepositoryCreationTemplateResource(name + "-template-" + t.prefix(), templateArgs(t), templateOptions(t));
        }
        PullThroughCache cache = args.pullThroughCacheRules().isEmpty() ? null : new PullThroughCache(
                name + "-pull-through-cache", PullThroughCacheArgs.builder()
                        .rules(args.pullThroughCacheRules())
                        .tags(args.tags())
                        .sourceRegion(args.sourceRegion())
                        .build(), ComponentResourceOptions.builder().parent(this).build());

        this.registryId = source.applyValue(AwsSource::accountId);
        this.replicationStatus = source.applyValue(s -> replicationStatus(args, s.accountId()));
        this.replicationRegions = Output.of(args.replication().map(Replication::regions).orElse(List.of()));
        this.scanningStatus = Output.of(scanningStatus(args));
        this.scanRepositoryFilters = Output.of(args.scanning().map(RegistryScanning::allFilters).orElse(List.of()));
        this.accountSettings = Output.of(args.accountSettings().byWireName());
        this.registryPolicyConfigured = Output.of(args.registryPolicy().isPresent());
        this.pullThroughCacheRules = cache == null ? Output.of(List.of()) : cache.rules;
        this.pullThroughCacheRoleArn = cache == null ? Output.of("") : cache.roleArn;
        this.creationTemplateStatus = Output.of(templateStatus(args.repositoryCreationTemplates()));
        this.repositoryCreationTemplates = Output.of(templates(args.repositoryCreationTemplates()));
        var outputs = new LinkedHashMap<String, Output<?>>();
        outputs.put("registryId", registryId);
        outputs.put("replicationStatus", replicationStatus);
        outputs.put("replicationRegions", replicationRegions);
        outputs.put("scanningStatus", scanningStatus);
        outputs.put("scanRepositoryFilters", scanRepositoryFilters);
        outputs.put("accountSettings", accountSettings);
        outputs.put("registryPolicyConfigured", registryPolicyConfigured);
        outputs.put("pullThroughCacheRules", pullThroughCacheRules);
        outputs.put("pullThroughCacheRoleArn", pullThroughCacheRoleArn);
        outputs.put("creationTemplateStatus", creationTemplateStatus);
        outputs.put("repositoryCreationTemplates", repositoryCreationTemplates);
        registerOutputs(outputs);
    }

    private CustomResourceOptions child() {
        return CustomResourceOptions.builder().parent(this).build();
    }

    /** Template options: parent, and the provider release that knows exclusion filters when the template has some. */
    private CustomResourceOptions templateOptions(RepositoryCreationTemplate t) {
        var b = CustomResourceOptions.builder().parent(this);
        if (!t.imageTagMutabilityExclusionFilters().isEmpty()) {
            b.version(Repository.EXCLUSION_FILTERS_PROVIDER_VERSION);
        }
        return b.build();
    }

    /** Throws the problems that need the deployed-to account and region; the same messages as the Args. */
    static Replication checked(Replication replication, AwsSource s) {
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

    static ReplicationConfigurationReplicationConfigurationArgs replicationArgs(Replication r, AwsSource s) {
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
