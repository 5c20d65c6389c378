package dev.ecrkit.aws;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import java.util.List;
import java.util.Map;

/** Inputs of {@code aws:ecr/repository:Repository}, named as the provider names them (newer releases included). */
public final class EcrRepositoryResourceArgs extends ResourceArgs {
    @Import(name = "name", required = true)
    private Output<String> name;
    @Import(name = "imageTagMutability")
    private Output<String> imageTagMutability;
    @Import(name = "imageTagMutabilityExclusionFilters")
    private Output<List<ExclusionFilterArgs>> imageTagMutabilityExclusionFilters;
    @Import(name = "encryptionConfigurations")
    private Output<List<EncryptionConfigurationArgs>> encryptionConfigurations;
    @Import(name = "imageScanningConfiguration")
    private Output<ScanningConfigurationArgs> imageScanningConfiguration;
    @Import(name = "forceDelete")
    private Output<Boolean> forceDelete;
    @Import(name = "tags")
    private Output<Map<String, String>> tags;

    private EcrRepositoryResourceArgs() {
    }

    /**
     * The repository inputs. {@code exclusionFilters} may be empty: the input is then not sent at all, so the
     * registration is exactly what the 6.x provider knows.
     */
    public static EcrRepositoryResourceArgs of(Output<String> name, String imageTagMutability,
            List<ExclusionFilterArgs> exclusionFilters, EncryptionConfigurationArgs encryption, boolean scanOnPush,
            boolean forceDelete, Output<Map<String, String>> tags) {
        var a = new EcrRepositoryResourceArgs();
        a.name = name;
        a.imageTagMutability = Output.of(imageTagMutability);
        a.imageTagMutabilityExclusionFilters = exclusionFilters.isEmpty() ? null : Output.of(List.copyOf(exclusionFilters));
        a.encryptionConfigurations = Output.of(List.of(encryption));
        a.imageScanningConfiguration = Output.of(new ScanningConfigurationArgs(scanOnPush));
        a.forceDelete = Output.of(forceDelete);
        a.tags = tags;
        return a;
    }

    /** One {@code imageTagMutabilityExclusionFilters} element. */
    public static final class ExclusionFilterArgs extends ResourceArgs {
        @Import(name = "filter", required = true)
        private Output<String> filter;
        @Import(name = "filterType", required = true)
        private Output<String> filterType;

        public ExclusionFilterArgs(String filter, String filterType) {
            this.filter = Output.of(filter);
            this.filterType = Output.of(filterType);
        }
    }

    /** One {@code encryptionConfigurations} element; {@code kmsKey} null means the input is not sent. */
    public static final class EncryptionConfigurationArgs extends ResourceArgs {
        @Import(name = "encryptionType")
        private Output<String> encryptionType;
        @Import(name = "kmsKey")
        private Output<String> kmsKey;

        public EncryptionConfigurationArgs(String encryptionType, Output<String> kmsKey) {
            this.encryptionType = Output.of(encryptionType);
            this.kmsKey = kmsKey;
        }
    }

    /** The {@code imageScanningConfiguration} block. */
    public static final class ScanningConfigurationArgs extends ResourceArgs {
        @Import(name = "scanOnPush")
        private Output<Boolean> scanOnPush;

        public ScanningConfigurationArgs(boolean scanOnPush) {
            this.scanOnPush = Output.of(scanOnPush);
        }
    }
}
