package dev.ecrkit.events;

/**
 * The {@code detail-type} values of the events ECR and Amazon Inspector send to EventBridge about a repository, with
 * the event {@code source} of each. Sources: https://docs.aws.amazon.com/AmazonECR/latest/userguide/ecr-eventbridge.html
 * (ECR events) and https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-scanning-enhanced-events.html
 * (enhanced scanning: Inspector events).
 */
public enum EcrEventType {
    /** Image push, delete and storage-class change (archive, restore); {@code detail.repository-name} is the name. */
    IMAGE_ACTION(EcrEventType.ECR, "ECR Image Action"),
    /** Basic scan completed, with {@code detail.finding-severity-counts}; {@code detail.repository-name} is the name. */
    IMAGE_SCAN(EcrEventType.ECR, "ECR Image Scan"),
    /** Pull through cache action; {@code detail.repository-name} is the name. */
    PULL_THROUGH_CACHE_ACTION(EcrEventType.ECR, "ECR Pull Through Cache Action"),
    /** Replication completed or failed, sent in the destination Region; {@code detail.repository-name} is the name. */
    REPLICATION_ACTION(EcrEventType.ECR, "ECR Replication Action"),
    /** Referrer (signature, SBOM, attestation) action; {@code detail.repository-name} is the name. */
    REFERRER_ACTION(EcrEventType.ECR, "ECR Referrer Action"),
    /**
     * Enhanced-scanning resource change (scan frequency change, ...); the repositories are listed in
     * {@code detail.repositories[].repository-name}.
     */
    SCAN_RESOURCE_CHANGE(EcrEventType.ECR, "ECR Scan Resource Change"),
    /**
     * Enhanced scanning: Inspector's initial image scan completed, with {@code detail.finding-severity-counts};
     * {@code detail.repository-name} is the repository <em>ARN</em>.
     */
    INSPECTOR_SCAN(EcrEventType.INSPECTOR, "Inspector2 Scan"),
    /**
     * Enhanced scanning: one finding created, updated or closed; the repository name is in
     * {@code detail.resources[].details.awsEcrContainerImage.repositoryName}.
     */
    INSPECTOR_FINDING(EcrEventType.INSPECTOR, "Inspector2 Finding");

    /** Event source of ECR's own events. */
    public static final String ECR = "aws.ecr";
    /** Event source of Amazon Inspector's events (enhanced scanning). */
    public static final String INSPECTOR = "aws.inspector2";

    private final String source;
    private final String detailType;

    EcrEventType(String source, String detailType) {
        this.source = source;
        this.detailType = detailType;
    }

    /** The event {@code source}. */
    public String source() {
        return source;
    }

    /** The event {@code detail-type} (the wire value). */
    public String detailType() {
        return detailType;
    }
}
