package dev.ecrkit.lifecycle;

import dev.ecrkit.json.Json;
import dev.ecrkit.validation.InvalidInputException;
import dev.ecrkit.validation.Problems;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The simulator's images file: {@code {"images": [{"digest": "sha256:...", "tags": ["v1"], "pushedAt":
 * "2026-01-02T03:04:05Z", "lastPulledAt": "..." (optional), "storageClass": "standard" | "archive" (default standard),
 * "transitionedAt": "..." (archive only)}]}}. {@link #parse(String)} reports every problem at once with field paths
 * such as {@code images[3].pushedAt}. Pure.
 */
public final class ImageInventory {
    /**
     * Digest syntax of the OCI image spec (descriptor.md, "Digests": {@code algorithm ":" encoded}), which ECR's
     * {@code ImageDigest} carries.
     */
    public static final Pattern DIGEST = Pattern.compile("[a-z0-9]+(?:[+._-][a-z0-9]+)*:[a-zA-Z0-9=_-]+");
    /** Longest image tag (botocore ecr service-2.json, {@code ImageTag} min 1, max 300). */
    public static final int MAX_TAG_LENGTH = 300;
    /** Most tags on one image (https://docs.aws.amazon.com/AmazonECR/latest/userguide/service-quotas.html, "Tags per image"). */
    public static final int MAX_TAGS_PER_IMAGE = 1000;

    private static final List<String> DOCUMENT_MEMBERS = List.of("images");
    private static final List<String> IMAGE_MEMBERS = List.of("digest", "tags", "pushedAt", "lastPulledAt",
            "storageClass", "transitionedAt");
    private static final String INSTANT_RULE = "must be an ISO-8601 date-time with an offset, such as 2026-01-02T03:04:05Z";

    private ImageInventory() {
    }

    /** The images of an images file, in file order; throws {@link InvalidInputException} listing every problem. */
    public static List<ImageRecord> parse(String json) {
        var problems = new Problems();
        Optional<Object> parsed = Json.parse(json);
        if (parsed.isEmpty()) {
            problems.addNoValue("", "must be valid JSON").throwIfAny();
        }
        var images = new ArrayList<ImageRecord>();
        JsonObjectView.of(parsed.get(), problems).ifPresent(doc -> {
            doc.onlyMembers(DOCUMENT_MEMBERS);
            doc.require("images", "is required");
            doc.array("images").ifPresent(list -> {
                var digests = new HashMap<String, Integer>();
                var tags = new HashMap<String, Integer>();
                for (int i = 0; i < list.size(); i++) {
                    int index = i;
                    JsonObjectView.of(list.get(i), problems.at("images[" + i + "]"))
                            .flatMap(image -> image(image, index, digests, tags))
                            .ifPresent(images::add);
                }
            });
        });
        problems.throwIfAny();
        return List.copyOf(images);
    }

    private static Optional<ImageRecord> image(JsonObjectView image, int index, Map<String, Integer> digests,
                                               Map<String, Integer> tagOwners) {
        Problems p = image.problems();
        image.onlyMembers(IMAGE_MEMBERS);
        image.require("digest", "is required");
        Optional<String> digest = image.string("digest").filter(d -> {
            if (!DIGEST.matcher(d).matches()) {
                p.add("digest", "must be an image digest such as sha256:<64 hex digits>", d);
                return false;
            }
            Integer first = digests.putIfAbsent(d, index);
            if (first != null) {
                p.add("digest", "must be unique (images[" + first + "] has the same)", d);
            }
            return true;
        });
        List<String> tags = image.value("tags").isPresent() ? tags(image, index, tagOwners) : List.of();
        image.require("pushedAt", "is required");
        Optional<Instant> pushedAt = instant(image, "pushedAt");
        Optional<Instant> lastPulledAt = instant(image, "lastPulledAt");
        StorageClass storageClass = image.wire("storageClass", StorageClass.values(), StorageClass::fromWire)
                .orElse(StorageClass.STANDARD);
        Optional<Instant> transitionedAt = instant(image, "transitionedAt");
        if (storageClass == StorageClass.ARCHIVE) {
            image.require("transitionedAt", "is required when storageClass is archive");
        } else if (image.has("transitionedAt")) {
            p.add("transitionedAt", "must be omitted when storageClass is " + storageClass,
                    image.value("transitionedAt").orElse(null));
        }
        pushedAt.ifPresent(pushed -> {
            lastPulledAt.filter(t -> t.isBefore(pushed)).ifPresent(t -> p.add("lastPulledAt",
                    "must not be before pushedAt (" + pushed + ")", t.toString()));
            transitionedAt.filter(t -> t.isBefore(pushed)).ifPresent(t -> p.add("transitionedAt",
                    "must not be before pushedAt (" + pushed + ")", t.toString()));
        });
        boolean archiveOk = (storageClass == StorageClass.ARCHIVE) == transitionedAt.isPresent();
        if (digest.isEmpty() || pushedAt.isEmpty() || !archiveOk || !p.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ImageRecord(digest.get(), tags, pushedAt.get(), lastPulledAt.orElse(ImageRecord.NEVER),
                storageClass, transitionedAt.orElse(ImageRecord.NEVER)));
    }

    private static List<String> tags(JsonObjectView image, int index, Map<String, Integer> owners) {
        var tags = new ArrayList<String>();
        image.array("tags").ifPresent(list -> {
            if (list.size() > MAX_TAGS_PER_IMAGE) {
                image.problems().add("tags", "must contain at most " + MAX_TAGS_PER_IMAGE + " tags", list.size());
            }
            for (int k = 0; k < list.size(); k++) {
                String field = "tags[" + k + "]";
                if (!(list.get(k) instanceof String tag)) {
                    image.problems().add(field, "must be a string", list.get(k));
                    continue;
                }
                if (tag.isEmpty() || tag.length() > MAX_TAG_LENGTH) {
                    image.problems().add(field, "must be between 1 and " + MAX_TAG_LENGTH + " characters long", tag);
                } else if (tags.contains(tag)) {
                    image.problems().add(field, "must be unique within the image", tag);
                } else {
                    Integer owner = owners.putIfAbsent(tag, index);
                    if (owner != null) {
                        image.problems().add(field, "is already a tag of images[" + owner + "] (a tag names one image"
                                + " of a repository)", tag);
                    }
                }
                tags.add(tag);
            }
        });
        return tags;
    }

    private static Optional<Instant> instant(JsonObjectView image, String name) {
        return image.string(name).flatMap(text -> {
            Optional<Instant> at = parseInstant(text);
            if (at.isEmpty()) {
                image.problems().add(name, INSTANT_RULE, text);
            }
            return at;
        });
    }

    /** Parses an ISO-8601 date-time with an offset ({@code 2026-01-02T03:04:05Z}); empty when it is not one. */
    public static Optional<Instant> parseInstant(String text) {
        try {
            return Optional.of(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The rule text for a bad date-time, for callers reporting one ({@code --now}). */
    public static String instantRule() {
        return INSTANT_RULE;
    }

    /** The images file of {@code images}: members in the documented order, optional members only when set. */
    public static Map<String, Object> toMap(List<ImageRecord> images) {
        return Json.object("images", images.stream().map(ImageInventory::imageMap).toList());
    }

    private static Map<String, Object> imageMap(ImageRecord image) {
        var m = new LinkedHashMap<String, Object>();
        m.put("digest", image.digest());
        m.put("tags", image.tags());
        m.put("pushedAt", image.pushedAt().toString());
        if (image.everPulled()) {
            m.put("lastPulledAt", image.lastPulledAt().toString());
        }
        if (image.storageClass() == StorageClass.ARCHIVE) {
            m.put("storageClass", image.storageClass().toString());
            m.put("transitionedAt", image.transitionedAt().toString());
        }
        return m;
    }
}
