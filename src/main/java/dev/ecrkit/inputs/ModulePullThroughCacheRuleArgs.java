package dev.ecrkit.inputs;

import com.pulumi.core.annotations.Import;

/** One element of the module's {@code pull_through_cache_rules}, camelCase (ecrkit's own shape is richer). */
public final class ModulePullThroughCacheRuleArgs {
    @Import(name = "ecrRepositoryPrefix")
    private String ecrRepositoryPrefix;
    @Import(name = "upstreamRegistryUrl")
    private String upstreamRegistryUrl;
    @Import(name = "credentialArn")
    private String credentialArn;

    private ModulePullThroughCacheRuleArgs() {
    }
}
