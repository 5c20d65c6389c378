package dev.ecrkit.policy;

import dev.ecrkit.json.Json;
import dev.ecrkit.validation.Problems;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one repository policy of a repository: the user's policy document and the statements ecrkit generates (the
 * Governance component's), merged instead of one silently replacing the other (the Terraform module drops its
 * generated policy when {@code policy} is set). Pure.
 */
public final class RepositoryPolicies {
    private RepositoryPolicies() {
    }

    /**
     * The merged document: the user's document (its members and order kept; {@code Version} added when missing) with
     * its statements first, then {@code generated}. Empty when there is neither. Reports, under {@code field}, a
     * generated Sid that a user statement already uses and a merged document over
     * {@value PolicyDocuments#REPOSITORY_POLICY_MAX_LENGTH} characters. The user's document must already have passed
     * {@link PolicyDocuments#check}.
     */
    public static Optional<String> merge(Problems p, String field, Optional<String> userPolicy,
            List<PolicyStatement> generated) {
        return merge(p, field, userPolicy, RepositoryAccess.NONE, generated);
    }

    /**
     * The merged document of the user's policy, the access intents' statements, then {@code generated} (the pull
     * request rules'). Besides {@link #merge(Problems, String, Optional, List)}'s problems, reports at the intent's key
     * a Sid of the user's policy that an intent generates, and an unconditional Deny of the user's policy that blocks
     * an intent ({@link RepositoryAccess#checkDenies}).
     */
    public static Optional<String> merge(Problems p, String field, Optional<String> userPolicy,
            RepositoryAccess access, List<PolicyStatement> rules) {
        var intents = access.statements();
        var generated = new ArrayList<PolicyStatement>(intents.stream().map(RepositoryAccess.Generated::statement).toList());
        generated.addAll(rules);
        if (userPolicy.isEmpty()) {
            if (generated.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(checkedLength(p, field, new PolicyDocument(generated).toJson()));
        }
        if (generated.isEmpty()) {
            return userPolicy;
        }
        @SuppressWarnings("unchecked")
        var user = (Map<String, Object>) Json.parse(userPolicy.get()).orElseThrow();
        Object st = user.get("Statement");
        List<Object> statements = new ArrayList<>(st instanceof List<?> l ? l : List.of(st));
        var sids = new HashSet<String>();
        statements.forEach(s -> {
            if (s instanceof Map<?, ?> m && m.get("Sid") instanceof String sid) {
                sids.add(sid);
            }
        });
        for (var g : intents) {
            if (sids.contains(g.statement().sid())) {
                p.add(g.key(), "a statement of " + field + " already uses the Sid " + g.statement().sid() + ", which "
                        + g.key() + " generates; rename it (Sids must be unique)", g.statement().sid());
            }
        }
        access.checkDenies(p, field, user);
        for (PolicyStatement g : rules) {
            if (sids.contains(g.sid())) {
                p.add(field, "a statement already uses the Sid " + g.sid() + ", which a pull request rule generates;"
                        + " rename it (Sids must be unique)", g.sid());
            }
        }
        generated.forEach(g -> statements.add(g.toJson()));
        var doc = new LinkedHashMap<String, Object>();
        doc.put("Version", PolicyDocument.VERSION);
        doc.putAll(user);
        doc.put("Statement", statements);
        return Optional.of(checkedLength(p, field, Json.write(doc)));
    }

    private static String checkedLength(Problems p, String field, String json) {
        if (json.length() > PolicyDocuments.REPOSITORY_POLICY_MAX_LENGTH) {
            p.add(field, "the repository policy with the generated statements (access intents, pull request rules) must be at most "
                    + PolicyDocuments.REPOSITORY_POLICY_MAX_LENGTH + " characters", json.length() + " characters");
        }
        return json;
    }
}
