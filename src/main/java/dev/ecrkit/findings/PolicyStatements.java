package dev.ecrkit.findings;

import dev.ecrkit.json.Json;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who the Allow statements of a resource policy (JSON text) let in: wildcard principals, whether a condition restricts
 * them, and the accounts named. "Restricting" follows checkov's CKV_AWS_32, which uses cloudsplaining: a positive
 * operator ({@code StringEquals}, {@code StringEqualsIgnoreCase}, {@code StringLike}, {@code ArnEquals}, {@code ArnLike},
 * {@code IpAddress}, optionally {@code ForAnyValue:}, never {@code ...IfExists}) on {@code aws:SourceArn},
 * {@code aws:PrincipalArn}, {@code aws:SourceAccount}, {@code aws:SourceOwner}, {@code aws:PrincipalAccount},
 * {@code aws:PrincipalOrgID}, {@code aws:PrincipalOrgPaths}, {@code kms:CallerAccount}, {@code aws:userid},
 * {@code aws:SourceIp}, {@code aws:SourceVpc} or {@code aws:SourceVpce}, with values that contain no {@code *} (and, for
 * source IPs, are not the whole internet {@code 0.0.0.0/0} or {@code ::/0}). Pure.
 */
final class PolicyStatements {
    private static final Set<String> OPERATORS = Set.of("stringequals", "stringequalsignorecase", "stringlike",
            "arnequals", "arnlike", "ipaddress");
    private static final Set<String> KEYS = Set.of("aws:sourcearn", "aws:principalarn", "aws:sourceaccount",
            "aws:sourceowner", "aws:principalaccount", "aws:principalorgid", "aws:principalorgpaths", "kms:calleraccount",
            "aws:userid", "aws:sourceip", "aws:sourcevpc", "aws:sourcevpce");
    private static final Set<String> WHOLE_INTERNET = Set.of("0.0.0.0/0", "::/0");
    /** An IAM principal ARN ({@code arn:<partition>:iam::<account>:...}) or a bare 12-digit account id. */
    private static final Pattern ACCOUNT = Pattern.compile("arn:[a-z-]+:(?:iam|sts)::([0-9]{12}|\\*):.*|([0-9]{12})");

    /**
     * One Allow statement.
     *
     * @param index       its position in {@code Statement}
     * @param sid         its Sid, or ""
     * @param wildcard    whether it allows {@code *}, {@code {"AWS": "*"}}, an account {@code *} or uses NotPrincipal
     * @param restriction the condition key that restricts it (see the class comment), or "" when none does
     * @param accounts    the account ids its AWS principals name
     * @param statement   the statement itself
     */
    record Allow(int index, String sid, boolean wildcard, String restriction, Set<String> accounts, Statement statement) {
        /** {@code statement 0 (Sid X)} for messages. */
        String label() {
            return "statement " + index + (sid.isEmpty() ? "" : " (Sid " + sid + ")");
        }
    }

    /**
     * One statement, its elements as written (a single string made a list).
     *
     * @param index        its position in {@code Statement}
     * @param sid          its Sid, or ""
     * @param allow        Effect Allow (else Deny)
     * @param principals   the principals: {@code *} for everyone (also {@code {"AWS": "*"}}), else each value of the
     *                     Principal map (IAM ARNs, account ids, service names such as {@code lambda.amazonaws.com})
     * @param notPrincipal the NotPrincipal values (the statement applies to every other principal), empty when none
     * @param actions      the Action values, or the NotAction values when {@code notAction}
     * @param notAction    whether it names NotAction
     * @param resources    the Resource values, empty when none
     * @param condition    the Condition block, empty when none
     */
    record Statement(int index, String sid, boolean allow, List<String> principals, List<String> notPrincipal,
            List<String> actions, boolean notAction, List<String> resources, Map<?, ?> condition) {
        /** {@code statement 0 (Sid X)} for messages. */
        String label() {
            return "statement " + index + (sid.isEmpty() ? "" : " (Sid " + sid + ")");
        }

        /**
         * The values a positive operator (not {@code ...Not...}, not {@code ...IfExists}) compares {@code key} with
         * (lower case), in every such operator of the Condition block.
         */
        List<String> positiveValues(String key) {
            var out = new ArrayList<String>();
            condition.forEach((op, keys) -> {
                String operator = String.valueOf(op).toLowerCase(Locale.ROOT);
                if (!operator.contains("not") && !operator.endsWith("ifexists") && keys instanceof Map<?, ?> m) {
                    m.forEach((k, v) -> {
                        if (String.valueOf(k).toLowerCase(Locale.ROOT).equals(key)) {
                            list(v).forEach(o -> out.add(String.valueOf(o)));
                        }
                    });
                }
            });
            return out;
        }

        /** Whether a positive, specific condition on one of {@code keys} (lower case) restricts it (class comment). */
        boolean restrictedBy(Set<String> keys) {
            return restrictions(condition).stream().anyMatch(k -> keys.contains(k.toLowerCase(Locale.ROOT)));
        }
    }

