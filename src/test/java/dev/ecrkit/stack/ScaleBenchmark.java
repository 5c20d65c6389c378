package dev.ecrkit.stack;

import com.pulumi.Context;
import dev.ecrkit.Encryption;
import dev.ecrkit.Repository;
import dev.ecrkit.RepositoryArgs;
import dev.ecrkit.ecr.EncryptionType;
import dev.ecrkit.ecr.ImageTagMutability;
import dev.ecrkit.governance.PullRequestRule;
import dev.ecrkit.json.Json;
import dev.ecrkit.governance.Severity;
import dev.ecrkit.kms.KmsKeySettings;
import dev.ecrkit.lifecycle.LifecycleTemplate;
import dev.ecrkit.observability.AlarmTopic;
import dev.ecrkit.observability.LoggingSettings;
import dev.ecrkit.observability.MonitoringSettings;
import dev.ecrkit.tagging.DefaultTagsTemplate;
import dev.ecrkit.tagging.TaggingSettings;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;

/**
 * The scale benchmark (a command, not a test): plans a synthetic stack of N fully-featured repositories under the
 * offline plan's mock engine ({@link Plan#plan}) for N = 10, 100, 1000 (or the sizes given as arguments) and prints,
 * per N and variant, the wall time, the process CPU time, the resources registered, resources per second and the peak
 * heap. Every synthetic repository has KMS with a created key, a lifecycle template, a repository policy, a delete
 * timeout, tags, monitoring with an SNS topic and two e-mail subscribers, three pull request rules (approval,
 * security_scan with blockOnFailure, ci_integration with a webhook), and logging; the repositories' Logging create no
 * resource policy of their own: one shared {@link dev.ecrkit.EventLogPolicy} per stack covers them all (an account has at
 * most 10 such policies per Region; docs/logging.md).
 * Three variants register the same AWS resources with the same inputs (checked: the recorded inputs are compared
 * resource by resource):
 * <ul>
 *   <li>{@code stack}: N entries of {@code ecrkit:repositories} through the stack program ({@link App#stack}), what
 *   {@code Plan --config} runs (config checks, components, exports);</li>
 *   <li>{@code java}: N {@link Repository} components built with the Java API, no exports;</li>
 *   <li>{@code plain}: the same resources as plain {@code com.pulumi:aws} resources ({@link PlainResources}), no
 *   components, inputs given as literals (what the components computed, captured before the timed run), references
 *   wired as a user would (a target's {@code rule} = the rule's name, a function's {@code role} = the role's ARN,
 *   ...), with the components' {@code dependsOn} and custom timeouts.</li>
 * </ul>
 * The component overhead is {@code java / plain}, measured in the same JVM, variants interleaved, best of the runs.
 * Each variant runs 5 times per N (3 times at N = 1000; {@code -Decrkit.bench.runs=R} to change), interleaved.
 *
 * <p>Then the whole command users run: the {@code stack} variant's stack written as a stack file
 * ({@link #writeStack}) and planned by the real {@link Plan} main, {@code Plan --config FILE} in text and with
 * {@code --json}, in a child JVM ({@code -Xmx1g}, {@code -Decrkit.bench.commandHeap=...} to change; the default JIT;
 * parallelism 4), measured from outside: wall time, CPU time and peak RSS by GNU time ({@code /usr/bin/time}), peak
 * heap from the child's GC log. 3 runs per N and format (1 at N = 1000; {@code -Decrkit.bench.commandRuns=R}). The
 * summary compares the command with the registration alone and its time per repository at N = 1000 with N = 100.
 * {@code -Decrkit.bench.registration=false} or {@code -Decrkit.bench.command=false} skips one part.
 * Run it in its own JVM with the heap the target allows:
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=runtime
 * java -Xmx1g -Djava.util.concurrent.ForkJoinPool.common.parallelism=4 -cp "target/test-classes:target/classes:$(cat target/cp.txt)" dev.ecrkit.stack.ScaleBenchmark
 * </pre>
 */
