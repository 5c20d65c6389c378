package dev.ecrkit.policy;

import dev.ecrkit.json.Json;
import dev.ecrkit.validation.Problems;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Checks of IAM-style policy documents given as JSON text. Pure. */
public final class PolicyDocuments {
    /** Repository policy text: at most 10,240 characters (BOTO {@code RepositoryPolicyText}, API_SetRepositoryPolicy). */
    public static final int REPOSITORY_POLICY_MAX_LENGTH = 10_240;
    private static final Set<String> EFFECTS = Set.of("Allow", "Deny");

    private PolicyDocuments() {
    }

    /**
     * Checks that {@code json} is a policy document: not empty, at most {@code maxLength} characters, a JSON object
     * whose {@code Statement} is a statement object or a non-empty list of them, each with Effect Allow or Deny.
     */
    public static void check(Problems p, String field, String json, int maxLength) {
        if (json.isBlank()) {
            p.add(field, "must be a policy document (JSON object with a Statement); an empty policy is not allowed", json);
            return;
        }
        if (json.length() > maxLength) {
            p.add(field, "at most " + maxLength + " characters", json.length() + " characters");
        }
        var parsed = Json.parse(json);
        if (parsed.isEmpty() || !(parsed.get() instanceof Map<?, ?> doc)) {
            p.add(field, "must be a JSON object (a policy document)", abbreviate(json));
            return;
        }
        Object statement = doc.get("Statement");
        List<?> statements = statement instanceof List<?> l ? l : statement instanceof Map<?, ?> ? List.of(statement) : null;
        if (statements == null || statements.isEmpty()) {
            p.addNoValue(field, "must have a Statement (an object or a non-empty list)");
            return;
        }
        for (int i = 0; i < statements.size(); i++) {
            String at = field + ".Statement[" + i + "]";
            if (!(statements.get(i) instanceof Map<?, ?> s)) {
                p.add(at, "must be an object", String.valueOf(statements.get(i)));
            } else if (!EFFECTS.contains(String.valueOf(s.get("Effect")))) {
                p.add(at + ".Effect", "must be \"Allow\" or \"Deny\"", String.valueOf(s.get("Effect")));
            }
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
