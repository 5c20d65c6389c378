package dev.ecrkit.lifecycle;

import java.util.Objects;

/**
 * What the policy does to one image.
 *
 * @param image        the image
 * @param action       expire, transition or keep
 * @param rulePriority the priority of the rule that acts on it, or {@link #NO_RULE} when it is kept
 * @param reason       one line for a person: the rule that acted (or selects it and keeps it) and why
 */
public record ImageOutcome(ImageRecord image, SimulatedAction action, int rulePriority, String reason) {
    /** {@link #rulePriority()} of a kept image (AWS priorities start at 1). */
    public static final int NO_RULE = 0;

    public ImageOutcome {
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(reason, "reason");
        if ((action == SimulatedAction.KEEP) != (rulePriority == NO_RULE)) {
            throw new IllegalArgumentException("a rule priority belongs to expired and transitioned images only");
        }
    }
}
