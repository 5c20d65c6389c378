package dev.ecrkit.events;

import java.util.regex.Pattern;

/**
 * The events a repository's event helpers match ({@code Repository.onImagePushed(...)} and the others), one constant
 * per helper, the wire value of an {@code eventRules} item's {@code event}. Each gives the helper's pattern
 * ({@link EcrEventPatterns}), the part of the rule's resource name ({@code <name>-on-<kind>-<ruleName>}) and its
 * generated description. Pure.
 */
public enum RepositoryEvent {
    /** Successful pushes ({@link EcrEventPatterns#imagePushes(String, OnEventOptions)}). */
    IMAGE_PUSHED("image-pushed", "Image pushes to"),
    /** Completed scans, basic and enhanced ({@link EcrEventPatterns#imageScansCompleted}). */
    IMAGE_SCAN_COMPLETED("image-scan-completed", "Completed image scans of"),
    /** Replications into the repository, completed or failed ({@link EcrEventPatterns#replications}). */
    REPLICATION("replication", "Replications into"),
    /** Pull through cache actions ({@link EcrEventPatterns#pullThroughCacheActions}). */
    PULL_THROUGH_CACHE("pull-through-cache", "Pull through cache actions on");

    /**
     * The characters of an EventBridge rule name (PutRule {@code Name}: {@code [\.\-_A-Za-z0-9]+},
     * https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_PutRule.html), which Pulumi derives from the
     * resource name that ends with the rule name.
     */
    public static final Pattern RULE_NAME = Pattern.compile("[.\\-_A-Za-z0-9]+");
    /** The rule a rule name breaks. */
    public static final String RULE_NAME_RULE = "must be letters, digits, '.', '-' or '_' (an EventBridge rule name)";

    private final String kind;
    private final String what;

    RepositoryEvent(String kind, String what) {
        this.kind = kind;
        this.what = what;
    }

    /** The wire value ({@code IMAGE_PUSHED}). */
    public String wire() {
        return name();
    }

    /** The part of the rule's resource name: {@code <name>-on-<kind>-<ruleName>}. */
    public String kind() {
        return kind;
    }

    /** The rule's event pattern for the repository. */
    public String pattern(String repositoryName, String repositoryArn, OnEventOptions options) {
        return switch (this) {
            case IMAGE_PUSHED -> EcrEventPatterns.imagePushes(repositoryName, options);
            case IMAGE_SCAN_COMPLETED -> EcrEventPatterns.imageScansCompleted(repositoryName, repositoryArn, options);
            case REPLICATION -> EcrEventPatterns.replications(repositoryName, options);
            case PULL_THROUGH_CACHE -> EcrEventPatterns.pullThroughCacheActions(repositoryName, options);
        };
    }

    /** The generated description ({@code Image pushes to repository team/orders (ecrkit)}), before fitting. */
    public String description(String repositoryName) {
        return what + " repository " + repositoryName + " (ecrkit)";
    }
}
