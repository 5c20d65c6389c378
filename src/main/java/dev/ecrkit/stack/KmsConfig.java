package dev.ecrkit.stack;

import static dev.ecrkit.stack.ConfigKey.Type.OBJECT_LIST;
import static dev.ecrkit.stack.ConfigKey.Type.STRING;
import static dev.ecrkit.stack.ConfigKey.Type.STRING_LIST;

import dev.ecrkit.kms.KmsKeySettings;
import dev.ecrkit.policy.Condition;
import dev.ecrkit.policy.Effect;
import dev.ecrkit.policy.PolicyStatement;
import dev.ecrkit.policy.PrincipalType;
import dev.ecrkit.policy.Principals;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code kms*} keys of a repository entry: the settings of a key ecrkit creates (the Terraform module's
 * {@code kms_*} variables), and the translation of their Java field paths ({@code kms.deletionWindowInDays}) back to
 * config keys ({@code kmsDeletionWindowInDays}).
 */
final class KmsConfig {
    /** Config key -> field of {@link KmsKeySettings}, for every key that configures a created key. */
    static final Map<String, String> CREATION_KEYS = creationKeys();
    /** Fields of one {@code kmsCustomPolicyStatements} element (the module's object type). */
    static final Map<String, ConfigKey.Type> STATEMENT_FIELDS = Map.of("sid", STRING, "effect", STRING,
            "principals", ConfigKey.Type.OBJECT, "actions", STRING_LIST, "resources", STRING_LIST,
            "conditions", OBJECT_LIST);
    /** Fields of {@code principals}. */
    static final Map<String, ConfigKey.Type> PRINCIPAL_FIELDS = Map.of("type", STRING, "identifiers", STRING_LIST);
    /** Fields of one {@code conditions} element. */
    static final Map<String, ConfigKey.Type> CONDITION_FIELDS = Map.of("test", STRING, "variable", STRING,
            "values", STRING_LIST);

    private static final String JAVA_PREFIX = "kms.";

    private KmsConfig() {
    }

    private static Map<String, String> creationKeys() {
        var m = new LinkedHashMap<String, String>();
        m.put("kmsDeletionWindowInDays", "deletionWindowInDays");
        m.put("kmsEnableKeyRotation", "enableKeyRotation");
        m.put("kmsKeyRotationPeriod", "rotationPeriodInDays");
        m.put("kmsMultiRegion", "multiRegion");
        m.put("kmsAdditionalPrincipals", "additionalPrincipals");
        m.put("kmsKeyAdministrators", "keyAdministrators");
        m.put("kmsKeyUsers", "keyUsers");
        m.put("kmsCustomPolicyStatements", "customPolicyStatements");
        m.put("kmsCustomPolicy", "customPolicy");
        m.put("kmsAliasName", "aliasName");
        m.put("kmsTags", "kmsTags");
        return java.util.Collections.unmodifiableMap(m);
    }

    /** A problem on every creation key the entry sets, for when ecrkit creates no key. */
    static void rejectCreationKeys(StackConfig.Values v, String rule) {
        CREATION_KEYS.keySet().stream().filter(v::has).forEach(k -> v.problems.add(k, rule, v.rawValue(k)));
    }

