package dev.ecrkit.policy;

import java.util.ArrayList;
import java.util.List;

/**
 * Policies of the Governance component (see {@code docs/governance.md}): the repository policy statement that
 * restricts pushes, and the access policies of the webhook and quarantine functions. Pure.
 */
public final class GovernancePolicies {
    /**
     * The actions of an image push: the three layer-upload actions and {@code ecr:PutImage}, which writes the manifest
     * and its tag (and re-tags an existing image; https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-retag.html).
     * Action names: https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonelasticcontainerregistry.html.
     */
    public static final List<String> PUSH_ACTIONS = List.of("ecr:PutImage", "ecr:InitiateLayerUpload",
            "ecr:UploadLayerPart", "ecr:CompleteLayerUpload");
    /**
     * Global condition key with the ARN of the calling principal (for a role session, the role's ARN). ECR's own
     * repository condition keys are only {@code aws:ResourceTag/*} and {@code ecr:ResourceTag/*}, which read the
     * repository's tags; there is no image-tag key, so a statement cannot be limited to some tags.
     * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html#condition-keys-principalarn
     */
    public static final String PRINCIPAL_ARN_KEY = "aws:PrincipalArn";
    /**
     * Global condition key that is {@code true} only when an AWS service principal calls directly; it keeps the Deny
     * from applying to AWS services acting as themselves (which have no principal ARN).
     * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html#condition-keys-principalisawsservice
     */
    public static final String PRINCIPAL_IS_AWS_SERVICE_KEY = "aws:PrincipalIsAWSService";

    private GovernancePolicies() {
    }

    /**
     * A repository policy statement that denies every push to every principal whose ARN matches none of
     * {@code allowed} (IAM principal ARNs, wildcards allowed), AWS services acting as themselves excepted. An explicit
     * Deny in the repository policy wins over any Allow in identity policies, so this is enforced by AWS. It names no
     * {@code Resource}: a repository policy applies to its repository.
     */
    public static PolicyStatement denyPushExcept(String sid, List<String> allowed) {
        return PolicyStatement.deny(sid).awsPrincipals("*")
                .actions(PUSH_ACTIONS).noResource()
                .condition("ArnNotLike", PRINCIPAL_ARN_KEY, allowed)
                .condition("Bool", PRINCIPAL_IS_AWS_SERVICE_KEY, "false").build();
    }

    /**
     * Access of a webhook function: read the repository's images (to report the tags of a scanned image whose event
     * lists none; https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_DescribeImages.html) and, when the
     * body is signed, read that one secret (https://docs.aws.amazon.com/secretsmanager/latest/apireference/API_GetSecretValue.html).
     */
    public static PolicyDocument webhook(String repositoryArn, String secretArn) {
        var statements = new ArrayList<PolicyStatement>();
        statements.add(PolicyStatement.allow("DescribeRepositoryImages").actions("ecr:DescribeImages")
                .resources(repositoryArn).build());
        if (!secretArn.isEmpty()) {
            statements.add(PolicyStatement.allow("ReadSigningSecret").actions("secretsmanager:GetSecretValue")
                    .resources(secretArn).build());
        }
        return new PolicyDocument(statements);
    }

    /**
     * Access of a quarantine function, on the one repository: list an image's tags ({@code DescribeImages}), read its
     * manifest ({@code BatchGetImage}), add the quarantine tag ({@code PutImage}) and remove the failing tag
     * ({@code BatchDeleteImage} by tag).
     */
    public static PolicyDocument quarantine(String repositoryArn) {
        return PolicyDocument.of(PolicyStatement.allow("QuarantineRepositoryImages")
                .actions("ecr:DescribeImages", "ecr:BatchGetImage", "ecr:PutImage", "ecr:BatchDeleteImage")
                .resources(repositoryArn).build());
    }
}
