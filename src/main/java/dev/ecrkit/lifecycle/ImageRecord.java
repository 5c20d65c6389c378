package dev.ecrkit.lifecycle;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One image of a repository, as the lifecycle simulator sees it: what ECR's lifecycle evaluator reads
 * (https://docs.aws.amazon.com/AmazonECR/latest/userguide/LifecyclePolicies.html, "Lifecycle policy evaluation rules":
 * {@code pushed_at_time}, {@code last_recorded_pulltime}, {@code last_archived_at}, the tags and the storage class).
 * An {@link Instant} of {@link #NEVER} means "never" (never pulled, never archived).
 *
 * @param digest         the image digest ({@code sha256:...})
 * @param tags           the image's tags; empty for an untagged image
 * @param pushedAt       when the image was pushed
 * @param lastPulledAt   when it was last pulled, or {@link #NEVER} (then {@code sinceImagePulled} uses {@code pushedAt})
 * @param storageClass   {@link StorageClass#STANDARD} or {@link StorageClass#ARCHIVE}
 * @param transitionedAt when it was archived: required ({@code != NEVER}) for archive, {@link #NEVER} for standard
 */
public record ImageRecord(String digest, List<String> tags, Instant pushedAt, Instant lastPulledAt,
                          StorageClass storageClass, Instant transitionedAt) {
    /** The value of an {@link Instant} that did not happen (never pulled, not archived). */
    public static final Instant NEVER = Instant.MIN;

    /** Rejects nulls and an archive time that does not fit the storage class; copies the tags. */
    public ImageRecord {
        Objects.requireNonNull(digest, "digest");
        tags = List.copyOf(tags);
        Objects.requireNonNull(pushedAt, "pushedAt");
        Objects.requireNonNull(lastPulledAt, "lastPulledAt");
        Objects.requireNonNull(storageClass, "storageClass");
        Objects.requireNonNull(transitionedAt, "transitionedAt");
        if ((storageClass == StorageClass.ARCHIVE) == (transitionedAt == NEVER)) {
            throw new IllegalArgumentException("transitionedAt is required for archived images and must be NEVER for "
                    + "standard ones, got " + storageClass + " and " + transitionedAt);
        }
    }

    /** A standard image pushed at {@code pushedAt}, never pulled, with these tags (none: untagged). */
    public static ImageRecord pushed(String digest, Instant pushedAt, String... tags) {
        return new ImageRecord(digest, List.of(tags), pushedAt, NEVER, StorageClass.STANDARD, NEVER);
    }

    /** This image, last pulled at {@code at}. */
    public ImageRecord pulledAt(Instant at) {
        return new ImageRecord(digest, tags, pushedAt, at, storageClass, transitionedAt);
    }

    /** This image, moved to the archive storage class at {@code at}. */
    public ImageRecord archivedAt(Instant at) {
        return new ImageRecord(digest, tags, pushedAt, lastPulledAt, StorageClass.ARCHIVE, at);
    }

    /** Whether the image has at least one tag. */
    public boolean tagged() {
        return !tags.isEmpty();
    }

    /** Whether it was ever pulled. */
    public boolean everPulled() {
        return lastPulledAt != NEVER;
    }

    /** The time {@code sinceImagePulled} measures from: the last pull, or the push for a never-pulled image. */
    public Instant lastPullOrPush() {
        return everPulled() ? lastPulledAt : pushedAt;
    }
}