public final class ScaleBenchmark {
    /** Sizes measured without arguments. */
    static final int[] DEFAULT_SIZES = {10, 100, 1000};
    private static final String REGION = "us-east-1";
    private static final String ADMIN = "arn:aws:iam::123456789012:role/platform-admin";
    private static final String USER = "arn:aws:iam::123456789012:role/ci-deploy";
    private static final String POLICY = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"AllowPullFromCi\","
            + "\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::123456789012:role/ci-deploy\"},"
            + "\"Action\":[\"ecr:BatchGetImage\",\"ecr:GetDownloadUrlForLayer\",\"ecr:BatchCheckLayerAvailability\"]}]}";
    /** The targets of the benchmark (issue 11): 1000 repositories in under 15 s, overhead under 1.3x. */
    static final int TARGET_REPOSITORIES = 1000;
    static final int TARGET_SECONDS = 15;
    static final double TARGET_OVERHEAD = 1.3;
    /** Retention of the repositories' event log groups: 365 days (CKV_AWS_338 asks for at least a year). */
    static final int LOG_RETENTION_DAYS = 365;
    /** The repository's delete timeout. */
    static final String DELETE_TIMEOUT_TEXT = "30m";
    /** The same, as the plain variant's custom timeout. */
    static final Duration DELETE_TIMEOUT = Duration.ofMinutes(30);
    /** Monitoring thresholds (examples/monitoring's): storage in GB, API calls per minute, findings, pushes, pulls. */
    private static final int STORAGE_GB = 5;
    private static final int API_CALLS = 500;
    private static final int SECURITY_FINDINGS = 5;
    private static final int IMAGE_PUSHES = 20;
    private static final int IMAGE_PULLS = 200;
    /** The alarm topic's e-mail subscribers. */
    static final List<String> SUBSCRIBERS = List.of("devops@example.com", "security@example.com");
    /** The pull request rules (examples/pull-request-rules'): an existing topic for approvals, a pipeline, a CI hook. */
    private static final String APPROVALS_TOPIC = "arn:aws:sns:us-east-1:123456789012:ecr-approvals";
    private static final String PIPELINE = "arn:aws:iam::123456789012:role/ci-pipeline";
    private static final String WEBHOOK_URL = "https://ci.example.com/hooks/ecr";
    private static final String APPROVAL_RULE = "production-approval";
    private static final String SCAN_RULE = "security-gate";
    private static final String CI_RULE = "ci-webhook";
    /** The notification keys of those rules (Governance names its rules and targets {@code <key>-rule}, ...). */
    static final List<String> NOTIFICATIONS = List.of(APPROVAL_RULE + "-push", SCAN_RULE + "-basic-scan",
            SCAN_RULE + "-enhanced-scan", SCAN_RULE + "-finding");
    /** The function keys of those rules: the quarantine of the security_scan rule, the ci_integration webhook. */
    static final String QUARANTINE_FUNCTION = SCAN_RULE + "-quarantine";
    static final String WEBHOOK_FUNCTION = CI_RULE + "-webhook";

    private ScaleBenchmark() {
    }

    /** The heap use of the measured runs. */
    private static final HeapUse HEAP = new HeapUse();

