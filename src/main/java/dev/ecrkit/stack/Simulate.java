package dev.ecrkit.stack;

import dev.ecrkit.lifecycle.ImageInventory;
import dev.ecrkit.lifecycle.ImageOutcome;
import dev.ecrkit.lifecycle.ImageRecord;
import dev.ecrkit.lifecycle.LifecyclePolicy;
import dev.ecrkit.lifecycle.LifecycleSimulator;
import dev.ecrkit.lifecycle.SimulatedAction;
import dev.ecrkit.lifecycle.SimulationResult;
import dev.ecrkit.validation.InvalidInputException;
import dev.ecrkit.validation.Problem;
import dev.ecrkit.validation.Problems;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;

/**
 * The lifecycle simulator command: which images of an inventory a lifecycle policy would expire or archive, offline.
 * <pre>
 * Simulate (--policy FILE | [--stack NAME | --config FILE] --repository ENTRY) --images FILE [--now ISO-8601] [--json]
 * </pre>
 * {@code --policy} takes lifecycle policy JSON; otherwise the policy the stack generates for that
 * {@code ecrkit:repositories} entry, read through {@link StackConfig} as {@link Plan} does (default stack {@code dev}).
 * The images file is described in {@link ImageInventory}; {@code --now} defaults to the current time. Exit 0 with the
 * result on stdout (with {@code --json}, exactly one JSON document); 2 on a bad command line, policy, config or images
 * file: nothing on stdout, one line per problem on stderr naming the field; 1 on any other failure. See docs/simulate.md.
 */
