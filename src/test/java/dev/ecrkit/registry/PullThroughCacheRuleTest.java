package dev.ecrkit.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ecrkit.validation.Problems;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class PullThroughCacheRuleTest {
    static final String SECRET = "arn:aws:secretsmanager:us-east-1:123456789012:secret:ecr-pullthroughcache/upstream-AbCdEf";

    private static List<String> problems(PullThroughCacheRule r) {
        return ProblemLines.of(p -> r.validate(p, "us-east-1"));
    }

    private static List<String> fields(PullThroughCacheRule r) {
        return ProblemLines.fields(p -> r.validate(p, "us-east-1"));
    }

    private static PullThroughCacheRule.Builder rule(UpstreamRegistry upstream) {
        var b = PullThroughCacheRule.builder("cache", upstream);
        if (upstream.authentication() == UpstreamRegistry.Authentication.SECRET) {
            b.credentialArn(SECRET);
        }
        return switch (upstream) {
            case ECR -> b.upstreamEcr("210987654321", "us-west-2").createRole();
            case AZURE_CONTAINER_REGISTRY -> b.upstreamRegistryUrl("myregistry.azurecr.io");
            default -> b;
        };
    }

    @ParameterizedTest
    @EnumSource(UpstreamRegistry.class)
    void everyUpstream_withWhatItNeeds_isValid(UpstreamRegistry upstream) {
        assertEquals(List.of(), problems(rule(upstream).build()));
    }

    @Test
    void fixedUrls_areDerivedFromTheUpstream() {
        assertEquals("registry-1.docker.io", rule(UpstreamRegistry.DOCKER_HUB).build().upstreamRegistryUrl());
        assertEquals("public.ecr.aws", rule(UpstreamRegistry.ECR_PUBLIC).build().upstreamRegistryUrl());
        assertEquals("registry.k8s.io", rule(UpstreamRegistry.K8S).build().upstreamRegistryUrl());
        assertEquals("210987654321.dkr.ecr.us-west-2.amazonaws.com", rule(UpstreamRegistry.ECR).build().upstreamRegistryUrl());
        assertEquals("210987654321", rule(UpstreamRegistry.ECR).build().upstreamAccountId());
    }

    @Test
    void urls_identifyTheirUpstream_theModuleGivesOnlyUrls() {
        assertEquals(UpstreamRegistry.QUAY, UpstreamRegistry.fromUrl("quay.io").orElseThrow());
        assertEquals(UpstreamRegistry.GITHUB_CONTAINER_REGISTRY, UpstreamRegistry.fromUrl("ghcr.io").orElseThrow());
        assertEquals(UpstreamRegistry.AZURE_CONTAINER_REGISTRY, UpstreamRegistry.fromUrl("team42.azurecr.io").orElseThrow());
        assertEquals(UpstreamRegistry.ECR, UpstreamRegistry.fromUrl("210987654321.dkr.ecr.eu-west-1.amazonaws.com").orElseThrow());
        assertEquals(List.of(), UpstreamRegistry.fromUrl("https://quay.io").stream().toList());
        assertEquals(List.of(), UpstreamRegistry.fromUrl("gcr.io").stream().toList());
    }

    @Test
    void urlRequired_forEcrAndAzure_andMustMatchTheUpstream() {
        assertEquals(List.of("upstreamRegistryUrl: is required for azure-container-registry: <registry>.azurecr.io"),
                problems(PullThroughCacheRule.builder("azure", UpstreamRegistry.AZURE_CONTAINER_REGISTRY).credentialArn(SECRET).build()));
        assertEquals(List.of("upstreamRegistryUrl"), fields(rule(UpstreamRegistry.QUAY).upstreamRegistryUrl("quay.example.com").build()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"docker-hub", "ROOT", "ab", "team/cache", "a.b_c-d", "cache/", "abcdefghijklmnopqrstuvwxyz0123"})
    void goodPrefix_twoToThirtyOrRoot(String prefix) {
        assertEquals(List.of(), problems(PullThroughCacheRule.builder(prefix, UpstreamRegistry.QUAY).build()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "abcdefghijklmnopqrstuvwxyz01234", "Docker", "-cache", "a//b", "a__b"})
    void badPrefix_isNamed(String prefix) {
        assertEquals(List.of("ecrRepositoryPrefix"), fields(PullThroughCacheRule.builder(prefix, UpstreamRegistry.QUAY).build()));
    }

    @Test
    void upstreamRepositoryPrefix_onlyWhenTheEcrPrefixIsNotRoot() {
        assertEquals(List.of(), problems(rule(UpstreamRegistry.ECR).upstreamRepositoryPrefix("team-a").build()));
        assertEquals(List.of("upstreamRepositoryPrefix: may be set only when ecrRepositoryPrefix is not ROOT"
                + " (pull-through-cache-private-wildcards.html), got \"team-a\""),
                problems(PullThroughCacheRule.builder("ROOT", UpstreamRegistry.ECR).upstreamEcr("210987654321", "us-west-2")
                        .createRole().upstreamRepositoryPrefix("team-a").build()));
        assertEquals(List.of("upstreamRepositoryPrefix"), fields(rule(UpstreamRegistry.ECR).upstreamRepositoryPrefix("T").build()));
    }

    @ParameterizedTest
    @EnumSource(value = UpstreamRegistry.class, names = {"DOCKER_HUB", "GITHUB_CONTAINER_REGISTRY", "GITLAB_CONTAINER_REGISTRY",
            "CHAINGUARD"})
    void credentials_requiredForTheUpstreamsThatNeedThem(UpstreamRegistry upstream) {
        assertEquals(List.of("credentialArn"), fields(PullThroughCacheRule.builder("cache", upstream).build()));
    }

    @ParameterizedTest
    @EnumSource(value = UpstreamRegistry.class, names = {"ECR_PUBLIC", "QUAY", "K8S", "ECR"})
    void credentials_rejectedForTheUpstreamsThatTakeNone(UpstreamRegistry upstream) {
        assertEquals(List.of("credentialArn"), fields(rule(upstream).credentialArn(SECRET).build()));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "arn:aws:secretsmanager:us-east-1:123456789012:secret:dockerhub-credentials-AbCdEf",
        "arn:aws:ssm:us-east-1:123456789012:parameter/ecr-pullthroughcache/docker-hub",
        "arn:aws:secretsmanager:us-east-1:123456789012:secret:ecr-pullthroughcache/",
        "arn:aws:secretsmanager:us-east-1:1:secret:ecr-pullthroughcache/a",
        "arn:aws:secretsmanager:us-east-1:123456789012:secret:ecr-pullthroughcache/docker hub"})
    void badCredentialArn_isNamed(String arn) {
        assertEquals(List.of("credentialArn"), fields(PullThroughCacheRule.builder("hub", UpstreamRegistry.DOCKER_HUB)
                .credentialArn(arn).build()));
    }

    @Test
    void credentialArn_mustBeInTheStacksRegion_andAccountWhenKnown() {
        var other = PullThroughCacheRule.builder("hub", UpstreamRegistry.DOCKER_HUB)
                .credentialArn("arn:aws:secretsmanager:eu-west-1:123456789012:secret:ecr-pullthroughcache/hub").build();
        assertEquals(List.of("credentialArn: must be a secret in the stack's region us-east-1: ECR reads it from the rule's"
                + " own account and region, got \"arn:aws:secretsmanager:eu-west-1:123456789012:secret:ecr-pullthroughcache/hub\""),
                problems(other));
        var otherAccount = rule(UpstreamRegistry.DOCKER_HUB).credentialArn(
                "arn:aws:secretsmanager:us-east-1:210987654321:secret:ecr-pullthroughcache/hub").build();
        assertEquals(List.of(), problems(otherAccount));
        assertEquals(List.of("credentialArn"), ProblemLines.fields(p -> otherAccount.checkSource(p, "us-east-1", "123456789012")));
    }

    @Test
    void roles_onlyForAnEcrUpstream_andRequiredWhenItIsAnotherAccount() {
        assertEquals(List.of("customRoleArn"), fields(rule(UpstreamRegistry.QUAY).createRole().build()));
        assertEquals(List.of("customRoleArn"), fields(rule(UpstreamRegistry.ECR).customRoleArn("not-an-arn").build()));
        var noRole = PullThroughCacheRule.builder("shared", UpstreamRegistry.ECR).upstreamEcr("210987654321", "us-west-2").build();
        assertEquals(List.of(), problems(noRole), "the account is not known before deploy");
        assertEquals(List.of("customRoleArn: is required: the upstream registry 210987654321 is another account, so ECR needs"
                + " an IAM role to pull from it; give customRoleArn or let ecrkit create the role (createRole)"),
                ProblemLines.of(p -> noRole.checkSource(p, "us-east-1", "123456789012")));
        var sameAccount = PullThroughCacheRule.builder("west", UpstreamRegistry.ECR).upstreamEcr("123456789012", "us-west-2").build();
        assertEquals(List.of(), ProblemLines.of(p -> sameAccount.checkSource(p, "us-east-1", "123456789012")));
        var itself = PullThroughCacheRule.builder("self", UpstreamRegistry.ECR).upstreamEcr("123456789012", "us-east-1").build();
        assertEquals(List.of("upstreamRegistryUrl"), ProblemLines.fields(p -> itself.checkSource(p, "us-east-1", "123456789012")));
        var foreignRole = rule(UpstreamRegistry.ECR).customRoleArn("arn:aws:iam::210987654321:role/cache").build();
        assertEquals(List.of("customRoleArn"), ProblemLines.fields(p -> foreignRole.checkSource(p, "us-east-1", "123456789012")));
    }

    @Test
    void atMostFiftyRules_andOnePerPrefix() {
        var fifty = IntStream.range(0, 50).mapToObj(i -> PullThroughCacheRule.builder("cache" + i, UpstreamRegistry.QUAY).build())
                .toList();
        assertEquals(List.of(), ProblemLines.of(p -> PullThroughCacheRule.validateAll(p.at("rules"), fifty, "us-east-1")));
        var fiftyOne = IntStream.range(0, 51).mapToObj(i -> PullThroughCacheRule.builder("cache" + i, UpstreamRegistry.QUAY).build())
                .toList();
        assertEquals(List.of("rules: at most 50 pull-through cache rules per registry, got 51"),
                ProblemLines.of(p -> PullThroughCacheRule.validateAll(p.at("rules"), fiftyOne, "us-east-1")));
        var p = new Problems();
        PullThroughCacheRule.validateAll(p.at("rules"), List.of(rule(UpstreamRegistry.QUAY).build(),
                rule(UpstreamRegistry.K8S).build()), "us-east-1");
        assertEquals(List.of("rules[1].ecrRepositoryPrefix: is already the prefix of rule [0]: one rule per prefix, got \"cache\""),
                p.list().stream().map(Object::toString).toList());
    }
}
