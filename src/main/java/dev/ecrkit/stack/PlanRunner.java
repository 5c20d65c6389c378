package dev.ecrkit.stack;

import com.pulumi.core.internal.ContextAwareCompletableFuture;
import com.pulumi.deployment.internal.EngineLogger;
import com.pulumi.deployment.internal.Runner;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The task runner of the offline plan: the same contract as pulumi-java's own runner (run the program, then wait until
 * every task the engine registered has completed, or one has failed), without its polling loop.
 *
 * <p>pulumi-java 1.36.1's default runner re-schedules a loop on the common pool until no task is left, and every pass
 * formats the description of every pending task into a log string (discarded below level FINEST). With thousands of
 * pending outputs that loop took most of the plan's CPU (profiled on the 1000-repository benchmark). This runner counts
 * the pending tasks and is told when each completes. A task's follow-up tasks (outputs derived in {@code apply}, child
 * resources) are registered while it runs, so before it completes: the count reaches zero only when the program is
 * done, as with the default runner, whose loop also removes a task as soon as it sees it done.
 *
 * <p>A failed task ends the run with the exception, logged to the engine as an error, and exit code
 * {@value Runner#ProcessExitedAfterLoggingUserActionableMessage}, as pulumi-java's runner does.
 */
final class PlanRunner implements Runner {
    private final EngineLogger engineLogger;
    private final AtomicInteger pending = new AtomicInteger();
    private final CompletableFuture<Void> drained = new CompletableFuture<>();
    private final ConcurrentLinkedQueue<Exception> exceptions = new ConcurrentLinkedQueue<>();
    private volatile boolean programDone;

    PlanRunner(EngineLogger engineLogger) {
        this.engineLogger = Objects.requireNonNull(engineLogger);
    }

    @Override
    public <T> void registerTask(String description, CompletableFuture<T> task) {
        Objects.requireNonNull(task);
        pending.incrementAndGet();
        task.whenComplete((value, error) -> {
            if (error != null) {
                drained.completeExceptionally(error);
            }
            if (pending.decrementAndGet() == 0 && programDone) {
                drained.complete(null);
            }
        });
    }

    @Override
    public <T> CompletableFuture<Result<T>> runAsync(Supplier<T> callback) {
        var value = ContextAwareCompletableFuture.supplyAsync(callback);
        registerTask("program", value);
        return value.thenCompose(v -> {
            programDone = true;
            if (pending.get() == 0) {
                drained.complete(null);
            }
            return drained.thenApply(unused -> v);
        }).handle((v, error) -> error == null ? this.<T>succeeded(v) : this.<T>failed(error)).thenCompose(f -> f);
    }

    private <T> CompletableFuture<Result<T>> succeeded(T value) {
        int code = engineLogger.hasLoggedErrors() ? ProcessExitedBeforeLoggingUserActionableMessage : ProcessExitedSuccessfully;
        return CompletableFuture.completedFuture(new PlanResult<>(code, List.of(), value));
    }

    private <T> CompletableFuture<Result<T>> failed(Throwable error) {
        Throwable cause = error;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        Exception exception = cause instanceof Exception e ? e : new RuntimeException(cause);
        exceptions.add(exception);
        return engineLogger.errorAsync(String.valueOf(exception.getMessage())).handle((unused, logError) ->
                new PlanResult<>(ProcessExitedAfterLoggingUserActionableMessage, List.copyOf(exceptions), null));
    }

    /** {@link Runner.Result}'s constructor is protected. */
    private static final class PlanResult<T> extends Result<T> {
        PlanResult(int exitCode, List<Exception> exceptions, T value) {
            super(exitCode, exceptions, Optional.ofNullable(value));
        }
    }
}
