package dev.ecrkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pulumi.core.Output;
import dev.ecrkit.policy.PullThroughCacheRolePolicy;
import dev.ecrkit.registry.PullThroughCacheRule;
import dev.ecrkit.registry.UpstreamRegistry;
import dev.ecrkit.validation.InvalidInputException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class PullThroughCacheTest {
    static final String RULE = "aws:ecr/pullThroughCacheRule:PullThroughCacheRule";
    static final String ROLE = "aws:iam/role:Role";
    static final String ROLE_POLICY = "aws:iam/rolePolicy:RolePolicy";
    static final String SECRET = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:ecr-pullthroughcache/docker-hub";

    private static PullThroughCacheRule.Builder crossAccount(String prefix) {
        return PullThroughCacheRule.builder(prefix, UpstreamRegistry.ECR).upstreamEcr("210987654321", "us-west-2");
    }

    private static TestEngine.Run run(PullThroughCacheRule... rules) {
        return TestEngine.run(ctx -> new PullThroughCache("cache", PullThroughCacheArgs.builder().rules(rules)
                .tags(Map.of("Team", "platform")).build(), null));
    }

    @Test
    void createRole_makesOneRoleWithTheDocumentedPolicies_attachedToTheRulesThatAskedForIt() {
        var run = run(crossAccount("shared").upstreamRepositoryPrefix("team-a").createRole().build(),
                crossAccount("tools").createRole().build(),
                PullThroughCacheRule.builder("docker-hub", UpstreamRegistry.DOCKER_HUB).credentialArn(SECRET).build());
        var role = run.one(ROLE);
        assertEquals("cache-role", role.name());
        assertEquals(PullThroughCacheRolePolicy.trustPolicy(), role.inputs().get("assumeRolePolicy"));
        assertEquals(Map.of("Team", "platform"), role.inputs().get("tags"));
        var policy = run.one(ROLE_POLICY);
        assertEquals(Map.of("role", "cache-role", "policy", PullThroughCacheRolePolicy.permissionsPolicy()), policy.inputs());
        var rules = run.ofType(RULE);
        assertEquals(List.of("cache-docker-hub", "cache-shared", "cache-tools"), rules.stream().map(r -> r.name()).toList());
        rules = List.of(rules.get(1), rules.get(2), rules.get(0)); // shared, tools, docker-hub: the order they were given
        String roleArn = "arn:aws:iam::123456789012:role/cache-role";
        assertEquals(Map.of("ecrRepositoryPrefix", "shared", "upstreamRegistryUrl", "210987654321.dkr.ecr.us-west-2.amazonaws.com",
                "upstreamRepositoryPrefix", "team-a", "customRoleArn", roleArn), rules.get(0).inputs());
        assertEquals(roleArn, rules.get(1).inputs().get("customRoleArn"));
        assertEquals(List.of(policy.urn()), rules.get(0).dependsOn(), "the rule waits for the role's permissions");
        assertEquals(List.of(), rules.get(2).dependsOn());
        assertNull(rules.get(2).inputs().get("customRoleArn"));
        String component = run.one(PullThroughCache.TYPE).urn();
        assertTrue(run.stack().resources().stream().filter(r -> r.type().startsWith("aws:")).allMatch(r -> r.parent().equals(component)));
    }

    @Test
    void existingRole_isPassedThrough_andNoRoleIsCreated() {
        var run = run(crossAccount("shared").customRoleArn("arn:aws:iam::123456789012:role/ptc").build());
        assertEquals("arn:aws:iam::123456789012:role/ptc", run.one(RULE).inputs().get("customRoleArn"));
        assertTrue(run.ofType(ROLE).isEmpty());
        assertTrue(run.ofType(ROLE_POLICY).isEmpty());
    }

    @Test
    void crossAccountEcrUpstreamWithoutRole_failsWhenTheAccountIsKnown() {
        var run = run(crossAccount("shared").build());
        assertTrue(run.message().startsWith("rules[0].customRoleArn: is required: the upstream registry 210987654321 is"
                + " another account"), run.message());
    }

    @Test
    void secretOfAnotherAccount_failsWhenTheAccountIsKnown() {
        var run = run(PullThroughCacheRule.builder("docker-hub", UpstreamRegistry.DOCKER_HUB)
                .credentialArn("arn:aws:secretsmanager:eu-west-1:210987654321:secret:ecr-pullthroughcache/docker-hub").build());
        assertTrue(run.message().startsWith("rules[0].credentialArn: must be a secret in this account and region"
                + " (123456789012, eu-west-1)"), run.message());
    }

    @Test
    void outputs_listEveryRuleAndTheRole() {
        var holder = new AtomicReference<PullThroughCache>();
        var run = TestEngine.run(ctx -> holder.set(new PullThroughCache("cache", PullThroughCacheArgs.builder().rules(
                crossAccount("shared").createRole().build(),
                PullThroughCacheRule.builder("quay", UpstreamRegistry.QUAY).build()).build(), null)));
        assertNull(run.failure());
        assertEquals(List.of(
                Map.of("ecrRepositoryPrefix", "shared", "upstreamRegistry", "ecr",
                        "upstreamRegistryUrl", "210987654321.dkr.ecr.us-west-2.amazonaws.com",
                        "customRoleArn", "arn:aws:iam::123456789012:role/cache-role"),
                Map.of("ecrRepositoryPrefix", "quay", "upstreamRegistry", "quay", "upstreamRegistryUrl", "quay.io")),
                value(holder.get().rules));
        assertEquals("arn:aws:iam::123456789012:role/cache-role", value(holder.get().roleArn));
    }

    @Test
    void args_reportEveryProblemAtOnce() {
        var e = assertThrows(InvalidInputException.class, () -> PullThroughCacheArgs.builder().rules(
                PullThroughCacheRule.builder("x", UpstreamRegistry.DOCKER_HUB).build(),
                PullThroughCacheRule.builder("quay", UpstreamRegistry.QUAY).createRole().build()).sourceRegion("eu-west-1")
                .build());
        assertEquals(List.of("rules[0].ecrRepositoryPrefix", "rules[0].credentialArn", "rules[1].customRoleArn"),
                e.problems().stream().map(p -> p.field()).toList());
        var none = assertThrows(InvalidInputException.class, () -> PullThroughCacheArgs.builder().build());
        assertEquals("rules: at least 1 rule is required", none.getMessage());
    }

    private static <T> T value(Output<T> o) {
        return com.pulumi.test.PulumiTest.extractValue(o);
    }
}
