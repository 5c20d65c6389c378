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
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.IntStream;

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
    private static final String USAGE = "usage: Simulate (--policy FILE | [--stack NAME | --config FILE] --repository ENTRY)"
            + " --images FILE [--now ISO-8601] [--json]";
    private static final DateTimeFormatter PUSHED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);
    private static final int DIGEST_WIDTH = 19;
    private static final int TAGS_WIDTH = 32;

    private Simulate() {
    }

    public static void main(String[] args) {
        Logger.getLogger("").setLevel(Level.OFF);
        int status = run(args, Path.of(""), System.out, System.err);
        System.out.flush();
        System.exit(status);
    }

    /** The command line, parsed; absent options are empty strings. */
    private record Options(String policy, String stack, String config, String repository, String images, String now,
                           boolean json) {
    }

    /** The command, runnable in-process: {@code root} is the project directory; {@code --now} defaults to the clock. */
    public static int run(String[] args, Path root, PrintStream out, PrintStream err) {
        return run(args, root, out, err, () -> Instant.now().truncatedTo(ChronoUnit.SECONDS));
    }

    static int run(String[] args, Path root, PrintStream out, PrintStream err, Supplier<Instant> clock) {
        var errors = new ArrayList<String>();
        Options o = options(args, errors);
        if (!errors.isEmpty()) {
            errors.forEach(e -> err.println(e + "; " + USAGE));
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
            out.print(o.json() ? result.toJson() + "\n" : text(source.get().title(), result));
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

    private static Options options(String[] args, List<String> errors) {
        String[] value = {"", "", "", "", "", ""};
        List<String> names = List.of("--policy", "--stack", "--config", "--repository", "--images", "--now");
        boolean json = false;
        for (int i = 0; i < args.length; i++) {
            int k = names.indexOf(args[i]);
            if (args[i].equals("--json")) {
                json = true;
            } else if (k < 0) {
                errors.add(args[i] + ": unknown argument");
            } else if (i + 1 >= args.length) {
                errors.add(args[i] + ": needs a value");
            } else {
                value[k] = args[++i];
            }
        }
        var o = new Options(value[0], value[1], value[2], value[3], value[4], value[5], json);
        if (!o.stack().isEmpty() && !o.config().isEmpty()) {
            errors.add("--config: conflicts with --stack (they are alternatives)");
        } else if (!o.policy().isEmpty() && !(o.repository() + o.stack() + o.config()).isEmpty()) {
            errors.add("--policy: give either --policy FILE or --repository ENTRY (with --stack or --config), not both");
        } else if (o.policy().isEmpty() && o.repository().isEmpty() && errors.isEmpty()) {
            errors.add("--policy or --repository: one of them is required");
        }
        if (o.images().isEmpty() && errors.isEmpty()) {
            errors.add("--images: is required");
        }
        return o;
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
        var b = new StringBuilder();
        b.append("Lifecycle simulation of ").append(title).append(" at ").append(result.now()).append('\n');
        b.append(result.images().size()).append(" images: ").append(result.count(SimulatedAction.EXPIRE)).append(" expire, ")
                .append(result.count(SimulatedAction.TRANSITION)).append(" transition, ")
                .append(result.count(SimulatedAction.KEEP)).append(" keep\n\n");
        b.append(String.format("%-16s  %-8s  %-10s  %-4s  %-" + DIGEST_WIDTH + "s  %-" + TAGS_WIDTH + "s  %s%n",
                "pushed (UTC)", "storage", "action", "rule", "digest", "tags", "why"));
        List<ImageOutcome> images = result.images();
        IntStream.range(0, images.size()).boxed()
                .sorted(Comparator.comparing((Integer i) -> images.get(i).image().pushedAt()).thenComparing(i -> i))
                .map(images::get)
                .forEach(o -> b.append(String.format("%-16s  %-8s  %-10s  %-4s  %-" + DIGEST_WIDTH + "s  %-" + TAGS_WIDTH
                                + "s  %s%n", PUSHED.format(o.image().pushedAt()), o.image().storageClass(), o.action(),
                        o.rulePriority() == ImageOutcome.NO_RULE ? "-" : o.rulePriority(), cut(o.image().digest(), DIGEST_WIDTH),
                        cut(o.image().tags().isEmpty() ? "(untagged)" : String.join(",", o.image().tags()), TAGS_WIDTH),
                        o.reason())));
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