    /**
     * One measured run; {@code mocks} holds the recorded resources until the figures are kept (then null).
     *
     * @param variant       stack, java or plain
     * @param repositories  N
     * @param registered    resources registered, components included
     * @param wallNanos     wall time of the plan
     * @param cpuNanos      CPU time of the process during the plan
     * @param peakHeapBytes the highest heap use during the plan ({@link HeapUse})
     * @param afterGcBytes  the highest heap use right after a collection during the plan ({@link HeapUse})
     * @param gcMillis      time the garbage collectors spent during the plan
     * @param mocks         what the mock engine recorded, or null
     */
    record Run(String variant, int repositories, int registered, long wallNanos, long cpuNanos, long peakHeapBytes,
            long afterGcBytes, long gcMillis, PlanMocks mocks) {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Logger.getLogger("").setLevel(Level.OFF);
        if (args.length == 2 && args[0].equals(REGISTER_ONLY)) {
            registerOnly(Path.of(args[1]));
            System.exit(0);
        }
        boolean registration = Boolean.parseBoolean(System.getProperty("ecrkit.bench.registration", "true"));
        boolean wholeCommand = Boolean.parseBoolean(System.getProperty("ecrkit.bench.command", "true"));
        int[] sizes = args.length == 0 ? DEFAULT_SIZES : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        var os = ManagementFactory.getOperatingSystemMXBean();
        System.out.printf(Locale.ROOT, "ecrkit scale benchmark: N fully-featured repositories planned under the mock engine%n");
        System.out.printf(Locale.ROOT, "each repository: IMMUTABLE, KMS with a created key (admins, users, 180-day rotation,"
                + " key tags), lifecycle template production, repository policy, delete timeout %s, cost_allocation default"
                + " tags with required-tag validation and user tags; monitoring (4 alarms, storage-metric function,"
                + " scan-finding rules) with a created SNS topic and %d e-mail subscribers; pull request rules %s"
                + " (approval, notifies an existing topic, denies pushes but the pipeline's), %s (security_scan HIGH,"
                + " blockOnFailure: quarantine function) and %s (ci_integration, webhook function)%n",
                DELETE_TIMEOUT_TEXT, SUBSCRIBERS.size(), APPROVAL_RULE, SCAN_RULE, CI_RULE);
        System.out.printf(Locale.ROOT, "logging (%d-day event log group, recording rule) on every repository, with one"
                + " shared log resource policy per stack (component %s)%n", LOG_RETENTION_DAYS, App.EVENT_LOG_POLICY);
        System.out.printf(Locale.ROOT, "per repository: %s%n", perRepositoryCounts());
        System.out.printf(Locale.ROOT, "identical AWS inputs: every AWS resource's inputs as the mock engine records them,"
                + " compared by digest (the engine records no secret marks: the plain variant keeps the webhook function's"
                + " environment secret, as the component does, unchecked)%n");
        System.out.printf(Locale.ROOT, "columns: best wall, median wall, lowest CPU; GC ms of the best run; peak MiB: the"
                + " highest heap use of all runs (just before each collection and at the end); after GC: the highest heap"
                + " use right after a collection (MiB)%n");
        System.out.printf(Locale.ROOT, "JVM %s, %d processors, max heap %d MiB, common-pool parallelism %d, load average %.2f%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, java.util.concurrent.ForkJoinPool.getCommonPoolParallelism(),
                os.getSystemLoadAverage());

        // warm-up: JIT-compile the engine, the components and the generators
        for (int i = 0; i < (registration ? 2 : 0); i++) {
            for (String v : List.of("stack", "java", "plain")) {
                run(v, 50);
            }
        }

        var summary = new ArrayList<String>();
        var registrationWall = new TreeMap<Integer, Long>();
        if (registration) {
            System.out.printf(Locale.ROOT, "%nregistration only (Plan.plan in this JVM, warm):%n%6s  %-6s %10s %10s %10s %10s"
                    + " %8s %12s %10s %10s%n", "N", "variant", "resources", "wall ms", "median ms", "CPU ms", "GC ms",
                    "res/s wall", "peak MiB", "after GC");
        }
        for (int n : registration ? sizes : new int[0]) {
            int reps = Integer.getInteger("ecrkit.bench.runs", n >= 1000 ? 3 : 5);
            var runs = new LinkedHashMap<String, List<Run>>();
            List<String> order = new ArrayList<>(List.of("stack", "java", "plain"));
            String identical = "";
            for (int r = 0; r < reps; r++) {
                // in the first round, each variant's AWS inputs as digests (the recorded resources of three variants
                // kept at once would not fit the heap at N = 1000, and would count in the next run's peak heap)
                var digests = new LinkedHashMap<String, Map<String, String>>();
                for (String v : order) {
                    Run run = measure(v, n, r == 0 ? digests : null);
                    runs.computeIfAbsent(v, k -> new ArrayList<>()).add(run);
                }
                if (r == 0) {
                    identical = digests.get("java").equals(digests.get("plain"))
                            && digests.get("stack").equals(digests.get("plain")) ? "yes" : "NO";
                }
                order.add(order.remove(0)); // rotate, so that no variant always runs first
            }
            var best = new LinkedHashMap<String, Run>();
            registrationWall.put(n, runs.get("stack").stream().mapToLong(Run::wallNanos).min().orElseThrow());
            for (String v : List.of("stack", "java", "plain")) {
                var list = runs.get(v);
                Run b = list.stream().min(java.util.Comparator.comparingLong(Run::wallNanos)).orElseThrow();
                long cpu = list.stream().mapToLong(Run::cpuNanos).min().orElseThrow();
                long peak = list.stream().mapToLong(Run::peakHeapBytes).max().orElseThrow();
                long afterGc = list.stream().mapToLong(Run::afterGcBytes).max().orElseThrow();
                long median = list.stream().mapToLong(Run::wallNanos).sorted().toArray()[list.size() / 2];
                best.put(v, new Run(v, n, b.registered(), b.wallNanos(), cpu, peak, afterGc, b.gcMillis(), null));
                System.out.printf(Locale.ROOT, "%6d  %-6s %10d %10.0f %10.0f %10.0f %8d %12.0f %10.0f %10.0f%n", n, v,
                        b.registered(), b.wallNanos() / 1e6, median / 1e6, cpu / 1e6, b.gcMillis(),
                        b.registered() / (b.wallNanos() / 1e9), peak / 1048576.0, afterGc / 1048576.0);
            }
            summary.add(String.format(Locale.ROOT, "N=%d: per repository (best wall / CPU ms): stack %.2f / %.2f,"
                            + " java %.2f / %.2f, plain %.2f / %.2f; component overhead java/plain %.2fx wall, %.2fx CPU;"
                            + " stack/plain %.2fx wall, %.2fx CPU; identical AWS inputs: %s (%d resources)",
                    n, perRepository(best, "stack", Run::wallNanos), perRepository(best, "stack", Run::cpuNanos),
                    perRepository(best, "java", Run::wallNanos), perRepository(best, "java", Run::cpuNanos),
                    perRepository(best, "plain", Run::wallNanos), perRepository(best, "plain", Run::cpuNanos),
                    ratio(best, "java", Run::wallNanos), ratio(best, "java", Run::cpuNanos),
                    ratio(best, "stack", Run::wallNanos), ratio(best, "stack", Run::cpuNanos),
                    identical, best.get("plain").registered()));
            if (n == TARGET_REPOSITORIES) {
                var stack = best.get("stack");
                summary.add(String.format(Locale.ROOT, "targets at N=%d: stack plan under %d s: %.1f s best wall (%s),"
                                + " %.1f s CPU; peak heap under 1 GiB: %.0f MiB (%s); component overhead under %.1fx: %.2fx"
                                + " wall, %.2fx CPU (%s)",
                        n, TARGET_SECONDS, stack.wallNanos() / 1e9, stack.wallNanos() / 1e9 < TARGET_SECONDS ? "met" : "NOT met",
                        stack.cpuNanos() / 1e9, best.values().stream().mapToLong(Run::peakHeapBytes).max().orElseThrow() / 1048576.0,
                        best.values().stream().allMatch(r -> r.peakHeapBytes() < (1L << 30)) ? "met" : "NOT met",
                        TARGET_OVERHEAD, ratio(best, "java", Run::wallNanos), ratio(best, "java", Run::cpuNanos),
                        ratio(best, "java", Run::wallNanos) < TARGET_OVERHEAD && ratio(best, "java", Run::cpuNanos) < TARGET_OVERHEAD
                                ? "met" : "NOT met"));
            }
        }
        if (wholeCommand) {
            wholeCommand(sizes, registrationWall, summary);
        }
        System.out.println();
        summary.forEach(System.out::println);
        System.exit(0);
    }

