package dev.ecrkit.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pulumi.aws.sqs.Queue;
import com.pulumi.aws.sqs.QueueArgs;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The scale benchmark's three variants (stack program, Java API, plain com.pulumi:aws resources) for two synthetic
 * repositories with every feature, logging included, and the stack's one shared event log policy: the same AWS
 * resources, with identical inputs and options. No timing: the benchmark prints figures.
 */
class ScaleBenchmarkTest {
    private static final int[] INDICES = {0, 1};
    private static final Map<String, Planned> PLANNED = new LinkedHashMap<>();

    /** One variant's plan and what the mock engine recorded. */
    record Planned(Plan.PlannedStack stack, PlanMocks mocks) {
    }

    @BeforeAll
    static void planTheThreeVariants() {
        for (String variant : List.of("stack", "java", "plain")) {
            var program = ScaleBenchmark.program(variant, INDICES);
            var mocks = new PlanMocks("us-east-1");
            PLANNED.put(variant, new Planned(Plan.plan("ecrkit", "bench", program.config(), program.body(), mocks), mocks));
        }
    }

    /** Every AWS resource of a repository with every feature on (63 of them; the log resource policy is shared). */
    private static final Map<String, Integer> PER_REPOSITORY_AWS = new TreeMap<>(Map.ofEntries(
            Map.entry("aws:cloudwatch/eventRule:EventRule", 11),
            Map.entry("aws:cloudwatch/eventTarget:EventTarget", 11),
            Map.entry("aws:cloudwatch/logGroup:LogGroup", 4),
            Map.entry("aws:cloudwatch/metricAlarm:MetricAlarm", 4),
            Map.entry("aws:ecr/lifecyclePolicy:LifecyclePolicy", 1),
            Map.entry("aws:ecr/repository:Repository", 1),
            Map.entry("aws:ecr/repositoryPolicy:RepositoryPolicy", 1),
            Map.entry("aws:iam/role:Role", 3),
            Map.entry("aws:iam/rolePolicy:RolePolicy", 6),
            Map.entry("aws:kms/alias:Alias", 1),
            Map.entry("aws:kms/key:Key", 1),
            Map.entry("aws:lambda/function:Function", 3),
            Map.entry("aws:lambda/permission:Permission", 4),
            Map.entry("aws:sns/topic:Topic", 1),
            Map.entry("aws:sns/topicPolicy:TopicPolicy", 1),
            Map.entry("aws:sns/topicSubscription:TopicSubscription", 2),
            Map.entry("aws:sqs/queue:Queue", 4),
            Map.entry("aws:sqs/queuePolicy:QueuePolicy", 4)));

    private static final List<String> COMPONENTS = List.of("ecrkit:index:Governance", "ecrkit:index:KmsKey",
            "ecrkit:index:Logging", "ecrkit:index:Monitoring", "ecrkit:index:Repository");

    @Test
    void allThreeVariants_registerTheSameAwsResourcesWithIdenticalInputs() {
        var plain = ScaleBenchmark.awsInputDigests(PLANNED.get("plain").mocks());
        for (String variant : List.of("stack", "java")) {
            var components = ScaleBenchmark.awsInputDigests(PLANNED.get(variant).mocks());
            assertEquals(components.keySet(), plain.keySet(), variant + ": AWS resources");
            var differing = components.keySet().stream().filter(k -> !components.get(k).equals(plain.get(k))).toList();
            assertEquals(List.of(), differing, variant + ": resources whose inputs differ from the plain variant's");
            assertTrue(ScaleBenchmark.identicalInputs(PLANNED.get(variant).mocks(), PLANNED.get("plain").mocks()));
        }
        assertEquals(2 * PER_REPOSITORY_AWS.values().stream().mapToInt(Integer::intValue).sum() + 1, plain.size());
    }

    @Test
    void aRepositoryWithLogging_registers63AwsResourcesAnd5Components() {
        var expected = new TreeMap<>(PER_REPOSITORY_AWS);
        COMPONENTS.forEach(c -> expected.put(c, 1));
        assertEquals(63, PER_REPOSITORY_AWS.values().stream().mapToInt(Integer::intValue).sum());
        for (String variant : List.of("stack", "java")) {
            assertEquals(expected, ScaleBenchmark.resourcesOf(PLANNED.get(variant).mocks(), ScaleBenchmark.entry(0)), variant);
        }
        assertEquals(PER_REPOSITORY_AWS, ScaleBenchmark.resourcesOf(PLANNED.get("plain").mocks(), ScaleBenchmark.entry(0)));
    }

    @Test
    void everyRepositoryLogs_throughTheStacksOneSharedLogResourcePolicy() {
        String policy = "aws:cloudwatch/logResourcePolicy:LogResourcePolicy";
        assertEquals(PER_REPOSITORY_AWS, ScaleBenchmark.resourcesOf(PLANNED.get("plain").mocks(), ScaleBenchmark.entry(1)));
        for (String variant : List.of("stack", "java")) {
            var mocks = PLANNED.get(variant).mocks();
            assertEquals(Map.of(policy, 1, dev.ecrkit.EventLogPolicy.TYPE, 1),
                    ScaleBenchmark.resourcesOf(mocks, App.EVENT_LOG_POLICY), variant);
            assertEquals(1, mocks.registered().stream().filter(k -> k.startsWith(policy + "::")).count(), variant);
            assertEquals("ecrkit-bench-ecr-event-logs",
                    mocks.inputs(policy, App.EVENT_LOG_POLICY + "-log-policy").get("policyName"), variant);
        }
        assertEquals(Map.of(policy, 1), ScaleBenchmark.resourcesOf(PLANNED.get("plain").mocks(), App.EVENT_LOG_POLICY));
    }

