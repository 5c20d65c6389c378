package dev.ecrkit.stack;

import dev.ecrkit.json.Json;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A parsed {@code Pulumi.<stack>.yaml}: the ecrkit namespace (keys without prefix), the AWS region and the flat
 * config the engine passes to the program ({@code namespace:key -> text}, structured values as JSON text, as the
 * Pulumi CLI does).
 *
 * @param ecrkit       the ecrkit namespace's values
 * @param region       {@code aws:region} ("us-east-1" when unset)
 * @param engineConfig the flat config
 */
public record StackFile(Map<String, Object> ecrkit, String region, Map<String, String> engineConfig) {
    /** Region used when the stack sets no {@code aws:region}. */
    public static final String DEFAULT_REGION = "us-east-1";

    /** Reads the {@code config:} block of a stack file; keys without a namespace belong to the project. */
    public static StackFile read(String project, Map<String, Object> stackYaml, String fileName) {
        Object config = stackYaml.getOrDefault("config", Map.of());
        if (!(config instanceof Map<?, ?> block)) {
            throw new Plan.PlanFailure(Plan.INVALID, fileName + ": config must be a mapping");
        }
        var ecrkit = new LinkedHashMap<String, Object>();
        var engine = new LinkedHashMap<String, String>();
        block.forEach((k, v) -> {
            String key = String.valueOf(k);
            String full = key.contains(":") ? key : project + ":" + key;
            if (full.startsWith(project + ":")) {
                ecrkit.put(full.substring(project.length() + 1), v);
            }
            if (v != null) {
                engine.put(full, v instanceof String s ? s : Json.write(PlanValues.normalize(v)));
            }
        });
        String region = engine.getOrDefault("aws:region", DEFAULT_REGION);
        return new StackFile(ecrkit, region, engine);
    }
}
