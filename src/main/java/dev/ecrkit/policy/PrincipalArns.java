package dev.ecrkit.policy;

import dev.ecrkit.validation.Problems;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * IAM principal ARNs that a KMS key policy accepts, in the partitions ecrkit supports. Pure.
 *
 * <p>Forms (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html and
 * https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-overview.html "Specifying principals"):
 * {@code arn:<p>:iam::<account>:root}, {@code arn:<p>:iam::<account>:user/<path/><name>},
 * {@code arn:<p>:iam::<account>:role/<path/><name>} and the session form
 * {@code arn:<p>:sts::<account>:assumed-role/<role>/<session>}. IAM groups are not principals.
 */
public final class PrincipalArns {
    /** The partitions ecrkit supports (botocore partitions.json: aws, aws-cn, aws-us-gov). */
    public static final List<String> PARTITIONS = List.of("aws", "aws-cn", "aws-us-gov");
    /** An AWS account id: 12 digits. */
    public static final Pattern ACCOUNT_ID = Pattern.compile("[0-9]{12}");
    /**
     * IAM user and role names: 1-64 of {@code [\w+=,.@-]}; paths: segments of the same characters
     * (IAM API {@code userNameType}, {@code roleNameType}, {@code pathType}).
     */
    private static final String NAME = "[\\w+=,.@-]{1,64}";
    private static final String PATH = "(?:[\\w+=,.@-]+/)*";
    /** Role session names: 2-64 of {@code [\w+=,.@-]} (STS API {@code roleSessionNameType}). */
    private static final String SESSION = "[\\w+=,.@-]{2,64}";
    private static final Pattern ARN = Pattern.compile(
            "arn:(aws|aws-cn|aws-us-gov):(?:iam::([0-9]{12}):(root|user/" + PATH + NAME + "|role/" + PATH + NAME
                    + ")|sts::([0-9]{12}):(assumed-role/" + NAME + "/" + SESSION + "))");
    /**
     * A service principal: {@code <service>.amazonaws.com}, with the China suffix {@code .amazonaws.com.cn} also
     * accepted (service principals: IAM reference_policies_elements_principal.html "AWS service principals").
     */
    public static final Pattern SERVICE = Pattern.compile("[a-z0-9][a-z0-9.-]*\\.amazonaws\\.com(?:\\.cn)?");

    /** What an ARN names. */
    public enum Kind {
        /** The account ({@code :root}): every identity of the account that its IAM policies allow. */
        ROOT,
        /** An IAM user. */
        USER,
        /** An IAM role. */
        ROLE,
        /** An assumed-role session (STS). */
        ASSUMED_ROLE
    }

    /** Every kind. */
    public static final Set<Kind> ALL_KINDS = EnumSet.allOf(Kind.class);

    /** A parsed principal ARN. */
    public record Parsed(String partition, String accountId, Kind kind) {
    }

    private PrincipalArns() {
    }

    /** The ARN's partition, account and kind; empty when it is not a supported principal ARN. */
    public static Optional<Parsed> parse(String arn) {
        Matcher m = ARN.matcher(arn);
        if (!m.matches()) {
            return Optional.empty();
        }
        if (m.group(2) != null) {
            String resource = m.group(3);
            Kind kind = resource.equals("root") ? Kind.ROOT : resource.startsWith("user/") ? Kind.USER : Kind.ROLE;
            return Optional.of(new Parsed(m.group(1), m.group(2), kind));
        }
        return Optional.of(new Parsed(m.group(1), m.group(4), Kind.ASSUMED_ROLE));
    }

    /** The root principal of an account: {@code arn:<partition>:iam::<account>:root}. */
    public static String root(String partition, String accountId) {
        return "arn:" + partition + ":iam::" + accountId + ":root";
    }

    /** Checks a list of principal ARNs of the allowed kinds; a bad entry is reported as {@code field[i]}. */
    public static void check(Problems p, String field, List<String> arns, Set<Kind> allowed) {
        for (int i = 0; i < arns.size(); i++) {
            checkOne(p, field + "[" + i + "]", arns.get(i), allowed);
        }
    }

    /** Checks one principal ARN of the allowed kinds. */
    public static void checkOne(Problems p, String field, String arn, Set<Kind> allowed) {
        var parsed = parse(arn);
        if (parsed.isPresent() && allowed.contains(parsed.get().kind())) {
            return;
        }
        if (arn.matches("arn:[^:]*:iam::[0-9]{12}:group/.*")) {
            p.add(field, "IAM groups cannot be principals; name the users or a role instead", arn);
        } else if (arn.startsWith("arn:") && !PARTITIONS.contains(partitionText(arn))) {
            p.add(field, "partition must be one of " + String.join(", ", PARTITIONS), arn);
        } else {
            p.add(field, "must be " + describe(allowed) + " (partition " + String.join(", ", PARTITIONS)
                    + "; account 12 digits)", arn);
        }
    }

    /** A principal of type {@code AWS} in a statement: an ARN as above, a 12-digit account id, or {@code *}. */
    public static boolean isAwsPrincipal(String identifier) {
        return identifier.equals("*") || ACCOUNT_ID.matcher(identifier).matches() || parse(identifier).isPresent();
    }

    private static String partitionText(String arn) {
        int end = arn.indexOf(':', 4);
        return end < 0 ? "" : arn.substring(4, end);
    }

    private static String describe(Set<Kind> allowed) {
        var forms = new java.util.ArrayList<String>();
        if (allowed.contains(Kind.ROOT)) {
            forms.add("arn:<partition>:iam::<account>:root");
        }
        if (allowed.contains(Kind.USER)) {
            forms.add("arn:<partition>:iam::<account>:user/<name>");
        }
        if (allowed.contains(Kind.ROLE)) {
            forms.add("arn:<partition>:iam::<account>:role/<name>");
        }
        if (allowed.contains(Kind.ASSUMED_ROLE)) {
            forms.add("arn:<partition>:sts::<account>:assumed-role/<role>/<session>");
        }
        return forms.size() == 1 ? forms.get(0)
                : String.join(", ", forms.subList(0, forms.size() - 1)) + " or " + forms.get(forms.size() - 1);
    }
}
