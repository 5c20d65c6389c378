package dev.ecrkit.registry;

import dev.ecrkit.policy.PrincipalArns;
import dev.ecrkit.validation.Problems;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Pull-time update exclusions: IAM principals (roles or users) whose image pulls do not update an image's last
 * recorded pull time, so that {@code sinceImagePulled} lifecycle rules see real use only (scanners, automation). One per
 * principal, registry-wide (API {@code RegisterPullTimeUpdateExclusion}). Pure.
 */
public final class PullTimeUpdateExclusions {
    /**
     * Most exclusions per account (Amazon ECR User Guide, "Pull-time update exclusions",
     * https://docs.aws.amazon.com/AmazonECR/latest/userguide/pull-time-update-exclusions.html: "You can configure up to
     * 100 exclusions per account"). The service quotas page lists no such quota.
     */
    public static final int MAX_EXCLUSIONS = 100;
    /**
     * Longest principal ARN (API reference, RegisterPullTimeUpdateExclusion, {@code principalArn} "Maximum length of
     * 200", https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_RegisterPullTimeUpdateExclusion.html).
     */
    public static final int MAX_ARN_LENGTH = 200;
    /**
     * The principals the API takes: roles and users ({@code principalArn} pattern
     * {@code ^arn:aws(-[a-z]+)*:iam::[0-9]{12}:(role|user)/...}, same page), checked by {@link PrincipalArns}.
     */
    public static final Set<PrincipalArns.Kind> KINDS = EnumSet.of(PrincipalArns.Kind.ROLE, PrincipalArns.Kind.USER);

    private PullTimeUpdateExclusions() {
    }

    /** Checks the principal ARNs at {@code field}: each a role or user ARN of at most 200 characters, no repeats, at most 100. */
    public static void validate(Problems p, String field, List<String> principalArns) {
        if (principalArns.size() > MAX_EXCLUSIONS) {
            p.add(field, "at most " + MAX_EXCLUSIONS + " pull-time update exclusions per account", principalArns.size());
        }
        var seen = new HashSet<String>();
        for (int i = 0; i < principalArns.size(); i++) {
            String arn = principalArns.get(i);
            String at = field + "[" + i + "]";
            if (arn.length() > MAX_ARN_LENGTH) {
                p.add(at, "must be at most " + MAX_ARN_LENGTH + " characters", arn);
            } else {
                PrincipalArns.checkOne(p, at, arn, KINDS);
            }
            if (!seen.add(arn)) {
                p.add(at, "is listed twice (one exclusion per principal)", arn);
            }
        }
    }

    /**
     * The stable key of an exclusion, for its resource name: the ARN after {@code arn:<partition>:iam::}, {@code :}
     * replaced by {@code -} ({@code 123456789012-role/ci/scanner}); independent of the list order.
     */
    public static String key(String principalArn) {
        return principalArn.substring(principalArn.indexOf(":iam::") + ":iam::".length()).replace(':', '-');
    }
}
