package dev.ecrkit.findings;

import java.util.List;

/**
 * Every check {@link Findings} runs: the "report" controls of the security checks reference (section 1) that apply
 * to the resources ecrkit creates today, with their stable ids. Severities follow Security Hub where it has the control
 * (https://docs.aws.amazon.com/securityhub/latest/userguide/ecr-controls.html: ECR.1 High, ECR.2, ECR.3 and ECR.5
 * Medium); the others are ecrkit's judgement, documented in docs/plan.md.
 */
public enum Check {
    /** {@code imageTagMutability} MUTABLE or MUTABLE_WITH_EXCLUSION: a tag can be moved to another image. */
    MUTABLE_TAGS("Image tags are mutable",
            "ECRKIT-REPO-MUTABLE-TAGS", Severity.MEDIUM, "imageTagMutability",
            List.of("CKV_AWS_51", "AVD-AWS-0031", "ECR.2")),
    /** IMMUTABLE_WITH_EXCLUSION: tags matching the filters can move; the scanners treat it as mutable. */
    TAG_MUTABILITY_EXCLUSIONS("Immutable tags with exclusions",
            "ECRKIT-REPO-TAG-EXCLUSIONS", Severity.LOW, "imageTagMutability",
            List.of("CKV_AWS_51", "AVD-AWS-0031", "ECR.2")),
    /** AES256 or the AWS managed key {@code aws/ecr} instead of a customer managed KMS key. */
    NO_CUSTOMER_MANAGED_KEY("Not encrypted with a customer managed KMS key",
            "ECRKIT-REPO-NO-CMK", Severity.MEDIUM, "encryptionType",
            List.of("CKV_AWS_136", "AVD-AWS-0033", "ECR.5")),
    /** Scan on push off. */
    SCAN_ON_PUSH_OFF("Images are not scanned on push",
            "ECRKIT-REPO-SCAN-ON-PUSH-OFF", Severity.HIGH, "scanOnPush",
            List.of("CKV_AWS_163", "AVD-AWS-0030", "ECR.1")),
    /** No lifecycle policy. */
    NO_LIFECYCLE_POLICY("No lifecycle policy",
            "ECRKIT-REPO-NO-LIFECYCLE-POLICY", Severity.MEDIUM, "lifecyclePolicyTemplate",
            List.of("ECR.3", "CT.ECR.PR.1")),
    /** forceDelete on a repository protected by preventDestroy. */
    FORCE_DELETE_PROTECTED("forceDelete on a protected repository",
            "ECRKIT-REPO-FORCE-DELETE-PROTECTED", Severity.MEDIUM, "forceDelete", List.of()),
    /** An Allow statement to a {@code *} principal with no condition restricting who: public. */
    PUBLIC_POLICY("Repository policy allows any principal",
            "ECRKIT-POLICY-PUBLIC", Severity.HIGH, "policy", List.of("CKV_AWS_32", "AVD-AWS-0032")),
    /** An Allow statement to a {@code *} principal restricted by a condition (Trivy ignores conditions). */
    WILDCARD_PRINCIPAL("Repository policy allows a * principal under a condition",
            "ECRKIT-POLICY-WILDCARD-PRINCIPAL", Severity.LOW, "policy", List.of("AVD-AWS-0032")),
    /**
     * An Allow statement to a {@code *} principal restricted by a condition, but not to an organization
     * ({@code aws:PrincipalOrgID} or {@code aws:PrincipalOrgPaths}): the access report's "* without an organization
     * condition" (issue 21). Reported instead of {@link #WILDCARD_PRINCIPAL}.
     */
    WILDCARD_OUTSIDE_ORG("Repository policy allows a * principal without an organization condition",
            "ECRKIT-POLICY-WILDCARD-OUTSIDE-ORG", Severity.MEDIUM, "policy", List.of("AVD-AWS-0032")),
    /** An Allow statement to a principal of another account. */
    CROSS_ACCOUNT("Repository policy grants another account",
            "ECRKIT-POLICY-CROSS-ACCOUNT", Severity.LOW, "policy", List.of()),
    /**
     * An Allow statement without any condition that lets a principal of another account push (any of
     * {@code GovernancePolicies.PUSH_ACTIONS}, wildcards expanded); reported instead of {@link #CROSS_ACCOUNT}.
     */
    CROSS_ACCOUNT_PUSH("Repository policy lets another account push without a condition",
            "ECRKIT-POLICY-CROSS-ACCOUNT-PUSH", Severity.MEDIUM, "policy", List.of()),
    /**
     * An Allow statement to the {@code lambda.amazonaws.com} service principal without an {@code aws:SourceArn} or
     * {@code aws:SourceAccount} condition: any account's function could pull (Lambda developer guide, "Amazon ECR
     * permissions", which shows the condition; the confused deputy problem, IAM user guide).
     */
    LAMBDA_WITHOUT_SOURCE("Repository policy grants Lambda without a source condition",
            "ECRKIT-POLICY-LAMBDA-NO-SOURCE", Severity.MEDIUM, "policy", List.of()),
    /** A lifecycle rule that can never act (a shadowed rule). */
    SHADOWED_LIFECYCLE_RULE("Lifecycle rule that can never act",
            "ECRKIT-LIFECYCLE-SHADOWED-RULE", Severity.LOW, "lifecyclePolicy", List.of()),
    /**
     * An SNS topic ecrkit creates without server-side encryption (Security Hub SNS.1 Medium,
     * https://docs.aws.amazon.com/securityhub/latest/userguide/sns-controls.html); fixed by naming an existing,
     * encrypted topic in {@code snsTopicName} without {@code createSnsTopic}.
     */
    SNS_TOPIC_UNENCRYPTED("SNS topic not encrypted at rest",
            "ECRKIT-SNS-UNENCRYPTED", Severity.MEDIUM, "snsTopicName",
            List.of("CKV_AWS_26", "AVD-AWS-0095", "SNS.1")),
    /**
     * The event log group keeps events for less than a year (CloudWatch.16 expects at least 365 days,
     * https://docs.aws.amazon.com/securityhub/latest/userguide/cloudwatch-controls.html); 0 (never expire) passes.
     */
    LOG_RETENTION_UNDER_A_YEAR("Event log kept less than a year",
            "ECRKIT-LOG-RETENTION-UNDER-A-YEAR", Severity.LOW, "logRetentionDays",
            List.of("CKV_AWS_338", "CloudWatch.16"));

    private final String title;
    private final String id;
    private final Severity severity;
    private final String key;
    private final List<String> controls;

    Check(String title, String id, Severity severity, String key, List<String> controls) {
        this.title = title;
        this.id = id;
        this.severity = severity;
        this.key = key;
        this.controls = controls;
    }

    /** What fails, in a few words (SARIF's rule description). */
    public String title() {
        return title;
    }

    /** The stable id, {@code ECRKIT-...}. */
    public String id() {
        return id;
    }

    /** Its severity. */
    public Severity severity() {
        return severity;
    }

    /** The config key that usually fixes it (a finding may name another one, such as kmsKey). */
    public String key() {
        return key;
    }

    /** Scanner and Security Hub control ids (checkov CKV_*, Trivy AVD-*, Security Hub, Control Tower). */
    public List<String> controls() {
        return controls;
    }
}
