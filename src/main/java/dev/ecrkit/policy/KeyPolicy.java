package dev.ecrkit.policy;

import dev.ecrkit.validation.Problems;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The key policy ecrkit generates for a KMS key: the Terraform module's statement set ({@code modules/kms}), fixed.
 * Statements, in this order, each only when its input asks for it:
 * <ol>
 *   <li>{@value #SID_ROOT}: the account root, {@link #ROOT_ACTIONS} (key administration delegated to IAM policies;
 *       no cryptographic actions);</li>
 *   <li>{@value #SID_ECR_USE} and {@value #SID_ECR_GRANTS}: the account's identities may use the key only through
 *       ECR in this region ({@code kms:ViaService} = {@code ecr.<region>.amazonaws.com}, {@code kms:CallerAccount}
 *       = the account); grants only for AWS resources ({@code kms:GrantIsForAWSResource}). This replaces the
 *       module's unconditioned {@code Service: ecr.amazonaws.com} statement, which is not how ECR uses a customer
 *       managed key: ECR calls KMS on behalf of the caller and through the grants it creates when the repository is
 *       created (https://docs.aws.amazon.com/AmazonECR/latest/userguide/encryption-at-rest.html, "Required IAM
 *       permissions when using a customer managed key": "To allow the KMS key to be used only for requests that
 *       originate in Amazon ECR, you can use the kms:ViaService condition key with the ecr.&lt;region&gt;.amazonaws.com
 *       value"; kms:CallerAccount and kms:GrantIsForAWSResource:
 *       https://docs.aws.amazon.com/kms/latest/developerguide/conditions-kms.html);</li>
 *   <li>{@value #SID_ADMINISTRATORS}: the key administrators, {@link #ADMINISTRATOR_ACTIONS};</li>
 *   <li>{@value #SID_USERS}: the key users, the usage's actions ({@code userActions});</li>
 *   <li>{@value #SID_ADDITIONAL}: the additional principals, the same actions as the users;</li>
 *   <li>the custom statements, in order.</li>
 * </ol>
 * Every generated statement has {@code Resource ["*"]} (this key). Pure.
 *
 * @param enableDefaultPolicy  include the root statement
 * @param allowEcrService      include the two ECR statements
 * @param keyAdministrators    principal ARNs of the administrators statement (none: no statement)
 * @param keyUsers             principal ARNs of the users statement (none: no statement)
 * @param additionalPrincipals principal ARNs of the additional-principals statement (none: no statement)
 * @param userActions          actions of the users and additional-principals statements (depends on the key usage)
 * @param customStatements     statements appended as given
 */
public record KeyPolicy(boolean enableDefaultPolicy, boolean allowEcrService, List<String> keyAdministrators,
        List<String> keyUsers, List<String> additionalPrincipals, List<String> userActions,
        List<PolicyStatement> customStatements) {
    /** Sid of the root statement (the module's). */
    public static final String SID_ROOT = "EnableIAMRootUserPermissions";
    /** Sid of the statement that lets the account use the key through ECR. */
    public static final String SID_ECR_USE = "AllowUseThroughECR";
    /** Sid of the statement that lets ECR create its grants for the account. */
    public static final String SID_ECR_GRANTS = "AllowGrantsForECR";
    /** Sid of the administrators statement (the module's). */
    public static final String SID_ADMINISTRATORS = "AllowKeyAdministrators";
    /** Sid of the users statement (the module's). */
    public static final String SID_USERS = "AllowKeyUsers";
    /** Sid of the additional-principals statement (the module's). */
    public static final String SID_ADDITIONAL = "AllowAdditionalPrincipals";

    /**
     * Key administration: the module's twelve actions plus {@code kms:TagResource} and {@code kms:UntagResource}
     * (without them only a listed administrator could change the key's tags, and a tag change by the deployment
     * would fail). No cryptographic action: using the key goes through the ECR and users statements.
     */
    public static final List<String> ADMINISTRATOR_ACTIONS = List.of("kms:Create*", "kms:Describe*", "kms:Enable*",
            "kms:List*", "kms:Put*", "kms:Update*", "kms:Revoke*", "kms:Disable*", "kms:Get*", "kms:Delete*",
            "kms:TagResource", "kms:UntagResource", "kms:ScheduleKeyDeletion", "kms:CancelKeyDeletion");
    /** The root statement's actions: the same as the administrators'. */
    public static final List<String> ROOT_ACTIONS = ADMINISTRATOR_ACTIONS;
    /**
     * What ECR does with the key for a repository: DescribeKey at creation, GenerateDataKey on push, Decrypt on pull
     * (encryption-at-rest.html, steps 1-7), plus Encrypt and ReEncrypt as in AWS's managed key for ECR.
     */
    public static final List<String> ECR_USE_ACTIONS = List.of("kms:Encrypt", "kms:Decrypt", "kms:ReEncrypt*",
            "kms:GenerateDataKey*", "kms:DescribeKey");
    /** ECR creates two grants when a repository is created (encryption-at-rest.html, step 2). */
    public static final List<String> ECR_GRANT_ACTIONS = List.of("kms:CreateGrant");
    /** The ECR endpoint a request must come through: {@code ecr.<region>.amazonaws.com} (kms:ViaService). */
    public static final String ECR_VIA_SERVICE = "ecr.%s.amazonaws.com";

    public KeyPolicy {
        keyAdministrators = List.copyOf(keyAdministrators);
        keyUsers = List.copyOf(keyUsers);
        additionalPrincipals = List.copyOf(additionalPrincipals);
        userActions = List.copyOf(userActions);
        customStatements = List.copyOf(customStatements);
    }

    /** The statements for {@code account}. */
    public PolicyDocument document(AwsScope account) {
        Objects.requireNonNull(account, "account");
        var statements = new ArrayList<PolicyStatement>();
        if (enableDefaultPolicy) {
            statements.add(allow(SID_ROOT, List.of(account.root()), ROOT_ACTIONS).build());
        }
        if (allowEcrService) {
            String via = String.format(ECR_VIA_SERVICE, account.region());
            statements.add(allow(SID_ECR_USE, List.of(account.root()), ECR_USE_ACTIONS)
                    .condition(Condition.stringEquals("kms:CallerAccount", account.accountId()))
                    .condition(Condition.stringEquals("kms:ViaService", via))
                    .build());
            statements.add(allow(SID_ECR_GRANTS, List.of(account.root()), ECR_GRANT_ACTIONS)
                    .condition(Condition.stringEquals("kms:CallerAccount", account.accountId()))
                    .condition(Condition.stringEquals("kms:ViaService", via))
                    .condition(Condition.bool("kms:GrantIsForAWSResource", true))
                    .build());
        }
        if (!keyAdministrators.isEmpty()) {
            statements.add(allow(SID_ADMINISTRATORS, keyAdministrators, ADMINISTRATOR_ACTIONS).build());
        }
        if (!keyUsers.isEmpty()) {
            statements.add(allow(SID_USERS, keyUsers, userActions).build());
        }
        if (!additionalPrincipals.isEmpty()) {
            statements.add(allow(SID_ADDITIONAL, additionalPrincipals, userActions).build());
        }
        statements.addAll(customStatements);
        return new PolicyDocument(statements);
    }

    /**
     * Checks what only the account reveals: every principal ARN is in the account's partition (an ARN of another
     * partition can never match), and the document fits KMS's size limit. Fields are relative to {@code p}.
     */
    public void checkFor(AwsScope account, Problems p) {
        checkPartition(p, "keyAdministrators", keyAdministrators, account);
        checkPartition(p, "keyUsers", keyUsers, account);
        checkPartition(p, "additionalPrincipals", additionalPrincipals, account);
        for (int i = 0; i < customStatements.size(); i++) {
            var principals = customStatements.get(i).principals();
            for (int j = 0; j < principals.size(); j++) {
                if (principals.get(j).type() == PrincipalType.AWS) {
                    String path = "customPolicyStatements[" + i + "]."
                            + (principals.size() == 1 ? "principals" : "principals[" + j + "]") + ".identifiers";
                    checkPartition(p, path, principals.get(j).identifiers(), account);
                }
            }
        }
        int size = document(account).sizeInBytes();
        if (size > PolicyDocuments.KEY_POLICY_MAX_BYTES) {
            p.add("policy", "the generated key policy must be at most " + PolicyDocuments.KEY_POLICY_MAX_BYTES
                    + " bytes; list fewer principals or statements", size + " bytes");
        }
    }

    private static void checkPartition(Problems p, String field, List<String> arns, AwsScope account) {
        for (int i = 0; i < arns.size(); i++) {
            int index = i;
            PrincipalArns.parse(arns.get(i)).filter(a -> !a.partition().equals(account.partition()))
                    .ifPresent(a -> p.add(field + "[" + index + "]", "must be in partition " + account.partition()
                            + " (the key's region " + account.region() + " is in it)", arns.get(index)));
        }
    }

    private static PolicyStatement.Builder allow(String sid, List<String> principals, List<String> actions) {
        return PolicyStatement.builder().sid(sid).effect(Effect.ALLOW)
                .principals(new Principals(PrincipalType.AWS, principals)).actions(actions);
    }
}
