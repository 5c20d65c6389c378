package dev.ecrkit.registry;

import dev.ecrkit.validation.Problems;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** AWS rules shared by the registry-level settings, one constant per limit. Pure. */
public final class RegistryRules {
    /**
     * A registry (account) id: 12 digits
     * (https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_ReplicationDestination.html, "Pattern: [0-9]{12}").
     */
    public static final Pattern REGISTRY_ID_PATTERN = Pattern.compile("[0-9]{12}");
    /**
     * A region as the ECR API accepts it
     * (https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_ReplicationDestination.html, "Pattern:
     * [0-9a-z-]{2,25}").
     */
    public static final Pattern REGION_API_PATTERN = Pattern.compile("[0-9a-z-]{2,25}");
    /**
     * The shape of every AWS region name (us-east-1, us-gov-west-1, cn-north-1, ap-southeast-5;
     * https://docs.aws.amazon.com/global-infrastructure/latest/regions/aws-regions.html): checked on top of
     * {@link #REGION_API_PATTERN} so that a typo such as {@code us-west} or {@code useast1} is caught before deploy.
     */
    public static final Pattern REGION_SHAPE = Pattern.compile("[a-z]{2}(-[a-z]+)+-[0-9]+");
    static final String REGION_RULE = "must be an AWS region name such as \"us-west-2\" (2-25 characters of [0-9a-z-])";
    /** Longest IAM role ARN ECR accepts for customRoleArn (API_CreateRepositoryCreationTemplate, API_CreatePullThroughCacheRule: "Maximum length of 2048"). */
    public static final int ROLE_ARN_MAX_LENGTH = 2048;
    /**
     * An IAM role ARN in any partition, with an optional path
     * (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference-arns.html, "arn:aws:iam::account:role/role-name-with-path").
     */
    public static final Pattern ROLE_ARN_PATTERN =
            Pattern.compile("arn:aws(-[a-z]+)*:iam::[0-9]{12}:role/[\\w+=,.@/-]{1,512}");
    static final String ROLE_ARN_RULE = "must be an IAM role ARN (arn:aws:iam::<account>:role/<name>, at most "
            + ROLE_ARN_MAX_LENGTH + " characters)";

    /**
     * Registry policy text: at most 10,240 characters (BOTO {@code RegistryPolicyText};
     * https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_PutRegistryPolicy.html).
     */
    public static final int REGISTRY_POLICY_MAX_LENGTH = 10_240;

    private RegistryRules() {
    }

    /** Checks a region name. */
    public static boolean checkRegion(Problems p, String field, String region) {
        if (!REGION_API_PATTERN.matcher(region).matches() || !REGION_SHAPE.matcher(region).matches()) {
            p.add(field, REGION_RULE, region);
            return false;
        }
        return true;
    }

    /** Checks a registry (account) id. */
    public static boolean checkRegistryId(Problems p, String field, String registryId) {
        if (!REGISTRY_ID_PATTERN.matcher(registryId).matches()) {
            p.add(field, "must be a 12-digit AWS account id (the registry id)", registryId);
            return false;
        }
        return true;
    }

    /** Checks an IAM role ARN. */
    public static boolean checkRoleArn(Problems p, String field, String arn) {
        if (arn.length() > ROLE_ARN_MAX_LENGTH || !ROLE_ARN_PATTERN.matcher(arn).matches()) {
            p.add(field, ROLE_ARN_RULE, arn);
            return false;
        }
        return true;
    }

    /** The account id of an ARN ({@code arn:partition:service:region:account:...}), or empty. */
    public static Optional<String> arnAccount(String arn) {
        return arnPart(arn, 4);
    }

    /** The region of an ARN, or empty (also for global ARNs such as IAM's). */
    public static Optional<String> arnRegion(String arn) {
        return arnPart(arn, 3);
    }

    private static Optional<String> arnPart(String arn, int index) {
        String[] parts = arn.split(":", 6);
        if (parts.length < 6 || !parts[0].equals("arn") || parts[index].isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(parts[index]);
    }

    /** Group {@code i} of a match, or "" when it did not participate. */
    static String group(Matcher m, int i) {
        return m.group(i) == null ? "" : m.group(i);
    }
}
