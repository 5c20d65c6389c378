package dev.ecrkit.stack;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * The {@code ecrkit} command, which the launcher {@code ./ecrkit} starts: {@code plan} ({@link Plan}), {@code simulate}
 * ({@link Simulate}), {@code help}, {@code --version} and {@code generate-completion} (a bash/zsh completion script).
 * Each subcommand's options are declared once, on {@link Plan.Options} and {@link Simulate.Options}, and parsed by
 * picocli here and in the {@code Plan} and {@code Simulate} main classes alike, so both entry points take the same
 * arguments and give the same exit statuses (0, 1, 2, 3: docs/cli.md). stdout carries only the result (or the help
 * asked for); every problem is one line on stderr.
 */
@Command(name = "ecrkit", mixinStandardHelpOptions = true, versionProvider = Cli.VersionProvider.class,
        description = "Amazon ECR as code: the offline plan of a stack and the offline lifecycle simulator.",
        subcommands = {CommandLine.HelpCommand.class, AutoComplete.GenerateCompletion.class},
        footer = {"", "Exit status: 0 success, 1 failure, 2 invalid input or command line, 3 a finding at or above"
                + " --fail-on. Docs: docs/cli.md."})
public final class Cli {
    /** The short usage of the top-level command, appended to its one-line errors. */
    static final String USAGE = "usage: ecrkit (plan | simulate | help | --version) [OPTIONS]; ecrkit help COMMAND";

    public static void main(String[] args) {
        runMain(Cli::run, args);
    }

    /** A command runnable in-process: {@code root} is the project directory; returns the exit status. */
    @FunctionalInterface
    interface Command {
        int run(String[] args, Path root, PrintStream out, PrintStream err);
    }

    /** The main method of every command: no java.util.logging line, the command in the working directory, its status. */
    static void runMain(Command command, String[] args) {
        Logger.getLogger("").setLevel(Level.OFF);
        int status = command.run(args, Path.of(""), System.out, System.err);
        System.out.flush();
        System.exit(status);
    }

    /** The command, runnable in-process: {@code root} is the project directory. */
    public static int run(String[] args, Path root, PrintStream out, PrintStream err) {
        var plan = new Plan.Options();
        var simulate = new Simulate.Options();
        var cl = configure(new CommandLine(new Cli()), out, err)
                .addSubcommand(configure(new CommandLine(plan), out, err))
                .addSubcommand(configure(new CommandLine(simulate), out, err));
        cl.getSubcommands().values().forEach(sub -> configure(sub, out, err));
        ParseResult parsed = parse(cl, args, err, USAGE);
        if (parsed == null) {
            return Plan.INVALID;
        }
        if (helped(parsed, out)) {
            return Plan.OK;
        }
        if (!parsed.hasSubcommand()) {
            err.println("a command is required; " + USAGE);
            return Plan.INVALID;
        }
        ParseResult sub = parsed.subcommand();
        Object command = sub.commandSpec().userObject();
        if (command instanceof Plan.Options) {
            return Plan.execute(plan, sub, root, out, err);
        }
        if (command instanceof Simulate.Options) {
            return Simulate.execute(simulate, sub, root, out, err);
        }
        ((Runnable) command).run(); // generate-completion
        out.flush();
        return Plan.OK;
    }

    /** One way of configuring every command: output streams, no {@code @file} expansion, ecrkit's version. */
    static CommandLine configure(CommandLine cl, PrintStream out, PrintStream err) {
        return cl.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8))
                .setErr(new PrintWriter(err, true, StandardCharsets.UTF_8))
                .setExpandAtFiles(false)
                .setUsageHelpAutoWidth(true);
    }

    /**
     * The parse of {@code args}, or null after printing the problem as one line ending with {@code usage}: a missing
     * value is {@code --config: needs a value}, an unknown argument {@code --jsn: unknown argument; did you mean --json?}.
     */
    static ParseResult parse(CommandLine cl, String[] args, PrintStream err, String usage) {
        try {
            return cl.parseArgs(args);
        } catch (ParameterException e) {
            Object failed = e.getCommandLine().getCommandSpec().userObject();
            err.println(Plan.oneLine(message(e)) + "; " + (failed instanceof Plan.Options ? Plan.USAGE
                    : failed instanceof Simulate.Options ? Simulate.USAGE : usage));
            return null;
        }
    }

    /** Prints the help or version asked for (on stdout, the result), if any. */
    static boolean helped(ParseResult parsed, PrintStream out) {
        boolean helped = CommandLine.printHelpIfRequested(parsed);
        out.flush();
        return helped;
    }

    private static String message(ParameterException e) {
        if (e instanceof CommandLine.MissingParameterException m && !m.getMissing().isEmpty()
                && m.getMissing().get(0) instanceof OptionSpec o) {
            return o.longestName() + ": needs a value";
        }
        if (e instanceof CommandLine.UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
            List<String> near = u.getSuggestions();
            return u.getUnmatched().get(0) + ": unknown argument"
                    + (near.isEmpty() ? "" : "; did you mean " + String.join(" or ", near) + "?");
        }
        if (e instanceof CommandLine.OverwrittenOptionException w && w.getOverwritten() instanceof OptionSpec o) {
            return o.longestName() + ": given twice";
        }
        return e.getMessage();
    }

    /** The option of {@code names} matched first on the command line, or "" when none was. */
    static String first(ParseResult parsed, String... names) {
        for (OptionSpec o : parsed.matchedOptions()) {
            for (String n : names) {
                if (o.longestName().equals(n)) {
                    return n;
                }
            }
        }
        return "";
    }

    /** {@code ecrkit VERSION} for {@code --version}. */
    static final class VersionProvider implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"ecrkit " + Version.current()};
        }
    }
}
