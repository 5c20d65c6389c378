package dev.ecrkit.stack;

import com.pulumi.deployment.internal.DeploymentImpl;
import com.pulumi.resources.Resource;
import com.pulumi.resources.ResourceOptions;
import com.pulumi.resources.ResourceTransformation;
import com.pulumi.test.PulumiTest;
import com.pulumi.test.TestOptions;
import com.pulumi.test.TestResult;
import com.pulumi.test.internal.PulumiTestInternal;
import dev.ecrkit.findings.Finding;
import dev.ecrkit.findings.Findings;
import dev.ecrkit.findings.Severity;
import dev.ecrkit.json.Json;
import dev.ecrkit.validation.InvalidInputException;
import dev.ecrkit.validation.Problems;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * The offline plan: runs {@link App#stack} under the pulumi-java mock engine and prints every resource
 * {@code pulumi up} would create, and the security findings ({@link Findings}).
 * {@code Plan [--stack NAME | --config FILE] [--json | --format text|json|mermaid] [--fail-on LOW|MEDIUM|HIGH]}
 * ({@code --format mermaid}: {@code PlanMermaid}); exit 0 on success,
 * 2 on invalid config (one line per problem on stderr, nothing on stdout), 3 when a finding at or above the
 * {@code --fail-on} severity exists (the full plan still on stdout), 1 on any other failure.
 */
public final class Plan {
    /** Exit status: success. */
    public static final int OK = 0;
    /** Exit status: the program failed for a reason other than config. */
    public static final int FAILED = 1;
    /** Exit status: invalid config or command line. */
    public static final int INVALID = 2;
    /** Exit status: a finding at or above the {@code --fail-on} severity (the plan is printed in full). */
    public static final int FINDINGS = 3;
    /** Default stack. */
    public static final String DEFAULT_STACK = "dev";
    private static final String USAGE = "usage: Plan [--stack NAME | --config FILE] [--json | --format text|json|mermaid]"
            + " [--fail-on LOW|MEDIUM|HIGH]";
    /** Output formats of {@code --format}; {@code --json} is {@code --format json}. */
    private static final List<String> FORMATS = List.of("text", "json", "mermaid");
    private static final String STACK_TYPE = "pulumi:pulumi:Stack";

    private Plan() {
    }

    public static void main(String[] args) {
        Logger.getLogger("").setLevel(Level.OFF);
        int status = run(args, Path.of(""), System.out, System.err);
        System.out.flush();
        System.exit(status);
    }

    /** The command, runnable in-process: {@code root} is the project directory. */
    public static int run(String[] args, Path root, PrintStream out, PrintStream err) {
        String stack = DEFAULT_STACK;
        Path configFile = null;
        String format = null;
        Optional<Severity> failOn = Optional.empty();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--json", "--format" -> {
                    String option = args[i];
                    String f = "json";
                    if (args[i].equals("--format")) {
                        if (i + 1 >= args.length) {
                            err.println(args[i] + ": needs a value; " + USAGE);
                            return INVALID;
                        }
                        f = args[++i];
                        if (!FORMATS.contains(f)) {
                            err.println("--format: must be one of " + String.join(", ", FORMATS) + ", got "
                                    + Problems.show(f) + "; " + USAGE);
                            return INVALID;
                        }
                    }
                    if (format != null && !format.equals(f)) {
                        err.println(option + ": conflicts with the output format " + format + " given before; " + USAGE);
                        return INVALID;
                    }
                    format = f;
                }
                case "--fail-on" -> {
                    if (i + 1 >= args.length) {
                        err.println(args[i] + ": needs a value; " + USAGE);
                        return INVALID;
                    }
                    failOn = Severity.parse(args[++i]);
                    if (failOn.isEmpty()) {
                        err.println("--fail-on: must be one of " + String.join(", ", Severity.wireValues()) + ", got "
                                + Problems.show(args[i]) + "; " + USAGE);
                        return INVALID;
                    }
                }
                case "--stack", "--config" -> {
                    if (i + 1 >= args.length) {
                        err.println(args[i] + ": needs a value; " + USAGE);
                        return INVALID;
                    }
                    if (args[i].equals("--stack")) {
                        stack = args[++i];
                    } else {
                        configFile = root.resolve(args[++i]);
                    }
                }
                default -> {
                    err.println(args[i] + ": unknown argument; " + USAGE);
                    return INVALID;
                }
            }
        }
        try {
            var project = readYaml(root.resolve("Pulumi.yaml"));
            String projectName = String.valueOf(project.getOrDefault("name", ""));
            if (configFile == null) {
                configFile = root.resolve("Pulumi." + stack + ".yaml");
            } else {
                stack = stackName(configFile);
            }
            var config = StackFile.read(projectName, readYaml(configFile), configFile.toString());
            StackConfig.parse(config.ecrkit(), config.region());
            var mocks = new PlanMocks(config.region());
            var planned = plan(projectName, stack, config, App::stack, mocks);
            if ("json".equals(format)) {
                Json.pretty(planned.toJson(), out); // streamed: 120 MB at 1000 repositories, never one string
                out.print("\n");
            } else {
                out.print("mermaid".equals(format) ? PlanMermaid.render(planned, mocks::state) : PlanText.render(planned));
            }
            Optional<Severity> threshold = failOn;
            return threshold.isPresent() && planned.findings().stream().anyMatch(f -> f.severity().atLeast(threshold.get()))
                    ? FINDINGS : OK;
        } catch (InvalidInputException e) {
            e.problems().forEach(p -> err.println(p));
            return INVALID;
        } catch (PlanFailure e) {
            err.println(e.getMessage());
            return e.status;
        } catch (RuntimeException e) {
            err.println("plan failed: " + e.getClass().getSimpleName() + ": " + e.getMessage());
            return FAILED;
        }
    }

    /**
     * The planned stack.
     *
     * @param findings the security findings of the planned resources ({@link Findings}), HIGH first, computed once
     */
    public record PlannedStack(String project, String stack, String region, List<PlannedResource> resources,
            Map<String, Object> outputs, List<Finding> findings) {
        /** The planned stack with its findings. */
        public PlannedStack(String project, String stack, String region, List<PlannedResource> resources,
                Map<String, Object> outputs) {
            this(project, stack, region, resources, outputs, Findings.of(resources, PlanMocks.ACCOUNT_ID));
        }

        /** The contract's JSON document. */
        public Map<String, Object> toJson() {
            var doc = new LinkedHashMap<String, Object>();
            doc.put("project", project);
            doc.put("stack", stack);
            doc.put("resources", resources.stream().map(PlannedStack::resourceJson).toList());
            doc.put("outputs", outputs);
            doc.put("findings", findings.stream().map(Finding::toMap).toList());
            return doc;
        }

        private static Map<String, Object> resourceJson(PlannedResource r) {
            var m = new LinkedHashMap<String, Object>();
            m.put("urn", r.urn());
            m.put("type", r.type());
            m.put("name", r.name());
            m.put("parent", r.parent().isEmpty() ? com.google.gson.JsonNull.INSTANCE : r.parent());
            m.put("inputs", r.inputs());
            m.put("protect", r.protect());
            m.put("dependsOn", r.dependsOn());
            if (!r.customTimeouts().isEmpty()) {
                m.put("customTimeouts", r.customTimeouts());
            }
            if (!r.providerVersion().isEmpty()) {
                m.put("providerVersion", r.providerVersion());
            }
            return m;
        }
    }

    /**
     * Runs {@code program} under {@code mocks} with the given config and collects what it registered. Throws
     * {@link InvalidInputException} when the program rejects its input, {@link PlanFailure} on other failures.
     */
    public static PlannedStack plan(String project, String stack, StackFile config,
            java.util.function.Consumer<com.pulumi.Context> program, PlanMocks mocks) {
        var options = new IdentityHashMap<Resource, ResourceOptions>();
        ResourceTransformation recorder = t -> {
            synchronized (options) {
                options.put(t.resource(), t.options());
            }
            return Optional.empty();
        };
        TestResult result;
        try {
            result = PulumiTestInternal.builder()
                    .options(TestOptions.builder().projectName(project).stackName(stack).preview(false)
                            .resourceTransformations(List.of(recorder)).build())
                    .mocks(mocks)
                    .config(config.engineConfig())
                    .deploymentFactory(state -> {
                        state.runner = new PlanRunner(state.logger);
                        return new DeploymentImpl(state);
                    })
                    .build()
                    .runTest(program);
            if (result.exitCode() != 0) {
                throw failure(result);
            }
            var resources = new ArrayList<PlannedResource>();
            for (Resource r : result.resources()) {
                if (!r.pulumiResourceType().equals(STACK_TYPE)) {
                    resources.add(planned(r, options.get(r), mocks));
                }
            }
            var outputs = new LinkedHashMap<String, Object>();
            result.outputs().forEach((k, v) -> outputs.put(k, PlanValues.normalize(PulumiTest.extractValue(v))));
            return new PlannedStack(project, stack, config.region(), treeOrder(resources), outputs);
        } finally {
            PulumiTest.cleanup();
        }
    }

    /**
     * The engine registers siblings in no fixed order; the plan lists every parent before its children (depth first)
     * and siblings by URN, so two runs print the same document.
     */
    static List<PlannedResource> treeOrder(List<PlannedResource> resources) {
        var byParent = new java.util.TreeMap<String, List<PlannedResource>>();
        resources.forEach(r -> byParent.computeIfAbsent(r.parent(), k -> new ArrayList<>()).add(r));
        byParent.values().forEach(l -> l.sort(java.util.Comparator.comparing(PlannedResource::urn)));
        var out = new ArrayList<PlannedResource>();
        var stack = new java.util.ArrayDeque<PlannedResource>();
        var roots = byParent.getOrDefault("", List.of());
        for (int i = roots.size() - 1; i >= 0; i--) {
            stack.push(roots.get(i));
        }
        while (!stack.isEmpty()) {
            var r = stack.pop();
            out.add(r);
            var children = byParent.getOrDefault(r.urn(), List.of());
            for (int i = children.size() - 1; i >= 0; i--) {
                stack.push(children.get(i));
            }
        }
        return out;
    }

    private static PlannedResource planned(Resource r, ResourceOptions o, PlanMocks mocks) {
        String parent = "";
        var dependsOn = new ArrayList<String>();
        var timeouts = new LinkedHashMap<String, String>();
        String version = "";
        boolean protect = false;
        if (o != null) {
            parent = o.getParent().filter(p -> !p.pulumiResourceType().equals(STACK_TYPE)).map(Plan::urn).orElse("");
            List<Resource> deps = PulumiTest.extractValue(o.getDependsOn());
            if (deps != null) {
                deps.forEach(d -> dependsOn.add(urn(d)));
            }
            o.getCustomTimeouts().ifPresent(t -> {
                t.getCreate().ifPresent(d -> timeouts.put("create", duration(d)));
                t.getUpdate().ifPresent(d -> timeouts.put("update", duration(d)));
                t.getDelete().ifPresent(d -> timeouts.put("delete", duration(d)));
            });
            version = o.getVersion().orElse("");
            protect = o.isProtect();
        }
        var inputs = mocks.inputs(r.pulumiResourceType(), r.pulumiResourceName()); // normalized once, shared
        return new PlannedResource(urn(r), r.pulumiResourceType(), r.pulumiResourceName(), parent, inputs, protect,
                dependsOn, timeouts, version);
    }

    private static String urn(Resource r) {
        return PulumiTest.extractValue(r.urn());
    }

    /** A duration as Go prints it without zero parts: 20m, 1h30m, 45s. */
    static String duration(Duration d) {
        var b = new StringBuilder();
        if (d.toHours() > 0) {
            b.append(d.toHours()).append('h');
        }
        if (d.toMinutesPart() > 0) {
            b.append(d.toMinutesPart()).append('m');
        }
        if (d.toSecondsPart() > 0 || b.length() == 0) {
            b.append(d.toSecondsPart()).append('s');
        }
        return b.toString();
    }

    private static RuntimeException failure(TestResult result) {
        for (Exception e : result.exceptions()) {
            Throwable t = e;
            while (t.getCause() != null && !(t instanceof InvalidInputException)) {
                t = t.getCause();
            }
            if (t instanceof InvalidInputException iie) {
                return iie;
            }
        }
        Throwable root = result.exceptions().isEmpty() ? null : result.exceptions().get(result.exceptions().size() - 1);
        while (root != null && root.getCause() != null) {
            root = root.getCause();
        }
        return new PlanFailure(FAILED, "the stack program failed: "
                + (root == null ? String.join("; ", result.errors()) : root.getClass().getSimpleName() + ": " + root.getMessage()));
    }

    private static String stackName(Path configFile) {
        String file = configFile.getFileName().toString();
        if (file.startsWith("Pulumi.") && file.endsWith(".yaml") && file.length() > "Pulumi..yaml".length()) {
            return file.substring("Pulumi.".length(), file.length() - ".yaml".length());
        }
        return file.replaceFirst("\\.ya?ml$", "");
    }

    static Map<String, Object> readYaml(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new PlanFailure(INVALID, file + ": cannot read (" + e.getClass().getSimpleName() + ")");
        }
        try {
            Object doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
            if (doc == null) {
                return Map.of();
            }
            if (!(doc instanceof Map<?, ?> m)) {
                throw new PlanFailure(INVALID, file + ": must be a YAML mapping");
            }
            var out = new LinkedHashMap<String, Object>();
            m.forEach((k, v) -> out.put(String.valueOf(k), v));
            return out;
        } catch (YAMLException e) {
            throw new PlanFailure(INVALID, file + ": invalid YAML: " + e.getMessage().lines().findFirst().orElse(""));
        }
    }

    /** A failure with its exit status and a one-line explanation. */
    public static final class PlanFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final int status;

        PlanFailure(int status, String message) {
            super(message);
            this.status = status;
        }

        /** The exit status. */
        public int status() {
            return status;
        }
    }
}
