package dev.ecrkit.plugin;

import com.pulumi.core.annotations.Import;

/**
 * One pull-through cache rule: an item of a Registry's {@code pullThroughCacheRules} and of a PullThroughCache's
 * {@code rules}, in the shape of {@code ecrkit:registry.pullThroughCacheRules} (docs/registry.md). Schema type
 * {@code ecrkit:index:PullThroughCacheRule}.
 */
final class PullThroughCacheRuleArgs {
    @Import(name = "ecrRepositoryPrefix", required = true)
    private String ecrRepositoryPrefix;
    @Import(name = "upstreamRegistry")
    private String upstreamRegistry;
    @Import(name = "upstreamRegistryUrl")
    private String upstreamRegistryUrl;
    @Import(name = "upstreamRepositoryPrefix")
    private String upstreamRepositoryPrefix;
    @Import(name = "credentialArn")
    private String credentialArn;
    @Import(name = "customRoleArn")
    private String customRoleArn;
    @Import(name = "createRole")
    private Boolean createRole;

    private PullThroughCacheRuleArgs() {
    }
}
