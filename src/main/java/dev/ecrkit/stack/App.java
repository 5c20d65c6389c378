package dev.ecrkit.stack;

import com.pulumi.Context;
import com.pulumi.Pulumi;
import com.pulumi.core.Output;
import dev.ecrkit.Repository;
import dev.ecrkit.json.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The stack program: one {@link Repository} per {@code ecrkit:repositories} entry. Each entry's outputs are exported
 * as one object named after the entry. {@code pulumi up} runs it through {@code mvn compile exec:java}; the offline
 * {@link Plan} runs the same {@link #stack(Context)} under the mock engine.
 */
public final class App {
    private App() {
    }

    public static void main(String[] args) {
        Pulumi.run(App::stack);
    }

    /** The program. Reads the config, validates all of it, then creates the components. */
    public static void stack(Context ctx) {
        var config = ctx.config();
        var values = new LinkedHashMap<String, Object>();
        for (String key : StackConfig.KEYS) {
            // structured config arrives as JSON text; a plain string stays a string (and is reported as a wrong type)
            config.get(key).ifPresent(text -> values.put(key, Json.parse(text).orElse(text)));
        }
        StackConfig.parse(values).entries().forEach(e -> ctx.export(e.key(), outputs(new Repository(e.key(), e.args(), null))));
    }

    /** The entry's outputs as one object; an empty lifecycle policy is left out. */
    static Output<Map<String, Object>> outputs(Repository r) {
        var named = new LinkedHashMap<String, Output<?>>();
        named.put("repositoryArn", r.repositoryArn);
        named.put("repositoryUrl", r.repositoryUrl);
        named.put("repositoryName", r.repositoryName);
        named.put("registryId", r.registryId);
        named.put("repositoryPolicyExists", r.repositoryPolicyExists);
        named.put("lifecyclePolicy", r.lifecyclePolicy);
        named.put("appliedTags", r.appliedTags);
        named.put("taggingStrategy", r.taggingStrategy);
        named.put("tagComplianceStatus", r.tagComplianceStatus);
        named.put("securityStatus", r.securityStatus);
        named.put("pullRequestRules", r.pullRequestRules);
        var names = new ArrayList<>(named.keySet());
        List<Output<Object>> values = named.values().stream().map(App::widen).toList();
        return Output.all(values).applyValue(list -> {
            var out = new LinkedHashMap<String, Object>();
            for (int i = 0; i < names.size(); i++) {
                Object v = list.get(i);
                if (v != null && !"".equals(v)) {
                    out.put(names.get(i), v);
                }
            }
            return out;
        });
    }

    @SuppressWarnings("unchecked")
    private static Output<Object> widen(Output<?> o) {
        return (Output<Object>) o;
    }
}
