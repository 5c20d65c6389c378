package dev.ecrkit.testing;

import com.pulumi.Context;
import dev.ecrkit.stack.Plan;
import dev.ecrkit.stack.PlanMocks;
import dev.ecrkit.stack.StackFile;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs a Pulumi program under ecrkit's mock engine, the one the offline plan uses ({@link PlanMocks}): every provider
 * function ecrkit calls is answered (partition, Region, account, KMS alias and key lookups), every resource is recorded
 * with its inputs and options (parent, {@code dependsOn}, {@code protect}, custom timeouts), and outputs resolve to
 * realistic ARNs, ids and URLs. Nothing reaches AWS or the Pulumi CLI.
 *
 * <pre>{@code
 * Template template = Template.of(App::stack);      // the defaults: us-east-1, account 123456789012
 * Template eu = MockStack.builder().region("eu-west-1").accountId("210987654321").build().run(App::stack);
 * }</pre>
 */
public final class MockStack {
    /** Default project name: the namespace of {@code ctx.config()}. */
    public static final String DEFAULT_PROJECT = "test";
    /** Default stack name. */
    public static final String DEFAULT_STACK = "test";

    private final String project;
    private final String stack;
    private final String region;
    private final PlanMocks.Builder mocks;
    private final Map<String, Object> config;

    private MockStack(Builder b) {
        this.project = b.project;
        this.stack = b.stack;
        this.region = b.region;
        this.mocks = b.mocks;
        this.config = Map.copyOf(b.config);
    }

    /** A builder; every setting has a default. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Runs {@code program} and returns what it registered; throws {@link AssertionError} with the failure's message
     * (for bad input: one line per problem) when the program fails.
     */
    public Template run(Consumer<Context> program) {
        var outcome = outcome(program);
        if (outcome instanceof Failure f) {
            throw new AssertionError("the program failed (" + f.registered() + " resources registered before):\n"
                    + f.message(), f.exception());
        }
        return (Template) outcome;
    }

    /** Runs {@code program}, which must fail; throws {@link AssertionError} when it succeeds. */
    public Failure failure(Consumer<Context> program) {
        var outcome = outcome(program);
        if (outcome instanceof Template t) {
            throw new AssertionError("the program succeeded, registering " + t.resources().size() + " resources");
        }
        return (Failure) outcome;
    }

    /** Runs {@code program}: a {@link Template} when it succeeded, a {@link Failure} when it failed. */
    public Outcome outcome(Consumer<Context> program) {
        var planMocks = mocks.build();
        var stackConfig = new LinkedHashMap<String, Object>(config);
        stackConfig.putIfAbsent("aws:region", region);
        var file = StackFile.read(project, Map.of("config", stackConfig), "MockStack");
        try {
            return new Template(Plan.plan(project, stack, file, program, planMocks), planMocks.accountId());
        } catch (RuntimeException e) {
            return new Failure(e, planMocks.registeredCount());
        }
    }

    /** Where the program runs and what the mocks answer. */
    public static final class Builder {
        private String project = DEFAULT_PROJECT;
        private String stack = DEFAULT_STACK;
        private String region = StackFile.DEFAULT_REGION;
        private final PlanMocks.Builder mocks = PlanMocks.builder();
        private final Map<String, Object> config = new LinkedHashMap<>();

        private Builder() {
        }

        /** The Pulumi project name ({@code ctx.projectName()}, the namespace of {@code ctx.config()}). Default: "test". */
        public Builder project(String project) {
            this.project = Objects.requireNonNull(project, "project");
            return this;
        }

        /** The stack name ({@code ctx.stackName()}). Default: "test". */
        public Builder stack(String stack) {
            this.stack = Objects.requireNonNull(stack, "stack");
            return this;
        }

        /** The Region: {@code aws:region} config, {@code getRegion}'s answer and every ARN. Default: us-east-1. */
        public Builder region(String region) {
            this.region = Objects.requireNonNull(region, "region");
            mocks.region(region);
            return this;
        }

        /** The partition {@code getPartition} answers and ARNs name. Default: the Region's ({@code aws}). */
        public Builder partition(String partition) {
            mocks.partition(partition);
            return this;
        }

        /** The account {@code getCallerIdentity} answers and ARNs name. Default: 123456789012. */
        public Builder accountId(String accountId) {
            mocks.accountId(accountId);
            return this;
        }

        /**
         * The key ARN {@code kms.getAlias}/{@code kms.getKey} answer for an alias name ("" for an alias that targets no
         * key). Default: a key of this account and Region whose id is {@link PlanMocks#aliasKeyId(String)}.
         */
        public Builder alias(String aliasName, String targetKeyArn) {
            mocks.alias(aliasName, targetKeyArn);
            return this;
        }

        /** The answer to a provider function your own program calls, computed from the call's arguments. */
        public Builder answer(String token, Function<Map<String, Object>, Map<String, Object>> answer) {
            mocks.answer(token, answer);
            return this;
        }

        /**
         * A config value, as in {@code Pulumi.<stack>.yaml}: {@code key} is {@code namespace:name}, or a name of the
         * project's namespace; {@code value} a string, or maps and lists (passed as JSON text, as the Pulumi CLI does).
         */
        public Builder config(String key, Object value) {
            config.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
            return this;
        }

        public MockStack build() {
            return new MockStack(this);
        }
    }
}
