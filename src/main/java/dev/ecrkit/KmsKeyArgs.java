package dev.ecrkit;

import com.pulumi.core.Output;
import com.pulumi.resources.ResourceArgs;
import dev.ecrkit.kms.KmsKeySettings;
import dev.ecrkit.validation.Problems;
import java.util.Map;
import java.util.Objects;

/**
 * Inputs of {@link KmsKey}. Build with {@link #builder()}; {@link Builder#build()} checks every setting at once and
 * throws {@link dev.ecrkit.validation.InvalidInputException} listing every problem.
 */
public final class KmsKeyArgs extends ResourceArgs {
    private RepositoryTarget target;
    private KmsKeySettings settings;
    private boolean forRepository;
    private String fieldPrefix;

    private KmsKeyArgs() {
    }

    /**
     * The repository the key is for: it names the default description ({@code KMS key for ECR repository <name>}),
     * the default alias ({@code alias/ecr/<name>}, sanitized) and the {@code Name} tag ({@code <name>-kms-key}).
     * Required.
     */
    public Output<String> repositoryName() {
        return target.name();
    }

    /** Tags the key's tags start from (a Repository passes its final tags). Default: none. */
    public Output<Map<String, String>> tags() {
        return target.tags();
    }

    /** The key's settings. Default: {@link KmsKeySettings#defaults()}. */
    public KmsKeySettings settings() {
        return settings;
    }

    /** Whether the key is for an ECR repository (then it must be a symmetric encryption key). Default: false. */
    public boolean forRepository() {
        return forRepository;
    }

    /** Prefix of the fields named by problems found when the account resolves ("" or "kms" in a Repository). */
    String fieldPrefix() {
        return fieldPrefix;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builder; {@link #build()} validates. */
    public static final class Builder {
        private final RepositoryTarget target = new RepositoryTarget();
        private KmsKeySettings settings = KmsKeySettings.defaults();
        private boolean forRepository;
        private String fieldPrefix = "";

        private Builder() {
        }

        /** The repository the key is for. Required. */
        public Builder repositoryName(String name) {
            target.name(name);
            return this;
        }

        /** The repository the key is for, from another resource. */
        public Builder repositoryName(Output<String> name) {
            target.name(name);
            return this;
        }

        /** Tags the key's tags start from. Default: none. */
        public Builder tags(Map<String, String> tags) {
            target.tags(tags);
            return this;
        }

        /** Tags the key's tags start from, from another resource. */
        public Builder tags(Output<Map<String, String>> tags) {
            target.tags(tags);
            return this;
        }

        /** The key's settings. Default: {@link KmsKeySettings#defaults()}. */
        public Builder settings(KmsKeySettings settings) {
            this.settings = Objects.requireNonNull(settings, "settings");
            return this;
        }

        /** The key will encrypt an ECR repository: it must be a symmetric encryption key. Default: false. */
        public Builder forRepository(boolean forRepository) {
            this.forRepository = forRepository;
            return this;
        }

        /** Fields of problems are reported under this prefix (a Repository's settings live under {@code kms}). */
        Builder fieldPrefix(String prefix) {
            this.fieldPrefix = Objects.requireNonNull(prefix, "fieldPrefix");
            return this;
        }

        /** Validates every setting and returns the args; throws listing every problem. */
        public KmsKeyArgs build() {
            var built = target.built("KmsKeyArgs", false);
            var p = new Problems();
            target.plainName().filter(String::isBlank)
                    .ifPresent(n -> p.add(RepositoryTarget.NAME, "must not be empty", n));
            settings.validate(p.at(fieldPrefix), forRepository);
            p.throwIfAny();
            var a = new KmsKeyArgs();
            a.target = built;
            a.settings = settings;
            a.forRepository = forRepository;
            a.fieldPrefix = fieldPrefix;
            return a;
        }
    }
}