    /**
     * The settings of the key to create. A value of the wrong type is recorded as a problem and left out; when a
     * custom statement has a problem of its own, the statements are left out of the settings (their problems are
     * reported, not what follows from them).
     */
    static Optional<KmsKeySettings> settings(StackConfig.Values v) {
        var b = KmsKeySettings.builder();
        v.integer("kmsDeletionWindowInDays").ifPresent(b::deletionWindowInDays);
        v.bool("kmsEnableKeyRotation").ifPresent(b::enableKeyRotation);
        v.integer("kmsKeyRotationPeriod").ifPresent(b::rotationPeriodInDays);
        v.bool("kmsMultiRegion").ifPresent(b::multiRegion);
        b.additionalPrincipals(v.strings("kmsAdditionalPrincipals"));
        b.keyAdministrators(v.strings("kmsKeyAdministrators"));
        b.keyUsers(v.strings("kmsKeyUsers"));
        int before = v.problems.list().size();
        var statements = v.objects("kmsCustomPolicyStatements");
        var typed = new ArrayList<PolicyStatement>();
        for (int i = 0; i < statements.size(); i++) {
            typed.add(statement(v, "kmsCustomPolicyStatements[" + i + "]", statements.get(i)));
        }
        if (v.problems.list().size() == before) {
            b.customPolicyStatements(typed); // else the statements' own problems are reported, not their side effects
        }
        v.string("kmsCustomPolicy").ifPresent(json -> {
            if (json.isEmpty()) {
                v.problems.add("kmsCustomPolicy", KmsKeySettings.EMPTY_POLICY_RULE, json);
            } else {
                b.customPolicy(json);
            }
        });
        v.string("kmsAliasName").ifPresent(b::aliasName);
        b.kmsTags(v.stringMap("kmsTags"));
        return Optional.of(b.build());
    }

    private static PolicyStatement statement(StackConfig.Values v, String path, Map<String, Object> raw) {
        var b = PolicyStatement.builder();
        if (raw.get("sid") instanceof String sid) {
            b.sid(sid);
        }
        if (raw.get("effect") instanceof String effect) {
            Effect.fromWire(effect).ifPresentOrElse(b::effect, () -> v.problems.add(path + ".effect",
                    "must be one of " + String.join(", ", dev.ecrkit.validation.WireValues.values(Effect.values(),
                            Effect::wire)), effect));
        } else if (!raw.containsKey("effect")) {
            v.problems.addNoValue(path + ".effect", "is required (Allow or Deny)");
        }
        if (raw.get("principals") instanceof Map<?, ?> principals) {
            var fields = v.fields(path + ".principals", principals, PRINCIPAL_FIELDS);
            if (!(fields.get("type") instanceof String type)) {
                v.problems.addNoValue(path + ".principals.type", "is required (" + String.join(", ",
                        PrincipalType.wireValues()) + ")");
            } else {
                PrincipalType.fromWire(type).ifPresentOrElse(
                        t -> b.principals(new Principals(t, texts(fields.get("identifiers")))),
                        () -> v.problems.add(path + ".principals.type", "must be one of "
                                + String.join(", ", PrincipalType.wireValues()), type));
            }
        }
        b.actions(texts(raw.get("actions")));
        if (raw.containsKey("resources")) {
            b.resources(texts(raw.get("resources")));
        }
        if (raw.get("conditions") instanceof List<?> conditions) {
            for (int i = 0; i < conditions.size(); i++) {
                String at = path + ".conditions[" + i + "]";
                var c = v.fields(at, (Map<?, ?>) conditions.get(i), CONDITION_FIELDS);
                for (String required : List.of("test", "variable", "values")) {
                    if (!c.containsKey(required)) {
                        v.problems.addNoValue(at + "." + required, "is required");
                    }
                }
                b.condition(new Condition(String.valueOf(c.getOrDefault("test", "")),
                        String.valueOf(c.getOrDefault("variable", "")), texts(c.get("values"))));
            }
        }
        return b.build();
    }

    private static List<String> texts(Object list) {
        return list instanceof List<?> l ? l.stream().map(StackConfig::text).toList() : List.of();
    }

    /** The config path of a created key's Java field: {@code kms.keyUsers[1]} -> {@code kmsKeyUsers[1]}. */
    static Optional<String> toConfigPath(String javaField) {
        if (!javaField.startsWith(JAVA_PREFIX)) {
            return Optional.empty();
        }
        String rest = javaField.substring(JAVA_PREFIX.length());
        for (var e : CREATION_KEYS.entrySet()) {
            String f = e.getValue();
            if (rest.equals(f) || rest.startsWith(f + "[") || rest.startsWith(f + ".")) {
                return Optional.of(e.getKey() + rest.substring(f.length()));
            }
        }
        return Optional.empty();
    }
}
