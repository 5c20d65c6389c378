package dev.ecrkit.policy;

import dev.ecrkit.validation.Problems;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One statement of a policy document: the one statement model of ecrkit. It serves both the statements users give
 * (the Terraform module's {@code kms_custom_policy_statements} element, typed, checked by {@link #check}) and the
 * statements ecrkit generates (key policies, role trust and permission policies, SNS topic, SQS queue, CloudWatch Logs
 * and repository policies), which start from {@link #allow(String)} or {@link #deny(String)}. Holds no nulls: an
 * empty {@code sid} means no {@code Sid}, an empty {@code principals} list no {@code Principal} (an identity policy),
 * an empty {@code resources} list no {@code Resource} (a role trust policy, where IAM rejects it, or a repository
 * policy, which applies to its repository), an empty {@code conditions} list no {@code Condition}.
 *
 * <p><b>Rendering: a member with one value is a string, a member with several a list</b> ({@code "Action":
 * "sts:AssumeRole"}, {@code "Action": ["kms:Encrypt", "kms:Decrypt"]}), for {@code Action}, {@code Resource}, each
 * {@code Principal} type and each condition key. AWS accepts both forms (IAM JSON policy grammar,
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_grammar.html: {@code <action_string_list>},
 * {@code <principal_id_list>}, {@code <condition_value_list>} are a string or an array), and the AWS provider compares
 * policies as equivalent whatever the form (hashicorp/awspolicyequivalence reads a string as a one-element set), so
 * the form never causes an update. This one was chosen because it is the form of AWS's documentation examples and of
 * the generators users know (Terraform's {@code aws_iam_policy_document}, AWS CDK's {@code PolicyStatement}), so a
 * generated policy reads like the policies users write, and because it is the shorter one: every generated document
 * counts against a size limit (a key policy {@value PolicyDocuments#KEY_POLICY_MAX_BYTES} bytes, a repository policy
 * {@value PolicyDocuments#REPOSITORY_POLICY_MAX_LENGTH} characters shared with the user's own statements).
 *
 * @param sid        statement id. Default: none ({@code ""})
 * @param effect     Allow or Deny. Default: Allow
 * @param principals who the statement applies to; principals of the same type are merged when rendered (duplicates
 *                   dropped). A key policy statement needs at least one (checked by {@link #check}). Default: none
 * @param actions    actions, at least one; in a key policy {@code *} or {@code kms:<action>} (wildcards allowed)
 * @param resources  resources. Default: {@link #DEFAULT_RESOURCES} ({@code *} is "this key" in a key policy); none
 *                   with {@link Builder#noResource()}
 * @param conditions conditions; same operator and key merge their values (duplicates dropped). Default: none
 */
public record PolicyStatement(String sid, Effect effect, List<Principals> principals, List<String> actions,
        List<String> resources, List<Condition> conditions) {
    /** Default resources: {@code ["*"]}, as in the Terraform module. */
    public static final List<String> DEFAULT_RESOURCES = List.of("*");
    /** A key policy action: {@code *} or {@code kms:} followed by an action name that may contain {@code *}. */
    public static final Pattern ACTION = Pattern.compile("\\*|kms:[A-Za-z*]+");

    public PolicyStatement {
        Objects.requireNonNull(sid, "sid");
        Objects.requireNonNull(effect, "effect");
        principals = List.copyOf(principals);
        actions = List.copyOf(actions);
        resources = List.copyOf(resources);
        conditions = List.copyOf(conditions);
    }

    /** A builder; Effect Allow, no Sid, Resource {@link #DEFAULT_RESOURCES}. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder of an Allow statement with this Sid. */
    public static Builder allow(String sid) {
        return builder().sid(sid);
    }

    /** A builder of a Deny statement with this Sid. */
    public static Builder deny(String sid) {
        return builder().sid(sid).effect(Effect.DENY);
    }

    /**
     * The statement as an insertion-ordered map for {@link dev.ecrkit.json.Json}: Sid (when set), Effect, Principal
     * (when any: {@code {type: ids}}, same types merged), Action, Resource (when any), Condition (when any:
     * {@code {operator: {key: values}}}, merged per operator and key in order of appearance, duplicate values
     * dropped). A member with one value is a string, with several a list (see the class comment). No null members.
     */
    public Map<String, Object> toJson() {
        var m = new LinkedHashMap<String, Object>();
        if (!sid.isEmpty()) {
            m.put("Sid", sid);
        }
        m.put("Effect", effect.wire());
        if (!principals.isEmpty()) {
            var byType = new LinkedHashMap<String, LinkedHashSet<String>>();
            principals.forEach(p -> byType.computeIfAbsent(p.type().wire(), k -> new LinkedHashSet<>())
                    .addAll(p.identifiers()));
            var principal = new LinkedHashMap<String, Object>();
            byType.forEach((type, ids) -> principal.put(type, oneOrMany(List.copyOf(ids))));
            m.put("Principal", principal);
        }
        m.put("Action", oneOrMany(actions));
        if (!resources.isEmpty()) {
            m.put("Resource", oneOrMany(resources));
        }
        if (!conditions.isEmpty()) {
            var condition = new LinkedHashMap<String, Object>();
            mergedConditions(conditions).forEach((op, keys) -> {
                var byKey = new LinkedHashMap<String, Object>();
                keys.forEach((k, values) -> byKey.put(k, oneOrMany(values)));
                condition.put(op, byKey);
            });
            m.put("Condition", condition);
        }
        return m;
    }

    /** One value as itself, several (or none) as the list: the one rendering of every multi-valued member. */
    private static Object oneOrMany(List<String> values) {
        return values.size() == 1 ? values.get(0) : values;
    }

    /** Conditions grouped by operator, then key; the values of a repeated operator and key are merged. */
    public static Map<String, Map<String, List<String>>> mergedConditions(List<Condition> conditions) {
        var byOperator = new LinkedHashMap<String, LinkedHashMap<String, LinkedHashSet<String>>>();
        for (Condition c : conditions) {
            byOperator.computeIfAbsent(c.test(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(c.variable(), k -> new LinkedHashSet<>())
                    .addAll(c.values());
        }
        var out = new LinkedHashMap<String, Map<String, List<String>>>();
        byOperator.forEach((op, keys) -> {
            var m = new LinkedHashMap<String, List<String>>();
            keys.forEach((k, values) -> m.put(k, List.copyOf(values)));
            out.put(op, m);
        });
        return out;
    }

    /**
     * Checks the statement as a key policy statement; problems are reported under {@code field} ({@code field.actions},
     * {@code field.principals.identifiers[0]}, {@code field.conditions[1].test}, ...).
     */
    public void check(Problems p, String field) {
        Problems at = p.at(field);
        if (principals.isEmpty()) {
            at.addNoValue("principals", "is required: every key policy statement names its principals");
        }
        for (int i = 0; i < principals.size(); i++) {
            String path = principals.size() == 1 ? "principals" : "principals[" + i + "]";
            checkPrincipals(at, path, principals.get(i));
        }
        if (actions.isEmpty()) {
            at.addNoValue("actions", "must name at least one action");
        }
        for (int i = 0; i < actions.size(); i++) {
            if (!ACTION.matcher(actions.get(i)).matches()) {
                at.add("actions[" + i + "]", "must be \"*\" or a KMS action such as \"kms:Decrypt\" or \"kms:Get*\"",
                        actions.get(i));
            }
        }
        if (resources.isEmpty()) {
            at.addNoValue("resources", "must name at least one resource (\"*\" means this key)");
        }
        for (int i = 0; i < resources.size(); i++) {
            if (resources.get(i).isBlank()) {
                at.add("resources[" + i + "]", "must not be empty", resources.get(i));
            }
        }
        for (int i = 0; i < conditions.size(); i++) {
            checkCondition(at, "conditions[" + i + "]", conditions.get(i));
        }
        if (effect == Effect.ALLOW && allowsEveryone() && !restrictsCaller()) {
            at.addNoValue("principals", ConditionOperators.WILDCARD_RULE);
        }
    }

    /** Whether an {@code AWS} principal is {@code *}. */
    public boolean allowsEveryone() {
        return principals.stream().anyMatch(p -> p.type() == PrincipalType.AWS && p.identifiers().contains("*"));
    }

    private boolean restrictsCaller() {
        return mergedConditions(conditions).entrySet().stream().anyMatch(op -> op.getValue().entrySet().stream()
                .anyMatch(k -> ConditionOperators.restrictsCaller(op.getKey(), k.getKey(), k.getValue())));
    }

    private static void checkPrincipals(Problems p, String path, Principals principals) {
        var ids = principals.identifiers();
        if (ids.isEmpty()) {
            p.addNoValue(path + ".identifiers", "must name at least one principal");
        }
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            String at = path + ".identifiers[" + i + "]";
            switch (principals.type()) {
                case AWS -> {
                    if (!PrincipalArns.isAwsPrincipal(id)) {
                        if (id.startsWith("arn:")) {
                            PrincipalArns.checkOne(p, at, id, PrincipalArns.ALL_KINDS);
                        } else {
                            p.add(at, "must be an IAM principal ARN, a 12-digit account id or \"*\"", id);
                        }
                    }
                }
                case SERVICE -> {
                    if (!PrincipalArns.SERVICE.matcher(id).matches()) {
                        p.add(at, "must be a service principal such as \"logs.eu-west-1.amazonaws.com\"", id);
                    }
                }
                case FEDERATED -> {
                    if (id.isBlank()) {
                        p.add(at, "must name an identity provider", id);
                    }
                }
                case CANONICAL_USER -> {
                    if (!id.matches("[0-9a-f]{64}")) {
                        p.add(at, "must be a canonical user id (64 hexadecimal characters)", id);
                    }
                }
            }
        }
    }

    private static void checkCondition(Problems p, String path, Condition c) {
        if (!ConditionOperators.isOperator(c.test())) {
            p.add(path + ".test", ConditionOperators.OPERATOR_RULE, c.test());
        }
        if (c.variable().isBlank()) {
            p.add(path + ".variable", "must name a condition key such as \"kms:ViaService\"", c.variable());
        }
        if (c.values().isEmpty()) {
            p.addNoValue(path + ".values", "must have at least one value");
        }
    }

    /** Builder. */
    public static final class Builder {
        private String sid = "";
        private Effect effect = Effect.ALLOW;
        private final List<Principals> principals = new ArrayList<>();
        private final List<String> actions = new ArrayList<>();
        private List<String> resources = DEFAULT_RESOURCES;
        private final List<Condition> conditions = new ArrayList<>();

        private Builder() {
        }

        /** Statement id. Default: none. */
        public Builder sid(String sid) {
            this.sid = Objects.requireNonNull(sid, "sid");
            return this;
        }

        /** Effect. Default: Allow. */
        public Builder effect(Effect effect) {
            this.effect = Objects.requireNonNull(effect, "effect");
            return this;
        }

        /** Adds principals. */
        public Builder principals(Principals principals) {
            this.principals.add(Objects.requireNonNull(principals, "principals"));
            return this;
        }

        /** Adds principals of a type. */
        public Builder principals(PrincipalType type, String... identifiers) {
            return principals(new Principals(type, List.of(identifiers)));
        }

        /** Adds service principals such as {@code events.amazonaws.com}. */
        public Builder services(String... services) {
            return principals(Principals.service(services));
        }

        /** Adds AWS principals (account roots, users, roles, account ids, or {@code *} for every principal). */
        public Builder awsPrincipals(String... identifiers) {
            return principals(Principals.aws(identifiers));
        }

        /** Adds actions. */
        public Builder actions(String... actions) {
            this.actions.addAll(Arrays.asList(actions));
            return this;
        }

        /** Adds actions. */
        public Builder actions(List<String> actions) {
            this.actions.addAll(actions);
            return this;
        }

        /** Resources. Default: {@code ["*"]}. */
        public Builder resources(String... resources) {
            this.resources = List.of(resources);
            return this;
        }

        /** Resources. Default: {@code ["*"]}. */
        public Builder resources(List<String> resources) {
            this.resources = List.copyOf(resources);
            return this;
        }

        /**
         * No {@code Resource} member: for a role trust policy (IAM rejects one there) and a resource policy that
         * applies to the resource it is attached to (a repository policy). A key policy statement needs one
         * ({@link PolicyStatement#check}).
         */
        public Builder noResource() {
            this.resources = List.of();
            return this;
        }

        /** Adds a condition. */
        public Builder condition(Condition condition) {
            this.conditions.add(Objects.requireNonNull(condition, "condition"));
            return this;
        }

        /** Adds a condition. */
        public Builder condition(String test, String variable, String... values) {
            return condition(Condition.of(test, variable, values));
        }

        /** Adds a condition. */
        public Builder condition(String test, String variable, List<String> values) {
            return condition(new Condition(test, variable, values));
        }

        /** The statement; checks only for nulls (see {@link PolicyStatement#check}). */
        public PolicyStatement build() {
            return new PolicyStatement(sid, effect, principals, actions, resources, conditions);
        }
    }
}