    @Test
    void plainResources_haveNoParentAndTheComponentsDependenciesAndTimeouts() {
        var components = options(PLANNED.get("java").stack());
        var plain = options(PLANNED.get("plain").stack());
        assertEquals(components.keySet(), plain.keySet());
        assertEquals(List.of(), components.keySet().stream().filter(k -> !components.get(k).equals(plain.get(k)))
                .map(k -> k + ": " + components.get(k) + " / plain " + plain.get(k)).toList());
        assertTrue(PLANNED.get("plain").stack().resources().stream().allMatch(r -> r.parent().isEmpty()));
        // the options compared are not all empty: the functions wait for their policies, the repository has a timeout
        assertEquals("[aws:cloudwatch/logGroup:LogGroup::repo-0000-monitoring-storage-log-group, "
                        + "aws:iam/rolePolicy:RolePolicy::repo-0000-monitoring-storage-access-policy, "
                        + "aws:iam/rolePolicy:RolePolicy::repo-0000-monitoring-storage-runtime-policy] {} false",
                plain.get("aws:lambda/function:Function::repo-0000-monitoring-storage-function"));
        assertEquals("[] {delete=30m} false", plain.get("aws:ecr/repository:Repository::repo-0000"));
    }

    @Test
    void theStackFileTheWholeCommandReads_isTheStackTheRegistrationRunsPlan(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        var file = ScaleBenchmark.writeStack(dir, INDICES.length);
        assertEquals("Pulumi.bench-2.yaml", file.getFileName().toString());
        var expected = ScaleBenchmark.stackFile(INDICES);
        var read = StackFile.read("ecrkit", Plan.readYaml(file), file.toString());
        // the same config as the engine sees it (the reader's number types differ from the generator's maps)
        assertEquals(expected.engineConfig(), read.engineConfig());
        assertEquals(expected.region(), read.region());
        assertEquals("ecrkit", Plan.readYaml(dir.resolve("Pulumi.yaml")).get("name"));
        // and the command plans it: the stack variant's resources, through the file
        var out = new java.io.ByteArrayOutputStream();
        var err = new java.io.ByteArrayOutputStream();
        int status = Plan.run(new String[] {"--config", file.getFileName().toString(), "--json"}, dir,
                new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8),
                new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(0, status, err.toString(java.nio.charset.StandardCharsets.UTF_8));
        var doc = (Map<?, ?>) dev.ecrkit.json.Json.parse(out.toString(java.nio.charset.StandardCharsets.UTF_8)).orElseThrow();
        assertEquals(PLANNED.get("stack").stack().resources().size(), ((List<?>) doc.get("resources")).size());
    }

    @Test
    void peakHeap_isTheHighestUseBeforeACollectionOrAtExit() {
        assertEquals(300L << 20, ScaleBenchmark.peakHeap(List.of(
                "[0.412s][info][gc] Using G1",
                "[1.204s][info][gc] GC(0) Pause Young (Normal) (G1 Evacuation Pause) 24M->3M(256M) 5.123ms",
                "[9.871s][info][gc] GC(7) Pause Young (Concurrent Start) (G1 Humongous Allocation) 300M->120M(512M) 20.1ms",
                "[9.990s][info][gc] GC(8) Pause Remark 150M->150M(512M) 3.2ms",
                "[12.40s][info][gc,heap,exit] Heap",
                "[12.40s][info][gc,heap,exit]  garbage-first heap   total 524288K, used 204800K [0x0, 0x0)")));
        assertEquals(400L << 20, ScaleBenchmark.peakHeap(List.of(
                "[1.0s][info][gc] GC(0) Pause Young (Normal) (G1 Evacuation Pause) 100M->30M(256M) 5.1ms",
                "[2.0s][info][gc,heap,exit]  garbage-first heap   total 524288K, used 409600K [0x0, 0x0)")));
    }

    @Test
    void identicalInputs_tellsDifferentInputsApart() {
        var a = queue("orders");
        assertTrue(ScaleBenchmark.identicalInputs(a, queue("orders")));
        assertFalse(ScaleBenchmark.identicalInputs(a, queue("payments")));
    }

    private static PlanMocks queue(String queueName) {
        var mocks = new PlanMocks("us-east-1");
        var config = StackFile.read("ecrkit", Map.of("config", Map.of("aws:region", "us-east-1")), "bench");
        Plan.plan("ecrkit", "bench", config, ctx -> new Queue("q", QueueArgs.builder().name(queueName).build()), mocks);
        return mocks;
    }

    /** Every AWS resource's {@code type::name} -> its dependencies (as {@code type::name}), custom timeouts, protect. */
    private static Map<String, String> options(Plan.PlannedStack stack) {
        return stack.resources().stream().filter(r -> r.type().startsWith("aws:")).collect(Collectors.toMap(
                r -> r.type() + "::" + r.name(),
                r -> r.dependsOn().stream().map(ScaleBenchmarkTest::typeAndName).collect(Collectors.toCollection(TreeSet::new))
                        + " " + r.customTimeouts() + " " + r.protect(),
                (x, y) -> x, TreeMap::new));
    }

    /** {@code type::name} of a URN ({@code urn:pulumi:stack::project::parent$...$type::name}). */
    private static String typeAndName(String urn) {
        int nameAt = urn.lastIndexOf("::");
        String types = urn.substring(0, nameAt);
        return types.substring(Math.max(types.lastIndexOf('$') + 1, types.lastIndexOf("::") + 2)) + urn.substring(nameAt);
    }
}
