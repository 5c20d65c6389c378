package dev.ecrkit.functions;

import com.pulumi.core.Output;
import java.util.Objects;

/**
 * What invokes an ecrkit function: an EventBridge rule on the default bus, either on a schedule or on an event
 * pattern. The rule's target retries for at most {@link #maxEventAgeSeconds()} seconds and {@link #maxRetryAttempts()}
 * times, then sends the event to the function's dead-letter queue.
 *
 * @param key                stable key of the trigger; names its resources ({@code <function>-<key>-rule}, ...)
 * @param ruleName           the rule name (a valid EventBridge rule name, see {@link dev.ecrkit.naming.NameKind#EVENT_RULE})
 * @param description        rule description
 * @param scheduleExpression {@code rate(...)} or {@code cron(...)}, or empty for a pattern rule
 * @param eventPattern       event pattern JSON, or empty for a schedule rule
 * @param maxEventAgeSeconds target retry window, {@value #MIN_EVENT_AGE_SECONDS}-{@value #MAX_EVENT_AGE_SECONDS}
 * @param maxRetryAttempts   target retries, 0-{@value #MAX_RETRY_ATTEMPTS}
 */
public record FunctionTrigger(String key, Output<String> ruleName, String description, String scheduleExpression,
        Output<String> eventPattern, int maxEventAgeSeconds, int maxRetryAttempts) {
    /** Shortest retry window: 60 s (BOTO events {@code RetryPolicy.MaximumEventAgeInSeconds}). */
    public static final int MIN_EVENT_AGE_SECONDS = 60;
    /** Longest retry window: 86,400 s (BOTO events {@code RetryPolicy.MaximumEventAgeInSeconds}). */
    public static final int MAX_EVENT_AGE_SECONDS = 86_400;
    /** Most retries: 185 (BOTO events {@code RetryPolicy.MaximumRetryAttempts}). */
    public static final int MAX_RETRY_ATTEMPTS = 185;

    /** A trigger key: it becomes part of resource names and of the Lambda permission's statement id. */
    public static final java.util.regex.Pattern KEY = java.util.regex.Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

    public FunctionTrigger {
        Objects.requireNonNull(key, "key");
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("key: must match " + KEY.pattern() + ", got \"" + key + "\"");
        }
        Objects.requireNonNull(ruleName, "ruleName");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(scheduleExpression, "scheduleExpression");
        Objects.requireNonNull(eventPattern, "eventPattern");
        if (maxEventAgeSeconds < MIN_EVENT_AGE_SECONDS || maxEventAgeSeconds > MAX_EVENT_AGE_SECONDS) {
            throw new IllegalArgumentException("maxEventAgeSeconds: must be between " + MIN_EVENT_AGE_SECONDS + " and "
                    + MAX_EVENT_AGE_SECONDS + ", got " + maxEventAgeSeconds);
        }
        if (maxRetryAttempts < 0 || maxRetryAttempts > MAX_RETRY_ATTEMPTS) {
            throw new IllegalArgumentException("maxRetryAttempts: must be between 0 and " + MAX_RETRY_ATTEMPTS
                    + ", got " + maxRetryAttempts);
        }
    }

    /** A schedule rule ({@code rate(1 hour)}, {@code cron(...)}). */
    public static FunctionTrigger schedule(String key, Output<String> ruleName, String description, String expression,
            int maxEventAgeSeconds, int maxRetryAttempts) {
        if (expression.isEmpty()) {
            throw new IllegalArgumentException("expression: a schedule needs an expression");
        }
        return new FunctionTrigger(key, ruleName, description, expression, Output.of(""), maxEventAgeSeconds,
                maxRetryAttempts);
    }

    /** An event pattern rule. */
    public static FunctionTrigger events(String key, Output<String> ruleName, String description,
            Output<String> pattern, int maxEventAgeSeconds, int maxRetryAttempts) {
        return new FunctionTrigger(key, ruleName, description, "", pattern, maxEventAgeSeconds, maxRetryAttempts);
    }

    /** Whether this is a schedule rule. */
    public boolean isSchedule() {
        return !scheduleExpression.isEmpty();
    }
}
