package dev.ecrkit.policy;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * IAM condition operators and the rule that an Allow to every principal must restrict the caller. Pure.
 */
public final class ConditionOperators {
    /**
     * Every condition operator: the base operators, optionally prefixed by {@code ForAllValues:} or
     * {@code ForAnyValue:} and suffixed by {@code IfExists}, and {@code Null}
     * (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html).
     */
    public static final Pattern OPERATOR = Pattern.compile("(?:ForAllValues:|ForAnyValue:)?(?:"
            + "StringEquals|StringNotEquals|StringEqualsIgnoreCase|StringNotEqualsIgnoreCase|StringLike|StringNotLike"
            + "|NumericEquals|NumericNotEquals|NumericLessThan|NumericLessThanEquals|NumericGreaterThan"
            + "|NumericGreaterThanEquals|DateEquals|DateNotEquals|DateLessThan|DateLessThanEquals|DateGreaterThan"
            + "|DateGreaterThanEquals|Bool|BinaryEquals|IpAddress|NotIpAddress|ArnEquals|ArnLike|ArnNotEquals"
            + "|ArnNotLike)(?:IfExists)?|Null");
    /** The rule text for a bad operator. */
    public static final String OPERATOR_RULE = "must be an IAM condition operator such as StringEquals, StringLike,"
            + " ArnLike, Bool, NumericLessThan, IpAddress or Null (optionally ForAnyValue:/ForAllValues: and IfExists)";

    /**
     * Operators that restrict the caller to the listed values (a key absent from the request never matches). The
     * list and the keys below port cloudsplaining's "not public" rule (resource_policy_document.py), which checkov
     * CKV_AWS_33 uses for KMS key policies.
     */
    public static final Set<String> RESTRICTING_OPERATORS = Set.of("StringEquals", "StringEqualsIgnoreCase",
            "StringLike", "ArnEquals", "ArnLike", "IpAddress", "ForAnyValue:StringEquals", "ForAnyValue:StringLike",
            "ForAnyValue:ArnEquals", "ForAnyValue:ArnLike");
    /** Condition keys that pin the caller to an account, organization, principal, network or source (lower case). */
    public static final Set<String> RESTRICTING_KEYS = Set.of("aws:sourcearn", "aws:sourceaccount", "aws:sourceowner",
            "aws:principalarn", "aws:principalaccount", "aws:principalorgid", "aws:principalorgpaths",
            "kms:calleraccount", "aws:userid", "aws:sourceip", "aws:sourcevpc", "aws:sourcevpce");
    /** The rule text for an open wildcard principal. */
    public static final String WILDCARD_RULE = "an Allow to every principal (\"*\") needs a condition that pins the"
            + " caller: StringEquals/StringLike/ArnEquals/ArnLike on kms:CallerAccount, aws:PrincipalAccount,"
            + " aws:PrincipalOrgID, aws:PrincipalArn, aws:SourceAccount, aws:SourceArn (or IpAddress aws:SourceIp,"
            + " aws:SourceVpc(e)) with values without \"*\"";

    private ConditionOperators() {
    }

    /** Whether {@code operator} is an IAM condition operator. */
    public static boolean isOperator(String operator) {
        return OPERATOR.matcher(operator).matches();
    }

    /** Whether this condition (operator, key, values) restricts the caller in the sense of {@link #WILDCARD_RULE}. */
    public static boolean restrictsCaller(String operator, String key, List<String> values) {
        return RESTRICTING_OPERATORS.contains(operator)
                && RESTRICTING_KEYS.contains(key.toLowerCase(Locale.ROOT))
                && !values.isEmpty()
                && values.stream().noneMatch(v -> v.contains("*"));
    }
}