    /**
     * The whole command, {@code Plan --config} in text and {@code --json}, and the registration alone
     * ({@link #registerOnly}), in child JVMs for each N: median wall,
     * lowest CPU, highest peak heap and RSS of its runs ({@code -Decrkit.bench.commandRuns=R}; default 3, 1 at
     * N = 1000), each format's runs interleaved with the other's.
     */
    private static void wholeCommand(int[] sizes, Map<Integer, Long> registrationWall, List<String> summary)
            throws IOException, InterruptedException {
        var os = ManagementFactory.getOperatingSystemMXBean();
        System.out.printf(Locale.ROOT, "%nwhole command (Plan --config FILE [--json], the real main in a child JVM: java -Xmx%s"
                + " -Djava.util.concurrent.ForkJoinPool.common.parallelism=4, default JIT; CPU and RSS by GNU time, peak heap"
                + " from the child's GC log; register: the same file read and planned with Plan.plan in a child JVM, no"
                + " output), load average %.2f at the start:%n%6s  %-8s %5s %10s %10s %10s %10s %10s %10s %6s%n",
                commandHeap(), os.getSystemLoadAverage(), "N", "format", "runs", "wall ms", "CPU ms", "ms/repo",
                "peak MiB", "RSS MiB", "out MiB", "exit");
        var perRepository = new TreeMap<String, Double>();
        var wall = new TreeMap<String, Long>();
        var failed = new java.util.TreeSet<String>();
        for (int n : sizes) {
            Path dir = Files.createTempDirectory("ecrkit-bench");
            Path file = writeStack(dir, n);
            int reps = Integer.getInteger("ecrkit.bench.commandRuns", n >= 1000 ? 1 : 3);
            var runs = new LinkedHashMap<String, List<CommandRun>>();
            for (int r = 0; r < reps; r++) {
                var formats = new ArrayList<>(List.of(REGISTER, "text", "json"));
                java.util.Collections.rotate(formats, r); // no format always first
                for (String format : formats) {
                    runs.computeIfAbsent(format, k -> new ArrayList<>()).add(command(file, n, format));
                }
            }
            for (String format : List.of(REGISTER, "text", "json")) {
                var list = runs.get(format);
                long median = list.stream().mapToLong(CommandRun::wallNanos).sorted().toArray()[list.size() / 2];
                double ms = median / 1e6 / n;
                perRepository.put(n + " " + format, ms);
                if (list.stream().anyMatch(c -> c.status() != 0)) {
                    failed.add(n + " " + format);
                }
                wall.put(n + " " + format, median);
                System.out.printf(Locale.ROOT, "%6d  %-8s %5d %10.0f %10d %10.2f %10.0f %10.0f %10.1f %6s%n", n, format,
                        list.size(), median / 1e6, list.stream().mapToLong(CommandRun::cpuMillis).min().orElseThrow(), ms,
                        list.stream().mapToLong(CommandRun::peakHeapBytes).max().orElseThrow() / 1048576.0,
                        list.stream().mapToLong(CommandRun::rssKib).max().orElseThrow() / 1024.0,
                        list.get(0).stdoutBytes() / 1048576.0,
                        list.stream().map(c -> String.valueOf(c.status())).distinct().collect(java.util.stream.Collectors.joining(",")));
            }
            Files.delete(file);
            Files.delete(dir.resolve("Pulumi.yaml"));
            Files.delete(dir);
            double cold = wall.get(n + " " + REGISTER);
            summary.add(String.format(Locale.ROOT, "N=%d: whole command / registration only in a child JVM (%.1f s): text"
                    + " %.2fx, json %.2fx", n, cold / 1e9, wall.get(n + " text") / cold, wall.get(n + " json") / cold));
            if (registrationWall.containsKey(n)) {
                double reg = registrationWall.get(n);
                summary.add(String.format(Locale.ROOT, "N=%d: whole command / registration only in this warm JVM (best wall"
                        + " %.1f s): text %.2fx, json %.2fx", n, reg / 1e9, wall.get(n + " text") / reg, wall.get(n + " json") / reg));
            }
        }
        if (perRepository.containsKey("100 text") && perRepository.containsKey(TARGET_REPOSITORIES + " text")) {
            double text = perRepository.get(TARGET_REPOSITORIES + " text") / perRepository.get("100 text");
            double json = perRepository.get(TARGET_REPOSITORIES + " json") / perRepository.get("100 json");
            summary.add(String.format(Locale.ROOT, "whole command, wall per repository N=%d / N=100: text %.2fx, json %.2fx"
                    + " (within %.1fx: %s)", TARGET_REPOSITORIES, text, json, TARGET_OVERHEAD,
                    text <= TARGET_OVERHEAD && json <= TARGET_OVERHEAD && failed.isEmpty() ? "met" : "NOT met"));
        }
        if (wall.containsKey(TARGET_REPOSITORIES + " text")) {
            long worst = Math.max(wall.get(TARGET_REPOSITORIES + " text"), wall.get(TARGET_REPOSITORIES + " json"));
            var against = new LinkedHashMap<String, Long>();
            against.put("registration in a child JVM", wall.get(TARGET_REPOSITORIES + " " + REGISTER));
            if (registrationWall.containsKey(TARGET_REPOSITORIES)) {
                against.put("registration in this warm JVM", registrationWall.get(TARGET_REPOSITORIES));
            }
            against.forEach((what, reg) -> summary.add(String.format(Locale.ROOT, "target at N=%d: the whole command with"
                    + " -Xmx%s under %.1fx the %s (%.1f s, limit %.1f s): %.1f s slowest format (%s)", TARGET_REPOSITORIES,
                    commandHeap(), TARGET_OVERHEAD, what, reg / 1e9, TARGET_OVERHEAD * reg / 1e9, worst / 1e9,
                    worst < TARGET_OVERHEAD * reg && failed.isEmpty() ? "met" : "NOT met")));
        }
    }

