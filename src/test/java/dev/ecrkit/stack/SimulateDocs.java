package dev.ecrkit.stack;

import dev.ecrkit.json.Json;
import dev.ecrkit.lifecycle.ImageInventory;
import dev.ecrkit.lifecycle.ImageOutcome;
import dev.ecrkit.lifecycle.ImageRecord;
import dev.ecrkit.lifecycle.LifecycleHelpers;
import dev.ecrkit.lifecycle.LifecycleSimulator;
import dev.ecrkit.lifecycle.LifecycleTemplate;
import dev.ecrkit.lifecycle.RuleWarning;
import dev.ecrkit.lifecycle.SampleInventory;
import dev.ecrkit.lifecycle.SimulatedAction;
import dev.ecrkit.lifecycle.SimulationResult;
import dev.ecrkit.lifecycle.StorageClass;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The generated part of docs/simulate.md: what each lifecycle template keeps and expires on a year of a CI-built
 * service's images ({@link SampleInventory}), computed by {@link LifecycleSimulator} (a test fails when the page is
 * stale). {@code SimulateDocs} prints the section; {@code SimulateDocs --write-images FILE [--days N]} writes a sample
 * images file to try the Simulate command on.
 */
public final class SimulateDocs {
    /** Evaluation time of the documented runs. */
    public static final Instant NOW = Instant.parse("2026-03-01T00:00:00Z");
    /** Days of pushes in the documented inventory (two years, so that the compliance template's 365 days act). */
    public static final int DAYS = 730;
    /** Seed of the documented inventory. */
    public static final long SEED = 7;
    /**
     * Image families of {@link SampleInventory}, in table order: tag prefix -> label. A tagged image belongs to the first
     * family one of its tags starts with; other tagged images are main-branch builds.
     */
    private static final Map<String, String> FAMILIES = families();
    private static final String MAIN_BUILDS = "`<commit hash>` (main builds; the newest also `latest`)";
    private static final String UNTAGGED = "untagged";

