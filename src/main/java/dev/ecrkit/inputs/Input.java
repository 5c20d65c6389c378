package dev.ecrkit.inputs;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The declaration of one input, beside pulumi-java's {@code @Import} (its name and schema type): everything else the
 * project derives from it. The stack config key table (docs/config.md), the migration map (docs/migration.md), the config
 * reader's key list and field types, and the translation of Java builder error paths to config key paths are all read
 * from these annotations ({@code dev.ecrkit.stack.ConfigKeys}); the multi-language schema is read from the same fields
 * by pulumi-java. See docs/design-inputs.md.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Input {
    /** Marks an input without a default (required, or "not set"). */
    String NONE = "(none)";

    /** One line for the documentation tables. */
    String doc();

    /**
     * The Terraform module's default, as JSON for numbers, booleans, lists and maps ({@code "7"}, {@code "true"},
     * {@code "[\"*\"]"}) and as the text itself for strings; build it from the constant the code uses
     * ({@code "" + RepositoryArgs.DEFAULT_SCAN_ON_PUSH}). {@link #NONE} when there is none.
     */
    String moduleDefault() default NONE;

    /**
     * Where the Java builder reports this input's problems, when that path differs from the input's name
     * ({@code kms.deletionWindowInDays} for {@code kmsDeletionWindowInDays}): problems found by {@code build()} under
     * this path are reported under the input's name.
     */
    String javaPath() default "";

    /** The Java builder or factory methods that set the same thing (the migration map's Java column). */
    Java[] java() default {};

    /** Why there is no Java equivalent, when there is none on purpose (the migration map says this instead). */
    String noJava() default "";

    /**
     * Whether the input is ecrkit's own, with no variable of the Terraform module (the access intents); the migration
     * map shows no module variable for it.
     */
    boolean ecrkitOnly() default false;

    /**
     * The boolean input without which this one configures nothing. Given while that switch is off (set false, or false
     * by default): accepted with a notice naming the switch's {@link #whenOff} when it has one (a tagging switch);
     * else (a group's switch: logging, monitoring) an error unless the value is the module's default, then a notice.
     */
    String needs() default "";

    /** For a switch that other inputs {@link #needs}: what happens while it is off, for their notices. */
    String whenOff() default "";

    /** A Java method: where it is declared, its name and parameter types. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target({})
    @interface Java {
        Class<?> owner();

        String name();

        Class<?>[] params() default {};
    }
}