    private static double perRepository(Map<String, Run> best, String variant, java.util.function.ToLongFunction<Run> f) {
        return f.applyAsLong(best.get(variant)) / 1e6 / best.get(variant).repositories();
    }

    private static double ratio(Map<String, Run> best, String variant, java.util.function.ToLongFunction<Run> f) {
        return (double) f.applyAsLong(best.get(variant)) / f.applyAsLong(best.get("plain"));
    }

    /**
     * Plans one variant and keeps its figures, not its recorded resources; when {@code digests} is not null, first
     * records the digests of the variant's AWS inputs there ({@link #awsInputDigests}).
     */
    private static Run measure(String variant, int n, Map<String, Map<String, String>> digests) {
        Run run = run(variant, n);
        if (digests != null) {
            digests.put(variant, awsInputDigests(run.mocks()));
        }
        return new Run(variant, n, run.registered(), run.wallNanos(), run.cpuNanos(), run.peakHeapBytes(),
                run.afterGcBytes(), run.gcMillis(), null);
    }

    /** Plans one variant with {@code n} repositories (indices 0 to n - 1) and measures it. */
    static Run run(String variant, int n) {
        var program = program(variant, IntStream.range(0, n).toArray());
        var mocks = new PlanMocks(REGION);
        System.gc();
        HEAP.start();
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu = os.getProcessCpuTime();
        long wall = System.nanoTime();
        Plan.plan("ecrkit", "bench", program.config(), program.body(), mocks);
        wall = System.nanoTime() - wall;
        cpu = os.getProcessCpuTime() - cpu;
        return new Run(variant, n, mocks.registeredCount(), wall, cpu, HEAP.peakBytes(), HEAP.afterCollectionBytes(),
                HEAP.collectionMillis(), mocks);
    }

    /**
     * What one variant plans: the stack config and the program.
     *
     * @param config the stack file ({@code ecrkit:repositories} only for the stack variant)
     * @param body   the program
     */
    record Program(StackFile config, Consumer<Context> body) {
    }

    /**
     * The program of {@code variant} for the synthetic repositories {@code indices}; for {@code plain}, the literal
     * inputs are recorded first (by an untimed run of the components).
     */
    static Program program(String variant, int[] indices) {
        return switch (variant) {
            case "stack" -> new Program(stackFile(indices), App::stack);
            case "java" -> new Program(stackFile(new int[0]), ctx -> {
                for (int i : indices) {
                    new Repository(entry(i), javaArgs(i), null);
                }
                if (indices.length > 0) {
                    App.eventLogPolicy(ctx, Arrays.stream(indices).mapToObj(ScaleBenchmark::entry).toList());
                }
            });
            case "plain" -> {
                var literals = literals(indices);
                yield new Program(stackFile(new int[0]), ctx -> {
                    var plain = PlainResources.of(literals);
                    for (int i : indices) {
                        plain.repository(entry(i));
                    }
                    if (indices.length > 0) {
                        plain.eventLogPolicy(App.EVENT_LOG_POLICY);
                    }
                });
            }
            default -> throw new IllegalArgumentException(variant);
        };
    }

    /** The entry key (and component name) of repository {@code i}. */
    static String entry(int i) {
        return String.format(Locale.ROOT, "repo-%04d", i);
    }

    /** A stack file with an entry per index; every entry the {@link #javaArgs} of its index, as config keys. */
    static StackFile stackFile(int[] indices) {
        return StackFile.read("ecrkit", Map.of("config", stackConfig(indices)), "bench");
    }

