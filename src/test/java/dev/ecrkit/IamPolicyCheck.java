package dev.ecrkit;

import dev.ecrkit.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a policy document against AWS's IAM reference data (test scope): every action exists, every condition
 * operator and key is one AWS documents, principals are well formed, Sids are unique, and a resource policy grants
 * only its service's actions that apply to its resource type (a repository policy: {@code repository}). The data is {@code /dev/ecrkit/iam-reference.tsv}, made from the
 * Service Authorization Reference by {@code src/test/python/iam_reference.py} (cfn-lint 1.51.0's copy, plus the IAM
 * User Guide's global condition keys and condition operators). One line per violation; none when the policy passes.
 * It checks names, not meaning: what a policy grants is the access report's job ({@code findings.Access}).
 */
public final class IamPolicyCheck {
    /** The reference data on the test classpath. */
    public static final String REFERENCE = "/dev/ecrkit/iam-reference.tsv";
    /** The policy language versions (IAM JSON policy elements: Version). */
    public static final List<String> VERSIONS = List.of("2012-10-17", "2008-10-17");
    /** The members of a policy document and of a statement (IAM JSON policy element reference). */
    private static final Set<String> DOCUMENT_MEMBERS = Set.of("Version", "Id", "Statement");
    private static final Set<String> STATEMENT_MEMBERS = Set.of("Sid", "Effect", "Principal", "NotPrincipal", "Action",
            "NotAction", "Resource", "NotResource", "Condition");
    /**
     * Principal types and their identifiers (IAM JSON policy elements: Principal,
     * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html): {@code AWS} is
     * {@code *}, an account id, or an IAM or STS principal ARN; {@code Service} a service principal.
     */
    private static final Map<String, Pattern> PRINCIPALS = Map.of(
            "AWS", Pattern.compile("\\*|[0-9]{12}|arn:(aws|aws-cn|aws-us-gov):(iam::[0-9]{12}:(root|user/\\S+|role/\\S+"
                    + "|federated-user/\\S+)|sts::[0-9]{12}:(assumed-role/\\S+/\\S+|federated-user/\\S+))"),
            "Service", Pattern.compile("\\*|[a-z0-9][a-z0-9.-]*\\.amazonaws\\.com(\\.cn)?"),
            "Federated", Pattern.compile("\\S+"),
            "CanonicalUser", Pattern.compile("[0-9a-f]{64}"));
    /** IAM Sids: ASCII letters and digits (IAM JSON policy elements: Sid). */
    private static final Pattern IAM_SID = Pattern.compile("[A-Za-z0-9]*");

    /**
     * What a policy is attached to: the service whose actions it may grant and the resource types those actions must
     * apply to (a resource policy grants access to its own resource only).
     */
    public enum Kind {
        /** The resource policy of an ECR repository. */
        REPOSITORY("repository policy", "ecr", "repository"),
        /** The ECR registry policy: its statements name repositories of the registry. */
        REGISTRY("registry policy", "ecr", "repository"),
        /** A KMS key policy. */
        KMS_KEY("key policy", "kms", "key"),
        /** A CloudWatch Logs resource policy (log groups and their streams). */
        LOGS_RESOURCE("log resource policy", "logs", "log-group", "log-stream"),
        /** An SNS topic policy. */
        SNS_TOPIC("topic policy", "sns", "topic"),
        /** An SQS queue policy. */
        SQS_QUEUE("queue policy", "sqs", "queue"),
        /** An IAM role's trust (assume role) policy. */
        TRUST("role trust policy", "sts", "role"),
        /** An IAM identity policy (role, user, group or managed policy): any service, a Resource, no Principal. */
        IDENTITY("identity policy", null);

        private final String label;
        private final String service;
        private final List<String> resourceTypes;

        Kind(String label, String service, String... resourceTypes) {
            this.label = label;
            this.service = service;
            this.resourceTypes = List.of(resourceTypes);
        }

        private boolean resourcePolicy() {
            return service != null;
        }
    }

    /** service -> action (lower case) -> resource types. */
    private final Map<String, Map<String, List<String>>> actions = new HashMap<>();
    /** service (or {@code aws}) -> condition key patterns. */
    private final Map<String, List<Pattern>> keys = new HashMap<>();
    private final List<String> operators = new ArrayList<>();

    private IamPolicyCheck(List<String> rows) {
        for (String row : rows) {
            if (row.isBlank() || row.startsWith("#")) {
                continue;
            }
            String[] f = row.split("\t", -1);
            switch (f[0]) {
                case "action" -> actions.computeIfAbsent(f[1], k -> new HashMap<>())
                        .put(f[2], f[3].isEmpty() ? List.of() : List.of(f[3].split(",")));
                case "resource-key" -> keys.computeIfAbsent(f[1], k -> new ArrayList<>()).add(template(f[3]));
                case "service-key", "global-key" -> keys.computeIfAbsent(f[1], k -> new ArrayList<>()).add(template(f[2]));
                case "operator" -> operators.add(f[2]);
                default -> throw new IllegalStateException("unknown row kind in " + REFERENCE + ": " + row);
            }
        }
    }

    /** The checker over the committed reference data. */
    public static IamPolicyCheck load() {
        try (InputStream in = IamPolicyCheck.class.getResourceAsStream(REFERENCE)) {
            return new IamPolicyCheck(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The actions (lower case) of a service that apply to a resource type; {@code ""} for those with none. */
    public List<String> actionsOf(String service, String resourceType) {
        return actions.getOrDefault(service, Map.of()).entrySet().stream()
                .filter(e -> resourceType.isEmpty() ? e.getValue().isEmpty() : e.getValue().contains(resourceType))
                .map(Map.Entry::getKey).sorted().toList();
    }

    /** The base condition operators. */
    public List<String> operators() {
        return List.copyOf(operators);
    }

    /**
     * Whether the operator is valid: a base operator, optionally with the {@code ForAllValues:} or {@code ForAnyValue:}
     * prefix and the {@code IfExists} suffix, neither of which {@code Null} takes.
     */
    public boolean isOperator(String operator) {
        String base = operator.replaceFirst("^(ForAllValues|ForAnyValue):", "");
        boolean affixed = !base.equals(operator);
        if (base.endsWith("IfExists")) {
            base = base.substring(0, base.length() - "IfExists".length());
            affixed = true;
        }
        return operators.contains(base) && !(affixed && base.equals("Null"));
    }

    /** Whether the condition key is a global key or one of its service's documented keys (case-insensitive). */
    public boolean isConditionKey(String key) {
        int colon = key.indexOf(':');
        return colon > 0 && keys.getOrDefault(key.substring(0, colon).toLowerCase(Locale.ROOT), List.of()).stream()
                .anyMatch(p -> p.matcher(key).matches());
    }

    /** The violations of one policy document, one line each: {@code Statement[i] (Sid X): rule: value}. */
    public List<String> check(String json, Kind kind) {
        var out = new ArrayList<String>();
        Object doc = Json.parse(json).orElse(null);
        if (!(doc instanceof Map<?, ?> d)) {
            return List.of("document: must be a JSON object: " + json);
        }
        d.keySet().stream().filter(k -> !DOCUMENT_MEMBERS.contains(k))
                .forEach(k -> out.add("document: unknown member: " + k));
        if (d.containsKey("Version") && !VERSIONS.contains(d.get("Version"))) {
            out.add("Version: must be one of " + VERSIONS + ": " + d.get("Version"));
        }
        Object st = d.get("Statement");
        List<?> statements = st instanceof List<?> l ? l : st == null ? List.of() : List.of(st);
        if (statements.isEmpty()) {
            out.add("Statement: must have at least one statement");
        }
        var sids = new HashSet<String>();
        for (int i = 0; i < statements.size(); i++) {
            String at = "Statement[" + i + "]";
            if (statements.get(i) instanceof Map<?, ?> s) {
                at += s.get("Sid") instanceof String sid ? " (Sid " + sid + ")" : "";
                if (s.get("Sid") instanceof String sid && !sid.isEmpty() && !sids.add(sid)) {
                    out.add(at + ": Sids must be unique within a policy: " + sid);
                }
                statement(out, at, s, kind);
            } else {
                out.add(at + ": must be an object");
            }
        }
        return List.copyOf(out);
    }

    private void statement(List<String> out, String at, Map<?, ?> s, Kind kind) {
        s.keySet().stream().filter(k -> !STATEMENT_MEMBERS.contains(k)).forEach(k -> out.add(at + ": unknown member: " + k));
        if (!"Allow".equals(s.get("Effect")) && !"Deny".equals(s.get("Effect"))) {
            out.add(at + ": Effect must be Allow or Deny: " + s.get("Effect"));
        }
        if ((kind == Kind.IDENTITY || kind == Kind.TRUST) && s.get("Sid") instanceof String sid
                && !IAM_SID.matcher(sid).matches()) {
            out.add(at + ": an IAM policy Sid takes ASCII letters and digits only: " + sid);
        }
        boolean principal = s.containsKey("Principal") || s.containsKey("NotPrincipal");
        if (kind.resourcePolicy() && !principal) {
            out.add(at + ": a resource policy statement needs Principal or NotPrincipal");
        } else if (!kind.resourcePolicy() && principal) {
            out.add(at + ": an identity policy statement takes no Principal");
        }
        if (!kind.resourcePolicy() && !s.containsKey("Resource") && !s.containsKey("NotResource")) {
            out.add(at + ": an identity policy statement needs Resource or NotResource");
        }
        for (String member : List.of("Principal", "NotPrincipal")) {
            if (s.containsKey(member)) {
                principal(out, at + " " + member, s.get(member));
            }
        }
        if (s.containsKey("Action") == s.containsKey("NotAction")) {
            out.add(at + ": needs exactly one of Action and NotAction");
        }
        for (String member : List.of("Action", "NotAction")) {
            if (s.containsKey(member)) {
                for (String action : strings(out, at + " " + member, s.get(member))) {
                    action(out, at + " " + member, action, kind, member.equals("Action"));
                }
            }
        }
        if (s.get("Condition") instanceof Map<?, ?> condition) {
            condition.forEach((operator, block) -> {
                if (!isOperator(String.valueOf(operator))) {
                    out.add(at + " Condition: unknown condition operator: " + operator);
                }
                if (!(block instanceof Map<?, ?> b) || b.isEmpty()) {
                    out.add(at + " Condition." + operator + ": must map condition keys to values");
                    return;
                }
                b.forEach((key, value) -> {
                    if (!isConditionKey(String.valueOf(key))) {
                        out.add(at + " Condition." + operator + ": not a global condition key nor one its service"
                                + " documents: " + key);
                    }
                    strings(out, at + " Condition." + operator + "." + key, value);
                });
            });
        } else if (s.containsKey("Condition")) {
            out.add(at + ": Condition must be an object");
        }
    }

    private void principal(List<String> out, String at, Object principal) {
        if ("*".equals(principal)) {
            return;
        }
        if (!(principal instanceof Map<?, ?> types) || types.isEmpty()) {
            out.add(at + ": must be \"*\" or an object of principal types: " + principal);
            return;
        }
        types.forEach((type, ids) -> {
            Pattern pattern = PRINCIPALS.get(String.valueOf(type));
            if (pattern == null) {
                out.add(at + ": unknown principal type (AWS, Service, Federated, CanonicalUser): " + type);
                return;
            }
            for (String id : strings(out, at + "." + type, ids)) {
                if (!pattern.matcher(id).matches()) {
                    out.add(at + "." + type + ": not a well-formed " + type + " principal: " + id);
                }
            }
        });
    }

    /** {@code allowList}: an Action (not a NotAction) list, whose actions must apply to the kind's resource types. */
    private void action(List<String> out, String at, String action, Kind kind, boolean allowList) {
        if (action.equals("*")) {
            return;
        }
        int colon = action.indexOf(':');
        if (colon <= 0) {
            out.add(at + ": an action is <service>:<action>: " + action);
            return;
        }
        String service = action.substring(0, colon).toLowerCase(Locale.ROOT);
        var known = actions.get(service);
        if (known == null) {
            out.add(at + ": service prefix not in the reference data (" + REFERENCE + "): " + action);
            return;
        }
        Pattern name = glob(action.substring(colon + 1));
        var matches = known.keySet().stream().filter(a -> name.matcher(a).matches()).toList();
        if (matches.isEmpty()) {
            out.add(at + ": no such action in the Service Authorization Reference: " + action);
            return;
        }
        if (kind.resourcePolicy() && !kind.service.equals(service)) {
            out.add(at + ": a " + kind.label + " grants " + kind.service + " actions only: " + action);
        } else if (kind.resourcePolicy() && allowList && matches.stream()
                .noneMatch(a -> known.get(a).stream().anyMatch(kind.resourceTypes::contains))) {
            out.add(at + ": not an action on the " + String.join(" or ", kind.resourceTypes) + " resource type, so a "
                    + kind.label + " cannot grant it: " + action);
        }
    }

    private static List<String> strings(List<String> out, String at, Object value) {
        if (value instanceof String s) {
            return List.of(s);
        }
        if (value instanceof Boolean || value instanceof Number) {
            return List.of(String.valueOf(value));
        }
        if (value instanceof List<?> l && !l.isEmpty() && l.stream().allMatch(v -> v instanceof String)) {
            return l.stream().map(String::valueOf).toList();
        }
        out.add(at + ": must be a string or a non-empty list of strings: " + Json.write(value));
        return List.of();
    }

    /** A reference key with {@code ${Name}} placeholders, which stand for any non-empty text. */
    private static Pattern template(String key) {
        return Pattern.compile(Pattern.quote(key).replaceAll("\\$\\{[A-Za-z-]+}", "\\\\E.+\\\\Q"), Pattern.CASE_INSENSITIVE);
    }

    /** An IAM action pattern: {@code *} any run, {@code ?} one character, case-insensitive. */
    private static Pattern glob(String pattern) {
        return Pattern.compile(("\\Q" + pattern + "\\E").replace("*", "\\E.*\\Q").replace("?", "\\E.\\Q"),
                Pattern.CASE_INSENSITIVE);
    }
}
