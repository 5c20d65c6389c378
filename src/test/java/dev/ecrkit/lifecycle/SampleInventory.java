package dev.ecrkit.lifecycle;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A realistic, reproducible image inventory of a service built by CI, for documentation, demos and benchmarks:
 * {@link #ofDays} gives the same images for the same arguments on every JVM ({@link Random} with a seed). Per day,
 * oldest first:
 * <ul>
 *   <li>2-4 builds of the main branch, tagged with a 7-character commit hash ("other tagged");</li>
 *   <li>0-6 feature-branch builds, {@code feature-<branch>-<n>}, and 1-2 development deployments, {@code dev-<hash>};</li>
 *   <li>2-4 untagged images (build cache and superseded pushes);</li>
 *   <li>every 7th day a release carrying two tags, {@code v1.<minor>.<patch>} and {@code release-<yyyyMMdd>};
 *       every 3rd day a production promotion {@code prod-<yyyyMMdd>}; every 30th day an {@code audit-<yyyy-MM-dd>} snapshot.</li>
 * </ul>
 * Release, production and audit images are pulled now and then (the newest ones recently); builds are pulled a few
 * times right after their push; untagged images are never pulled. The newest main build also carries {@code latest}.
 * Every image is in the standard storage class.
 */
public final class SampleInventory {
    private static final String[] BRANCHES = {"checkout", "search", "login", "payments", "reports", "onboarding"};
    private static final String HEX = "0123456789abcdef";

    private SampleInventory() {
    }

    /** The images pushed in the {@code days} days before {@code now}, oldest first. */
    public static List<ImageRecord> ofDays(Instant now, int days, long seed) {
        var random = new Random(seed);
        var hashes = new HashSet<String>();
        var images = new ArrayList<ImageRecord>();
        int minor = 0;
        int patch = 0;
        int[] featureBuilds = new int[BRANCHES.length];
        Instant start = now.minus(Duration.ofDays(days));
        for (int day = 0; day < days; day++) {
            Instant midnight = start.plus(Duration.ofDays(day));
            LocalDate date = LocalDate.ofInstant(midnight, ZoneOffset.UTC);
            var today = new ArrayList<Pending>();
            for (int i = 2 + random.nextInt(3); i > 0; i--) {
                today.add(new Pending(Kind.BUILD, List.of(hash(random, hashes))));
            }
            for (int i = random.nextInt(7); i > 0; i--) {
                int b = random.nextInt(BRANCHES.length);
                today.add(new Pending(Kind.BUILD, List.of("feature-" + BRANCHES[b] + "-" + ++featureBuilds[b])));
            }
            for (int i = 1 + random.nextInt(2); i > 0; i--) {
                today.add(new Pending(Kind.BUILD, List.of("dev-" + hash(random, hashes))));
            }
            for (int i = 2 + random.nextInt(3); i > 0; i--) {
                today.add(new Pending(Kind.UNTAGGED, List.of()));
            }
            if (day % 7 == 0) {
                if (++patch > 4) {
                    minor++;
                    patch = 0;
                }
                today.add(new Pending(Kind.KEPT, List.of("v1." + minor + "." + patch, "release-" + compact(date))));
            }
            if (day % 3 == 0) {
                today.add(new Pending(Kind.KEPT, List.of("prod-" + compact(date))));
            }
            if (day % 30 == 0) {
                today.add(new Pending(Kind.KEPT, List.of("audit-" + date)));
            }
            // spread the day's pushes over working hours, in push order
            long[] seconds = random.longs(today.size(), 8 * 3600, 20 * 3600).sorted().toArray();
            for (int i = 0; i < today.size(); i++) {
                Instant pushed = midnight.plusSeconds(seconds[i]);
                images.add(image(images.size(), today.get(i), pushed, now, random));
            }
        }
        return markLatest(images);
    }

    private enum Kind { BUILD, UNTAGGED, KEPT }

    private record Pending(Kind kind, List<String> tags) {
    }

    private static ImageRecord image(int index, Pending p, Instant pushed, Instant now, Random random) {
        var image = new ImageRecord(digest(index, random), p.tags(), pushed, ImageRecord.NEVER, StorageClass.STANDARD,
                ImageRecord.NEVER);
        long ageDays = Duration.between(pushed, now).toDays();
        return switch (p.kind()) {
            case UNTAGGED -> image;
            case BUILD -> random.nextInt(4) == 0 ? image : image.pulledAt(min(pushed.plusSeconds(600 + random.nextInt(86_400)), now));
            case KEPT -> image.pulledAt(min(pushed.plus(Duration.ofDays(random.nextInt((int) Math.min(ageDays, 60) + 1))), now));
        };
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static List<ImageRecord> markLatest(List<ImageRecord> images) {
        for (int i = images.size() - 1; i >= 0; i--) {
            ImageRecord image = images.get(i);
            if (image.tags().size() == 1 && image.tags().get(0).matches("[0-9a-f]{7}")) {
                var tags = new ArrayList<>(image.tags());
                tags.add("latest");
                images.set(i, new ImageRecord(image.digest(), tags, image.pushedAt(), image.lastPulledAt(),
                        image.storageClass(), image.transitionedAt()));
                break;
            }
        }
        return List.copyOf(images);
    }

    /** A commit hash not used before in this inventory (tags name one image). */
    private static String hash(Random random, Set<String> used) {
        while (true) {
            var b = new StringBuilder(7);
            for (int i = 0; i < 7; i++) {
                b.append(HEX.charAt(random.nextInt(16)));
            }
            if (used.add(b.toString())) {
                return b.toString();
            }
        }
    }

    private static String compact(LocalDate date) {
        return date.toString().replace("-", "");
    }

    private static String digest(int index, Random random) {
        var b = new StringBuilder("sha256:").append(String.format("%08x", index));
        for (int i = 0; i < 56; i++) {
            b.append(HEX.charAt(random.nextInt(16)));
        }
        return b.toString();
    }
}
