package dev.ecrkit.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ecrkit.json.Json;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Speed of the simulator: prints the time to evaluate a 50-rule policy against 25,000 to 200,000 images of
 * {@link SampleInventory} (best of 2 runs, after a warm-up), as CPU time of the thread (steady on a busy machine) and
 * wall time. No timed assertion (DESIGN.md section 8): the figures are read from the test output, lines starting with
 * "benchmark:".
 */
class LifecycleSimulatorBenchmarkTest {
    private static final Instant NOW = Instant.parse("2026-03-01T00:00:00Z");
    private static final int[] SIZES = {25_000, 50_000, 100_000, 200_000};
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** 50 rules: untagged by age, 47 prefix keep-latest rules, a pattern rule by age, an any rule by count. */
    static LifecyclePolicy fiftyRules() {
        var prefixes = new ArrayList<String>(List.of("dev-", "prod-", "release-", "audit-"));
        for (String branch : List.of("checkout", "search", "login", "payments", "reports", "onboarding")) {
            prefixes.add("feature-" + branch);
        }
        for (char c : "0123456789abcdef".toCharArray()) {
            prefixes.add(String.valueOf(c));
        }
        for (int minor = 0; prefixes.size() < 47; minor++) {
            prefixes.add("v1." + minor + ".");
        }
        var rules = new ArrayList<LifecycleRule>();
        rules.add(LifecycleRule.expireUntaggedAfterDays(1, 14));
        for (String p : prefixes) {
            rules.add(LifecycleRule.keepLatestWithPrefix(rules.size() + 1, 20, p));
        }
        rules.add(LifecycleRule.builder().priority(rules.size() + 1).patterns("*-*").sinceImagePushed(90).build());
        rules.add(LifecycleRule.keepLatest(rules.size() + 1, 5000));
        return new LifecyclePolicy(rules);
    }

    @Test
    void fiftyRules_100000Images_printsTheTimeTaken() {
        var policy = fiftyRules();
        assertEquals(50, policy.rules().size());
        assertEquals(List.of(), LifecyclePolicyValidator.validate(policy));
        List<ImageRecord> all = SampleInventory.ofDays(NOW, 19_000, 42);
        LifecycleSimulator.simulate(policy, all.subList(all.size() - SIZES[0], all.size()), NOW); // warm-up
        for (int n : SIZES) {
            List<ImageRecord> images = all.subList(all.size() - n, all.size());
            long bestCpu = Long.MAX_VALUE;
            long bestWall = Long.MAX_VALUE;
            SimulationResult result = null;
            for (int run = 0; run < 2; run++) {
                long cpu = THREADS.getCurrentThreadCpuTime();
                long wall = System.nanoTime();
                result = LifecycleSimulator.simulate(policy, images, NOW);
                bestWall = Math.min(bestWall, System.nanoTime() - wall);
                bestCpu = Math.min(bestCpu, THREADS.getCurrentThreadCpuTime() - cpu);
            }
            assertEquals(n, result.count(SimulatedAction.EXPIRE) + result.count(SimulatedAction.TRANSITION)
                    + result.count(SimulatedAction.KEEP));
            System.out.printf("benchmark: LifecycleSimulator %,d images x %d rules: %.0f ms CPU, %.0f ms wall (best of 2;"
                    + " %,d expire, %,d keep)%n", n, policy.rules().size(), bestCpu / 1e6, bestWall / 1e6,
                    result.count(SimulatedAction.EXPIRE), result.count(SimulatedAction.KEEP));
        }
        List<ImageRecord> images = all.subList(all.size() - 100_000, all.size());
        String json = Json.write(ImageInventory.toMap(images));
        long start = THREADS.getCurrentThreadCpuTime();
        assertEquals(images, ImageInventory.parse(json));
        System.out.printf("benchmark: ImageInventory.parse of 100,000 images (%,d characters): %.0f ms CPU%n",
                json.length(), (THREADS.getCurrentThreadCpuTime() - start) / 1e6);
    }
}
