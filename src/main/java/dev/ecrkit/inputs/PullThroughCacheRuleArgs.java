package dev.ecrkit.inputs;

import com.pulumi.core.annotations.Import;

/**
 * One pull-through cache rule: an item of {@code ecrkit:registry.pullThroughCacheRules} (docs/registry.md), of a
 * Registry's {@code pullThroughCacheRules} and of a PullThroughCache's {@code rules}. Schema type
 * {@code ecrkit:index:PullThroughCacheRule}.
 */
public final class PullThroughCacheRuleArgs {
    @Input(doc = "The ECR repository prefix the rule serves: ROOT or 2-30 characters")
    @Import(name = "ecrRepositoryPrefix", required = true)
    private String ecrRepositoryPrefix;
    @Input(doc = "The upstream registry by name (docker-hub, quay, ecr, ...); else recognized from upstreamRegistryUrl")
    @Import(name = "upstreamRegistry")
    private String upstreamRegistry;
    @Input(doc = "The upstream registry's host")
    @Import(name = "upstreamRegistryUrl")
    private String upstreamRegistryUrl;
    @Input(doc = "The upstream repository prefix (ECR upstreams)")
    @Import(name = "upstreamRepositoryPrefix")
    private String upstreamRepositoryPrefix;
    @Input(doc = "The Secrets Manager secret holding the upstream credentials")
    @Import(name = "credentialArn")
    private String credentialArn;
    @Input(doc = "An IAM role ECR assumes to pull from an ECR upstream")
    @Import(name = "customRoleArn")
    private String customRoleArn;
    @Input(doc = "Create the IAM role an ECR upstream needs", moduleDefault = "false")
    @Import(name = "createRole")
    private Boolean createRole;

    private PullThroughCacheRuleArgs() {
    }
}
