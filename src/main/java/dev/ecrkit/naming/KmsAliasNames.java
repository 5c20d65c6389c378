package dev.ecrkit.naming;

import dev.ecrkit.validation.Problems;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * KMS alias names (AWS KMS API {@code AliasNameType}, CreateAlias). Users give the name without the {@code alias/}
 * prefix, which ecrkit adds. Pure.
 */
public final class KmsAliasNames {
    /** The prefix every alias name carries (CreateAlias: "The alias must be string of the form alias/..."). */
    public static final String PREFIX = "alias/";
    /**
     * Longest alias name, prefix included: 256 characters (KMS API {@code AliasNameType} "Maximum length of 256",
     * https://docs.aws.amazon.com/kms/latest/APIReference/API_CreateAlias.html).
     */
    public static final int MAX_LENGTH = 256;
    /** Longest name after the prefix. */
    public static final int MAX_NAME_LENGTH = MAX_LENGTH - PREFIX.length();
    /**
     * Characters of an alias name, at least one: {@code ^[a-zA-Z0-9:/_-]+$} (KMS API {@code AliasNameType} pattern,
     * "Minimum length of 1", https://docs.aws.amazon.com/kms/latest/APIReference/API_CreateAlias.html; the page's text
     * omits ':', the API model allows it). The Terraform module validates {@code kms_alias_name} with the same regex,
     * so an empty name is refused there too (terraform-module-behaviour.md, {@code kms_alias_name}).
     */
    public static final Pattern PATTERN = Pattern.compile("[a-zA-Z0-9:/_-]+");
    /** One allowed character, for sanitizing derived names ({@link NameKind#KMS_ALIAS}). */
    public static final Pattern ALLOWED_CHAR = Pattern.compile("[a-zA-Z0-9:/_-]");
    /**
     * Reserved for AWS managed keys, in any case: {@code alias/aws/} (CreateAlias: "The alias name cannot begin with
     * alias/aws/. The alias/aws/ prefix is reserved for AWS managed keys.").
     */
    public static final String RESERVED_PREFIX = "aws/";
    /** The default alias of a repository's key, before the repository name: {@code ecr/<repository name>}. */
    public static final String DEFAULT_PREFIX = "ecr/";

    private KmsAliasNames() {
    }

    /** The full alias name, {@code alias/<name>}. */
    public static String full(String name) {
        return PREFIX + name;
    }

    /**
     * The default alias name (without {@code alias/}) of the key of repository {@code repositoryName}:
     * {@code ecr/<repository name>}, derived with {@link DerivedName#of} ({@link NameKind#KMS_ALIAS}) so that a name
     * with {@code .} or one too long still yields a valid, stable and distinct alias.
     */
    public static String defaultFor(String repositoryName) {
        return DerivedName.of(NameKind.KMS_ALIAS, DEFAULT_PREFIX + repositoryName);
    }

    /** Checks an alias name given without the prefix. */
    public static void check(Problems p, String field, String name) {
        if (name.startsWith(PREFIX)) {
            p.add(field, "give the alias without the \"" + PREFIX + "\" prefix, which ecrkit adds", name);
        } else if (name.toLowerCase(Locale.ROOT).startsWith(RESERVED_PREFIX)) {
            p.add(field, "must not start with \"" + RESERVED_PREFIX + "\" in any case (reserved for AWS managed keys)",
                    name);
        } else if (name.isEmpty() || !PATTERN.matcher(name).matches()) {
            p.add(field, "must be 1 or more characters of [a-zA-Z0-9:/_-]", name);
        } else if (name.length() > MAX_NAME_LENGTH) {
            p.add(field, "must have at most " + MAX_NAME_LENGTH + " characters (" + MAX_LENGTH + " with the \""
                    + PREFIX + "\" prefix)", name.length() + " characters");
        }
    }
}
