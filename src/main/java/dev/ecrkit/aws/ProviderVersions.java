package dev.ecrkit.aws;

import com.pulumi.aws.Utilities;
import com.pulumi.resources.ProviderResource;
import com.pulumi.resources.Resource;
import dev.ecrkit.validation.Problems;
import java.util.List;
import java.util.Optional;

/**
 * Which AWS provider plugin version receives each resource (docs/provider-versions.md). Every resource goes to the
 * plugin of the com.pulumi:aws Java SDK on the classpath ({@link #DEFAULT}), except a resource that sends an input
 * {@code DEFAULT} does not know ({@link Need}): that one requests {@link #NEWER} with the {@code version} resource
 * option. When the component was given an explicit {@code aws} provider, Pulumi ignores {@code version}; the provider's
 * own version then decides, and a need it cannot meet is refused before the resource is registered.
 */
public final class ProviderVersions {
    /**
     * The default plugin: the version com.pulumi:aws registers its resources with (6.83.0, its {@code version.txt}),
     * also the version the engine uses for a resource without a {@code version} option in an ecrkit program.
     */
    public static final String DEFAULT = Utilities.getVersion();
    /**
     * The one newer plugin: the smallest @pulumi/aws release that knows every input {@link #DEFAULT} lacks and ecrkit
     * sends. @pulumi/aws 7.12.0 {@code ecr/repository.d.ts} and {@code ecr/repositoryCreationTemplate.d.ts} document
     * {@code imageTagMutabilityExclusionFilters}; 7.16.0 {@code ecr/repositoryCreationTemplate.d.ts} first lists
     * {@code CREATE_ON_PUSH} for {@code appliedFors}; 7.17.0 {@code ecr/accountSetting.d.ts} first lists
     * {@code BLOB_MOUNTING} (checked in 7.12.0, 7.14.0, 7.15.0, 7.16.0, 7.17.0: {@code npm pack @pulumi/aws@X}).
     */
    public static final String NEWER = "7.17.0";

    /** Source of {@link #NEWER} for exclusion filters and the {@code *_WITH_EXCLUSION} mutability values. */
    public static final String EXCLUSION_FILTERS_SOURCE = "@pulumi/aws 7.12.0 ecr/repository.d.ts and"
            + " ecr/repositoryCreationTemplate.d.ts first document imageTagMutabilityExclusionFilters; com.pulumi:aws "
            + "6.83.0 RepositoryArgs has no such input";
    /** Source of {@link #NEWER} for {@code appliedFor: CREATE_ON_PUSH}. */
    public static final String CREATE_ON_PUSH_SOURCE = "@pulumi/aws 7.16.0 ecr/repositoryCreationTemplate.d.ts first"
            + " lists CREATE_ON_PUSH for appliedFors (6.83.0: PULL_THROUGH_CACHE or REPLICATION)";
    /** Source of {@link #NEWER} for {@code encryptionType: KMS_DSSE}. */
    public static final String KMS_DSSE_SOURCE = "@pulumi/aws 6.83.0 ecr/repository.d.ts and"
            + " ecr/repositoryCreationTemplate.d.ts document encryptionType AES256 or KMS; the terraform-provider-aws v6"
            + " code behind 7.17.0 validates it with enum.Validate[types.EncryptionType](), which includes KMS_DSSE";
    /** Source of {@link #NEWER} for the {@code BLOB_MOUNTING} account setting. */
    public static final String BLOB_MOUNTING_SOURCE = "@pulumi/aws 7.17.0 ecr/accountSetting.d.ts first lists"
            + " BLOB_MOUNTING (6.83.0: BASIC_SCAN_TYPE_VERSION, REGISTRY_POLICY_SCOPE)";
    /** Source of {@link #NEWER} for {@code aws:ecr/pullTimeUpdateExclusion:PullTimeUpdateExclusion}. */
    public static final String PULL_TIME_UPDATE_EXCLUSION_SOURCE = "@pulumi/aws 7.16.0 first documents"
            + " ecr/pullTimeUpdateExclusion.d.ts (7.17.0: principalArn, region); com.pulumi:aws 6.83.0 has no such resource";
    /**
     * Longest template prefix every provider release takes: terraform-provider-aws validated {@code prefix} with
     * {@code StringLenBetween(2, 30)} until PR #42723 (issue #42673, May 2025) raised it to AWS's 256; the upstream pin
     * of pulumi-aws 6.83.0 cannot be shown to include that fix, 7.17.0's (terraform-provider-aws v6) does.
     */
    public static final int OLD_PROVIDER_PREFIX_MAX_LENGTH = 30;
    /** Source of {@link #OLD_PROVIDER_PREFIX_MAX_LENGTH}. */
    public static final String LONG_PREFIX_SOURCE = "terraform-provider-aws repository_creation_template.go validated"
            + " prefix with StringLenBetween(2, " + OLD_PROVIDER_PREFIX_MAX_LENGTH + ") before PR #42723";

