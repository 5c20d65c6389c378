package dev.ecrkit.stack;

import com.pulumi.Context;
import com.pulumi.Pulumi;
import com.pulumi.core.Output;
import dev.ecrkit.EventLogPolicy;
import dev.ecrkit.EventLogPolicyArgs;
import dev.ecrkit.Exports;
import dev.ecrkit.Registry;
import dev.ecrkit.Repository;
import dev.ecrkit.json.Json;
import dev.ecrkit.observability.ObservabilityNames;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The stack program: one {@link Repository} per {@code ecrkit:repositories} entry (none in a registry-only stack),
 * and one {@link Registry} when any registry-level setting is set ({@link RegistryConfig}), and one {@link EventLogPolicy} ({@value #EVENT_LOG_POLICY}) when
 * any entry sets {@code enableLogging}: the one CloudWatch Logs resource policy of the stack. Each entry's outputs are exported as one object named after
 * the entry; the Registry's as one object named {@code registry}; the entries' URLs and ARNs as the maps
 * {@value #REPOSITORY_URLS} and {@value #REPOSITORY_ARNS} (entry name -> value). {@code pulumi up} runs it through {@code mvn compile exec:java}; the offline
 * {@link Plan} runs the same {@link #stack(Context)} under the mock engine.
 */
public final class App {
    /** The stack output of every entry's repository URL by entry name (cloudposse's repository_url_map). */
    public static final String REPOSITORY_URLS = "repositoryUrls";
    /** The stack output of every entry's repository ARN by entry name (cloudposse's repository_arn_map). */
    public static final String REPOSITORY_ARNS = "repositoryArns";
    /** The stack outputs beside the entries' own: no entry may take their names. */
    public static final List<String> MAP_OUTPUTS = List.of(REPOSITORY_URLS, REPOSITORY_ARNS);

    /** Name of the stack's shared event log policy component. */
    public static final String EVENT_LOG_POLICY = "event-logs";

    private App() {
    }

    public static void main(String[] args) {
        // pulumi up shows the notices as diagnostics; the offline plan prints them itself (Plan)
        Pulumi.run(ctx -> program(ctx).notices().forEach(n -> ctx.log().info(n.toString())));
    }

    /** The program. Reads the config, validates all of it, then creates the components. */
    public static void stack(Context ctx) {
        program(ctx);
    }

    /** {@link #stack}, returning the config it read (for its notices). */
    private static StackConfig program(Context ctx) {
        var config = ctx.config();
        var values = new LinkedHashMap<String, Object>();
        for (String key : StackConfig.KEYS) {
            // structured config arrives as JSON text; a plain string stays a string (and is reported as a wrong type)
            config.get(key).ifPresent(text -> values.put(key, Json.parse(text).orElse(text)));
        }
        var stack = StackConfig.parse(values, ctx.config("aws").get("region").orElse(""));
        stack(ctx, stack);
        return stack;
    }

    /** The program with its config already read (the offline plan reads the stack file once, before the engine). */
    public static void stack(Context ctx, StackConfig stack) {
        var repositories = new LinkedHashMap<String, Repository>();
        stack.entries().forEach(e -> {
            var r = new Repository(e.key(), e.args(), null);
            repositories.put(e.key(), r);
            ctx.export(e.key(), outputs(r));
        });
        if (!repositories.isEmpty()) {
            ctx.export(REPOSITORY_URLS, byEntry(repositories, r -> r.repositoryUrl));
            ctx.export(REPOSITORY_ARNS, byEntry(repositories, r -> r.repositoryArn));
        }
        if (!stack.loggedRepositories().isEmpty()) {
            eventLogPolicy(ctx, stack.loggedRepositories());
        }
        stack.registry().ifPresent(args -> ctx.export(RegistryConfig.OUTPUT,
                outputs(Exports.of(new Registry(RegistryConfig.COMPONENT_NAME, args, null)),
                        v -> !"".equals(v)))); // an empty role ARN: no pull-through cache role
    }

    /**
     * The stack's one event log policy, named {@code <project>-<stack>-ecr-event-logs}, for the repositories
     * {@code logged} (whose Logging children create no policy of their own).
     */
    public static EventLogPolicy eventLogPolicy(Context ctx, List<String> logged) {
        return new EventLogPolicy(EVENT_LOG_POLICY, EventLogPolicyArgs.builder()
                .policyName(ObservabilityNames.eventLogPolicy(ctx.projectName(), ctx.stackName()))
                .repositoryNames(logged)
                .build(), null);
    }

    /** The entry's outputs ({@link Exports}) as one object; empty strings and empty maps (features that are off) are left out. */
    static Output<Map<String, Object>> outputs(Repository r) {
        return outputs(Exports.of(r), v -> !"".equals(v) && !(v instanceof Map<?, ?> m && m.isEmpty()));
    }

    /** A component's outputs ({@link Exports}) as one stack output object, keeping the non-null values {@code kept}. */
    private static Output<Map<String, Object>> outputs(Map<String, Output<?>> named,
            java.util.function.Predicate<Object> kept) {
        var names = new ArrayList<>(named.keySet());
        List<Output<Object>> values = named.values().stream().map(App::widen).toList();
        return Output.all(values).applyValue(list -> {
            var out = new LinkedHashMap<String, Object>();
            for (int i = 0; i < names.size(); i++) {
                Object v = list.get(i);
                if (v != null && kept.test(v)) {
                    out.put(names.get(i), v);
                }
            }
            return out;
        });
    }

    /** One value of each repository, by entry name, in entry order. */
    static Output<Map<String, String>> byEntry(Map<String, Repository> repositories,
            java.util.function.Function<Repository, Output<String>> value) {
        var names = List.copyOf(repositories.keySet());
        return Output.all(repositories.values().stream().map(value).toList()).applyValue(list -> {
            var out = new LinkedHashMap<String, String>();
            for (int i = 0; i < names.size(); i++) {
                out.put(names.get(i), list.get(i));
            }
            return out;
        });
    }

    @SuppressWarnings("unchecked")
    private static Output<Object> widen(Output<?> o) {
        return (Output<Object>) o;
    }
}
