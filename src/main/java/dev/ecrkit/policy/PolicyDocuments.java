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
    /**
     * Key policy size: at most 32 KB, 32,768 bytes, not adjustable
     * (https://docs.aws.amazon.com/kms/latest/developerguide/resource-limits.html, "Key policy document size").
     */
    public static final int KEY_POLICY_MAX_BYTES = 32_768;
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

    /**
     * Checks a complete key policy given as JSON: {@link #check} with {@link #KEY_POLICY_MAX_BYTES}, then, per
     * statement, a {@code Principal} (a key policy statement without one is malformed) and no Allow to every
     * principal ({@code "*"} or {@code {"AWS": "*"}}) unless a condition pins the caller
     * ({@link ConditionOperators#WILDCARD_RULE}).
     */
    public static void checkKeyPolicy(Problems p, String field, String json) {
        var own = new Problems();
        check(own, field, json, KEY_POLICY_MAX_BYTES);
        p.addAll(own.list());
        int bytes = json.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        if (json.length() <= KEY_POLICY_MAX_BYTES && bytes > KEY_POLICY_MAX_BYTES) {
            p.add(field, "at most " + KEY_POLICY_MAX_BYTES + " bytes", bytes + " bytes");
        }
        if (!own.isEmpty()) {
            return;
        }
        var doc = (Map<?, ?>) Json.parse(json).orElseThrow();
        Object statement = doc.get("Statement");
        List<?> statements = statement instanceof List<?> l ? l : List.of(statement);
        for (int i = 0; i < statements.size(); i++) {
            var s = (Map<?, ?>) statements.get(i);
            String at = field + ".Statement[" + i + "]";
            Object principal = s.get("Principal");
            if (principal == null) {
                p.addNoValue(at + ".Principal", "is required: every key policy statement names its principals");
            } else if ("Allow".equals(s.get("Effect")) && isEveryone(principal)
                    && !restrictsCaller(s.get("Condition"))) {
                p.addNoValue(at + ".Principal", ConditionOperators.WILDCARD_RULE);
            }
        }
    }

    private static boolean isEveryone(Object principal) {
        if ("*".equals(principal)) {
            return true;
        }
        if (principal instanceof Map<?, ?> m) {
            Object aws = m.get("AWS");
            return "*".equals(aws) || aws instanceof List<?> l && l.contains("*");
        }
        return false;
    }

    private static boolean restrictsCaller(Object condition) {
        if (!(condition instanceof Map<?, ?> operators)) {
            return false;
        }
        for (var op : operators.entrySet()) {
            if (op.getValue() instanceof Map<?, ?> keys) {
                for (var k : keys.entrySet()) {
                    List<String> values = k.getValue() instanceof List<?> l
                            ? l.stream().map(String::valueOf).toList() : List.of(String.valueOf(k.getValue()));
                    if (ConditionOperators.restrictsCaller(String.valueOf(op.getKey()), String.valueOf(k.getKey()),
                            values)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
