package dev.ecrkit.registry;

import dev.ecrkit.registry.UpstreamRegistry.Authentication;
import dev.ecrkit.validation.Problems;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A pull-through cache rule (AWS API {@code CreatePullThroughCacheRule}): pulling
 * {@code <account>.dkr.ecr.<region>.amazonaws.com/<ecrRepositoryPrefix>/<image>} makes ECR fetch {@code <image>} from
 * the upstream registry, cache it in a repository it creates, and re-check the tag upstream at least once a day.
 * Keyed by {@link #ecrRepositoryPrefix}.
 *
 * @param ecrRepositoryPrefix      repository-name prefix in this registry, {@value #PREFIX_MIN_LENGTH}-{@value #PREFIX_MAX_LENGTH}
 *                                 characters, or {@value #ROOT}
 * @param upstreamRegistry         the upstream
 * @param upstreamRegistryUrl      the upstream's URL: its fixed URL, or yours for ECR and Azure
 * @param upstreamRepositoryPrefix upstream repository-name prefix to map the cache to; "" = AWS default (ROOT). Only
 *                                 with an ecrRepositoryPrefix other than ROOT. Default: ""
 * @param credentialArn            Secrets Manager secret with the upstream credentials; required exactly for the
 *                                 upstreams that need one. Default: ""
 * @param role                     IAM role for an ECR upstream in another account. Default: {@link CacheRole#none()}
 */
public record PullThroughCacheRule(String ecrRepositoryPrefix, UpstreamRegistry upstreamRegistry,
        String upstreamRegistryUrl, String upstreamRepositoryPrefix, String credentialArn, CacheRole role) {
    /** The prefix that caches into the registry root (API_CreatePullThroughCacheRule.html, ecrRepositoryPrefix pattern "...|ROOT"). */
    public static final String ROOT = "ROOT";
    /** Shortest prefix (https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_CreatePullThroughCacheRule.html, ecrRepositoryPrefix "Minimum length of 2"). */
    public static final int PREFIX_MIN_LENGTH = 2;
    /** Longest prefix (API_CreatePullThroughCacheRule.html, "Maximum length of 30"). */
    public static final int PREFIX_MAX_LENGTH = 30;
    /** Prefix pattern (API_CreatePullThroughCacheRule.html, "^((?:[a-z0-9]+(?:[._-][a-z0-9]+)*&#47;)*[a-z0-9]+(?:[._-][a-z0-9]+)*&#47;?|ROOT)$"). */
    public static final Pattern PREFIX_PATTERN =
            Pattern.compile("(?:[a-z0-9]+(?:[._-][a-z0-9]+)*/)*[a-z0-9]+(?:[._-][a-z0-9]+)*/?|ROOT");
    /** Shortest credential ARN (https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_PullThroughCacheRule.html, credentialArn "Minimum length of 50"). */
    public static final int CREDENTIAL_ARN_MIN_LENGTH = 50;
    /** Longest credential ARN (API_PullThroughCacheRule.html, "Maximum length of 612"). */
    public static final int CREDENTIAL_ARN_MAX_LENGTH = 612;
    /**
     * A credential ARN: a Secrets Manager secret whose name starts with {@code ecr-pullthroughcache/}
     * (API_PullThroughCacheRule.html pattern, any partition; pull-through-cache-creating-rule.html: "The name of the
     * secret begins with ecr-pullthroughcache/").
     */
    public static final Pattern CREDENTIAL_ARN_PATTERN = Pattern.compile(
            "arn:aws(-\\w+)*:secretsmanager:[a-zA-Z0-9-:]+:secret:ecr-pullthroughcache/[a-zA-Z0-9/_+=.@-]+");
    /** Rules per registry (https://docs.aws.amazon.com/AmazonECR/latest/userguide/service-quotas.html, "Pull through cache rules per registry: 50"). */
    public static final int MAX_RULES = 50;

    public PullThroughCacheRule {
        Objects.requireNonNull(ecrRepositoryPrefix, "ecrRepositoryPrefix");
        Objects.requireNonNull(upstreamRegistry, "upstreamRegistry");
        Objects.requireNonNull(upstreamRegistryUrl, "upstreamRegistryUrl");
        Objects.requireNonNull(upstreamRepositoryPrefix, "upstreamRepositoryPrefix");
        Objects.requireNonNull(credentialArn, "credentialArn");
        Objects.requireNonNull(role, "role");
    }

    /** A builder for the rule caching {@code upstream} under {@code ecrRepositoryPrefix}. */
    public static Builder builder(String ecrRepositoryPrefix, UpstreamRegistry upstream) {
        return new Builder(ecrRepositoryPrefix, upstream);
    }

    /** The upstream account of an ECR upstream, or "". */
    public String upstreamAccountId() {
        return UpstreamRegistry.ecrAccountAndRegion(upstreamRegistryUrl).map(a -> a[0]).orElse("");
    }

    /**
     * Checks the rule; fields {@code ecrRepositoryPrefix}, {@code upstreamRegistryUrl},
     * {@code upstreamRepositoryPrefix}, {@code credentialArn}, {@code customRoleArn}. A non-empty
     * {@code sourceRegion} (the stack's region) also checks that the secret is in that region.
     */
    public void validate(Problems p, String sourceRegion) {
        checkPrefix(p, "ecrRepositoryPrefix", ecrRepositoryPrefix);
        if (!upstreamRepositoryPrefix.isEmpty()) {
            if (ecrRepositoryPrefix.equals(ROOT)) {
                p.add("upstreamRepositoryPrefix", "may be set only when ecrRepositoryPrefix is not " + ROOT
                        + " (pull-through-cache-private-wildcards.html)", upstreamRepositoryPrefix);
            } else {
                checkPrefix(p, "upstreamRepositoryPrefix", upstreamRepositoryPrefix);
            }
        }
        if (upstreamRegistryUrl.isEmpty()) {
            p.addNoValue("upstreamRegistryUrl", "is required for " + upstreamRegistry.wire() + ": "
                    + upstreamRegistry.urlShape());
        } else if (!upstreamRegistry.matchesUrl(upstreamRegistryUrl)) {
            p.add("upstreamRegistryUrl", "must be " + upstreamRegistry.urlShape() + " for " + upstreamRegistry.wire()
                    + " (a host name, no https:// and no path)", upstreamRegistryUrl);
        }
        checkCredentials(p, sourceRegion);
        if (!(role instanceof CacheRole.None) && upstreamRegistry != UpstreamRegistry.ECR) {
            p.addNoValue("customRoleArn", "only an ECR upstream takes a role; " + upstreamRegistry.wire()
                    + (upstreamRegistry.authentication() == Authentication.SECRET ? " uses credentialArn" : " needs none"));
        } else if (role instanceof CacheRole.Existing e) {
            RegistryRules.checkRoleArn(p, "customRoleArn", e.arn());
        }
    }

    private void checkCredentials(Problems p, String sourceRegion) {
        var auth = upstreamRegistry.authentication();
        if (auth == Authentication.SECRET && credentialArn.isEmpty()) {
            p.addNoValue("credentialArn", "is required for " + upstreamRegistry.wire() + ": the ARN of a Secrets Manager"
                    + " secret named ecr-pullthroughcache/<name> holding the upstream credentials"
                    + " (pull-through-cache.html)");
            return;
        }
        if (auth != Authentication.SECRET && !credentialArn.isEmpty()) {
            p.add("credentialArn", "is not used by " + upstreamRegistry.wire() + ": "
                    + (auth == Authentication.ROLE ? "an ECR upstream authenticates with an IAM role (customRoleArn)"
                    : "it needs no authentication"), credentialArn);
            return;
        }
        if (credentialArn.isEmpty()) {
            return;
        }
        String arnRegion = RegistryRules.arnRegion(credentialArn).orElse("");
        String arnAccount = RegistryRules.arnAccount(credentialArn).orElse("");
        if (credentialArn.length() < CREDENTIAL_ARN_MIN_LENGTH || credentialArn.length() > CREDENTIAL_ARN_MAX_LENGTH
                || !CREDENTIAL_ARN_PATTERN.matcher(credentialArn).matches()
                || !RegistryRules.REGION_SHAPE.matcher(arnRegion).matches()
                || !RegistryRules.REGISTRY_ID_PATTERN.matcher(arnAccount).matches()) {
            p.add("credentialArn", "must be the ARN of a Secrets Manager secret whose name starts with"
                    + " ecr-pullthroughcache/: arn:aws:secretsmanager:<region>:<account>:secret:ecr-pullthroughcache/<name> ("
                    + CREDENTIAL_ARN_MIN_LENGTH + "-" + CREDENTIAL_ARN_MAX_LENGTH + " characters)", credentialArn);
        } else if (!sourceRegion.isEmpty()) {
            if (!arnRegion.equals(sourceRegion)) {
                p.add("credentialArn", "must be a secret in the stack's region " + sourceRegion
                        + ": ECR reads it from the rule's own account and region", credentialArn);
            }
        }
    }

    /**
     * Checks what needs the stack's region and account (known when the component runs): the secret is in this
     * account and region; an ECR upstream in another account has a role; an ECR upstream is not this registry.
     */
    public void checkSource(Problems p, String sourceRegion, String ownAccountId) {
        if (!credentialArn.isEmpty()) {
            String region = RegistryRules.arnRegion(credentialArn).orElse("");
            String account = RegistryRules.arnAccount(credentialArn).orElse("");
            if (!region.equals(sourceRegion) || !account.equals(ownAccountId)) {
                p.add("credentialArn", "must be a secret in this account and region (" + ownAccountId + ", "
                        + sourceRegion + "): ECR reads it from the rule's own account and region", credentialArn);
            }
        }
        if (role instanceof CacheRole.Existing e && !RegistryRules.arnAccount(e.arn()).orElse("").equals(ownAccountId)) {
            p.add("customRoleArn", "must be a role of this account (" + ownAccountId + "): ECR assumes it from the cache"
                    + " registry's account", e.arn());
        }
        UpstreamRegistry.ecrAccountAndRegion(upstreamRegistryUrl).ifPresent(ar -> {
            if (ar[0].equals(ownAccountId) && ar[1].equals(sourceRegion)) {
                p.add("upstreamRegistryUrl", "must be another account or region: this is the cache registry itself",
                        upstreamRegistryUrl);
            } else if (!ar[0].equals(ownAccountId) && role instanceof CacheRole.None) {
                p.addNoValue("customRoleArn", "is required: the upstream registry " + ar[0] + " is another account,"
                        + " so ECR needs an IAM role to pull from it; give customRoleArn or let ecrkit create the role"
                        + " (createRole)");
            }
        });
    }

    /** Checks an ECR repository prefix (2-30 characters or ROOT). */
    public static void checkPrefix(Problems p, String field, String prefix) {
        if (prefix.length() < PREFIX_MIN_LENGTH || prefix.length() > PREFIX_MAX_LENGTH
                || !PREFIX_PATTERN.matcher(prefix).matches()) {
            p.add(field, "must be " + ROOT + " or " + PREFIX_MIN_LENGTH + "-" + PREFIX_MAX_LENGTH + " characters of"
                    + " lowercase letters and digits separated by '.', '_', '-' or '/'", prefix);
        }
    }

    /** Checks every rule, the limit of {@value #MAX_RULES} and unique prefixes; fields {@code [i].*} under {@code p}. */
    public static void validateAll(Problems p, List<PullThroughCacheRule> rules, String sourceRegion) {
        if (rules.size() > MAX_RULES) {
            p.add("", "at most " + MAX_RULES + " pull-through cache rules per registry", rules.size());
        }
        Map<String, Integer> first = new HashMap<>();
        for (int i = 0; i < rules.size(); i++) {
            var r = rules.get(i);
            r.validate(p.at("[" + i + "]"), sourceRegion);
            Integer earlier = first.putIfAbsent(r.ecrRepositoryPrefix(), i);
            if (earlier != null) {
                p.add("[" + i + "].ecrRepositoryPrefix", "is already the prefix of rule [" + earlier + "]: one rule per"
                        + " prefix", r.ecrRepositoryPrefix());
            }
        }
    }

    /** Builder; {@link #build()} checks nulls only ({@link #validate} checks values). */
    public static final class Builder {
        private final String prefix;
        private final UpstreamRegistry upstream;
        private String url;
        private String upstreamPrefix = "";
        private String credentialArn = "";
        private CacheRole role = CacheRole.none();

        private Builder(String prefix, UpstreamRegistry upstream) {
            this.prefix = Objects.requireNonNull(prefix, "ecrRepositoryPrefix");
            this.upstream = Objects.requireNonNull(upstream, "upstreamRegistry");
            this.url = upstream.fixedUrl();
        }

        /** The upstream URL. Default: the upstream's fixed URL; required for ECR and Azure. */
        public Builder upstreamRegistryUrl(String url) {
            this.url = Objects.requireNonNull(url, "upstreamRegistryUrl");
            return this;
        }

        /** For an ECR upstream: its account and region (sets the URL). */
        public Builder upstreamEcr(String accountId, String region) {
            return upstreamRegistryUrl(accountId + ".dkr.ecr." + region + ".amazonaws.com");
        }

        /** Upstream repository prefix. Default: AWS's (ROOT). */
        public Builder upstreamRepositoryPrefix(String prefix) {
            this.upstreamPrefix = Objects.requireNonNull(prefix, "upstreamRepositoryPrefix");
            return this;
        }

        /** Secrets Manager credential ARN. Default: none. */
        public Builder credentialArn(String arn) {
            this.credentialArn = Objects.requireNonNull(arn, "credentialArn");
            return this;
        }

        /** An existing role for a cross-account ECR upstream. Default: none. */
        public Builder customRoleArn(String arn) {
            this.role = CacheRole.existing(arn);
            return this;
        }

        /** Let ecrkit create and attach the role for a cross-account ECR upstream. Default: no role. */
        public Builder createRole() {
            this.role = CacheRole.create();
            return this;
        }

        /** The rule. */
        public PullThroughCacheRule build() {
            return new PullThroughCacheRule(prefix, upstream, url, upstreamPrefix, credentialArn, role);
        }
    }
}
