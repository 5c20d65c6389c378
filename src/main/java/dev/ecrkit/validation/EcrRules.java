package dev.ecrkit.validation;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** AWS rules for the inputs of one ECR repository, one constant per limit. Pure. */
public final class EcrRules {
    /** Repository name length, BOTO {@code RepositoryName} min 2 / max 256 (API_CreateRepository). */
    public static final int NAME_MIN_LENGTH = 2;
    /** See {@link #NAME_MIN_LENGTH}. */
    public static final int NAME_MAX_LENGTH = 256;
    /**
     * Repository name pattern, BOTO {@code RepositoryName.pattern}
     * (https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_CreateRepository.html).
     */
    public static final Pattern NAME_PATTERN =
            Pattern.compile("[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*(/[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*)*");
    static final String NAME_RULE = "must be " + NAME_MIN_LENGTH + "-" + NAME_MAX_LENGTH
            + " characters of lowercase letters and digits, separated by '.', '_', '__', '-' or '/'"
            + " (no leading, trailing or doubled separator)";

    /** Exclusion filters per repository: 1-5 (API_PutImageTagMutability, "Minimum 1, Maximum 5"). */
    public static final int EXCLUSION_FILTERS_MIN = 1;
    /** See {@link #EXCLUSION_FILTERS_MIN}. */
    public static final int EXCLUSION_FILTERS_MAX = 5;
    /** Filter value, BOTO {@code ImageTagMutabilityExclusionFilterValue}: {@code ^[0-9a-zA-Z._*-]{1,128}$}. */
    public static final Pattern EXCLUSION_FILTER_PATTERN = Pattern.compile("[0-9A-Za-z._*-]{1,128}");
    /**
     * Wildcards per filter: at most 2 (image-tag-mutability.html, "up to two wildcards"; also enforced by
     * terraform-provider-aws and the Terraform module).
     */
    public static final int EXCLUSION_FILTER_MAX_WILDCARDS = 2;

    /** KMS key reference length: 1-2048 (BOTO {@code KmsKey}). */
    public static final int KMS_KEY_MAX_LENGTH = 2048;
    /**
     * A KMS key reference as ECR accepts it: key ARN, alias ARN, {@code alias/name}, key id or multi-Region key id
     * (https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#key-id), in any AWS partition.
     */
    public static final Pattern KMS_KEY_PATTERN = Pattern.compile(
            "arn:aws(-[a-z]+)*:kms:[a-z0-9-]+:[0-9]{12}:(key/[A-Za-z0-9-]+|alias/[A-Za-z0-9:/_-]+)"
                    + "|alias/[A-Za-z0-9:/_-]+"
                    + "|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
                    + "|mrk-[0-9a-f]{32}");

    /**
     * The one partition where ECR offers dual-layer server-side encryption (encryption type {@code KMS_DSSE}): ECR user
     * guide, Encryption at rest: "Dual-layer server-side encryption with AWS KMS (DSSE-KMS) is only available in the
     * AWS GovCloud (US) Regions." (https://docs.aws.amazon.com/AmazonECR/latest/userguide/encryption-at-rest.html).
     */
    public static final String DSSE_KMS_PARTITION = "aws-us-gov";
    /** The encryption type {@link #DSSE_KMS_PARTITION} is about. */
    public static final String DSSE_KMS_TYPE = "KMS_DSSE";

    /**
     * Checks that {@code encryptionType} can be used in {@code region} of {@code partition}: {@code KMS_DSSE} only in
     * {@link #DSSE_KMS_PARTITION}.
     */
    public static void checkEncryptionPartition(Problems p, String field, String encryptionType, String region,
            String partition) {
        if (DSSE_KMS_TYPE.equals(encryptionType) && !DSSE_KMS_PARTITION.equals(partition)) {
            p.add(field, "DSSE-KMS is only available in the AWS GovCloud (US) Regions (partition " + DSSE_KMS_PARTITION
                    + "), and this stack deploys to " + region + " (partition " + partition + "); use KMS",
                    encryptionType);
        }
    }

    /**
     * A delete timeout: the module's {@code ^[0-9]+(s|m|h)$} plus Go-style compound durations such as {@code 1h30m}
     * (what the provider's timeouts accept).
     */
    public static final Pattern DURATION_PATTERN = Pattern.compile("(?:([0-9]+)h)?(?:([0-9]+)m)?(?:([0-9]+)s)?");

    private EcrRules() {
    }

    /** Checks a repository name. */
    public static void checkName(Problems p, String field, String name) {
        if (name.length() < NAME_MIN_LENGTH || name.length() > NAME_MAX_LENGTH || !NAME_PATTERN.matcher(name).matches()) {
            p.add(field, NAME_RULE, name);
        }
    }

    /** Checks exclusion filters against the mutability mode (given by whether it takes filters) and AWS limits. */
    public static void checkExclusionFilters(Problems p, String field, List<String> filters, String mutability,
            boolean modeTakesFilters) {
        if (!filters.isEmpty() && !modeTakesFilters) {
            p.add(field, "only allowed when imageTagMutability is IMMUTABLE_WITH_EXCLUSION or MUTABLE_WITH_EXCLUSION"
                    + " (imageTagMutability is " + mutability + ")", filters);
        }
        if (filters.isEmpty() && modeTakesFilters) {
            p.addNoValue(field, "at least " + EXCLUSION_FILTERS_MIN + " filter is required when imageTagMutability is "
                    + mutability);
        }
        if (filters.size() > EXCLUSION_FILTERS_MAX) {
            p.add(field, "at most " + EXCLUSION_FILTERS_MAX + " filters", filters.size() + " filters");
        }
        for (int i = 0; i < filters.size(); i++) {
            String f = filters.get(i);
            String at = field + "[" + i + "].filter";
            if (!EXCLUSION_FILTER_PATTERN.matcher(f).matches()) {
                p.add(at, "must be 1-128 characters of [0-9A-Za-z._*-]", f);
            } else if (f.chars().filter(c -> c == '*').count() > EXCLUSION_FILTER_MAX_WILDCARDS) {
                p.add(at, "at most " + EXCLUSION_FILTER_MAX_WILDCARDS + " wildcards (*)", f);
            }
        }
    }

    /** Checks a KMS key reference (ARN, alias or id). */
    public static void checkKmsKey(Problems p, String field, String key) {
        if (key.isEmpty() || key.length() > KMS_KEY_MAX_LENGTH || !KMS_KEY_PATTERN.matcher(key).matches()) {
            p.add(field, "must be a KMS key ARN, alias ARN, alias/<name>, key id or mrk- key id", key);
        }
    }

    /** Parses a positive duration such as {@code 20m}, {@code 300s}, {@code 1h30m}; empty when invalid. */
    public static Optional<Duration> parseDuration(String text) {
        Matcher m = DURATION_PATTERN.matcher(text);
        if (text.isEmpty() || !m.matches()) {
            return Optional.empty();
        }
        try {
            Duration d = Duration.ofHours(group(m, 1)).plusMinutes(group(m, 2)).plusSeconds(group(m, 3));
            return d.isZero() ? Optional.empty() : Optional.of(d);
        } catch (ArithmeticException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Checks a duration and returns it. */
    public static Optional<Duration> checkDuration(Problems p, String field, String text) {
        var d = parseDuration(text);
        if (d.isEmpty()) {
            p.add(field, "must be a positive duration such as \"20m\", \"300s\", \"1h\" or \"1h30m\"", text);
        }
        return d;
    }

    private static long group(Matcher m, int i) {
        return m.group(i) == null ? 0 : Long.parseLong(m.group(i));
    }
}