    /** The {@code config:} map of {@link #stackFile}: {@code aws:region} and, with indices, {@code ecrkit:repositories}. */
    static Map<String, Object> stackConfig(int[] indices) {
        var repositories = new LinkedHashMap<String, Object>();
        for (int i : indices) {
            var e = new LinkedHashMap<String, Object>();
            e.put("imageTagMutability", "IMMUTABLE");
            e.put("encryptionType", "KMS");
            e.put("kmsDeletionWindowInDays", 14);
            e.put("kmsKeyRotationPeriod", 180);
            e.put("kmsKeyAdministrators", List.of(ADMIN));
            e.put("kmsKeyUsers", List.of(USER));
            e.put("kmsTags", Map.of("DataClass", "confidential"));
            e.put("lifecyclePolicyTemplate", "production");
            e.put("policy", POLICY);
            e.put("timeouts", Map.of("delete", DELETE_TIMEOUT_TEXT));
            e.put("defaultTagsTemplate", "cost_allocation");
            e.put("defaultTagsEnvironment", "prod");
            e.put("defaultTagsOwner", owner(i));
            e.put("defaultTagsProject", "checkout");
            e.put("defaultTagsCostCenter", "cc-4410");
            e.put("enableTagValidation", true);
            e.put("requiredTags", List.of("Environment", "Owner", "CostCenter"));
            e.put("tags", Map.of("service", "svc-" + i, "data-class", "internal"));
            e.put("enableLogging", true);
            e.put("logRetentionDays", LOG_RETENTION_DAYS);
            e.put("enableMonitoring", true);
            e.put("monitoringThresholdStorage", STORAGE_GB);
            e.put("monitoringThresholdApiCalls", API_CALLS);
            e.put("monitoringThresholdSecurityFindings", SECURITY_FINDINGS);
            e.put("monitoringThresholdImagePush", IMAGE_PUSHES);
            e.put("monitoringThresholdImagePull", IMAGE_PULLS);
            e.put("createSnsTopic", true); // named <repository>-ecr-monitoring
            e.put("snsTopicSubscribers", SUBSCRIBERS);
            e.put("enablePullRequestRules", true);
            e.put("pullRequestRules", List.of(
                    Map.of("name", APPROVAL_RULE, "type", "approval", "enabled", true,
                            "conditions", Map.of("tagPatterns", List.of("prod-*", "release-*"),
                                    "allowedPrincipals", List.of(PIPELINE)),
                            "actions", Map.of("requireApprovalCount", 2, "notificationTopicArn", APPROVALS_TOPIC)),
                    Map.of("name", SCAN_RULE, "type", "security_scan", "enabled", true,
                            "conditions", Map.of("severityThreshold", "HIGH"),
                            "actions", Map.of("blockOnFailure", true, "notificationTopicArn", APPROVALS_TOPIC)),
                    Map.of("name", CI_RULE, "type", "ci_integration", "enabled", true,
                            "actions", Map.of("webhookUrl", WEBHOOK_URL))));
            repositories.put(entry(i), e);
        }
        var config = new LinkedHashMap<String, Object>();
        config.put("aws:region", REGION);
        if (indices.length > 0) {
            config.put("ecrkit:repositories", repositories);
        }
        return config;
    }

    /**
     * Writes the {@code stack} variant's stack for repositories 0 to n - 1 as a project directory the command reads:
     * {@code Pulumi.yaml} and {@code Pulumi.bench-<n>.yaml}; returns the stack file.
     */
    public static Path writeStack(Path dir, int n) throws IOException {
        Files.writeString(dir.resolve("Pulumi.yaml"), "name: ecrkit\nruntime: java\n");
        var settings = DumpSettings.builder().setDefaultFlowStyle(FlowStyle.BLOCK)
                .setDereferenceAliases(true).build(); // a real stack file repeats values, it has no anchors
        Path file = dir.resolve("Pulumi.bench-" + n + ".yaml");
        Files.writeString(file, new Dump(settings).dumpToString(Map.of("config", stackConfig(IntStream.range(0, n).toArray()))));
        return file;
    }

    /**
     * One run of the whole command ({@code Plan --config FILE}, text or {@code --json}) in a child JVM.
     *
     * @param format        text or json
     * @param repositories  N
     * @param status        the command's exit status
     * @param wallNanos     wall time of the child process
     * @param cpuMillis     user + system CPU time of the child (GNU time), -1 when unknown
     * @param rssKib        the child's peak resident set size (GNU time), -1 when unknown
     * @param peakHeapBytes the highest heap use just before a collection or at exit (the child's GC log)
     * @param stdoutBytes   size of what the command printed
     */
    record CommandRun(String format, int repositories, int status, long wallNanos, long cpuMillis, long rssKib,
            long peakHeapBytes, long stdoutBytes) {
    }

    /** The child run that registers only ({@link #registerOnly}), as a format of {@link #command}. */
    static final String REGISTER = "register";
    /** The argument of {@link #main} for {@link #registerOnly}. */
    private static final String REGISTER_ONLY = "--register-only";

    /**
     * What the command does up to the end of registration, in the JVM it runs in: reads {@code file} as the command
     * does and plans it with {@link Plan#plan} (which computes the findings, with the plan), printing nothing. The
     * {@code register} rows run this in a child JVM, so the whole command is compared with the same cold start.
     */
    static void registerOnly(Path file) {
        var config = StackFile.read("ecrkit", Plan.readYaml(file), file.toString());
        String stack = file.getFileName().toString().replaceFirst("^Pulumi\\.", "").replaceFirst("\\.yaml$", "");
        Plan.plan("ecrkit", stack, config, App::stack, new PlanMocks(config.region()));
    }

