package dev.ecrkit.stack;

import static dev.ecrkit.stack.ConfigKey.Type.STRING;
import static dev.ecrkit.stack.ConfigKey.Type.STRING_LIST;

import dev.ecrkit.KmsKeyArgs;
import dev.ecrkit.kms.KeySpec;
import dev.ecrkit.kms.KeyUsage;
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
import java.util.function.Function;

/**
 * The settings of a KMS key ecrkit creates, read from plain values in two shapes: the {@code kms*} keys of a
 * repository entry (the Terraform module's {@code kms_*} variables), and the inputs of a standalone {@code KmsKey} in
 * other languages (the Java builder names of {@link KmsKeyArgs} and {@link KmsKeySettings}, declared once by the
 * plugin's input class and passed in as {@code declared}). One
 * reader serves both; only the names differ. Also translates a created key's Java field
 * paths ({@code kms.deletionWindowInDays}) back to config keys ({@code kmsDeletionWindowInDays}).
 */
public final class KmsConfig {
    /** Config key -> field of {@link KmsKeySettings}, for every key that configures a created key (declared {@code kms.*}). */
    static final Map<String, String> CREATION_KEYS = creationKeys();
    /** Fields of one {@code kmsCustomPolicyStatements} element (the module's object type). */
    static final Map<String, ConfigKey.Type> STATEMENT_FIELDS =
            ConfigKeys.find("kmsCustomPolicyStatements").orElseThrow().fields();
    /** Fields of {@code principals}. */
    static final Map<String, ConfigKey.Type> PRINCIPAL_FIELDS = Map.of("type", STRING, "identifiers", STRING_LIST);
    /** Fields of one {@code conditions} element. */
    static final Map<String, ConfigKey.Type> CONDITION_FIELDS = Map.of("test", STRING, "variable", STRING,
            "values", STRING_LIST);

    private static final String JAVA_PREFIX = "kms.";
    /** A standalone key names every setting by its field name. */
    private static final Function<String, Optional<String>> FIELD_NAMES = Optional::of;

    private KmsConfig() {
    }

    private static Map<String, String> creationKeys() {
        var m = new LinkedHashMap<String, String>();
        ConfigKeys.ALL.stream().filter(k -> k.javaPath().startsWith(JAVA_PREFIX))
                .forEach(k -> m.put(k.name(), k.javaPath().substring(JAVA_PREFIX.length())));
        return java.util.Collections.unmodifiableMap(m);
    }

    /**
     * A standalone key's args from its inputs ({@code declared} -> plain value, as a config object holds them:
     * strings, booleans, numbers, lists, maps), for callers that hold plain settings (the multi-language plugin's
     * {@code ecrkit:index:KmsKey}). Throws {@link InvalidInputException} with every problem at once, each named by its
     * input ({@code deletionWindowInDays}, {@code customPolicyStatements[0].effect}), before anything is registered.
     */
    public static KmsKeyArgs keyArgs(Map<String, Object> inputs, List<ConfigKey> declared) {
        var p = new Problems();
        var v = ConfigNode.keys(inputs, declared, p);
        var name = v.string("repositoryName");
        if (!v.has("repositoryName")) {
            p.addNoValue("repositoryName", "is required: the repository the key is for");
        }
        boolean forRepository = v.bool("forRepository").orElse(false);
        var settings = read(v, FIELD_NAMES);
        var b = KmsKeyArgs.builder().tags(v.stringMap("tags")).forRepository(forRepository).settings(settings);
        KmsKeyArgs args = null;
        if (name.isEmpty()) {
            settings.validate(p, forRepository); // what build() would report, without a name to build with
        } else {
            try {
                args = b.repositoryName(name.get()).build();
            } catch (InvalidInputException e) {
                p.addAll(e.problems());
            }
        }
        p.throwIfAny(); // a missing or mistyped repositoryName is one of the problems
        return args;
    }

    /** A problem on every creation key a repository's inputs set, for when ecrkit creates no key. */
    static void rejectCreationKeys(Map<String, Object> inputs, Problems p, String rule) {
        CREATION_KEYS.keySet().stream().filter(inputs::containsKey).forEach(k -> p.add(k, rule, inputs.get(k)));
    }

