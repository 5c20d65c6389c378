package dev.ecrkit.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ecrkit.IamPolicyCheck;
import dev.ecrkit.IamPolicyCheck.Kind;
import dev.ecrkit.json.Json;
import dev.ecrkit.policy.AwsScope;
import dev.ecrkit.policy.PolicyDocument;
import dev.ecrkit.policy.PullThroughCacheRolePolicy;
import dev.ecrkit.policy.RepositoryAccess;
import dev.ecrkit.registry.ReplicationSources;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every IAM policy ecrkit generates passes {@link IamPolicyCheck} (issue 21): the policies in the planned resources of
 * the dev stack, the 14 example stacks and the test stacks, the golden policy files, the docs' policy examples, every
 * access intent, the identity grants, the replication-source statement and the pull-through cache role.
 */
class GeneratedPoliciesIamTest {
    private static final Path ROOT = Path.of("").toAbsolutePath();
    private static final IamPolicyCheck CHECK = IamPolicyCheck.load();
    /** The planned resource inputs that hold a policy document, and what each is attached to. */
    private static final Map<String, Kind> POLICY_INPUTS = Map.of(
            "aws:ecr/repositoryPolicy:RepositoryPolicy.policy", Kind.REPOSITORY,
            "aws:ecr/registryPolicy:RegistryPolicy.policy", Kind.REGISTRY,
            "aws:ecr/repositoryCreationTemplate:RepositoryCreationTemplate.repositoryPolicy", Kind.REPOSITORY,
            "aws:kms/key:Key.policy", Kind.KMS_KEY,
            "aws:cloudwatch/logResourcePolicy:LogResourcePolicy.policyDocument", Kind.LOGS_RESOURCE,
            "aws:sns/topicPolicy:TopicPolicy.policy", Kind.SNS_TOPIC,
            "aws:sqs/queuePolicy:QueuePolicy.policy", Kind.SQS_QUEUE,
            "aws:iam/role:Role.assumeRolePolicy", Kind.TRUST,
            "aws:iam/rolePolicy:RolePolicy.policy", Kind.IDENTITY);

    /** The dev stack, the examples' config-only files and the test stacks, as Plan arguments. */
    private static List<String> stacks() throws IOException {
        var out = new ArrayList<String>();
        out.add("--stack dev");
        try (var examples = Files.list(ROOT.resolve("examples")); var tests = Files.list(
                ROOT.resolve("src/test/resources/dev/ecrkit/stacks"))) {
            examples.filter(Files::isDirectory).sorted()
                    .forEach(d -> out.add("--config examples/" + d.getFileName() + "/Pulumi.config-only.yaml"));
            tests.sorted().forEach(f -> out.add("--config " + ROOT.relativize(f)));
        }
        assertEquals(18, out.size(), "stacks: " + out);
        return out;
    }

    /** The (resource, input) policies of one plan, each with its violations. */
    @SuppressWarnings("unchecked")
    private static List<String> plannedPolicies(String stack, List<String> violations) {
        var args = new ArrayList<>(List.of(stack.split(" ")));
        args.add("--json");
        var r = PlanTest.plan(ROOT, args.toArray(String[]::new));
        assertEquals(0, r.status(), r.err());
        var checked = new ArrayList<String>();
        for (var res : (List<Map<String, Object>>) ((Map<String, Object>) Json.parse(r.out()).orElseThrow()).get("resources")) {
            ((Map<String, Object>) res.getOrDefault("inputs", Map.of())).forEach((input, value) -> {
                if (value instanceof String s && s.contains("\"Statement\"")) {
                    String where = res.get("type") + "." + input;
                    Kind kind = POLICY_INPUTS.get(where);
                    assertTrue(kind != null, "a policy input the test does not map to a kind: " + where);
                    checked.add(where);
                    CHECK.check(s, kind).forEach(v -> violations.add(res.get("name") + "." + input + ": " + v));
                }
            });
        }
        return checked;
    }