    /** GNU time, which reports a finished child's CPU time and peak RSS ({@code %U %S %M}). */
    private static final Path GNU_TIME = Path.of("/usr/bin/time");
    /** A G1/Parallel/Serial pause line's heap figures: {@code 61M->20M(256M)}. */
    private static final Pattern GC_PAUSE = Pattern.compile("(\\d+)([KMG])->(\\d+)([KMG])\\((\\d+)([KMG])\\)");
    /** The heap at exit ({@code gc+heap+exit}): {@code garbage-first heap   total 262144K, used 123456K}. */
    private static final Pattern EXIT_HEAP = Pattern.compile("heap\\s+total \\d+K, used (\\d+)K");

    /**
     * Runs the real {@link Plan} main on {@code file} in a child JVM with the heap {@link #commandHeap()} (the
     * project directory is the file's), printing to a file, and measures it from outside.
     */
    static CommandRun command(Path file, int n, String format) throws IOException, InterruptedException {
        List<String> main = format.equals(REGISTER) ? List.of(ScaleBenchmark.class.getName(), REGISTER_ONLY, file.toString())
                : format.equals("json") ? List.of(Plan.class.getName(), "--config", file.getFileName().toString(), "--json")
                : List.of(Plan.class.getName(), "--config", file.getFileName().toString());
        Path dir = file.getParent();
        Path times = dir.resolve("time.txt");
        Path gc = dir.resolve("gc.log");
        Path out = dir.resolve("stdout.txt");
        Path err = dir.resolve("stderr.txt");
        var cmd = new ArrayList<String>();
        boolean timed = Files.isExecutable(GNU_TIME);
        if (timed) {
            cmd.addAll(List.of(GNU_TIME.toString(), "-o", times.toString(), "-f", "%U %S %M"));
        }
        cmd.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx" + commandHeap(),
                "-Djava.util.concurrent.ForkJoinPool.common.parallelism=4", "-Xlog:gc,gc+heap+exit:file=" + gc,
                "-cp", absoluteClassPath()));
        cmd.addAll(main);
        long wall = System.nanoTime();
        int status = new ProcessBuilder(cmd).directory(dir.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile())
                .start().waitFor();
        wall = System.nanoTime() - wall;
        long cpu = -1;
        long rss = -1;
        if (timed) {
            // the last line: GNU time prefixes "Command exited with non-zero status N" on a failure
            var lines = Files.readAllLines(times);
            String[] f = lines.get(lines.size() - 1).trim().split("\\s+");
            cpu = Math.round((Double.parseDouble(f[0]) + Double.parseDouble(f[1])) * 1000);
            rss = Long.parseLong(f[2]);
        }
        long peak = peakHeap(Files.readAllLines(gc));
        if (status != 0) {
            System.out.println("command failed (exit " + status + "): " + Files.readString(err).lines().findFirst().orElse(""));
        }
        long printed = Files.size(out);
        for (Path p : List.of(times, gc, out, err)) {
            Files.deleteIfExists(p);
        }
        return new CommandRun(format, n, status, wall, cpu, rss, peak, printed);
    }

    /** This JVM's class path with absolute entries: the child runs in the stack's directory. */
    private static String absoluteClassPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .map(e -> Path.of(e).toAbsolutePath().toString()).collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
    }

    /**
     * The peak heap use in a JVM's {@code -Xlog:gc,gc+heap+exit} log, in bytes: the highest heap use before a
     * collection ({@code 61M->20M(256M)}) or at exit ({@code used 123456K}).
     */
    static long peakHeap(List<String> gcLog) {
        long peak = 0;
        for (String line : gcLog) {
            Matcher m = GC_PAUSE.matcher(line);
            if (m.find()) {
                peak = Math.max(peak, bytes(m.group(1), m.group(2)));
            }
            Matcher e = EXIT_HEAP.matcher(line);
            if (e.find()) {
                peak = Math.max(peak, Long.parseLong(e.group(1)) << 10);
            }
        }
        return peak;
    }

    private static long bytes(String value, String unit) {
        return Long.parseLong(value) << switch (unit) {
            case "K" -> 10;
            case "M" -> 20;
            default -> 30;
        };
    }

    /** The child JVM's heap: {@code -Decrkit.bench.commandHeap=...}, default 1g (the target). */
    static String commandHeap() {
        return System.getProperty("ecrkit.bench.commandHeap", "1g");
    }

    private static String owner(int i) {
        return "team-" + (i % 10);
    }

    /** The Java API args of repository {@code i}: the same settings as its stack entry. */
    static RepositoryArgs javaArgs(int i) {
        var args = RepositoryArgs.builder()
                .name(entry(i))
                .imageTagMutability(ImageTagMutability.IMMUTABLE)
                .encryption(Encryption.kmsWithNewKey(EncryptionType.KMS, KmsKeySettings.builder()
                        .deletionWindowInDays(14).rotationPeriodInDays(180)
                        .keyAdministrators(ADMIN).keyUsers(USER)
                        .kmsTags(Map.of("DataClass", "confidential")).build()))
                .lifecyclePolicyTemplate(LifecycleTemplate.PRODUCTION)
                .policy(POLICY)
                .deleteTimeout(DELETE_TIMEOUT_TEXT)
                .tagging(TaggingSettings.builder()
                        .defaultTagsTemplate(DefaultTagsTemplate.COST_ALLOCATION)
                        .defaultTagsEnvironment("prod").defaultTagsOwner(owner(i)).defaultTagsProject("checkout")
                        .defaultTagsCostCenter("cc-4410")
                        .enableTagValidation(true).requiredTags("Environment", "Owner", "CostCenter")
                        .tags(Map.of("service", "svc-" + i, "data-class", "internal"))
                        .build())
                .monitoring(MonitoringSettings.builder()
                        .storageThresholdGb(STORAGE_GB).apiCallsThreshold(API_CALLS)
                        .securityFindingsThreshold(SECURITY_FINDINGS).imagePushThreshold(IMAGE_PUSHES)
                        .imagePullThreshold(IMAGE_PULLS)
                        .topic(AlarmTopic.create())
                        .subscribers(SUBSCRIBERS)
                        .build())
                .pullRequestRules(
                        PullRequestRule.approval(APPROVAL_RULE).tagPatterns("prod-*", "release-*")
                                .allowedPrincipals(PIPELINE).requireApprovalCount(2)
                                .notificationTopicArn(APPROVALS_TOPIC).build(),
                        PullRequestRule.securityScan(SCAN_RULE).severityThreshold(Severity.HIGH)
                                .blockOnFailure(true).notificationTopicArn(APPROVALS_TOPIC).build(),
                        PullRequestRule.ciIntegration(CI_RULE).webhookUrl(WEBHOOK_URL).build())
                // the stack's one EventLogPolicy lets every repository's rule write, as in the stack program
                .logging(LoggingSettings.builder().retentionInDays(LOG_RETENTION_DAYS).createResourcePolicy(false).build());
        return args.build();
    }

    /**
     * The literal inputs of the plain variant: what the components send for the repositories {@code indices},
     * recorded by a component run (not timed), by {@code type::name}.
     */
    static Map<String, Map<String, Object>> literals(int[] indices) {
        var mocks = new PlanMocks(REGION);
        var java = program("java", indices);
        Plan.plan("ecrkit", "bench", java.config(), java.body(), mocks);
        var out = new java.util.HashMap<String, Map<String, Object>>();
        for (String key : mocks.registered()) {
            int sep = key.indexOf("::");
            out.put(key, mocks.inputs(key.substring(0, sep), key.substring(sep + 2)));
        }
        return out;
    }

    /**
     * The resources one repository registers, by type ({@code type -> count}): those named {@code entry} or
     * {@code entry-...}, components included.
     */
    static Map<String, Integer> resourcesOf(PlanMocks mocks, String entry) {
        var counts = new TreeMap<String, Integer>();
        for (String key : mocks.registered()) {
            int sep = key.indexOf("::");
            String name = key.substring(sep + 2);
            if (name.equals(entry) || name.startsWith(entry + "-")) {
                counts.merge(key.substring(0, sep), 1, Integer::sum);
            }
        }
        return counts;
    }

    /** "a AWS resources + c components, plus the stack's event log policy", measured with the Java API. */
    private static String perRepositoryCounts() {
        var mocks = run("java", 1).mocks();
        var repository = resourcesOf(mocks, entry(0));
        var shared = resourcesOf(mocks, App.EVENT_LOG_POLICY);
        return String.format(Locale.ROOT, "%d AWS resources + %d components; per stack %d + %d (the shared event log"
                + " policy); %s", aws(repository, true), aws(repository, false), aws(shared, true), aws(shared, false),
                repository);
    }

    private static int aws(Map<String, Integer> counts, boolean aws) {
        return counts.entrySet().stream().filter(e -> e.getKey().startsWith("aws:") == aws)
                .mapToInt(Map.Entry::getValue).sum();
    }

    /** Whether {@code components} and {@code plain} registered the same AWS resources with equal inputs. */
    static boolean identicalInputs(PlanMocks components, PlanMocks plain) {
        return awsInputDigests(components).equals(awsInputDigests(plain));
    }

    /**
     * Every AWS resource's {@code type::name} -> SHA-256 of its inputs as the plan normalizes them, as compact JSON
     * (maps with sorted keys, whole numbers without a fraction): equal digests mean equal inputs.
     */
    static Map<String, String> awsInputDigests(PlanMocks mocks) {
        var out = new TreeMap<String, String>();
        java.security.MessageDigest sha;
        try {
            sha = java.security.MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
        for (String key : mocks.registered()) {
            if (key.startsWith("aws:")) {
                int sep = key.indexOf("::");
                String json = Json.write(PlanValues.normalize(mocks.inputs(key.substring(0, sep), key.substring(sep + 2))));
                out.put(key, java.util.HexFormat.of().formatHex(sha.digest(json.getBytes(StandardCharsets.UTF_8))));
            }
        }
        return out;
    }
}
