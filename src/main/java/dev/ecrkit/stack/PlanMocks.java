package dev.ecrkit.stack;

import com.pulumi.test.Mocks;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Mock engine for the offline plan: records the inputs of every registered resource and answers with realistic
 * placeholders for computed attributes (ARNs, URLs, ids) built from the region and {@link #ACCOUNT_ID}.
 */
public final class PlanMocks implements Mocks {
    /** The placeholder account id. */
    public static final String ACCOUNT_ID = "123456789012";

    private final String region;
    /** Inputs by {@code type::name}, normalized once ({@link PlanValues#normalize}): the planned resources share them. */
    private final Map<String, Map<String, Object>> inputs = new ConcurrentHashMap<>();
    /** What the engine was answered beyond the inputs (computed attributes), by {@code type::name}. */
    private final Map<String, Map<String, Object>> states = new ConcurrentHashMap<>();
    private final Map<String, String> ids = new ConcurrentHashMap<>();

    public PlanMocks(String region) {
        this.region = region;
    }

    /**
     * Inputs of the resource with this type and name, as the engine received them, normalized for the plan
     * ({@link PlanValues#normalize}: whole numbers as longs, no nulls, sorted keys); the plan's resources share this map.
     */
    public Map<String, Object> inputs(String type, String name) {
        return inputs.getOrDefault(key(type, name), Map.of());
    }

    /**
     * What the mock engine answered for the resource with this type and name: its state (outputs) plus its id under
     * {@code "id"}; empty when it was not registered. {@code PlanMermaid} draws references from these values.
     */
    public Map<String, Object> state(String type, String name) {
        String key = key(type, name);
        var state = states.get(key);
        if (state == null) {
            return Map.of();
        }
        var out = new HashMap<String, Object>(inputs.get(key));
        out.putAll(state);
        out.put("id", ids.get(key));
        return out;
    }

    /** How many resources (components included) were registered. */
    public int registeredCount() {
        return inputs.size();
    }

    /** Type and name ({@code type::name}) of every registered resource. */
    public java.util.Set<String> registered() {
        return java.util.Set.copyOf(inputs.keySet());
    }

    @Override
    @SuppressWarnings("unchecked")
    public CompletableFuture<ResourceResult> newResourceAsync(ResourceArgs args) {
        inputs.put(key(args.type, args.name), (Map<String, Object>) PlanValues.normalize(args.inputs));
        var state = new HashMap<String, Object>(args.inputs);
        String id = args.name + "-id";
        switch (args.type) {
            case "aws:ecr/repository:Repository" -> {
                String name = String.valueOf(args.inputs.get("name"));
                id = name;
                state.put("arn", "arn:aws:ecr:" + region + ":" + ACCOUNT_ID + ":repository/" + name);
                state.put("repositoryUrl", ACCOUNT_ID + ".dkr.ecr." + region + ".amazonaws.com/" + name);
                state.put("registryId", ACCOUNT_ID);
            }
            case "aws:kms/key:Key" -> {
                // a key id is a UUID; derived from the resource name so plans are stable
                id = java.util.UUID.nameUUIDFromBytes(args.name.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                        .toString();
                state.put("keyId", id);
                state.put("arn", "arn:aws:kms:" + region + ":" + ACCOUNT_ID + ":key/" + id);
            }
            case "aws:kms/alias:Alias" -> {
                id = String.valueOf(args.inputs.get("name"));
                state.put("arn", "arn:aws:kms:" + region + ":" + ACCOUNT_ID + ":" + id);
                state.put("targetKeyArn", "arn:aws:kms:" + region + ":" + ACCOUNT_ID + ":key/"
                        + args.inputs.get("targetKeyId"));
            }
            case "aws:ecr/repositoryPolicy:RepositoryPolicy", "aws:ecr/lifecyclePolicy:LifecyclePolicy" -> {
                id = String.valueOf(args.inputs.get("repository"));
                state.put("registryId", ACCOUNT_ID);
            }
            case "aws:iam/role:Role" -> {
                // an IAM role's id is its name
                state.putAll(MockResources.computed(args.type, args.name, args.inputs, region, ACCOUNT_ID));
                id = String.valueOf(state.get("name"));
            }
            default -> {
                state.putAll(MockResources.computed(args.type, args.name, args.inputs, region, ACCOUNT_ID));
                if (args.type.startsWith("aws:")) {
                    String service = args.type.substring(4, args.type.indexOf('/'));
                    state.putIfAbsent("arn", "arn:aws:" + service + ":" + region + ":" + ACCOUNT_ID + ":" + args.name);
                }
            }
        }
        // keep only what the answer adds to the inputs (the inputs are kept once, above)
        var computed = new HashMap<String, Object>();
        state.forEach((k, v) -> {
            if (args.inputs.get(k) != v) {
                computed.put(k, v);
            }
        });
        states.put(key(args.type, args.name), computed);
        ids.put(key(args.type, args.name), id);
        return CompletableFuture.completedFuture(ResourceResult.of(Optional.of(id), state));
    }

    @Override
    public CompletableFuture<Map<String, Object>> callAsync(CallArgs args) {
        return CompletableFuture.completedFuture(switch (args.token) {
            case "aws:index/getCallerIdentity:getCallerIdentity" -> Map.of("accountId", ACCOUNT_ID,
                    "arn", "arn:aws:iam::" + ACCOUNT_ID + ":user/plan", "userId", "AIDAPLAN", "id", ACCOUNT_ID);
            case "aws:index/getRegion:getRegion" -> Map.of("name", region, "region", region,
                    "description", region, "endpoint", "ec2." + region + ".amazonaws.com", "id", region);
            case "aws:index/getPartition:getPartition" -> Map.of("partition", "aws", "dnsSuffix", "amazonaws.com",
                    "id", "aws", "reverseDnsPrefix", "com.amazonaws");
            default -> Map.of();
        });
    }

    private static String key(String type, String name) {
        return type + "::" + name;
    }
}
