package dev.ecrkit;

import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.Resource;
import dev.ecrkit.governance.GovernancePlan;
import dev.ecrkit.governance.PullRequestRule;
import dev.ecrkit.policy.PolicyStatement;
import dev.ecrkit.policy.PolicyDocuments;
import dev.ecrkit.policy.RepositoryPolicies;
import dev.ecrkit.validation.Problems;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How a {@link Repository} uses its pull request rules: the {@link Governance} child, the one repository policy that
 * carries the user's statements and the rules' statements, and the {@code pullRequestRules} output.
 */
final class RepositoryGovernance {
    private RepositoryGovernance() {
    }

    /** The Governance child, when at least one rule is enabled; the repository registers the policy itself. */
    static Optional<Governance> create(Resource parent, String name, RepositoryArgs args, Output<String> repositoryName,
            Output<String> repositoryArn, Output<Map<String, String>> tags) {
        if (args.pullRequestRules().stream().noneMatch(PullRequestRule::enabled)) {
            return Optional.empty();
        }
        return Optional.of(new Governance(name + "-governance", GovernanceArgs.builder()
                .repositoryName(repositoryName)
                .repositoryArn(repositoryArn)
                .rules(args.pullRequestRules())
                .repositoryPolicy(GovernanceArgs.RepositoryPolicyMode.STATEMENTS_ONLY)
                .tags(tags)
                .build(), ComponentResourceOptions.builder().parent(parent).build()));
    }

    /** Whether the rules add statements to the repository policy. */
    static boolean generatesStatements(RepositoryArgs args) {
        return GovernancePlan.hasStatements(args.pullRequestRules());
    }

    /** Whether the repository gets a policy: the user's, the rules', or both merged. */
    static boolean hasPolicy(RepositoryArgs args) {
        return args.policy().isPresent() || generatesStatements(args) || !args.access().isEmpty();
    }

    /**
     * The repository policy document: the user's statements first, then the access intents', then the rules' (checked
     * when they resolve).
     */
    static Output<String> policy(RepositoryArgs args, Optional<Governance> governance) {
        Output<Optional<String>> user = args.policy()
                .map(o -> o.applyValue(json -> Optional.of(checkedPolicy(json))))
                .orElse(Output.of(Optional.empty()));
        Output<List<PolicyStatement>> statements = governance.map(g -> g.statements).orElse(Output.of(List.of()));
        return Output.tuple(user, statements).applyValue(t -> {
            var p = new Problems();
            var merged = RepositoryPolicies.merge(p, "policy", t.t1, args.access(), t.t2);
            p.throwIfAny();
            return merged.orElseThrow();
        });
    }

    /** The {@code pullRequestRules} output: the Governance child's, with the module's {@code policies} fields. */
    static Output<Map<String, Object>> status(RepositoryArgs args, Optional<Governance> governance) {
        boolean generated = generatesStatements(args);
        var policies = new LinkedHashMap<String, Object>();
        policies.put("mergedPolicyApplied", generated);
        policies.put("finalPolicySource", args.policy().isPresent()
                ? (generated ? "manual+pull_request_rules" : "manual")
                : (generated ? "pull_request_rules" : "none"));
        if (governance.isPresent()) {
            return governance.get().pullRequestRules.applyValue(m -> {
                var out = new LinkedHashMap<String, Object>(m);
                out.put("policies", policies);
                return out;
            });
        }
        var m = new LinkedHashMap<String, Object>();
        m.put("enabled", !args.pullRequestRules().isEmpty());
        m.put("rules", List.of());
        m.put("policies", policies);
        m.put("notificationTopicArns", List.of());
        m.put("eventRules", List.of());
        m.put("webhookFunctions", List.of());
        m.put("quarantineFunctions", List.of());
        return Output.of(m);
    }

    private static String checkedPolicy(String json) {
        var p = new Problems();
        PolicyDocuments.check(p, "policy", json, PolicyDocuments.REPOSITORY_POLICY_MAX_LENGTH);
        p.throwIfAny();
        return json;
    }
}
