package dev.ecrkit.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ecrkit.json.Json;
import dev.ecrkit.validation.InvalidInputException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImageInventoryTest {
    private static final String A = "sha256:" + "a".repeat(64);
    private static final String B = "sha256:" + "b".repeat(64);

    @Test
    void parse_readsEveryMember_andDefaultsToStandardUntaggedNeverPulled() {
        var images = ImageInventory.parse("""
                {"images": [
                  {"digest": "%s", "tags": ["v1", "latest"], "pushedAt": "2026-01-02T03:04:05Z",
                   "lastPulledAt": "2026-01-03T00:00:00+01:00"},
                  {"digest": "%s", "pushedAt": "2025-01-01T00:00:00Z", "storageClass": "archive",
                   "transitionedAt": "2025-06-01T00:00:00Z"}
                ]}""".formatted(A, B));
        assertEquals(List.of(
                new ImageRecord(A, List.of("v1", "latest"), Instant.parse("2026-01-02T03:04:05Z"),
                        Instant.parse("2026-01-02T23:00:00Z"), StorageClass.STANDARD, ImageRecord.NEVER),
                new ImageRecord(B, List.of(), Instant.parse("2025-01-01T00:00:00Z"), ImageRecord.NEVER,
                        StorageClass.ARCHIVE, Instant.parse("2025-06-01T00:00:00Z"))), images);
    }

    @Test
    void parse_reportsEveryProblemByField() {
        var e = assertThrows(InvalidInputException.class, () -> ImageInventory.parse("""
                {"images": [
                  {"digest": "%s", "tags": ["v1", "v1", ""], "pushedAt": "yesterday", "size": 3},
                  {"digest": "%s", "tags": ["v1"], "pushedAt": "2026-01-02T03:04:05Z", "storageClass": "archive"},
                  {"digest": "md5", "pushedAt": "2026-01-02T03:04:05Z", "transitionedAt": "2026-01-03T00:00:00Z",
                   "lastPulledAt": "2026-01-01T00:00:00Z"},
                  {"tags": "v2", "storageClass": "glacier"},
                  7
                ], "extra": true}""".formatted(A, A)));
        assertEquals(List.of(
                "extra: is not a known member (allowed: images), got true",
                "images[0].size: is not a known member (allowed: digest, tags, pushedAt, lastPulledAt, storageClass,"
                        + " transitionedAt), got 3",
                "images[0].tags[1]: must be unique within the image, got \"v1\"",
                "images[0].tags[2]: must be between 1 and 300 characters long, got \"\"",
                "images[0].pushedAt: must be an ISO-8601 date-time with an offset, such as 2026-01-02T03:04:05Z, got \"yesterday\"",
                "images[1].digest: must be unique (images[0] has the same), got \"" + A + "\"",
                "images[1].tags[0]: is already a tag of images[0] (a tag names one image of a repository), got \"v1\"",
                "images[1].transitionedAt: is required when storageClass is archive",
                "images[2].digest: must be an image digest such as sha256:<64 hex digits>, got \"md5\"",
                "images[2].transitionedAt: must be omitted when storageClass is standard, got \"2026-01-03T00:00:00Z\"",
                "images[2].lastPulledAt: must not be before pushedAt (2026-01-02T03:04:05Z), got \"2026-01-01T00:00:00Z\"",
                "images[3].digest: is required",
                "images[3].tags: must be an array, got \"v2\"",
                "images[3].pushedAt: is required",
                "images[3].storageClass: must be one of standard, archive, got \"glacier\"",
                "images[4]: must be a JSON object, got 7"),
                e.problems().stream().map(Object::toString).toList());
    }

    @Test
    void parse_notJsonOrNoImages_isOneProblem() {
        assertEquals(": must be valid JSON", assertThrows(InvalidInputException.class,
                () -> ImageInventory.parse("{\"images\": [")).getMessage());
        assertEquals("images: is required", assertThrows(InvalidInputException.class,
                () -> ImageInventory.parse("{}")).getMessage());
    }

    @Test
    void toMap_roundTripsThroughParse() {
        var images = List.of(
                ImageRecord.pushed(A, Instant.parse("2026-01-02T03:04:05Z"), "v1").pulledAt(Instant.parse("2026-02-01T00:00:00Z")),
                ImageRecord.pushed(B, Instant.parse("2025-01-01T00:00:00Z")).archivedAt(Instant.parse("2025-06-01T00:00:00Z")));
        String json = Json.pretty(ImageInventory.toMap(images));
        assertEquals(images, ImageInventory.parse(json));
        assertEquals("{\"images\":[{\"digest\":\"" + A + "\",\"tags\":[\"v1\"],\"pushedAt\":\"2026-01-02T03:04:05Z\","
                + "\"lastPulledAt\":\"2026-02-01T00:00:00Z\"},{\"digest\":\"" + B + "\",\"tags\":[],\"pushedAt\":"
                + "\"2025-01-01T00:00:00Z\",\"storageClass\":\"archive\",\"transitionedAt\":\"2025-06-01T00:00:00Z\"}]}",
                Json.write(ImageInventory.toMap(images)));
    }
}
