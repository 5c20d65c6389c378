package dev.ecrkit.kms;

import dev.ecrkit.naming.KmsAliasNames;
import dev.ecrkit.policy.KeyPolicy;
import dev.ecrkit.policy.PolicyDocuments;
import dev.ecrkit.policy.PolicyStatement;
import dev.ecrkit.policy.PrincipalArns;
import dev.ecrkit.tagging.Tagging;
import dev.ecrkit.validation.Problems;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Every setting of a customer managed KMS key that ecrkit creates (the Terraform module's {@code kms_*} variables and
 * its {@code modules/kms} inputs). Holds no nulls: {@code ""} means "the default" for strings and {@link #NOT_SET}
 * for the rotation period. Building checks only for nulls; {@link #validate} checks every AWS rule, and the Args
 * that take these settings call it in their {@code build()}.
 *
 * @param description            key description. Default: {@code "KMS key for ECR repository <name>"}
 *                               ({@link #description(String)}); at most {@value #MAX_DESCRIPTION_LENGTH} characters
 * @param deletionWindowInDays   days before a deleted key is destroyed, {@value #MIN_DELETION_WINDOW}-{@value
 *                               #MAX_DELETION_WINDOW}. Default: {@value #DEFAULT_DELETION_WINDOW}
 * @param enableKeyRotation      automatic yearly (or {@code rotationPeriodInDays}) rotation; symmetric encryption
 *                               keys only. Default: {@value #DEFAULT_ENABLE_KEY_ROTATION}
 * @param rotationPeriodInDays   rotation period, {@value #MIN_ROTATION_PERIOD}-{@value #MAX_ROTATION_PERIOD}, only
 *                               with rotation on (sent only then). Default: {@link #NOT_SET}, AWS's
 *                               {@value #AWS_DEFAULT_ROTATION_PERIOD} days
 * @param multiRegion            create a multi-Region primary key. Default: false
 * @param keyUsage               key usage. Default: {@link KeyUsage#ENCRYPT_DECRYPT}
 * @param keySpec                key spec; must support the usage. Default: {@link KeySpec#SYMMETRIC_DEFAULT}
 * @param enableDefaultPolicy    include the root statement in the generated policy. Default: true
 * @param allowEcrService        include the statements that let the account use the key through ECR (symmetric
 *                               encryption keys only). Default: true
 * @param keyAdministrators      principal ARNs allowed to administer the key. Default: none
 * @param keyUsers               principal ARNs allowed to use the key. Default: none
 * @param additionalPrincipals   more principal ARNs allowed to use the key. Default: none
 * @param customPolicyStatements statements appended to the generated policy. Default: none
 * @param customPolicy           a complete key policy JSON that replaces the generated one. Default: none ({@code ""})
 * @param createAlias            create an alias for the key. Default: true
 * @param aliasName              alias without {@code alias/}. Default: {@code ecr/<repository name>}, sanitized
 *                               ({@link KmsAliasNames#defaultFor})
 * @param kmsTags                extra tags for the key only, not normalized; they win over the repository's tags,
 *                               and {@code Name = <name>-kms-key} wins over both. Default: none
 */
public record KmsKeySettings(String description, int deletionWindowInDays, boolean enableKeyRotation,
        int rotationPeriodInDays, boolean multiRegion, KeyUsage keyUsage, KeySpec keySpec, boolean enableDefaultPolicy,
        boolean allowEcrService, List<String> keyAdministrators, List<String> keyUsers,
        List<String> additionalPrincipals, List<PolicyStatement> customPolicyStatements, String customPolicy,
        boolean createAlias, String aliasName, SortedMap<String, String> kmsTags) {

    /** The value of {@code rotationPeriodInDays} when it is not set. */
    public static final int NOT_SET = Integer.MIN_VALUE;
    /** Shortest deletion window (KMS API ScheduleKeyDeletion {@code PendingWindowInDays}: minimum 7). */
    public static final int MIN_DELETION_WINDOW = 7;
    /** Longest deletion window (KMS API ScheduleKeyDeletion {@code PendingWindowInDays}: maximum 30). */
    public static final int MAX_DELETION_WINDOW = 30;
    /** Default deletion window: the Terraform module's {@code kms_deletion_window_in_days} default. */
    public static final int DEFAULT_DELETION_WINDOW = 7;
    /** Default rotation: on, as in the Terraform module (and Security Hub KMS.4). */
    public static final boolean DEFAULT_ENABLE_KEY_ROTATION = true;
    /**
     * Shortest rotation period (KMS API EnableKeyRotation {@code RotationPeriodInDays}: minimum 90,
     * https://docs.aws.amazon.com/kms/latest/APIReference/API_EnableKeyRotation.html).
     */
    public static final int MIN_ROTATION_PERIOD = 90;
    /** Longest rotation period (same page: maximum 2560; the module's 2555 is a bug). */
    public static final int MAX_ROTATION_PERIOD = 2560;
    /** The period AWS uses when rotation is on and none is given (same page: "default 365"). */
    public static final int AWS_DEFAULT_ROTATION_PERIOD = 365;
    /** Longest description (KMS API CreateKey {@code Description}: maximum 8192 characters). */
    public static final int MAX_DESCRIPTION_LENGTH = 8192;
    /** The default description, before the repository name (the issue's wording). */
    public static final String DEFAULT_DESCRIPTION_PREFIX = "KMS key for ECR repository ";
    /** The rule for an empty custom policy. */
    public static final String EMPTY_POLICY_RULE = "must be a key policy document; an empty policy is not allowed";
    /** The suffix of the key's {@code Name} tag: {@code <name>-kms-key}, as in the Terraform module. */
    public static final String NAME_TAG_SUFFIX = "-kms-key";

    private static final Pattern TAG_CHARACTERS = Pattern.compile(Tagging.ALLOWED_CHARACTERS + "*");

    public KmsKeySettings {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(keyUsage, "keyUsage");
        Objects.requireNonNull(keySpec, "keySpec");
        keyAdministrators = List.copyOf(keyAdministrators);
        keyUsers = List.copyOf(keyUsers);
        additionalPrincipals = List.copyOf(additionalPrincipals);
        customPolicyStatements = List.copyOf(customPolicyStatements);
        Objects.requireNonNull(customPolicy, "customPolicy");
        Objects.requireNonNull(aliasName, "aliasName");
        kmsTags = Collections.unmodifiableSortedMap(new TreeMap<>(Objects.requireNonNull(kmsTags, "kmsTags")));
    }

    /** Every default: a symmetric encryption key with rotation, the generated policy and the default alias. */
    public static KmsKeySettings defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Checks every rule; fields are the builder's names relative to {@code p} ({@code deletionWindowInDays},
     * {@code keyAdministrators[2]}, {@code customPolicyStatements[0].actions[1]}...). With {@code forRepository} the
     * key must also be one ECR can use (symmetric encryption).
     */
    public void validate(Problems p, boolean forRepository) {
        if (description.length() > MAX_DESCRIPTION_LENGTH) {
            p.add("description", "must have at most " + MAX_DESCRIPTION_LENGTH + " characters",
                    description.length() + " characters");
        }
        p.range("deletionWindowInDays", deletionWindowInDays, MIN_DELETION_WINDOW, MAX_DELETION_WINDOW);
        checkUsage(p, forRepository);
        if (rotationPeriodInDays != NOT_SET) {
            if (!enableKeyRotation) {
                p.add("rotationPeriodInDays", "only applies when key rotation is on (it is off)",
                        rotationPeriodInDays);
            } else {
                p.range("rotationPeriodInDays", rotationPeriodInDays, MIN_ROTATION_PERIOD, MAX_ROTATION_PERIOD);
            }
        }
        PrincipalArns.check(p, "keyAdministrators", keyAdministrators, PrincipalArns.ALL_KINDS);
        PrincipalArns.check(p, "keyUsers", keyUsers, PrincipalArns.ALL_KINDS);
        PrincipalArns.check(p, "additionalPrincipals", additionalPrincipals, PrincipalArns.ALL_KINDS);
        for (int i = 0; i < customPolicyStatements.size(); i++) {
            customPolicyStatements.get(i).check(p, "customPolicyStatements[" + i + "]");
        }
        checkPolicyChoice(p);
        if (!aliasName.isEmpty()) {
            if (!createAlias) {
                p.add("aliasName", "is only used with createAlias true", aliasName);
            } else {
                KmsAliasNames.check(p, "aliasName", aliasName);
            }
        }
        checkTags(p);
    }

    private void checkUsage(Problems p, boolean forRepository) {
        boolean symmetricEncryption = keyUsage == KeyUsage.ENCRYPT_DECRYPT && keySpec == KeySpec.SYMMETRIC_DEFAULT;
        if (!keySpec.supports(keyUsage)) {
            p.add("keySpec", "must support keyUsage " + keyUsage.wire() + ": one of "
                    + String.join(", ", KeySpec.supporting(keyUsage)), keySpec.wire());
        }
        if (forRepository && keyUsage != KeyUsage.ENCRYPT_DECRYPT) {
            p.add("keyUsage", "ECR encrypts only with symmetric encryption keys: must be "
                    + KeyUsage.ENCRYPT_DECRYPT.wire() + " for a repository", keyUsage.wire());
        } else if (forRepository && keySpec != KeySpec.SYMMETRIC_DEFAULT) {
            p.add("keySpec", "ECR encrypts only with symmetric encryption keys: must be "
                    + KeySpec.SYMMETRIC_DEFAULT.wire() + " for a repository", keySpec.wire());
        }
        if (enableKeyRotation && !symmetricEncryption) {
            p.add("enableKeyRotation", "automatic rotation is only for symmetric encryption keys (ENCRYPT_DECRYPT,"
                    + " SYMMETRIC_DEFAULT); set it to false for keyUsage " + keyUsage.wire() + " with keySpec "
                    + keySpec.wire(),
                    true);
        }
        if (allowEcrService && !symmetricEncryption) {
            p.add("allowEcrService", "ECR uses only symmetric encryption keys (ENCRYPT_DECRYPT, SYMMETRIC_DEFAULT);"
                    + " set it to false for keyUsage " + keyUsage.wire() + " with keySpec " + keySpec.wire(), true);
        }
    }

    private void checkPolicyChoice(Problems p) {
        if (!customPolicy.isEmpty()) {
            PolicyDocuments.checkKeyPolicy(p, "customPolicy", customPolicy);
            String rule = "not used with a complete custom policy, which replaces the generated policy: put them in"
                    + " the custom policy";
            if (!keyAdministrators.isEmpty()) {
                p.add("keyAdministrators", rule, keyAdministrators);
            }
            if (!keyUsers.isEmpty()) {
                p.add("keyUsers", rule, keyUsers);
            }
            if (!additionalPrincipals.isEmpty()) {
                p.add("additionalPrincipals", rule, additionalPrincipals);
            }
            if (!customPolicyStatements.isEmpty()) {
                p.add("customPolicyStatements", rule, customPolicyStatements.size() + " statements");
            }
        } else if (!enableDefaultPolicy && keyAdministrators.isEmpty() && customPolicyStatements.isEmpty()) {
            p.add("enableDefaultPolicy", "without the root statement, keyAdministrators or customPolicyStatements"
                    + " must let someone administer the key (AWS refuses a policy that locks the caller out)", false);
        }
    }

    private void checkTags(Problems p) {
        kmsTags.forEach((key, value) -> {
            String at = "kmsTags[" + Problems.show(key) + "]";
            if (key.isEmpty() || key.codePointCount(0, key.length()) > Tagging.MAX_KEY_LENGTH) {
                p.add(at, "key must have " + Tagging.MIN_KEY_LENGTH + " to " + Tagging.MAX_KEY_LENGTH + " characters",
                        key);
            }
            if (!TAG_CHARACTERS.matcher(key).matches() || !TAG_CHARACTERS.matcher(value).matches()) {
                p.add(at, "key and value must contain only letters, digits, spaces and _ . : / = + - @",
                        key + "=" + value);
            }
            if (key.regionMatches(true, 0, Tagging.RESERVED_PREFIX, 0, Tagging.RESERVED_PREFIX.length())) {
                p.add(at, "key must not start with \"" + Tagging.RESERVED_PREFIX + "\" in any case (reserved for AWS)",
                        key);
            }
            if (value.codePointCount(0, value.length()) > Tagging.MAX_VALUE_LENGTH) {
                p.add(at, "value must have at most " + Tagging.MAX_VALUE_LENGTH + " characters", value);
            }
        });
    }

    /** The description for the key of repository {@code repositoryName}. */
    public String description(String repositoryName) {
        return description.isEmpty() ? DEFAULT_DESCRIPTION_PREFIX + repositoryName : description;
    }

    /** The alias name (without {@code alias/}) for the key of repository {@code repositoryName}. */
    public String aliasName(String repositoryName) {
        return aliasName.isEmpty() ? KmsAliasNames.defaultFor(repositoryName) : aliasName;
    }

    /** The rotation period in effect: empty when rotation is off, else the given period or AWS's default. */
    public java.util.OptionalInt effectiveRotationPeriod() {
        if (!enableKeyRotation) {
            return java.util.OptionalInt.empty();
        }
        return java.util.OptionalInt.of(
                rotationPeriodInDays == NOT_SET ? AWS_DEFAULT_ROTATION_PERIOD : rotationPeriodInDays);
    }

    /** The generated key policy model (when {@link #customPolicy} is empty). */
    public KeyPolicy keyPolicy() {
        return new KeyPolicy(enableDefaultPolicy, allowEcrService, keyAdministrators, keyUsers, additionalPrincipals,
                keyUsage.userActions(), customPolicyStatements);
    }

    /**
     * The key's tags: {@code baseTags} (the repository's final tags), then {@link #kmsTags}, then
     * {@code Name = <repositoryName>-kms-key}; later wins. Checks the total against {@link Tagging#MAX_TAGS}.
     */
    public SortedMap<String, String> tags(Map<String, String> baseTags, String repositoryName, Problems p) {
        var tags = Tagging.withExtra(Tagging.withExtra(baseTags, kmsTags),
                Map.of(Tagging.NAME_KEY, repositoryName + NAME_TAG_SUFFIX));
        if (tags.size() > Tagging.MAX_TAGS) {
            p.add("kmsTags", "the key's tags (the repository's, kmsTags and Name) must be at most " + Tagging.MAX_TAGS,
                    tags.size() + " tags");
        }
        return tags;
    }

    /**
     * The module's {@code configuration_summary} in camelCase: keyCreated, aliasCreated, defaultPolicyEnabled,
     * ecrServiceAllowed, administratorsCount, usersCount, additionalPrincipalsCount, customStatementsCount,
     * customPolicyUsed, keyRotationEnabled, rotationPeriod (the period in effect; omitted when rotation is off),
     * multiRegion, tagsApplied.
     */
    public Map<String, Object> configurationSummary(Map<String, String> appliedTags) {
        var m = new LinkedHashMap<String, Object>();
        m.put("keyCreated", true);
        m.put("aliasCreated", createAlias);
        m.put("defaultPolicyEnabled", customPolicy.isEmpty() && enableDefaultPolicy);
        m.put("ecrServiceAllowed", customPolicy.isEmpty() && allowEcrService);
        m.put("administratorsCount", keyAdministrators.size());
        m.put("usersCount", keyUsers.size());
        m.put("additionalPrincipalsCount", additionalPrincipals.size());
        m.put("customStatementsCount", customPolicyStatements.size());
        m.put("customPolicyUsed", !customPolicy.isEmpty());
        m.put("keyRotationEnabled", enableKeyRotation);
        effectiveRotationPeriod().ifPresent(days -> m.put("rotationPeriod", days));
        m.put("multiRegion", multiRegion);
        m.put("tagsApplied", new TreeMap<>(appliedTags));
        return Collections.unmodifiableMap(m);
    }

    /** Builder; every setting starts at its default. */
    public static final class Builder {
        private String description = "";
        private int deletionWindowInDays = DEFAULT_DELETION_WINDOW;
        private boolean enableKeyRotation = DEFAULT_ENABLE_KEY_ROTATION;
        private int rotationPeriodInDays = NOT_SET;
        private boolean multiRegion;
        private KeyUsage keyUsage = KeyUsage.ENCRYPT_DECRYPT;
        private KeySpec keySpec = KeySpec.SYMMETRIC_DEFAULT;
        private boolean enableDefaultPolicy = true;
        private boolean allowEcrService = true;
        private List<String> keyAdministrators = List.of();
        private List<String> keyUsers = List.of();
        private List<String> additionalPrincipals = List.of();
        private List<PolicyStatement> customPolicyStatements = List.of();
        private String customPolicy = "";
        private boolean createAlias = true;
        private String aliasName = "";
        private Map<String, String> kmsTags = Map.of();

        private Builder() {
        }

        /** Description. Default: {@code "KMS key for ECR repository <name>"}. */
        public Builder description(String description) {
            this.description = Objects.requireNonNull(description, "description");
            return this;
        }

        /** Deletion window, 7-30 days. Default: 7. */
        public Builder deletionWindowInDays(int days) {
            this.deletionWindowInDays = days;
            return this;
        }

        /** Automatic rotation. Default: true. */
        public Builder enableKeyRotation(boolean enable) {
            this.enableKeyRotation = enable;
            return this;
        }

        /** Rotation period, 90-2560 days, with rotation on. Default: AWS's 365. */
        public Builder rotationPeriodInDays(int days) {
            this.rotationPeriodInDays = days;
            return this;
        }

        /** Multi-Region primary key. Default: false. */
        public Builder multiRegion(boolean multiRegion) {
            this.multiRegion = multiRegion;
            return this;
        }

        /** Key usage. Default: ENCRYPT_DECRYPT. */
        public Builder keyUsage(KeyUsage usage) {
            this.keyUsage = Objects.requireNonNull(usage, "keyUsage");
            return this;
        }

        /** Key spec. Default: SYMMETRIC_DEFAULT. */
        public Builder keySpec(KeySpec spec) {
            this.keySpec = Objects.requireNonNull(spec, "keySpec");
            return this;
        }

        /** Root statement in the generated policy. Default: true. */
        public Builder enableDefaultPolicy(boolean enable) {
            this.enableDefaultPolicy = enable;
            return this;
        }

        /** ECR statements in the generated policy. Default: true. */
        public Builder allowEcrService(boolean allow) {
            this.allowEcrService = allow;
            return this;
        }

        /** Key administrators (principal ARNs). Default: none. */
        public Builder keyAdministrators(List<String> arns) {
            this.keyAdministrators = List.copyOf(arns);
            return this;
        }

        /** Key administrators (principal ARNs). */
        public Builder keyAdministrators(String... arns) {
            return keyAdministrators(List.of(arns));
        }

        /** Key users (principal ARNs). Default: none. */
        public Builder keyUsers(List<String> arns) {
            this.keyUsers = List.copyOf(arns);
            return this;
        }

        /** Key users (principal ARNs). */
        public Builder keyUsers(String... arns) {
            return keyUsers(List.of(arns));
        }

        /** Additional principals (principal ARNs) with the users' actions. Default: none. */
        public Builder additionalPrincipals(List<String> arns) {
            this.additionalPrincipals = List.copyOf(arns);
            return this;
        }

        /** Additional principals (principal ARNs). */
        public Builder additionalPrincipals(String... arns) {
            return additionalPrincipals(List.of(arns));
        }

        /** Statements appended to the generated policy. Default: none. */
        public Builder customPolicyStatements(List<PolicyStatement> statements) {
            this.customPolicyStatements = List.copyOf(statements);
            return this;
        }

        /** Statements appended to the generated policy. */
        public Builder customPolicyStatements(PolicyStatement... statements) {
            return customPolicyStatements(List.of(statements));
        }

        /**
         * A complete key policy JSON replacing the generated one. Default: none.
         *
         * @throws dev.ecrkit.validation.InvalidInputException when {@code json} is empty (an empty policy is an
         *         error, not "no policy")
         */
        public Builder customPolicy(String json) {
            Objects.requireNonNull(json, "customPolicy");
            if (json.isEmpty()) {
                new Problems().add("customPolicy", EMPTY_POLICY_RULE, json).throwIfAny();
            }
            this.customPolicy = json;
            return this;
        }

        /** Create an alias. Default: true. */
        public Builder createAlias(boolean create) {
            this.createAlias = create;
            return this;
        }

        /** Alias name without {@code alias/}. Default: {@code ecr/<repository name>}. */
        public Builder aliasName(String name) {
            this.aliasName = Objects.requireNonNull(name, "aliasName");
            return this;
        }

        /** Extra tags for the key. Default: none. */
        public Builder kmsTags(Map<String, String> tags) {
            this.kmsTags = Map.copyOf(tags);
            return this;
        }

        /** The settings; checks only for nulls (see {@link KmsKeySettings#validate}). */
        public KmsKeySettings build() {
            return new KmsKeySettings(description, deletionWindowInDays, enableKeyRotation, rotationPeriodInDays,
                    multiRegion, keyUsage, keySpec, enableDefaultPolicy, allowEcrService, keyAdministrators, keyUsers,
                    additionalPrincipals, customPolicyStatements, customPolicy, createAlias, aliasName,
                    new TreeMap<>(kmsTags));
        }
    }
}