    /**
     * Every policy of every plan passes, one line per violation naming the stack, resource and input; the plans hold
     * every kind of policy (the registry policy in the replication-destination test stack), 51 in all today.
     */
    @Test
    void everyPlannedPolicy_passesTheIamCheck() throws IOException {
        var violations = new ArrayList<String>();
        var kinds = EnumSet.noneOf(Kind.class);
        int policies = 0;
        for (String stack : stacks()) {
            var found = new ArrayList<String>();
            var checked = plannedPolicies(stack, found);
            found.forEach(v -> violations.add(stack + ": " + v));
            checked.forEach(w -> kinds.add(POLICY_INPUTS.get(w)));
            policies += checked.size();
        }
        assertEquals(List.of(), violations);
        assertEquals(EnumSet.allOf(Kind.class), kinds, "kinds planned");
        assertTrue(policies >= 51, "policies planned: " + policies);
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = GeneratedPoliciesIamTest.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void goldenPolicies_passTheIamCheck() throws IOException {
        assertEquals(List.of(), CHECK.check(resource("/dev/ecrkit/policy/access-intents.golden.json"), Kind.REPOSITORY));
        assertEquals(List.of(), CHECK.check(resource("/dev/ecrkit/registry/replication-sources.golden.json"), Kind.REGISTRY));
        var grants = (Map<String, Object>) Json.parse(resource("/dev/ecrkit/policy/identity-grants.golden.json")).orElseThrow();
        assertEquals(3, grants.size());
        grants.values().forEach(doc -> assertEquals(List.of(), CHECK.check(Json.write(doc), Kind.IDENTITY)));
    }

    /** The policy examples of the docs, in page order: a new example must be added here with its kind. */
    @Test
    void docsPolicyExamples_passTheIamCheck() throws IOException {
        var expected = Map.of("access.md", List.of(Kind.REPOSITORY, Kind.REPOSITORY, Kind.IDENTITY),
                "encryption.md", List.of(Kind.KMS_KEY),
                "functions.md", List.of(Kind.TRUST, Kind.IDENTITY, Kind.SQS_QUEUE, Kind.IDENTITY),
                "logging.md", List.of(Kind.LOGS_RESOURCE, Kind.LOGS_RESOURCE),
                "monitoring.md", List.of(Kind.SNS_TOPIC));
        var block = Pattern.compile("```json\\n(.*?)```", Pattern.DOTALL);
        try (var docs = Files.list(ROOT.resolve("docs"))) {
            for (Path page : docs.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                var policies = block.matcher(Files.readString(page)).results().map(m -> m.group(1))
                        .filter(b -> b.contains("\"Statement\"")).toList();
                var kinds = expected.getOrDefault(page.getFileName().toString(), List.of());
                assertEquals(kinds.size(), policies.size(), page + ": policy examples");
                for (int i = 0; i < policies.size(); i++) {
                    assertEquals(List.of(), CHECK.check(policies.get(i), kinds.get(i)), page + " example " + i);
                }
            }
        }
    }

    @Test
    void everyIntent_identityGrant_replicationStatement_andPullThroughCacheRole_passTheIamCheck() {
        var all = new RepositoryAccess(List.of("arn:aws:iam::210987654321:role/reader", "111122223333"),
                List.of("arn:aws:iam::210987654321:role/ci"), List.of("arn:aws:iam::123456789012:role/admin"),
                List.of("o-abcdef1234"), List.of("o-abcdef1234"), List.of("o-abcdef1234/r-ab12/ou-ab12-11111111/"),
                List.of("o-abcdef1234/r-ab12/ou-ab12-22222222/*"),
                List.of("444455556666", "arn:aws:lambda:us-east-1:777788889999:function:api-*"),
                List.of("arn:aws:iam::123456789012:role/node"));
        assertEquals(10, all.statements().size(), "every intent's statements");
        for (var g : all.statements()) {
            assertEquals(List.of(), CHECK.check(PolicyDocument.of(g.statement()).toJson(), Kind.REPOSITORY), g.key());
        }
        for (var level : RepositoryAccess.Level.values()) {
            assertEquals(List.of(), CHECK.check(RepositoryAccess.identityPolicy(level,
                    "arn:aws-cn:ecr:cn-north-1:123456789012:repository/team/app").toJson(), Kind.IDENTITY), level.key());
        }
        assertEquals(List.of(), CHECK.check(PolicyDocument.of(ReplicationSources.statement(
                List.of("111122223333", "444455556666"), new AwsScope("aws-us-gov", "us-gov-west-1", "123456789012")))
                .toJson(), Kind.REGISTRY));
        assertEquals(List.of(), CHECK.check(PullThroughCacheRolePolicy.trustPolicy(), Kind.TRUST));
        assertEquals(List.of(), CHECK.check(PullThroughCacheRolePolicy.permissionsPolicy(), Kind.IDENTITY));
    }
}
