package dev.ecrkit.policy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One statement of an IAM-style policy document, rendered with a fixed member order (Sid, Effect, Principal, Action,
 * Resource, Condition) and no null members: a single action, resource or principal value is written as a string,
 * several as a list. Build with {@link #allow(String)}. Pure.
 *
 * @param sid        statement id
 * @param effect     {@code Allow} or {@code Deny}
 * @param principals principal type ({@code Service}, {@code AWS}) -> values; empty for identity policies
 * @param actions    actions, at least one
 * @param resources  resources, at least one; empty only in a role trust policy (which names a principal instead)
 * @param conditions operator -> (key -> values)
 */
public record IamStatement(String sid, String effect, Map<String, List<String>> principals, List<String> actions,
        List<String> resources, Map<String, Map<String, List<String>>> conditions) {

    public IamStatement {
        Objects.requireNonNull(sid, "sid");
        Objects.requireNonNull(effect, "effect");
        principals = copy(principals);
        actions = List.copyOf(actions);
        resources = List.copyOf(resources);
        var c = new LinkedHashMap<String, Map<String, List<String>>>();
        conditions.forEach((op, kv) -> c.put(op, copy(kv)));
        conditions = java.util.Collections.unmodifiableMap(c);
        if (actions.isEmpty() || (resources.isEmpty() && principals.isEmpty())) {
            throw new IllegalArgumentException("a statement needs an action and a resource (one without has no effect)");
        }
    }

    /** A builder of an Allow statement. */
    public static Builder allow(String sid) {
        return new Builder(sid, "Allow");
    }

    /** A builder of a Deny statement. */
    public static Builder deny(String sid) {
        return new Builder(sid, "Deny");
    }

    /** The statement as ordered maps and lists, for {@link dev.ecrkit.json.Json}. */
    public Map<String, Object> toJsonTree() {
        var m = new LinkedHashMap<String, Object>();
        m.put("Sid", sid);
        m.put("Effect", effect);
        if (!principals.isEmpty()) {
            var p = new LinkedHashMap<String, Object>();
            principals.forEach((type, values) -> p.put(type, oneOrMany(values)));
            m.put("Principal", p);
        }
        m.put("Action", oneOrMany(actions));
        if (!resources.isEmpty()) {
            m.put("Resource", oneOrMany(resources));
        }
        if (!conditions.isEmpty()) {
            var c = new LinkedHashMap<String, Object>();
            conditions.forEach((op, kv) -> {
                var inner = new LinkedHashMap<String, Object>();
                kv.forEach((k, v) -> inner.put(k, oneOrMany(v)));
                c.put(op, inner);
            });
            m.put("Condition", c);
        }
        return m;
    }

    private static Object oneOrMany(List<String> values) {
        return values.size() == 1 ? values.get(0) : values;
    }

    private static Map<String, List<String>> copy(Map<String, List<String>> m) {
        var out = new LinkedHashMap<String, List<String>>();
        m.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return java.util.Collections.unmodifiableMap(out);
    }

    /** Builder; values keep the order they are given in. */
    public static final class Builder {
        private final String sid;
        private final String effect;
        private final Map<String, List<String>> principals = new LinkedHashMap<>();
        private final List<String> actions = new ArrayList<>();
        private final List<String> resources = new ArrayList<>();
        private final Map<String, Map<String, List<String>>> conditions = new LinkedHashMap<>();

        private Builder(String sid, String effect) {
            this.sid = sid;
            this.effect = effect;
        }

        /** Service principals such as {@code events.amazonaws.com}. */
        public Builder services(String... services) {
            principals.put("Service", List.of(services));
            return this;
        }

        /** AWS principals (account roots, users, roles, or {@code *} for every principal). */
        public Builder awsPrincipals(String... values) {
            principals.put("AWS", List.of(values));
            return this;
        }

        /** Actions. */
        public Builder actions(String... values) {
            actions.addAll(List.of(values));
            return this;
        }

        /** Resources. */
        public Builder resources(String... values) {
            resources.addAll(List.of(values));
            return this;
        }

        /** Resources. */
        public Builder resources(List<String> values) {
            resources.addAll(values);
            return this;
        }

        /**
         * A condition {@code operator: {key: values}}. Conditions are merged per operator: a second key under the same
         * operator is added next to the first (both must hold), never replacing it; the same operator and key twice is
         * a programming error (IAM would read the values as alternatives).
         */
        public Builder condition(String operator, String key, List<String> values) {
            var byKey = conditions.computeIfAbsent(operator, o -> new LinkedHashMap<>());
            if (byKey.containsKey(key)) {
                throw new IllegalArgumentException("condition " + operator + " " + key + " is set twice");
            }
            byKey.put(key, List.copyOf(values));
            return this;
        }

        /** A condition with one value. */
        public Builder condition(String operator, String key, String value) {
            return condition(operator, key, List.of(value));
        }

        public IamStatement build() {
            return new IamStatement(sid, effect, principals, actions, resources, conditions);
        }
    }
}