    private ProviderVersions() {
    }

    /**
     * An input that {@link #DEFAULT} does not take and {@link #NEWER} does.
     *
     * @param field  the field that sets it (Java builder name)
     * @param value  the value sent
     * @param source where the receiving versions document it
     */
    public record Need(String field, Object value, String source) {
    }

    /**
     * The {@code version} option for a resource parented to {@code parent} that sends {@code needs}: {@link #NEWER}
     * when it has needs and no explicit provider, empty otherwise. With an explicit {@code aws} provider older than
     * {@link #NEWER}, every need is added to {@code p}: Pulumi would send the input to that provider and ignore the
     * option. The caller throws {@code p} before registering anything.
     */
    public static Optional<String> versionFor(Problems p, Resource parent, String type, List<Need> needs) {
        if (needs.isEmpty()) {
            return Optional.empty();
        }
        var explicit = explicitProvider(parent, type);
        if (explicit.isEmpty()) {
            return Optional.of(NEWER);
        }
        String version = providerVersion(explicit.get());
        if (!atLeast(version, NEWER)) {
            needs.forEach(n -> p.add(n.field(), "needs AWS provider plugin >= " + NEWER + " (" + n.source()
                    + "), but the explicit provider " + explicit.get().pulumiResourceName() + " is plugin " + version
                    + " and Pulumi ignores the version option when a provider is given; pass a provider created with"
                    + " version " + NEWER + " or later, or none", n.value()));
        }
        return Optional.empty();
    }

    /** The {@code aws} provider the resource would inherit from {@code parent} (providers/provider options), if any. */
    static Optional<ProviderResource> explicitProvider(Resource parent, String type) {
        return Optional.ofNullable(Resource.ResourceInternal.getProvider(parent, type));
    }

    /**
     * The plugin version a provider resource was registered with: its {@code version} option (com.pulumi:aws's
     * {@code Provider} sets {@link #DEFAULT} unless the program gives another), or {@link #DEFAULT} when it has none.
     */
    static String providerVersion(ProviderResource provider) {
        return Resource.ResourceInternal.from(provider).getVersion().filter(v -> !v.isEmpty()).orElse(DEFAULT);
    }

    /** Whether version {@code have} is at least {@code need} (major.minor.patch; a pre-release counts as its release). */
    static boolean atLeast(String have, String need) {
        int[] a = numbers(have);
        int[] b = numbers(need);
        for (int i = 0; i < 3; i++) {
            if (a[i] != b[i]) {
                return a[i] > b[i];
            }
        }
        return true;
    }

    private static int[] numbers(String version) {
        var n = new int[3];
        var parts = version.split("[-+]", 2)[0].split("\\.");
        for (int i = 0; i < Math.min(3, parts.length); i++) {
            try {
                n[i] = Integer.parseInt(parts[i]);
            } catch (NumberFormatException e) {
                n[i] = 0;
            }
        }
        return n;
    }
}
