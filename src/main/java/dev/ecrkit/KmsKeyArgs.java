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
    private Output<String> repositoryName;
    private Output<Map<String, String>> tags;
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
        return repositoryName;
    }

    /** Tags the key's tags start from (a Repository passes its final tags). Default: none. */
    public Output<Map<String, String>> tags() {
        return tags;
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
        private Output<String> repositoryName;
        private String plainRepositoryName;
        private Output<Map<String, String>> tags = Output.of(Map.of());
        private KmsKeySettings settings = KmsKeySettings.defaults();
        private boolean forRepository;
        private String fieldPrefix = "";

        private Builder() {
        }

        /** The repository the key is for. Required. */
        public Builder repositoryName(String name) {
            this.plainRepositoryName = Objects.requireNonNull(name, "repositoryName");
            this.repositoryName = Output.of(name);
            return this;
        }

        /** The repository the key is for, from another resource. */
        public Builder repositoryName(Output<String> name) {
            this.plainRepositoryName = null;
            this.repositoryName = Objects.requireNonNull(name, "repositoryName");
            return this;
        }

        /** Tags the key's tags start from. Default: none. */
        public Builder tags(Map<String, String> tags) {
            this.tags = Output.of(Map.copyOf(tags));
            return this;
        }

        /** Tags the key's tags start from, from another resource. */
        public Builder tags(Output<Map<String, String>> tags) {
            this.tags = Objects.requireNonNull(tags, "tags");
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
            Objects.requireNonNull(repositoryName, "KmsKeyArgs.repositoryName is required");
            var p = new Problems();
            if (plainRepositoryName != null && plainRepositoryName.isBlank()) {
                p.add("repositoryName", "must not be empty", plainRepositoryName);
            }
            settings.validate(p.at(fieldPrefix), forRepository);
            p.throwIfAny();
            var a = new KmsKeyArgs();
            a.repositoryName = repositoryName;
            a.tags = tags;
            a.settings = settings;
            a.forRepository = forRepository;
            a.fieldPrefix = fieldPrefix;
            return a;
        }
    }
}
