package dev.ecrkit.stack;

import com.pulumi.Context;
import com.pulumi.aws.ecr.LifecyclePolicy;
import com.pulumi.aws.ecr.LifecyclePolicyArgs;
import com.pulumi.aws.ecr.RepositoryPolicy;
import com.pulumi.aws.ecr.RepositoryPolicyArgs;
import com.pulumi.aws.ecr.inputs.RepositoryEncryptionConfigurationArgs;
import com.pulumi.aws.ecr.inputs.RepositoryImageScanningConfigurationArgs;
import com.pulumi.aws.kms.Alias;
import com.pulumi.aws.kms.AliasArgs;
import com.pulumi.aws.kms.Key;
import com.pulumi.aws.kms.KeyArgs;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.CustomTimeouts;
import dev.ecrkit.Encryption;
import dev.ecrkit.EncryptionType;
import dev.ecrkit.ImageTagMutability;
import dev.ecrkit.Repository;
import dev.ecrkit.RepositoryArgs;
import dev.ecrkit.kms.KmsKeySettings;
import dev.ecrkit.lifecycle.LifecycleTemplate;
import dev.ecrkit.tagging.DefaultTagsTemplate;
import dev.ecrkit.tagging.TaggingSettings;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The scale benchmark (a command, not a test): plans a synthetic stack of N fully-featured repositories under the
 * offline plan's mock engine ({@link Plan#plan}) for N = 10, 100, 1000 (or the sizes given as arguments) and prints,
 * per N and variant, the wall time, the process CPU time, the resources registered, resources per second and the peak
 * heap. Three variants register the same AWS resources with the same inputs (checked: the recorded inputs are
 * compared resource by resource):
 * <ul>
 *   <li>{@code stack}: N entries of {@code ecrkit:repositories} through the stack program ({@link App#stack}), what
 *   {@code Plan --config} runs (config checks, components, exports);</li>
 *   <li>{@code java}: N {@link Repository} components built with the Java API, no exports;</li>
 *   <li>{@code plain}: the same resources as plain {@code com.pulumi:aws} resources, no components, inputs given as
 *   literals (what the components computed, captured before the timed run), references wired as a user would
 *   ({@code kmsKey} = the key's ARN, the policies' {@code repository} = the repository's name).</li>
 * </ul>
 * The component overhead is {@code java / plain}, measured in the same JVM, variants interleaved, best of the runs.
 * Each variant runs 5 times per N (3 times at N = 1000; {@code -Decrkit.bench.runs=R} to change), interleaved.
 * Run it in its own JVM with the heap the target allows:
 * <pre>
 * mvn -q compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=runtime
 * java -Xmx1g -Djava.util.concurrent.ForkJoinPool.common.parallelism=4 -cp "target/classes:$(cat target/cp.txt)" dev.ecrkit.stack.ScaleBenchmark
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
    /**
     * Features the synthetic repositories leave out: the plain variant would have to register every resource of these
     * children itself (functions, rules, alarms), which it does not do yet.
     */
    static final String LEFT_OUT = "Logging, Monitoring, Governance";

    private ScaleBenchmark() {
    }

    /** One measured run; {@code mocks} holds the recorded resources until the figures are kept (then null). */
    record Run(String variant, int repositories, int registered, long wallNanos, long cpuNanos, long peakHeapBytes,
            PlanMocks mocks) {
    }

    public static void main(String[] args) {
        Logger.getLogger("").setLevel(Level.OFF);
        int[] sizes = args.length == 0 ? DEFAULT_SIZES : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        var os = ManagementFactory.getOperatingSystemMXBean();
        System.out.printf(Locale.ROOT, "ecrkit scale benchmark: N fully-featured repositories planned under the mock engine%n");
        System.out.printf(Locale.ROOT, "each repository: IMMUTABLE, KMS with a created key (admins, users, 180-day rotation,"
                + " key tags), lifecycle template production, repository policy, delete timeout, cost_allocation default"
                + " tags with required-tag validation and user tags%n");
        System.out.printf(Locale.ROOT, "left out of the synthetic repositories (the plain variant does not replicate them yet): %s%n", LEFT_OUT);
        System.out.printf(Locale.ROOT, "JVM %s, %d processors, max heap %d MiB, common-pool parallelism %d, load average %.2f%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, java.util.concurrent.ForkJoinPool.getCommonPoolParallelism(),
                os.getSystemLoadAverage());

        // warm-up: JIT-compile the engine, the components and the generators
        for (int i = 0; i < 2; i++) {
            for (String v : List.of("stack", "java", "plain")) {
                run(v, 50);
            }
        }

        System.out.printf(Locale.ROOT, "%n%6s  %-6s %10s %10s %10s %10s %12s %10s%n", "N", "variant", "resources", "wall ms",
                "median ms", "CPU ms", "res/s wall", "peak MiB");
        var summary = new ArrayList<String>();
        for (int n : sizes) {
            int reps = Integer.getInteger("ecrkit.bench.runs", n >= 1000 ? 3 : 5);
            var runs = new LinkedHashMap<String, List<Run>>();
            List<String> order = new ArrayList<>(List.of("stack", "java", "plain"));
            String identical = "";
            for (int r = 0; r < reps; r++) {
                var first = new LinkedHashMap<String, PlanMocks>();
                for (String v : order) {
                    Run run = run(v, n);
                    if (r == 0) {
                        first.put(v, run.mocks());
                    }
                    // keep the figures, not the recorded resources (they would count in the next run's heap)
                    runs.computeIfAbsent(v, k -> new ArrayList<>()).add(new Run(v, n, run.registered(), run.wallNanos(),
                            run.cpuNanos(), run.peakHeapBytes(), null));
                }
                if (r == 0) {
                    identical = identicalInputs(first.get("java"), first.get("plain"))
                            && identicalInputs(first.get("stack"), first.get("plain")) ? "yes" : "NO";
                }
                order.add(order.remove(0)); // rotate, so that no variant always runs first
            }
            var best = new LinkedHashMap<String, Run>();
            for (String v : List.of("stack", "java", "plain")) {
                var list = runs.get(v);
                Run b = list.stream().min(java.util.Comparator.comparingLong(Run::wallNanos)).orElseThrow();
                long cpu = list.stream().mapToLong(Run::cpuNanos).min().orElseThrow();
                long peak = list.stream().mapToLong(Run::peakHeapBytes).max().orElseThrow();
                long median = list.stream().mapToLong(Run::wallNanos).sorted().toArray()[list.size() / 2];
                best.put(v, new Run(v, n, b.registered(), b.wallNanos(), cpu, peak, null));
                System.out.printf(Locale.ROOT, "%6d  %-6s %10d %10.0f %10.0f %10.0f %12.0f %10.0f%n", n, v, b.registered(),
                        b.wallNanos() / 1e6, median / 1e6, cpu / 1e6, b.registered() / (b.wallNanos() / 1e9),
                        peak / 1048576.0);
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
        System.out.println();
        summary.forEach(System.out::println);
        System.exit(0);
    }

    private static double perRepository(Map<String, Run> best, String variant, java.util.function.ToLongFunction<Run> f) {
        return f.applyAsLong(best.get(variant)) / 1e6 / best.get(variant).repositories();
    }

    private static double ratio(Map<String, Run> best, String variant, java.util.function.ToLongFunction<Run> f) {
        return (double) f.applyAsLong(best.get(variant)) / f.applyAsLong(best.get("plain"));
    }

    /** Plans one variant with {@code n} repositories and measures it. */
    static Run run(String variant, int n) {
        Consumer<Context> program;
        StackFile config = stackFile(variant.equals("stack") ? n : 0);
        switch (variant) {
            case "stack" -> program = App::stack;
            case "java" -> program = ctx -> {
                for (int i = 0; i < n; i++) {
                    new Repository(entry(i), javaArgs(i), null);
                }
            };
            case "plain" -> {
                var literals = literals(n);
                program = ctx -> {
                    for (int i = 0; i < n; i++) {
                        plain(entry(i), literals);
                    }
                };
            }
            default -> throw new IllegalArgumentException(variant);
        }
        var mocks = new PlanMocks(REGION);
        System.gc();
        var pools = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
        pools.forEach(MemoryPoolMXBean::resetPeakUsage);
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu = os.getProcessCpuTime();
        long wall = System.nanoTime();
        Plan.plan("ecrkit", "bench", config, program, mocks);
        wall = System.nanoTime() - wall;
        cpu = os.getProcessCpuTime() - cpu;
        long peak = pools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        return new Run(variant, n, mocks.registeredCount(), wall, cpu, peak, mocks);
    }

    /** The entry key (and component name) of repository {@code i}. */
    static String entry(int i) {
        return String.format(Locale.ROOT, "repo-%04d", i);
    }

    /** A stack file with {@code n} entries; every entry the {@link #javaArgs} of its index, as config keys. */
    static StackFile stackFile(int n) {
        var repositories = new LinkedHashMap<String, Object>();
        for (int i = 0; i < n; i++) {
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
            e.put("timeouts", Map.of("delete", "30m"));
            e.put("defaultTagsTemplate", "cost_allocation");
            e.put("defaultTagsEnvironment", "prod");
            e.put("defaultTagsOwner", owner(i));
            e.put("defaultTagsProject", "checkout");
            e.put("defaultTagsCostCenter", "cc-4410");
            e.put("enableTagValidation", true);
            e.put("requiredTags", List.of("Environment", "Owner", "CostCenter"));
            e.put("tags", Map.of("service", "svc-" + i, "data-class", "internal"));
            repositories.put(entry(i), e);
        }
        var config = new LinkedHashMap<String, Object>();
        config.put("aws:region", REGION);
        if (n > 0) {
            config.put("ecrkit:repositories", repositories);
        }
        return StackFile.read("ecrkit", Map.of("config", config), "bench");
    }

    private static String owner(int i) {
        return "team-" + (i % 10);
    }

    /** The Java API args of repository {@code i}: the same settings as its stack entry. */
    static RepositoryArgs javaArgs(int i) {
        return RepositoryArgs.builder()
                .name(entry(i))
                .imageTagMutability(ImageTagMutability.IMMUTABLE)
                .encryption(Encryption.kmsWithNewKey(EncryptionType.KMS, KmsKeySettings.builder()
                        .deletionWindowInDays(14).rotationPeriodInDays(180)
                        .keyAdministrators(ADMIN).keyUsers(USER)
                        .kmsTags(Map.of("DataClass", "confidential")).build()))
                .lifecyclePolicyTemplate(LifecycleTemplate.PRODUCTION)
                .policy(POLICY)
                .deleteTimeout("30m")
                .tagging(TaggingSettings.builder()
                        .defaultTagsTemplate(DefaultTagsTemplate.COST_ALLOCATION)
                        .defaultTagsEnvironment("prod").defaultTagsOwner(owner(i)).defaultTagsProject("checkout")
                        .defaultTagsCostCenter("cc-4410")
                        .enableTagValidation(true).requiredTags("Environment", "Owner", "CostCenter")
                        .tags(Map.of("service", "svc-" + i, "data-class", "internal"))
                        .build())
                .build();
    }

    /**
     * The literal inputs of the plain variant: what the components send for {@code n} repositories, recorded by a
     * component run (not timed), by {@code type::name}.
     */
    static Map<String, Map<String, Object>> literals(int n) {
        var mocks = new PlanMocks(REGION);
        Plan.plan("ecrkit", "bench", stackFile(0), ctx -> {
            for (int i = 0; i < n; i++) {
                new Repository(entry(i), javaArgs(i), null);
            }
        }, mocks);
        var out = new java.util.HashMap<String, Map<String, Object>>();
        for (String key : mocks.registered()) {
            int sep = key.indexOf("::");
            out.put(key, mocks.inputs(key.substring(0, sep), key.substring(sep + 2)));
        }
        return out;
    }

    /** Repository {@code name}'s resources as plain com.pulumi:aws resources with the recorded inputs. */
    @SuppressWarnings("unchecked")
    static void plain(String name, Map<String, Map<String, Object>> literals) {
        var k = literals.get("aws:kms/key:Key::" + name + "-kms-key");
        var key = new Key(name + "-kms-key", KeyArgs.builder()
                .description((String) k.get("description"))
                .deletionWindowInDays(((Number) k.get("deletionWindowInDays")).intValue())
                .enableKeyRotation((Boolean) k.get("enableKeyRotation"))
                .rotationPeriodInDays(((Number) k.get("rotationPeriodInDays")).intValue())
                .multiRegion((Boolean) k.get("multiRegion"))
                .keyUsage((String) k.get("keyUsage"))
                .bypassPolicyLockoutSafetyCheck((Boolean) k.get("bypassPolicyLockoutSafetyCheck"))
                .policy((String) k.get("policy"))
                .tags((Map<String, String>) k.get("tags"))
                .build());
        var a = literals.get("aws:kms/alias:Alias::" + name + "-kms-alias");
        new Alias(name + "-kms-alias", AliasArgs.builder().name((String) a.get("name")).targetKeyId(key.keyId()).build());

        var r = literals.get("aws:ecr/repository:Repository::" + name);
        var encryption = ((List<Map<String, Object>>) r.get("encryptionConfigurations")).get(0);
        var repo = new com.pulumi.aws.ecr.Repository(name, com.pulumi.aws.ecr.RepositoryArgs.builder()
                .name((String) r.get("name"))
                .imageTagMutability((String) r.get("imageTagMutability"))
                .encryptionConfigurations(RepositoryEncryptionConfigurationArgs.builder()
                        .encryptionType((String) encryption.get("encryptionType")).kmsKey(key.arn()).build())
                .imageScanningConfiguration(RepositoryImageScanningConfigurationArgs.builder()
                        .scanOnPush((Boolean) ((Map<String, Object>) r.get("imageScanningConfiguration")).get("scanOnPush"))
                        .build())
                .forceDelete((Boolean) r.get("forceDelete"))
                .tags((Map<String, String>) r.get("tags"))
                .build(), CustomResourceOptions.builder()
                .customTimeouts(CustomTimeouts.builder().delete(Duration.ofMinutes(30)).build()).build());

        var l = literals.get("aws:ecr/lifecyclePolicy:LifecyclePolicy::" + name + "-lifecycle");
        new LifecyclePolicy(name + "-lifecycle", LifecyclePolicyArgs.builder()
                .repository(repo.name()).policy((String) l.get("policy")).build());
        var p = literals.get("aws:ecr/repositoryPolicy:RepositoryPolicy::" + name + "-policy");
        new RepositoryPolicy(name + "-policy", RepositoryPolicyArgs.builder()
                .repository(repo.name()).policy((String) p.get("policy")).build());
    }

    /** Whether every AWS resource of {@code plain} was registered by {@code components} with equal inputs. */
    static boolean identicalInputs(PlanMocks components, PlanMocks plain) {
        var aws = components.registered().stream().filter(k -> k.startsWith("aws:")).sorted().toList();
        if (!aws.equals(plain.registered().stream().sorted().toList())) {
            return false;
        }
        for (String key : aws) {
            int sep = key.indexOf("::");
            String type = key.substring(0, sep);
            String name = key.substring(sep + 2);
            if (!PlanValues.normalize(components.inputs(type, name)).equals(PlanValues.normalize(plain.inputs(type, name)))) {
                return false;
            }
        }
        return true;
    }
}
