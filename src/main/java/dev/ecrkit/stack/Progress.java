package dev.ecrkit.stack;

import dev.ecrkit.Repository;
import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Progress of a large plan on stderr ({@code planning: 120/1000 repositories}, rewritten in place), for a person
 * watching a terminal: on when the system property {@value #PROPERTY} is {@code true} (./ecrkit sets it when stderr is a
 * terminal) and the stack has at least {@value #MIN_ENTRIES} repository entries (a few hundred resources); otherwise
 * it prints nothing, so logs and pipes get no partial lines.
 */
final class Progress implements Consumer<String> {
    /** The system property that says stderr is a terminal. */
    static final String PROPERTY = "ecrkit.progress";
    /** Fewer entries plan in a few seconds: no progress. */
    static final int MIN_ENTRIES = 20;

    private final PrintStream err;
    private final int total;
    private final AtomicInteger registered = new AtomicInteger();

    private Progress(PrintStream err, int total) {
        this.err = err;
        this.total = total;
    }

    /** Progress for a stack of {@code entries} repository entries, or one that prints nothing. */
    static Progress of(PrintStream err, int entries) {
        return Boolean.getBoolean(PROPERTY) && entries >= MIN_ENTRIES ? new Progress(err, entries) : new Progress(null, 0);
    }

    @Override
    public void accept(String type) {
        if (err != null && type.equals(Repository.TYPE)) {
            int n = registered.incrementAndGet();
            if (n == total || n % Math.max(1, total / 100) == 0) {
                synchronized (this) {
                    err.print("\rplanning: " + n + "/" + total + " repositories");
                    err.flush();
                }
            }
        }
    }

    /** Ends the progress line. */
    void done() {
        if (err != null) {
            err.print("\r\033[K");
            err.flush();
        }
    }
}
