package dev.ecrkit.registry;

import dev.ecrkit.validation.WireValues;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The upstream registries a pull-through cache rule can sync from, with their URL and how ECR authenticates to them.
 * Names: https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_PullThroughCacheRule.html ("upstreamRegistry
 * Valid Values"). URLs: https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_CreatePullThroughCacheRule.html
 * ("upstreamRegistryUrl ... the syntax to use for each supported upstream registry"); Chainguard's host, which that
 * list omits, from Chainguard's ECR pull-through guide
 * (https://edu.chainguard.dev/chainguard/containers/chainguard-registry/pull-through-guides/ecr-pull-through/).
 * Authentication: https://docs.aws.amazon.com/AmazonECR/latest/userguide/pull-through-cache.html ("Amazon ECR Public,
 * Kubernetes container image registry, and Quay (doesn't require authentication); Docker Hub, Microsoft Azure
 * Container Registry, GitHub Container Registry, GitLab Container Registry and Chainguard Registry (requires
 * authentication with AWS Secrets Manager secret); Amazon ECR (requires authentication with AWS IAM role)").
 */
public enum UpstreamRegistry {
    /** Another Amazon ECR private registry: {@code <account>.dkr.ecr.<region>.amazonaws.com}; an IAM role across accounts. */
    ECR("ecr", Authentication.ROLE, "", "[0-9]{12}\\.dkr\\.ecr\\.[a-z0-9-]+\\.amazonaws\\.com(\\.cn)?"),
    /** Amazon ECR Public, {@code public.ecr.aws}. No credentials. */
    ECR_PUBLIC("ecr-public", Authentication.NONE, "public.ecr.aws", ""),
    /** Quay, {@code quay.io}. No credentials. */
    QUAY("quay", Authentication.NONE, "quay.io", ""),
    /** The Kubernetes registry, {@code registry.k8s.io}. No credentials. */
    K8S("k8s", Authentication.NONE, "registry.k8s.io", ""),
    /** Docker Hub, {@code registry-1.docker.io}. Secrets Manager credentials. */
    DOCKER_HUB("docker-hub", Authentication.SECRET, "registry-1.docker.io", ""),
    /** GitHub Container Registry, {@code ghcr.io}. Secrets Manager credentials. */
    GITHUB_CONTAINER_REGISTRY("github-container-registry", Authentication.SECRET, "ghcr.io", ""),
    /** Microsoft Azure Container Registry, {@code <name>.azurecr.io}. Secrets Manager credentials. */
    AZURE_CONTAINER_REGISTRY("azure-container-registry", Authentication.SECRET, "", "[a-z0-9]{5,50}\\.azurecr\\.io"),
    /** GitLab Container Registry (gitlab.com only), {@code registry.gitlab.com}. Secrets Manager credentials. */
    GITLAB_CONTAINER_REGISTRY("gitlab-container-registry", Authentication.SECRET, "registry.gitlab.com", ""),
    /** Chainguard, {@code cgr.dev}. Secrets Manager credentials. */
    CHAINGUARD("chainguard", Authentication.SECRET, "cgr.dev", "");

    /** How ECR authenticates to an upstream. */
    public enum Authentication {
        /** Public: no credentials. */
        NONE,
        /** A Secrets Manager secret ({@code credentialArn}). */
        SECRET,
        /** An IAM role ({@code customRoleArn}) when the upstream is another account. */
        ROLE
    }

    private final String wire;
    private final Authentication authentication;
    private final String fixedUrl;
    private final Pattern urlPattern;

    UpstreamRegistry(String wire, Authentication authentication, String fixedUrl, String urlPattern) {
        this.wire = wire;
        this.authentication = authentication;
        this.fixedUrl = fixedUrl;
        this.urlPattern = Pattern.compile(urlPattern.isEmpty() ? Pattern.quote(fixedUrl) : urlPattern);
    }

    /** The AWS wire value ({@code docker-hub}). */
    public String wire() {
        return wire;
    }

    /** How ECR authenticates to it. */
    public Authentication authentication() {
        return authentication;
    }

    /** The one URL of this upstream, or "" when the URL names an account or registry of yours (ECR, Azure). */
    public String fixedUrl() {
        return fixedUrl;
    }

    /** What the URL looks like, for messages. */
    public String urlShape() {
        return switch (this) {
            case ECR -> "<account>.dkr.ecr.<region>.amazonaws.com";
            case AZURE_CONTAINER_REGISTRY -> "<registry>.azurecr.io";
            default -> fixedUrl;
        };
    }

    /** Whether {@code url} is a URL of this upstream. */
    public boolean matchesUrl(String url) {
        return urlPattern.matcher(url).matches();
    }

    /** The upstream with this wire value. */
    public static Optional<UpstreamRegistry> fromWire(String value) {
        return WireValues.find(values(), UpstreamRegistry::wire, value);
    }

    /** The upstream a URL belongs to (the Terraform module's rules give only the URL). */
    public static Optional<UpstreamRegistry> fromUrl(String url) {
        return Arrays.stream(values()).filter(u -> u.matchesUrl(url)).findFirst();
    }

    /** Every wire value. */
    public static List<String> wireValues() {
        return WireValues.values(values(), UpstreamRegistry::wire);
    }

    /** Account and region of an ECR upstream URL, or empty. */
    public static Optional<String[]> ecrAccountAndRegion(String url) {
        Matcher m = Pattern.compile("([0-9]{12})\\.dkr\\.ecr\\.([a-z0-9-]+)\\.amazonaws\\.com(\\.cn)?").matcher(url);
        return m.matches() ? Optional.of(new String[] {m.group(1), m.group(2)}) : Optional.empty();
    }
}
