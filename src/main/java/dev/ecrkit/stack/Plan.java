package dev.ecrkit.stack;

import com.pulumi.deployment.internal.DeploymentImpl;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.Resource;
import com.pulumi.resources.ResourceOptions;
import com.pulumi.resources.ResourceTransformation;
import com.pulumi.test.PulumiTest;
import com.pulumi.test.TestOptions;
import com.pulumi.test.TestResult;
import com.pulumi.test.internal.PulumiTestInternal;
import dev.ecrkit.findings.Access;
import dev.ecrkit.findings.Finding;
import dev.ecrkit.findings.Findings;
import dev.ecrkit.findings.PlannedResource;
import dev.ecrkit.findings.Severity;
import dev.ecrkit.json.Json;
import dev.ecrkit.validation.InvalidInputException;
import dev.ecrkit.validation.Problems;
import java.io.IOException;
import java.io.PrintStream;
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
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;

/**
 * The offline plan: runs {@link App#stack} under the pulumi-java mock engine and prints every resource
 * {@code pulumi up} would create, and the security findings ({@link Findings}).
 * {@code Plan [--stack NAME | --config FILE] [--json | --format text|json|mermaid|sarif] [--fail-on LOW|MEDIUM|HIGH]}
 * ({@code --format mermaid}: {@code PlanMermaid}); exit 0 on success,
 * 2 on invalid config (one line per problem on stderr, nothing on stdout), 3 when a finding at or above the
 * {@code --fail-on} severity exists (the full plan still on stdout), 1 on any other failure. A planned stack's
 * {@link Notice}s go to stderr, one line each, and into the JSON document; they do not change the exit status.
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
    static final String USAGE = "usage: Plan [--stack NAME | --config FILE] [--json | --format text|json|mermaid|sarif]"
            + " [--fail-on LOW|MEDIUM|HIGH] [--details]";
    /** Output formats of {@code --format}; {@code --json} is {@code --format json}. */
    private static final List<String> FORMATS = List.of("text", "json", "mermaid", "sarif");
    private static final String STACK_TYPE = "pulumi:pulumi:Stack";

    /**
     * The engine's java.util.logging logger: silent. pulumi-java logs every error it is told of (errors raised while
     * outputs resolve included) at SEVERE on its own logger; the plan prints each problem once, as one line.
     */
    private static final Logger SILENT = silent();

    private Plan() {
    }

    private static Logger silent() {
        var logger = Logger.getAnonymousLogger();
        logger.setUseParentHandlers(false);
        logger.setLevel(Level.OFF);
        return logger;
    }

    public static void main(String[] args) {
        Cli.runMain(Plan::run, args);
    }

    /** The command, runnable in-process: {@code root} is the project directory. */
    public static int run(String[] args, Path root, PrintStream out, PrintStream err) {
        var options = new Options();
        ParseResult parsed = Cli.parse(Cli.configure(new CommandLine(options), out, err), args, err, USAGE);
        if (parsed == null) {
            return INVALID;
        }
        return Cli.helped(parsed, out) ? OK : execute(options, parsed, root, out, err);
    }

    /** The plan command's options, declared once for {@code Plan} and {@code ecrkit plan} ({@link Cli}). */
    @Command(name = "plan", mixinStandardHelpOptions = true, versionProvider = Cli.VersionProvider.class,
            sortOptions = false, description = {"Prints every resource `pulumi up` would create for a stack, with the"
                    + " security findings, offline: no AWS account, no Pulumi CLI (docs/plan.md)."},
            footer = {"", "Exit status: 0 planned, 2 invalid config or command line (one line per problem on stderr,"
                    + " nothing on stdout), 3 a finding at or above --fail-on (the plan is printed in full), 1 any"
                    + " other failure."})
    public static final class Options {
        @Option(names = "--stack", paramLabel = "NAME",
                description = "the stack: reads Pulumi.yaml and Pulumi.NAME.yaml (default: " + DEFAULT_STACK + ")")
        String stack;
        @Option(names = "--config", paramLabel = "FILE",
                description = "any file in the Pulumi.<stack>.yaml format, instead of --stack")
        String config;
        @Option(names = "--json", description = "the plan as one JSON document (the same as --format json)")
        boolean json;
        @Option(names = "--format", paramLabel = "FORMAT", completionCandidates = Formats.class,
                description = "text (default), json, mermaid (a diagram) or sarif (the findings as SARIF 2.1.0)")
        String format;
        @Option(names = "--fail-on", paramLabel = "SEVERITY", completionCandidates = Severities.class,
                description = "exit 3 when a finding of this severity or above exists: LOW, MEDIUM or HIGH")
        String failOn;
        @Option(names = "--details", description = "text format: every input of every resource and every output,"
                + " nothing cut (lines are otherwise cut at the terminal width, COLUMNS, or 120)")
        boolean details;
    }

    /** Completion candidates of {@code --format}. */
    static final class Formats extends ArrayList<String> {
        private static final long serialVersionUID = 1L;

        Formats() {
            super(FORMATS);
        }
    }

    /** Completion candidates of {@code --fail-on}. */
    static final class Severities extends ArrayList<String> {
        private static final long serialVersionUID = 1L;

        Severities() {
            super(Severity.wireValues());
        }
    }

    /** Runs the plan of parsed {@code o} ({@code parsed} tells which options came first). */
    static int execute(Options o, ParseResult parsed, Path root, PrintStream out, PrintStream err) {
        if (o.format != null && !FORMATS.contains(o.format)) {
            err.println("--format: must be one of " + String.join(", ", FORMATS) + ", got " + Problems.show(o.format)
                    + "; " + USAGE);
            return INVALID;
        }
        if (o.json && o.format != null && !o.format.equals("json")) {
            boolean jsonFirst = Cli.first(parsed, "--json", "--format").equals("--json");
            err.println((jsonFirst ? "--format" : "--json") + ": conflicts with the output format "
                    + (jsonFirst ? "json" : o.format) + " given before; " + USAGE);
            return INVALID;
        }
        String format = o.format != null ? o.format : o.json ? "json" : "text";
        if (o.details && !format.equals("text")) {
            err.println("--details: only the text format has details (--format " + format + " prints everything); "
                    + USAGE);
            return INVALID;
        }
        Optional<Severity> failOn = o.failOn == null ? Optional.empty() : Severity.parse(o.failOn);
        if (o.failOn != null && failOn.isEmpty()) {
            err.println("--fail-on: must be one of " + String.join(", ", Severity.wireValues()) + ", got "
                    + Problems.show(o.failOn) + "; " + USAGE);
            return INVALID;
        }
        if (o.stack != null && o.config != null) {
            String firstGiven = Cli.first(parsed, "--stack", "--config");
            err.println((firstGiven.equals("--stack") ? "--config" : "--stack") + ": conflicts with " + firstGiven
                    + " given before (they are alternatives); " + USAGE);
            return INVALID;
        }
        String stack = o.stack == null ? DEFAULT_STACK : o.stack;
        Path configFile = o.config == null ? null : root.resolve(o.config);
        try {
            String projectName = projectName(root);
            if (configFile == null) {
                checkStackName("--stack", stack);
                configFile = root.resolve("Pulumi." + stack + ".yaml");
                checkStackExists(root, stack, configFile);
            } else {
                stack = stackName(configFile);
                checkStackName("--config", stack);
            }
            var stackFile = StackInput.readStackFile(configFile, Problems.clean(configFile.toString()),
                    format.equals("sarif")); // the lines of its keys: for SARIF's result locations
            var config = StackFile.read(projectName, stackFile.mapping(), configFile.toString());
            var stackConfig = StackConfig.parse(config.ecrkit(), config.region()); // parsed once: the program takes it
            var notices = stackConfig.notices();
            var mocks = new PlanMocks(config.region());
            var progress = Progress.of(err, stackConfig.entries().size());
            var planned = plan(projectName, stack, config, ctx -> App.stack(ctx, stackConfig), mocks, progress)
                    .withNotices(notices);
            progress.done();
            notices.forEach(n -> err.println(oneLine(n.toString())));
            out.print(switch (format) {
                case "json" -> {
                    var doc = planned.toJson();
                    PlanValues.requireFinite(doc, "plan");
                    Json.pretty(doc, out); // streamed: 120 MB at 1000 repositories, never one string
                    yield "\n";
                }
                case "mermaid" -> PlanMermaid.render(planned, mocks::state);
                case "sarif" -> PlanSarif.render(planned.findings(), displayPath(root, configFile), stackFile.keys());
                default -> PlanText.render(planned, PlanText.Layout.of(o.details));
            });
            Optional<Severity> threshold = failOn;
            return threshold.isPresent() && planned.findings().stream().anyMatch(f -> f.severity().atLeast(threshold.get()))
                    ? FINDINGS : OK;
        } catch (InvalidInputException e) {
            e.problems().forEach(p -> err.println(oneLine(p.toString())));
            return INVALID;
        } catch (PlanFailure e) {
            e.getMessage().lines().forEach(line -> err.println(oneLine(line)));
            return e.status;
        } catch (RuntimeException e) {
            err.println(oneLine("plan failed: " + e.getClass().getSimpleName() + ": " + e.getMessage()));
            return FAILED;
        }
    }

    /** A line for stderr: control characters escaped, so that one problem stays one line. */
    static String oneLine(String text) {
        return Problems.clean(text, Integer.MAX_VALUE);
    }

    /** The project name, from {@code Pulumi.yaml} in {@code root}. */
    static String projectName(Path root) {
        Object name = readYaml(root.resolve("Pulumi.yaml")).getOrDefault("name", "");
        return name instanceof String s ? s : String.valueOf(name);
    }

    /** An unknown {@code --stack}: names the stacks that exist (the project's {@code Pulumi.<stack>.yaml} files). */
    private static void checkStackExists(Path root, String stack, Path configFile) {
        if (Files.exists(configFile)) {
            return;
        }
        List<String> stacks;
        try (var files = Files.list(root.toAbsolutePath())) {
            stacks = files.map(f -> f.getFileName().toString())
                    .filter(n -> n.startsWith("Pulumi.") && n.endsWith(".yaml") && !n.equals("Pulumi.yaml"))
                    .map(n -> n.substring("Pulumi.".length(), n.length() - ".yaml".length())).sorted().toList();
        } catch (IOException e) {
            stacks = List.of();
        }
        throw new PlanFailure(INVALID, "--stack: no stack " + Problems.show(stack) + " (no Pulumi." + stack
                + ".yaml in the project); " + (stacks.isEmpty() ? "it has no stack file" : "stacks: "
                + String.join(", ", stacks)));
    }

    /** Refuses a stack name the Pulumi CLI would refuse (it also names the plan's URNs). */
    static void checkStackName(String option, String stack) {
        if (!StackFile.STACK_NAME.matcher(stack).matches()) {
            throw new PlanFailure(INVALID, option + ": " + StackFile.STACK_NAME_RULE + " (pulumi/pulumi"
                    + " tokens.ParseStackName), got stack name " + Problems.show(stack));
        }
    }

    /**
     * The planned stack.
     *
     * @param notices  the stack config's accepted inputs that configure nothing ({@link Notice})
     * @param findings the security findings of the planned resources ({@link Findings}), HIGH first, computed once
     */
    public record PlannedStack(String project, String stack, String region, List<PlannedResource> resources,
            Map<String, Object> outputs, List<Notice> notices, List<Finding> findings) {
        /** A planned stack without notices (a program that reads no stack config); its findings computed once. */
        public PlannedStack(String project, String stack, String region, List<PlannedResource> resources,
                Map<String, Object> outputs) {
            this(project, stack, region, resources, outputs, List.of(), Findings.of(resources, PlanMocks.ACCOUNT_ID));
        }

        /** The same plan with the stack config's {@link Notice}s. */
        public PlannedStack withNotices(List<Notice> list) {
            return new PlannedStack(project, stack, region, resources, outputs, List.copyOf(list), findings);
        }

        /** The contract's JSON document. */
        public Map<String, Object> toJson() {
            var doc = new LinkedHashMap<String, Object>();
            doc.put("project", project);
            doc.put("stack", stack);
            doc.put("resources", resources.stream().map(PlannedStack::resourceJson).toList());
            doc.put("outputs", outputs);
            doc.put("findings", findings.stream().map(Finding::toMap).toList());
            doc.put("notices", notices.stream().map(Notice::toMap).toList());
            doc.put("access", Access.of(resources).stream().map(Access.RepositoryAccess::toMap).toList());
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
            if (!r.importId().isEmpty()) {
                m.put("import", r.importId());
            }
            if (r.retainOnDelete()) {
                m.put("retainOnDelete", true);
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
        return plan(project, stack, config, program, mocks, type -> { });
    }

    /** {@link #plan}, telling {@code registered} the type of each resource as the program registers it. */
    static PlannedStack plan(String project, String stack, StackFile config,
            java.util.function.Consumer<com.pulumi.Context> program, PlanMocks mocks,
            java.util.function.Consumer<String> registered) {
        var options = new IdentityHashMap<Resource, ResourceOptions>();
        ResourceTransformation recorder = t -> {
            synchronized (options) {
                options.put(t.resource(), t.options());
            }
            registered.accept(t.resource().pulumiResourceType());
            return Optional.empty();
        };
        TestResult result;
        try {
            result = PulumiTestInternal.builder()
                    .options(TestOptions.builder().projectName(project).stackName(stack).preview(false)
                            .resourceTransformations(List.of(recorder)).build())
                    .mocks(mocks)
                    .standardLogger(SILENT) // failures are reported once, by the plan, not also through JUL
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
        String importId = "";
        boolean retain = false;
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
            importId = o instanceof CustomResourceOptions c ? c.getImportId().orElse("") : "";
            retain = o.isRetainOnDelete();
        }
        var inputs = mocks.inputs(r.pulumiResourceType(), r.pulumiResourceName()); // normalized once, shared
        return new PlannedResource(urn(r), r.pulumiResourceType(), r.pulumiResourceName(), parent, inputs, protect,
                dependsOn, timeouts, version, importId, retain);
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

    /** {@code file} as a relative path from the project root with {@code /} separators when it is inside it. */
    private static String displayPath(Path root, Path file) {
        Path r = root.toAbsolutePath().normalize();
        Path f = file.toAbsolutePath().normalize();
        return (f.startsWith(r) ? r.relativize(f) : f).toString().replace('\\', '/');
    }

    private static String stackName(Path configFile) {
        String file = configFile.getFileName().toString();
        if (file.startsWith("Pulumi.") && file.endsWith(".yaml") && file.length() > "Pulumi..yaml".length()) {
            return file.substring("Pulumi.".length(), file.length() - ".yaml".length());
        }
        return file.replaceFirst("\\.ya?ml$", "");
    }

    /** A stack or project file through {@link StackInput} (limits, YAML 1.2 as the Pulumi CLI reads it). */
    static Map<String, Object> readYaml(Path file) {
        return StackInput.readYamlMapping(file, Problems.clean(file.toString()), true);
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