    private PolicyStatements() {
    }

    /** Every statement of {@code json}; empty when it is not a policy document. */
    static List<Statement> statements(String json) {
        var out = new ArrayList<Statement>();
        Object doc = Json.parse(json).orElse(null);
        if (!(doc instanceof Map<?, ?> m)) {
            return out;
        }
        List<?> statements = list(m.get("Statement"));
        for (int i = 0; i < statements.size(); i++) {
            if (statements.get(i) instanceof Map<?, ?> s) {
                var principals = new ArrayList<String>();
                if ("*".equals(s.get("Principal"))) {
                    principals.add("*");
                } else if (s.get("Principal") instanceof Map<?, ?> p) {
                    p.values().forEach(v -> list(v).forEach(o -> principals.add(String.valueOf(o))));
                }
                Object notPrincipal = s.get("NotPrincipal") instanceof Map<?, ?> np ? np.values() : s.get("NotPrincipal");
                var excepted = new ArrayList<String>();
                (notPrincipal instanceof java.util.Collection<?> c ? c : list(notPrincipal))
                        .forEach(v -> list(v).forEach(o -> excepted.add(String.valueOf(o))));
                boolean notAction = s.containsKey("NotAction");
                out.add(new Statement(i, s.get("Sid") instanceof String sid ? sid : "", "Allow".equals(s.get("Effect")),
                        List.copyOf(principals), List.copyOf(excepted),
                        strings(s.get(notAction ? "NotAction" : "Action")), notAction, strings(s.get("Resource")),
                        s.get("Condition") instanceof Map<?, ?> c ? c : Map.of()));
            }
        }
        return out;
    }

    /** The Allow statements of {@code json}; empty when it is not a policy document. */
    static List<Allow> allows(String json) {
        var out = new ArrayList<Allow>();
        Object doc = Json.parse(json).orElse(null);
        if (!(doc instanceof Map<?, ?> m)) {
            return out;
        }
        List<?> statements = list(m.get("Statement"));
        List<Statement> parsed = statements(json);
        for (int i = 0; i < statements.size(); i++) {
            if (statements.get(i) instanceof Map<?, ?> s && "Allow".equals(s.get("Effect"))) {
                var accounts = new LinkedHashSet<String>();
                boolean wildcard = s.containsKey("NotPrincipal") || principals(s.get("Principal"), accounts);
                int index = i;
                out.add(new Allow(i, s.get("Sid") instanceof String sid ? sid : "", wildcard,
                        restriction(s.get("Condition")).orElse(""), accounts,
                        parsed.stream().filter(p -> p.index() == index).findFirst().orElseThrow()));
            }
        }
        return out;
    }

    private static List<?> list(Object o) {
        return o instanceof List<?> l ? l : o == null ? List.of() : List.of(o);
    }

    private static List<String> strings(Object o) {
        return list(o).stream().map(String::valueOf).toList();
    }

    /** Collects the accounts of AWS principals; true when some principal is everyone. */
    private static boolean principals(Object principal, Set<String> accounts) {
        if ("*".equals(principal)) {
            return true;
        }
        if (!(principal instanceof Map<?, ?> p)) {
            return false;
        }
        Object aws = p.get("AWS");
        List<?> list = aws instanceof List<?> l ? l : aws == null ? List.of() : List.of(aws);
        boolean wildcard = false;
        for (Object o : list) {
            String s = String.valueOf(o);
            Matcher m = ACCOUNT.matcher(s);
            if (s.equals("*")) {
                wildcard = true;
            } else if (m.matches()) {
                String account = m.group(1) != null ? m.group(1) : m.group(2);
                if (account.equals("*")) {
                    wildcard = true;
                } else {
                    accounts.add(account);
                }
            }
        }
        return wildcard;
    }

    private static Optional<String> restriction(Object condition) {
        return restrictions(condition).stream().findFirst();
    }

    /** Every condition key that restricts who (see the class comment), in the order written. */
    private static List<String> restrictions(Object condition) {
        var out = new ArrayList<String>();
        if (!(condition instanceof Map<?, ?> c)) {
            return out;
        }
        for (var op : c.entrySet()) {
            String operator = String.valueOf(op.getKey()).toLowerCase(Locale.ROOT).replaceFirst("^foranyvalue:", "");
            if (!OPERATORS.contains(operator) || !(op.getValue() instanceof Map<?, ?> keys)) {
                continue;
            }
            for (var k : keys.entrySet()) {
                String key = String.valueOf(k.getKey());
                List<?> values = k.getValue() instanceof List<?> l ? l : List.of(String.valueOf(k.getValue()));
                boolean specific = !values.isEmpty() && values.stream().map(String::valueOf)
                        .allMatch(v -> !v.isEmpty() && !v.contains("*") && !WHOLE_INTERNET.contains(v));
                if (KEYS.contains(key.toLowerCase(Locale.ROOT)) && specific) {
                    out.add(key);
                }
            }
        }
        return out;
    }
}
