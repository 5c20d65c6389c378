package dev.ecrkit.inputs;

import com.pulumi.core.annotations.Import;
import dev.ecrkit.RegistryArgs;
import dev.ecrkit.registry.AccountSettings;
import dev.ecrkit.registry.PullThroughCacheRule;
import dev.ecrkit.registry.RegistryScanning;
import dev.ecrkit.registry.Replication;
import dev.ecrkit.registry.RepositoryCreationTemplate;
import dev.ecrkit.registry.ScanFrequency;
import dev.ecrkit.registry.ScanType;
import dev.ecrkit.registry.UpstreamRegistry;
import java.util.List;

/**
 * The declarations of the Terraform module's registry-level variables, as keys of an {@code ecrkit:repositories}
 * entry (DESIGN.md section 4): the stack program hoists them into the stack's one {@code Registry}. They are not inputs
 * of the plugin's {@code Repository} (other languages use the {@code Registry} component), so they are declared apart
 * from {@link RepositoryInputs}; the config key table lists them after it. Never instantiated: only the declarations
 * are read.
 */
public final class RegistryEntryInputs {
    @Input(doc = "Registry: replicate every repository to `replicationRegions` (this account)",
            moduleDefault = "false",
            java = {@Input.Java(owner = RegistryArgs.Builder.class, name = "replication", params = Replication.class)})
    @Import(name = "enableReplication")
    private Boolean enableReplication;
    @Input(doc = "Registry: replication destination regions",
            moduleDefault = "[]",
            java = {@Input.Java(owner = Replication.class, name = "sameAccountRegions", params = List.class)})
    @Import(name = "replicationRegions")
    private List<String> replicationRegions;
    @Input(doc = "Registry: manage the registry scanning configuration",
            moduleDefault = "false",
            java = {@Input.Java(owner = RegistryArgs.Builder.class, name = "scanning", params = RegistryScanning.class)})
    @Import(name = "enableRegistryScanning")
    private Boolean enableRegistryScanning;
    @Input(doc = "Registry: BASIC or ENHANCED",
            moduleDefault = "ENHANCED",
            java = {@Input.Java(owner = RegistryScanning.Builder.class, name = "scanType", params = ScanType.class)})
    @Import(name = "registryScanType")
    private String registryScanType;
    @Input(doc = "Accepted with a plan notice: configures nothing, the module only echoes it (docs/migration.md)",
            moduleDefault = "[]",
            noJava = "none: AWS has no such setting (the module only echoes it in an output); the stack config accepts it with a notice")
    @Import(name = "registryScanFilters")
    private List<RegistryScanFilterArgs> registryScanFilters;
    @Input(doc = "Registry: forces scan type ENHANCED, as in the module",
            moduleDefault = "false",
            java = {@Input.Java(owner = RegistryScanning.class, name = "fromModule", params = {ScanType.class, boolean.class, List.class})})
    @Import(name = "enableSecretScanning")
    private Boolean enableSecretScanning;
    @Input(doc = "Registry: WILDCARD filters of ONE scan-on-push rule (1-100)",
            moduleDefault = "[\"*\"]",
            java = {@Input.Java(owner = RegistryScanning.Builder.class, name = "rule", params = {ScanFrequency.class, String[].class})})
    @Import(name = "scanRepositoryFilters")
    private List<String> scanRepositoryFilters;
    @Input(doc = "Registry: manage the two account settings below",
            moduleDefault = "false",
            java = {@Input.Java(owner = RegistryArgs.Builder.class, name = "accountSettings", params = AccountSettings.class)})
    @Import(name = "manageAccountSetting")
    private Boolean manageAccountSetting;
    @Input(doc = "Registry: BASIC_SCAN_TYPE_VERSION; AWS_NATIVE (AWS no longer accepts CLAIR)",
            moduleDefault = AccountSettings.MODULE_DEFAULT_BASIC_SCAN_TYPE_VERSION,
            java = {@Input.Java(owner = AccountSettings.Builder.class, name = "basicScanTypeVersion", params = AccountSettings.BasicScanTypeVersion.class)})
    @Import(name = "basicScanTypeVersion")
    private String basicScanTypeVersion;
    @Input(doc = "Registry: REGISTRY_POLICY_SCOPE; V2 (AWS no longer accepts V1)",
            moduleDefault = AccountSettings.MODULE_DEFAULT_REGISTRY_POLICY_SCOPE,
            java = {@Input.Java(owner = AccountSettings.Builder.class, name = "registryPolicyScope", params = AccountSettings.RegistryPolicyScope.class)})
    @Import(name = "registryPolicyScope")
    private String registryPolicyScope;
    @Input(doc = "Registry: create `pullThroughCacheRules`",
            moduleDefault = "false",
            java = {@Input.Java(owner = RegistryArgs.Builder.class, name = "pullThroughCacheRules", params = PullThroughCacheRule[].class)})
    @Import(name = "enablePullThroughCache")
    private Boolean enablePullThroughCache;
    @Input(doc = "Registry: `{ecrRepositoryPrefix, upstreamRegistryUrl, credentialArn}`, keyed by prefix (at most 50)",
            moduleDefault = "[]",
            java = {@Input.Java(owner = PullThroughCacheRule.class, name = "builder", params = {String.class, UpstreamRegistry.class})})
    @Import(name = "pullThroughCacheRules")
    private List<ModulePullThroughCacheRuleArgs> pullThroughCacheRules;
    @Input(doc = "Registry: create `repositoryCreationTemplates`",
            moduleDefault = "false",
            java = {@Input.Java(owner = RegistryArgs.Builder.class, name = "repositoryCreationTemplates", params = RepositoryCreationTemplate[].class)})
    @Import(name = "enableRepositoryCreationTemplates")
    private Boolean enableRepositoryCreationTemplates;
    @Input(doc = "Registry: creation templates, keyed by prefix (every field of the module, camelCase)",
            moduleDefault = "[]",
            java = {@Input.Java(owner = RepositoryCreationTemplate.class, name = "builder", params = String.class)})
    @Import(name = "repositoryCreationTemplates")
    private List<RepositoryCreationTemplateArgs> repositoryCreationTemplates;
    private RegistryEntryInputs() {
    }
}
