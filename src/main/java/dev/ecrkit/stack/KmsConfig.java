package dev.ecrkit.stack;

import dev.ecrkit.KmsKeyArgs;
import dev.ecrkit.inputs.KmsKeyInputs;
import dev.ecrkit.inputs.PolicyStatementArgs;
import dev.ecrkit.kms.KmsKeySettings;
import dev.ecrkit.naming.KmsAliasNames;
import dev.ecrkit.policy.Condition;
import dev.ecrkit.policy.Effect;
import dev.ecrkit.policy.PolicyStatement;
import dev.ecrkit.policy.PrincipalType;
import dev.ecrkit.policy.Principals;
import dev.ecrkit.validation.InvalidInputException;
import dev.ecrkit.validation.Problems;
import dev.ecrkit.validation.WireValues;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The settings of a KMS key ecrkit creates, in two shapes: the {@code kms*} keys of a repository entry (the Terraform
 * module's {@code kms_*} variables, converted with the entry by {@link StackConfig}), and the inputs of a standalone
 * {@code KmsKey} in other languages ({@link KmsKeyInputs}: the Java builder names of {@link KmsKeyArgs} and
 * {@link KmsKeySettings}). Both declare the builder method each input sets ({@link Declarations#set}); what is read
 * here is what combines: the custom statements, an empty alias name, the keys that only configure a created key.
 */
public final class KmsConfig {
    /** Config key -> field of {@link KmsKeySettings}, for every key that configures a created key (declared {@code kms.*}). */
    static final Map<String, String> CREATION_KEYS = creationKeys();

    private static final String JAVA_PREFIX = "kms.";

    private KmsConfig() {
    }

    private static Map<String, String> creationKeys() {
        var m = new LinkedHashMap<String, String>();
        ConfigKeys.ALL.stream().filter(k -> k.javaPath().startsWith(JAVA_PREFIX))
                .forEach(k -> m.put(k.name(), k.javaPath().substring(JAVA_PREFIX.length())));
        return java.util.Collections.unmodifiableMap(m);
    }

    /**
     * A standalone key's args from its inputs (the multi-language plugin's {@code ecrkit:index:KmsKey}). Throws
     * {@link InvalidInputException} with every problem at once, each named by its input ({@code deletionWindowInDays},
     * {@code customPolicyStatements[0].effect}), before anything is registered.
     */
    public static KmsKeyArgs keyArgs(KmsKeyInputs inputs) {
        var p = new Problems();
        var b = KmsKeyArgs.builder();
        var settings = KmsKeySettings.builder();
        var v = Declarations.set(inputs, p, b, settings);
        checkEmpty(v, "aliasName", p);
        statements((List<?>) v.getOrDefault("customPolicyStatements", List.of()), "customPolicyStatements", p)
                .ifPresent(settings::customPolicyStatements);
        var s = settings.build();
        b.settings(s);
        return ObservabilityConfig.build(v, "repositoryName", "is required: the repository the key is for", p,
                b::build, () -> s.validate(p, Boolean.TRUE.equals(v.get("forRepository"))));
    }

    /** A problem on every creation key a repository's inputs set, for when ecrkit creates no key. */
    static void rejectCreationKeys(Map<String, Object> inputs, Problems p, String rule) {
        CREATION_KEYS.keySet().stream().filter(inputs::containsKey).forEach(k -> p.add(k, rule, inputs.get(k)));
    }

    /** An alias name {@code ""} at {@code key} is not "unset": AWS and the module refuse it (the input is left out). */
    static void checkEmpty(Map<String, Object> inputs, String key, Problems p) {
        if ("".equals(inputs.get(key))) {
            KmsAliasNames.check(p, key, "");
            inputs.remove(key);
        }
    }

    /**
     * The custom statements at {@code key} (bound {@link PolicyStatementArgs}); empty when one has a problem of its own
     * (its problems are reported, not what follows from them).
     */
    static Optional<List<PolicyStatement>> statements(List<?> statements, String key, Problems p) {
        int before = p.list().size();
        var typed = new ArrayList<PolicyStatement>();
        for (int i = 0; i < statements.size(); i++) {
            typed.add(statement(Binder.values(statements.get(i)), key + "[" + i + "]", p));
        }
        return p.list().size() == before ? Optional.of(typed) : Optional.empty();
    }

    private static PolicyStatement statement(Map<String, Object> raw, String path, Problems p) {
        var b = PolicyStatement.builder();
        if (raw.get("sid") instanceof String sid) {
            b.sid(sid);
        }
        if (raw.get("effect") instanceof String effect) {
            Effect.fromWire(effect).ifPresentOrElse(b::effect, () -> p.add(path + ".effect",
                    "must be one of " + String.join(", ", WireValues.values(Effect.values(), Effect::wire)), effect));
        } else {
            p.addNoValue(path + ".effect", "is required (Allow or Deny)");
        }
        if (raw.containsKey("principals")) {
            var principals = Binder.values(raw.get("principals"));
            if (!(principals.get("type") instanceof String type)) {
                p.addNoValue(path + ".principals.type", "is required (" + String.join(", ",
                        PrincipalType.wireValues()) + ")");
            } else {
                PrincipalType.fromWire(type).ifPresentOrElse(
                        t -> b.principals(new Principals(t, texts(principals.get("identifiers")))),
                        () -> p.add(path + ".principals.type", "must be one of "
                                + String.join(", ", PrincipalType.wireValues()), type));
            }
        }
        b.actions(texts(raw.get("actions")));
        if (raw.containsKey("resources")) {
            b.resources(texts(raw.get("resources")));
        }
        var conditions = (List<?>) raw.getOrDefault("conditions", List.of());
        for (int i = 0; i < conditions.size(); i++) {
            String at = path + ".conditions[" + i + "]";
            var c = Binder.values(conditions.get(i));
            for (String required : List.of("test", "variable", "values")) {
                if (!c.containsKey(required)) {
                    p.addNoValue(at + "." + required, "is required");
                }
            }
            b.condition(new Condition(String.valueOf(c.getOrDefault("test", "")),
                    String.valueOf(c.getOrDefault("variable", "")), texts(c.get("values"))));
        }
        return b.build();
    }

    private static List<String> texts(Object list) {
        return list instanceof List<?> l ? l.stream().map(Binder::text).toList() : List.of();
    }
}