public final class Simulate {
    static final String USAGE = "usage: Simulate (--policy FILE | [--stack NAME | --config FILE] --repository ENTRY)"
            + " --images FILE [--now ISO-8601] [--json]";
    private static final DateTimeFormatter PUSHED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);
    private static final int DIGEST_WIDTH = 19;
    private static final int TAGS_WIDTH = 32;
    /** Above this many images the text output is the summary unless {@code --all} is given. */
    static final int SUMMARY_ABOVE = 100;
    /** Images shown per rule and action in the summary. */
    static final int SUMMARY_IMAGES = 3;

    private Simulate() {
    }

    public static void main(String[] args) {
        Cli.runMain(Simulate::run, args);
    }

    /** The simulate command's options, declared once for {@code Simulate} and {@code ecrkit simulate} ({@link Cli}). */
    @Command(name = "simulate", mixinStandardHelpOptions = true, versionProvider = Cli.VersionProvider.class,
            sortOptions = false, description = {"Applies a lifecycle policy to an image inventory offline and tells"
                    + " which images AWS would expire or archive, and why (docs/simulate.md)."},
            footer = {"", "Exit status: 0 simulated, 2 invalid command line, policy, config or images file (one line per"
                    + " problem on stderr, nothing on stdout), 1 any other failure."})
    public static final class Options {
        @Option(names = "--policy", paramLabel = "FILE", description = "lifecycle policy JSON to apply")
        private String policy;
        @Option(names = "--stack", paramLabel = "NAME", description = "with --repository: the stack whose entry's"
                + " policy is applied (default: " + Plan.DEFAULT_STACK + ")")
        private String stack;
        @Option(names = "--config", paramLabel = "FILE", description = "with --repository: a stack file instead of --stack")
        private String config;
        @Option(names = "--repository", paramLabel = "ENTRY", description = "the ecrkit:repositories entry whose policy is applied")
        private String repository;
        @Option(names = "--images", paramLabel = "FILE", description = "the image inventory (JSON, docs/simulate.md)")
        private String images;
        @Option(names = "--now", paramLabel = "ISO-8601", description = "the evaluation time (default: now)")
        private String now;
        @Option(names = "--json", description = "the result as one JSON document (every image)")
        private boolean json;
        @Option(names = "--summary", description = "counts per rule and action, and the first " + SUMMARY_IMAGES
                + " images of each (the default above " + SUMMARY_ABOVE + " images)")
        private boolean summary;
        @Option(names = "--all", description = "one line per image (the default up to " + SUMMARY_ABOVE + " images)")
        private boolean all;

        String policy() {
            return policy == null ? "" : policy;
        }

        String stack() {
            return stack == null ? "" : stack;
        }

        String config() {
            return config == null ? "" : config;
        }

        String repository() {
            return repository == null ? "" : repository;
        }

        String images() {
            return images == null ? "" : images;
        }

        String now() {
            return now == null ? "" : now;
        }

        boolean json() {
            return json;
        }

        /** Whether the text is the summary: asked for, or the default for more than {@link #SUMMARY_ABOVE} images. */
        boolean summary(int imageCount) {
            return summary || (!all && imageCount > SUMMARY_ABOVE);
        }
    }

    /** The command, runnable in-process: {@code root} is the project directory; {@code --now} defaults to the clock. */
    public static int run(String[] args, Path root, PrintStream out, PrintStream err) {
        return run(args, root, out, err, () -> Instant.now().truncatedTo(ChronoUnit.SECONDS));
    }

    static int run(String[] args, Path root, PrintStream out, PrintStream err, Supplier<Instant> clock) {
        var options = new Options();
        ParseResult parsed = Cli.parse(Cli.configure(new CommandLine(options), out, err), args, err, USAGE);
        if (parsed == null) {
            return Plan.INVALID;
        }
        return Cli.helped(parsed, out) ? Plan.OK : execute(options, parsed, root, out, err, clock);
    }

    /** Runs the simulation of parsed {@code o} at the current time. */
    static int execute(Options o, ParseResult parsed, Path root, PrintStream out, PrintStream err) {
        return execute(o, parsed, root, out, err, () -> Instant.now().truncatedTo(ChronoUnit.SECONDS));
    }

    private static int execute(Options o, ParseResult parsed, Path root, PrintStream out, PrintStream err,
            Supplier<Instant> clock) {
        var errors = new ArrayList<String>();
        check(o, parsed, errors);
        if (!errors.isEmpty()) {
            errors.forEach(e -> err.println(Plan.oneLine(e) + "; " + USAGE));
            return Plan.INVALID;
        }
        try {
            Instant now = o.now().isEmpty() ? clock.get() : ImageInventory.parseInstant(o.now()).orElse(null);
            if (now == null) {
                errors.add(new Problem("--now", ImageInventory.instantRule(), Problems.show(o.now())).toString());
            }
            Optional<Source> source = o.policy().isEmpty() ? fromStack(o, root, errors) : fromFile(o.policy(), root, errors);
            List<ImageRecord> images = images(o.images(), root, errors);
            if (!errors.isEmpty()) {
                errors.forEach(e -> err.println(Plan.oneLine(e)));
                return Plan.INVALID;
            }
            SimulationResult result = LifecycleSimulator.simulate(source.orElseThrow().policy(), images, now);
            out.print(o.json() ? result.toJson() + "\n" : o.summary(images.size())
                    ? summary(source.get().title(), result) : text(source.get().title(), result));
            return Plan.OK;
        } catch (Plan.PlanFailure e) {
            e.getMessage().lines().forEach(line -> err.println(Plan.oneLine(line)));
            return e.status();
        } catch (InvalidInputException e) {
            e.problems().forEach(p -> err.println(Plan.oneLine(p.toString())));
            return Plan.INVALID;
        } catch (RuntimeException e) {
            err.println(Plan.oneLine("simulate failed: " + e.getClass().getSimpleName() + ": " + e.getMessage()));
            return Plan.FAILED;
        }
    }

    /** The combinations the options' declarations cannot express. */
    private static void check(Options o, ParseResult parsed, List<String> errors) {
        if (!o.stack().isEmpty() && !o.config().isEmpty()) {
            String firstGiven = Cli.first(parsed, "--stack", "--config");
            errors.add((firstGiven.equals("--stack") ? "--config" : "--stack") + ": conflicts with " + firstGiven
                    + " (they are alternatives)");
        } else if (!o.policy().isEmpty() && !(o.repository() + o.stack() + o.config()).isEmpty()) {
            errors.add("--policy: give either --policy FILE or --repository ENTRY (with --stack or --config), not both");
        } else if (o.policy().isEmpty() && o.repository().isEmpty() && errors.isEmpty()) {
            errors.add("--policy or --repository: one of them is required");
        }
        if (o.images().isEmpty() && errors.isEmpty()) {
            errors.add("--images: is required");
        }
        if (o.summary && o.all) {
            errors.add("--all: conflicts with --summary (they are alternatives)");
        }
    }

    /** The policy to simulate and how to name it. */
    private record Source(LifecyclePolicy policy, String title) {
    }

    private static Optional<Source> fromFile(String file, Path root, List<String> errors) {
        Optional<String> text = read(root.resolve(file), file, errors);
        try {
            return text.map(t -> new Source(LifecyclePolicy.parse(t), "policy " + file));
        } catch (InvalidInputException e) {
            e.problems().forEach(p -> errors.add(line(file, p)));
            return Optional.empty();
        }
    }

    /** The entry's final lifecycle policy, exactly as the stack program (and so Plan) computes it. */
    private static Optional<Source> fromStack(Options o, Path root, List<String> errors) {
        String projectName = Plan.projectName(root);
        String stack = o.stack().isEmpty() ? Plan.DEFAULT_STACK : o.stack();
        if (o.config().isEmpty()) {
            Plan.checkStackName("--stack", stack);
        }
        Path configFile = root.resolve(o.config().isEmpty() ? "Pulumi." + stack + ".yaml" : o.config());
        StackConfig config;
        try {
            // read and checked exactly as Plan does: the same reader, the same region, the same validator
            var file = StackFile.read(projectName, Plan.readYaml(configFile), configFile.toString());
            config = StackConfig.parse(file.ecrkit(), file.region());
        } catch (InvalidInputException e) {
            e.problems().forEach(p -> errors.add(p.toString()));
            return Optional.empty();
        }
        String path = StackConfig.PROJECT + ":" + StackConfig.REPOSITORIES + "." + o.repository();
        var entry = config.entries().stream().filter(e -> e.key().equals(o.repository())).findFirst();
        if (entry.isEmpty()) {
            String fileName = o.config().isEmpty() ? "Pulumi." + stack + ".yaml" : o.config();
            errors.add(new Problem("--repository", "no such entry in " + StackConfig.PROJECT + ":" + StackConfig.REPOSITORIES
                    + " of " + fileName + " (entries: " + String.join(", ", config.entries().stream()
                    .map(StackConfig.Entry::key).toList()) + ")", Problems.show(o.repository())).toString());
            return Optional.empty();
        }
        var json = entry.get().args().lifecyclePolicy();
        if (json.isEmpty()) {
            errors.add(new Problem(path, "sets no lifecycle policy (lifecyclePolicy, lifecyclePolicyTemplate or the"
                    + " lifecycle* helper keys), so AWS keeps every image; nothing to simulate", "").toString());
            return Optional.empty();
        }
        return Optional.of(new Source(LifecyclePolicy.parse(json.get()), path + " (lifecycle policy from "
                + entry.get().args().lifecyclePolicySource() + ")"));
    }

    private static List<ImageRecord> images(String file, Path root, List<String> errors) {
        if (file.isEmpty()) {
            return List.of();
        }
        Optional<String> text = read(root.resolve(file), file, errors);
        try {
            return text.map(ImageInventory::parse).orElse(List.of());
        } catch (InvalidInputException e) {
            e.problems().forEach(p -> errors.add(line(file, p)));
            return List.of();
        }
    }

    private static Optional<String> read(Path path, String name, List<String> errors) {
        try {
            return Optional.of(StackInput.readText(path, Problems.clean(name)));
        } catch (Plan.PlanFailure e) {
            errors.add(e.getMessage());
            return Optional.empty();
        }
    }

    /** {@code FILE: field: rule, got value}, or {@code FILE: rule} for the document itself. */
    private static String line(String file, Problem p) {
        return file + ": " + (p.field().isEmpty() ? p.rule() + (p.got().isEmpty() ? "" : ", got " + p.got()) : p.toString());
    }

    /** The readable table: images oldest first, with the acting rule and why. */
    static String text(String title, SimulationResult result) {
        var b = header(title, result);
        b.append(String.format("%-16s  %-8s  %-10s  %-4s  %-" + DIGEST_WIDTH + "s  %-" + TAGS_WIDTH + "s  %s%n",
                "pushed (UTC)", "storage", "action", "rule", "digest", "tags", "why"));
        List<ImageOutcome> images = result.images();
        IntStream.range(0, images.size()).boxed()
                .sorted(Comparator.comparing((Integer i) -> images.get(i).image().pushedAt()).thenComparing(i -> i))
                .map(images::get)
                .forEach(o -> b.append(String.format("%-16s  %-8s  %-10s  %-4s  %-" + DIGEST_WIDTH + "s  %-" + TAGS_WIDTH
                                + "s  %s%n", PUSHED.format(o.image().pushedAt()), o.image().storageClass(), o.action(),
                        o.rulePriority() == ImageOutcome.NO_RULE ? "-" : o.rulePriority(), cut(o.image().digest(), DIGEST_WIDTH),
                        cut(tags(o), TAGS_WIDTH),
                        o.reason())));
        return warnings(b, result);
    }

    /**
     * The summary ({@code --summary}, the default above {@link #SUMMARY_ABOVE} images): per acting rule and action, the
     * number of images and the {@link #SUMMARY_IMAGES} oldest of them.
     */
    static String summary(String title, SimulationResult result) {
        var b = header(title, result);
        var groups = new java.util.TreeMap<String, List<ImageOutcome>>();
        for (ImageOutcome o : result.images()) {
            // rules by priority, then images no rule acts on
            String rule = o.rulePriority() == ImageOutcome.NO_RULE ? "~" : String.format("%010d", o.rulePriority());
            groups.computeIfAbsent(rule + " " + o.action(), k -> new ArrayList<>()).add(o);
        }
        b.append(String.format("%-4s  %-10s  %7s  %s%n", "rule", "action", "images", "oldest first (pushed UTC, digest, tags)"));
        groups.values().forEach(list -> {
            ImageOutcome first = list.get(0);
            list.sort(Comparator.comparing(o -> o.image().pushedAt()));
            b.append(String.format("%-4s  %-10s  %7d%n", first.rulePriority() == ImageOutcome.NO_RULE ? "-"
                    : first.rulePriority(), first.action(), list.size()));
            list.stream().limit(SUMMARY_IMAGES).forEach(o -> b.append(String.format("%27s%-16s  %-" + DIGEST_WIDTH
                    + "s  %s%n", "", PUSHED.format(o.image().pushedAt()), cut(o.image().digest(), DIGEST_WIDTH),
                    cut(tags(o), TAGS_WIDTH))));
            if (list.size() > SUMMARY_IMAGES) {
                b.append(String.format("%27sand %d more%n", "", list.size() - SUMMARY_IMAGES));
            }
        });
        b.append("\n(one line per image: --all; every image as JSON: --json)\n");
        return warnings(b, result);
    }

    private static StringBuilder header(String title, SimulationResult result) {
        var b = new StringBuilder();
        b.append("Lifecycle simulation of ").append(title).append(" at ").append(result.now()).append('\n');
        b.append(result.images().size()).append(" images: ").append(result.count(SimulatedAction.EXPIRE)).append(" expire, ")
                .append(result.count(SimulatedAction.TRANSITION)).append(" transition, ")
                .append(result.count(SimulatedAction.KEEP)).append(" keep\n\n");
        return b;
    }

    private static String tags(ImageOutcome o) {
        return o.image().tags().isEmpty() ? "(untagged)" : String.join(",", o.image().tags());
    }

    private static String warnings(StringBuilder b, SimulationResult result) {
        result.warnings().forEach(w -> b.append("\nwarning: ").append(w.message()));
        if (!result.warnings().isEmpty()) {
            b.append('\n');
        }
        return b.toString();
    }

    private static String cut(String s, int width) {
        return s.length() <= width ? s : s.substring(0, width - 1) + "…";
    }
}
