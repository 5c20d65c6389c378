package dev.ecrkit.lifecycle;

import dev.ecrkit.validation.WireValues;
import java.util.Optional;

/**
 * {@code selection.countType} of a lifecycle rule
 * (https://docs.aws.amazon.com/AmazonECR/latest/userguide/lifecycle_policy_parameters.html).
 * {@link #toString()} returns the wire value. Each type fixes whether {@code countUnit} "days" is required, which
 * storage class the rule selects and, for two of them, which action is allowed.
 */
public enum CountType {
    /** Keeps the newest {@code countNumber} images of the selection; no countUnit; any action. */
    IMAGE_COUNT_MORE_THAN("imageCountMoreThan", false, StorageClass.STANDARD, Optional.empty()),
    /** Images pushed more than {@code countNumber} days ago; countUnit "days"; any action. */
    SINCE_IMAGE_PUSHED("sinceImagePushed", true, StorageClass.STANDARD, Optional.empty()),
    /** Images not pulled for {@code countNumber} days; countUnit "days"; only with action transition. */
    SINCE_IMAGE_PULLED("sinceImagePulled", true, StorageClass.STANDARD, Optional.of(ActionType.TRANSITION)),
    /** Archived images transitioned more than {@code countNumber} days ago; countUnit "days"; selects storageClass
     * archive (required); only with action expire. */
    SINCE_IMAGE_TRANSITIONED("sinceImageTransitioned", true, StorageClass.ARCHIVE, Optional.of(ActionType.EXPIRE));

    /** The only {@code countUnit} AWS accepts (lifecycle_policy_parameters.html, "countUnit"). */
    public static final String DAYS = "days";

    private final String wire;
    private final boolean usesDays;
    private final StorageClass storageClass;
    private final Optional<ActionType> onlyAction;

    CountType(String wire, boolean usesDays, StorageClass storageClass, Optional<ActionType> onlyAction) {
        this.wire = wire;
        this.usesDays = usesDays;
        this.storageClass = storageClass;
        this.onlyAction = onlyAction;
    }

    /** Whether {@code countUnit} "days" is required (true) or forbidden (false, imageCountMoreThan only). */
    public boolean usesDays() {
        return usesDays;
    }

    /** The storage class a rule of this type must select: archive for sinceImageTransitioned, standard otherwise. */
    public StorageClass storageClass() {
        return storageClass;
    }

    /** The only action allowed with this type, or empty when both expire and transition are allowed. */
    public Optional<ActionType> onlyAction() {
        return onlyAction;
    }

    /** The constant for a wire value such as {@code "sinceImagePushed"}; empty when unknown (case-sensitive). */
    public static Optional<CountType> fromWire(String wire) {
        return WireValues.find(values(), Object::toString, wire);
    }

    /** The wire value, for example {@code "imageCountMoreThan"}. */
    @Override
    public String toString() {
        return wire;
    }
}
