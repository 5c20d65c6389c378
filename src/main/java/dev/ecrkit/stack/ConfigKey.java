package dev.ecrkit.stack;

import java.util.Map;

/**
 * One key of an {@code ecrkit:repositories} entry: a Terraform module variable in camelCase.
 *
 * @param name       the config key
 * @param type       its type, as in the module
 * @param fields     for OBJECT and OBJECT_LIST keys whose fields are checked: field name -> type (empty = unchecked)
 * @param moduleDefault the module's default; {@code NO_DEFAULT} when the key has none
 * @param meaning    one line for the documentation table
 * @param javaPath   where the Java builder reports this key's problems, when that differs from the key ("" = same)
 */
public record ConfigKey(String name, Type type, Map<String, Type> fields, Object moduleDefault,
        String meaning, String javaPath) {
    /** Marker for keys without a default (required or "not set"). */
    public static final Object NO_DEFAULT = "(none)";

    /** Value types, named as in the module's variables. */
    public enum Type {
        STRING("string"), BOOL("bool"), NUMBER("number"), STRING_LIST("list(string)"), STRING_MAP("map(string)"),
        OBJECT("object"), OBJECT_LIST("list(object)");

        private final String label;

        Type(String label) {
            this.label = label;
        }

        /** The module's type name. */
        public String label() {
            return label;
        }
    }

    public ConfigKey {
        fields = Map.copyOf(fields);
    }

    /**
     * The config path of a problem the Java builder reported at {@code javaField}, when it is this key's
     * ({@code kms.keyUsers[1]} -> {@code kmsKeyUsers[1]}).
     */
    java.util.Optional<String> configPath(String javaField) {
        if (javaPath.isEmpty() || !(javaField.equals(javaPath) || javaField.startsWith(javaPath + "[")
                || javaField.startsWith(javaPath + "."))) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(name + javaField.substring(javaPath.length()));
    }
}