    /** {@code kmsAliasName: ""} is not "unset": AWS and the module refuse it (the input is then left out). */
    static void checkEmpty(Map<String, Object> inputs, Problems p) {
        if ("".equals(inputs.get("kmsAliasName"))) {
            KmsAliasNames.check(p, "kmsAliasName", "");
            inputs.remove("kmsAliasName");
        }
    }

    /**
     * The custom statements at {@code key}; empty when one has a problem of its own (its problems are reported, not
     * what follows from them).
     */
    static Optional<List<PolicyStatement>> statements(List<Map<String, Object>> statements, String key, Problems p) {
        var v = ConfigNode.of(Map.of(), "", List.of(), p).orElseThrow();
        int before = p.list().size();
        var typed = new ArrayList<PolicyStatement>();
        for (int i = 0; i < statements.size(); i++) {
            typed.add(statement(v, key + "[" + i + "]", statements.get(i)));
        }
        return p.list().size() == before ? Optional.of(typed) : Optional.empty();
    }

    /** The settings, each read under the name {@code names} gives its field (empty: not an input of this shape). */
    private static KmsKeySettings read(ConfigNode v, Function<String, Optional<String>> names) {
        var b = KmsKeySettings.builder();
        names.apply("description").flatMap(v::string).ifPresent(b::description);
        names.apply("deletionWindowInDays").flatMap(v::integer).ifPresent(b::deletionWindowInDays);
        names.apply("enableKeyRotation").flatMap(v::bool).ifPresent(b::enableKeyRotation);
        names.apply("rotationPeriodInDays").flatMap(v::integer).ifPresent(b::rotationPeriodInDays);
        names.apply("multiRegion").flatMap(v::bool).ifPresent(b::multiRegion);
        names.apply("keyUsage").ifPresent(k -> v.string(k).flatMap(s -> v.enumValue(k, s, KeyUsage.fromWire(s),
                KeyUsage.wireValues())).ifPresent(b::keyUsage));
        names.apply("keySpec").ifPresent(k -> v.string(k).flatMap(s -> v.enumValue(k, s, KeySpec.fromWire(s),
                WireValues.values(KeySpec.values(), KeySpec::wire))).ifPresent(b::keySpec));
        names.apply("enableDefaultPolicy").flatMap(v::bool).ifPresent(b::enableDefaultPolicy);
        names.apply("allowEcrService").flatMap(v::bool).ifPresent(b::allowEcrService);
        names.apply("additionalPrincipals").map(v::strings).ifPresent(b::additionalPrincipals);
        names.apply("keyAdministrators").map(v::strings).ifPresent(b::keyAdministrators);
        names.apply("keyUsers").map(v::strings).ifPresent(b::keyUsers);
        names.apply("customPolicyStatements").ifPresent(key -> {
            int before = v.problems.list().size();
            var statements = v.fieldsOfEach(key);
            if (v.problems.list().size() == before) {
                statements(statements, key, v.problems).ifPresent(b::customPolicyStatements);
            }
        });
        names.apply("customPolicy").ifPresent(key -> v.string(key).ifPresent(json -> {
            if (json.isEmpty()) {
                v.problems.add(key, KmsKeySettings.EMPTY_POLICY_RULE, json);
            } else {
                b.customPolicy(json);
            }
        }));
        names.apply("createAlias").flatMap(v::bool).ifPresent(b::createAlias);
        names.apply("aliasName").ifPresent(key -> v.string(key).ifPresent(name -> {
            if (name.isEmpty()) {
                KmsAliasNames.check(v.problems, key, name); // "" is not "unset": AWS and the module refuse it
            } else {
                b.aliasName(name);
            }
        }));
        names.apply("kmsTags").map(v::stringMap).ifPresent(b::kmsTags);
        return b.build();
    }

    private static PolicyStatement statement(ConfigNode v, String path, Map<String, Object> raw) {
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
        return list instanceof List<?> l ? l.stream().map(ConfigNode::text).toList() : List.of();
    }
}
