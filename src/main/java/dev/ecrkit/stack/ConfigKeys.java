package dev.ecrkit.stack;

import dev.ecrkit.inputs.Input;
import dev.ecrkit.inputs.RegistryEntryInputs;
import dev.ecrkit.inputs.RepositoryInputs;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every key of an {@code ecrkit:repositories} entry: the 67 input variables of terraform-aws-ecr v2.1.1 in camelCase
 * (terraform-module-behaviour.md section 1), plus ecrkit's {@code name} override, read from their declarations
 * ({@link RepositoryInputs}, {@link RegistryEntryInputs}). The key table of docs/config.md is generated from this list.
 */
public final class ConfigKeys {
    /** The classes declaring the keys of a repository entry: its inputs, then the hoisted registry-level keys. */
    private static final Class<?>[] DECLARATIONS = {RepositoryInputs.class, RegistryEntryInputs.class};

    /** All keys, in declaration order ({@link Declarations}). */
    public static final List<ConfigKey> ALL = Declarations.keys(DECLARATIONS);
    /**
     * The inputs declared by the {@code @Import} and {@link Input} fields of {@code declarations} (a standalone
     * component's inputs class), in declaration order: what the plugin's schema is held to.
     */
    public static List<ConfigKey> declared(Class<?>... declarations) {
        return Declarations.keys(declarations);
    }

    /** Each key's declaration, by name (its Java methods and other details for the migration map). */
    static final Map<String, Input> INPUTS = Declarations.inputs(DECLARATIONS);

    private static final Map<String, ConfigKey> BY_NAME = index();

    private ConfigKeys() {
    }

    /** The key with this name. */
    public static Optional<ConfigKey> find(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    /** The known key closest to {@code unknown} (Levenshtein distance). */
    public static String closest(String unknown) {
        return closest(unknown, BY_NAME.keySet());
    }

    /** The candidate closest to {@code unknown} (Levenshtein distance ignoring case, '_' and '-'; ties: first). */
    public static String closest(String unknown, Iterable<String> candidates) {
        String best = "";
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            int d = distance(fold(unknown), fold(c));
            if (d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        return best;
    }

    /** Case and separators do not count: {@code lifecycle_policy_template} is {@code lifecyclePolicyTemplate}. */
    private static String fold(String key) {
        return key.replace("_", "").replace("-", "").toLowerCase(java.util.Locale.ROOT);
    }

    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    private static Map<String, ConfigKey> index() {
        var m = new LinkedHashMap<String, ConfigKey>();
        ALL.forEach(k -> m.put(k.name(), k));
        return m;
    }
}