    private SimulateDocs() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length >= 2 && args[0].equals("--write-images")) {
            int days = args.length >= 4 && args[2].equals("--days") ? Integer.parseInt(args[3]) : DAYS;
            Files.writeString(Path.of(args[1]), Json.pretty(ImageInventory.toMap(SampleInventory.ofDays(NOW, days, SEED)))
                    + "\n", StandardCharsets.UTF_8);
            return;
        }
        System.out.print(templates());
    }

    /** The Markdown section: the inventory, then one table per template. */
    public static String templates() {
        List<ImageRecord> images = SampleInventory.ofDays(NOW, DAYS, SEED);
        var b = new StringBuilder();
        b.append("Inventory: `SampleInventory.ofDays(").append(NOW).append(", ").append(DAYS).append(", ").append(SEED)
                .append(")`, ").append(images.size()).append(" images pushed in the ").append(DAYS)
                .append(" days before ").append(NOW).append(", evaluated at ").append(NOW).append(".\n\n");
        b.append("| family | images |\n|---|---|\n");
        count(images).forEach((family, n) -> b.append("| ").append(family).append(" | ").append(n).append(" |\n"));
        for (LifecycleTemplate t : LifecycleTemplate.values()) {
            SimulationResult result = LifecycleSimulator.simulate(t.policy(), images, NOW);
            b.append("\n### `").append(t).append("`\n\n");
            boolean archives = result.count(SimulatedAction.TRANSITION) > 0;
            b.append(result.count(SimulatedAction.EXPIRE)).append(" of ").append(images.size()).append(" images expire, ");
            if (archives) {
                b.append(result.count(SimulatedAction.TRANSITION)).append(" move to the archive, ");
            }
            b.append(result.count(SimulatedAction.KEEP)).append(" are kept.\n\n");
            b.append(archives
                    ? "| family | kept | expired | archived | oldest kept (days) | youngest expired (days) | youngest archived (days) |\n|---|---|---|---|---|---|---|\n"
                    : "| family | kept | expired | oldest kept (days) | youngest expired (days) |\n|---|---|---|---|---|\n");
            byFamily(result).forEach((family, outcomes) -> b.append(row(family, outcomes, archives)));
            if (archives && t.helpers().expireArchivedAfterDays() != LifecycleHelpers.NOT_SET) {
                b.append(laterRun(t, result));
            }
            for (RuleWarning w : result.warnings()) {
                b.append("\nWarning: ").append(w.message()).append(".\n");
            }
        }
        return b.toString();
    }

    /**
     * The archived images' fate: the images after this run (expired ones gone, transitioned ones archived now),
     * evaluated again one day after the template's archive expiry, with no push or pull in between.
     */
    private static String laterRun(LifecycleTemplate t, SimulationResult result) {
        int days = t.helpers().expireArchivedAfterDays() + 1;
        List<ImageRecord> after = result.images().stream().filter(o -> o.action() != SimulatedAction.EXPIRE)
                .map(o -> o.action() == SimulatedAction.TRANSITION ? o.image().archivedAt(NOW) : o.image()).toList();
        SimulationResult later = LifecycleSimulator.simulate(t.policy(), after, NOW.plus(Duration.ofDays(days)));
        long archived = after.stream().filter(i -> i.storageClass() == StorageClass.ARCHIVE).count();
        long expired = later.images().stream().filter(o -> o.image().storageClass() == StorageClass.ARCHIVE
                && o.action() == SimulatedAction.EXPIRE).count();
        return "\nEvaluated again " + days + " days later, with no push or pull in between: " + expired + " of the "
                + archived + " images archived at " + NOW + " expire.\n";
    }

    private static Map<String, String> families() {
        var m = new LinkedHashMap<String, String>();
        m.put("v1.", "releases: `v1.<minor>.<patch>` + `release-<date>`");
        m.put("prod-", "`prod-<date>`");
        m.put("audit-", "`audit-<date>`");
        m.put("dev-", "`dev-<hash>`");
        m.put("feature-", "`feature-<branch>-<n>`");
        return m;
    }

    private static List<String> labels() {
        var all = new ArrayList<>(FAMILIES.values());
        all.add(MAIN_BUILDS);
        all.add(UNTAGGED);
        return all;
    }

    private static Map<String, Integer> count(List<ImageRecord> images) {
        var m = new LinkedHashMap<String, Integer>();
        labels().forEach(f -> m.put(f, 0));
        images.forEach(i -> m.merge(family(i), 1, Integer::sum));
        return m;
    }

    private static Map<String, List<ImageOutcome>> byFamily(SimulationResult result) {
        var m = new LinkedHashMap<String, List<ImageOutcome>>();
        labels().forEach(f -> m.put(f, new ArrayList<>()));
        result.images().forEach(o -> m.get(family(o.image())).add(o));
        return m;
    }

    private static String family(ImageRecord image) {
        if (!image.tagged()) {
            return UNTAGGED;
        }
        for (var e : FAMILIES.entrySet()) {
            if (image.tags().stream().anyMatch(t -> t.startsWith(e.getKey()))) {
                return e.getValue();
            }
        }
        return MAIN_BUILDS;
    }

    /** One family's row; with {@code archives} also the archived count and the youngest archived image. */
    private static String row(String family, List<ImageOutcome> outcomes, boolean archives) {
        String oldestKept = age(outcomes, SimulatedAction.KEEP, true);
        String youngestExpired = age(outcomes, SimulatedAction.EXPIRE, false);
        return archives
                ? "| " + family + " | " + count(outcomes, SimulatedAction.KEEP) + " | "
                        + count(outcomes, SimulatedAction.EXPIRE) + " | " + count(outcomes, SimulatedAction.TRANSITION)
                        + " | " + oldestKept + " | " + youngestExpired + " | "
                        + age(outcomes, SimulatedAction.TRANSITION, false) + " |\n"
                : "| " + family + " | " + count(outcomes, SimulatedAction.KEEP) + " | "
                        + (outcomes.size() - count(outcomes, SimulatedAction.KEEP)) + " | " + oldestKept + " | "
                        + youngestExpired + " |\n";
    }

    private static long count(List<ImageOutcome> outcomes, SimulatedAction action) {
        return outcomes.stream().filter(o -> o.action() == action).count();
    }

    /** The age in days of the oldest ({@code oldest}) or youngest image the action applies to, or "-". */
    private static String age(List<ImageOutcome> outcomes, SimulatedAction action, boolean oldest) {
        var ages = outcomes.stream().filter(o -> o.action() == action).map(o -> age(o.image()));
        return (oldest ? ages.max(Long::compare) : ages.min(Long::compare)).map(String::valueOf).orElse("-");
    }

    private static long age(ImageRecord image) {
        return Duration.between(image.pushedAt(), NOW).toDays();
    }
}
