package dev.ecrkit.stack;

import com.pulumi.test.Mocks;
import dev.ecrkit.policy.AwsScope;
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
    private final String partition;
    private final Map<String, Map<String, Object>> inputs = new ConcurrentHashMap<>();
    private final Map<String, Map<String, Object>> states = new ConcurrentHashMap<>();
    private final Map<String, String> ids = new ConcurrentHashMap<>();

    public PlanMocks(String region) {
        this.region = region;
        this.partition = AwsScope.partitionOf(region);
    }

    /** Inputs of the resource with this type and name, as the engine received them. */
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
        var out = new HashMap<String, Object>(state);
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
    public CompletableFuture<ResourceResult> newResourceAsync(ResourceArgs args) {
        inputs.put(key(args.type, args.name), args.inputs);
        var state = new HashMap<String, Object>(args.inputs);
        String id = args.name + "-id";
        switch (args.type) {
            case "aws:ecr/repository:Repository" -> {
                String name = String.valueOf(args.inputs.get("name"));
                id = name;
                state.put("arn", "arn:" + partition + ":ecr:" + region + ":" + ACCOUNT_ID + ":repository/" + name);
                state.put("repositoryUrl", ACCOUNT_ID + ".dkr.ecr." + region + ".amazonaws.com/" + name);
                state.put("registryId", ACCOUNT_ID);
            }
            case "aws:kms/key:Key" -> {
                // a key id is a UUID; derived from the resource name so plans are stable
                id = java.util.UUID.nameUUIDFromBytes(args.name.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                        .toString();
                state.put("keyId", id);
                state.put("arn", keyArn(region, ACCOUNT_ID, id));
            }
            case "aws:kms/alias:Alias" -> {
                id = String.valueOf(args.inputs.get("name"));
                state.put("arn", "arn:" + partition + ":kms:" + region + ":" + ACCOUNT_ID + ":" + id);
                state.put("targetKeyArn", keyArn(region, ACCOUNT_ID, String.valueOf(args.inputs.get("targetKeyId"))));
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
                    state.putIfAbsent("arn", "arn:" + partition + ":" + service + ":" + region + ":" + ACCOUNT_ID + ":" + args.name);
                }
            }
        }
        states.put(key(args.type, args.name), state);
        ids.put(key(args.type, args.name), id);
        return CompletableFuture.completedFuture(ResourceResult.of(Optional.of(id), state));
    }

    @Override
    public CompletableFuture<Map<String, Object>> callAsync(CallArgs args) {
        return CompletableFuture.completedFuture(switch (args.token) {
            case "aws:index/getCallerIdentity:getCallerIdentity" -> Map.of("accountId", ACCOUNT_ID,
                    "arn", "arn:" + partition + ":iam::" + ACCOUNT_ID + ":user/plan", "userId", "AIDAPLAN", "id", ACCOUNT_ID);
            case "aws:index/getRegion:getRegion" -> Map.of("name", region, "region", region,
                    "description", region, "endpoint", "ec2." + region + ".amazonaws.com", "id", region);
            case "aws:index/getPartition:getPartition" -> Map.of("partition", partition, "dnsSuffix", "amazonaws.com",
                    "id", partition, "reverseDnsPrefix", "com.amazonaws");
            case "aws:kms/getAlias:getAlias" -> alias(argument(args, "name"));
            case "aws:kms/getKey:getKey" -> key(argument(args, "keyId"));
            default -> Map.of();
        });
    }

    /**
     * One argument of an invoke. {@code CallArgs.args} is a Guava {@code ImmutableMap}, which is not on ecrkit's
     * compile class path (a runtime dependency of pulumi-java): read as a plain {@link Map}.
     */
    private static String argument(CallArgs call, String name) {
        try {
            return String.valueOf(((Map<?, ?>) CallArgs.class.getField("args").get(call)).get(name));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("pulumi-java's Mocks.CallArgs has no args field", e);
        }
    }

    /**
     * {@code kms.getAlias} of an alias of this account and Region: it exists and targets a key whose id is derived
     * from the alias name, so plans are stable and {@code getKey} of the same alias gives the same key.
     */
    private Map<String, Object> alias(String name) {
        String keyId = aliasKeyId(name);
        String arn = "arn:" + partition + ":kms:" + region + ":" + ACCOUNT_ID + ":" + name;
        return Map.of("arn", arn, "id", arn, "name", name, "targetKeyArn", keyArn(region, ACCOUNT_ID, keyId),
                "targetKeyId", keyId);
    }

    /**
     * {@code kms.getKey} (DescribeKey) of a key id, key ARN, alias name or alias ARN: an enabled symmetric customer
     * managed key. The key ARN is in the alias ARN's or key ARN's account and Region when one is given, else in this
     * account and Region.
     */
    private Map<String, Object> key(String keyId) {
        String keyRegion = region;
        String account = ACCOUNT_ID;
        String id = keyId;
        var arn = java.util.regex.Pattern.compile("arn:[a-z-]+:kms:([a-z0-9-]+):([0-9]{12}):(key/|)(.+)").matcher(keyId);
        if (arn.matches()) {
            keyRegion = arn.group(1);
            account = arn.group(2);
            id = arn.group(3).isEmpty() ? aliasKeyId(arn.group(4)) : arn.group(4);
        } else if (keyId.startsWith("alias/")) {
            id = aliasKeyId(keyId);
        }
        var m = new HashMap<String, Object>();
        m.put("arn", keyArn(keyRegion, account, id));
        m.put("id", id);
        m.put("keyId", id);
        m.put("awsAccountId", account);
        m.put("cloudHsmClusterId", "");
        m.put("creationDate", "2024-01-01T00:00:00Z");
        m.put("customKeyStoreId", "");
        m.put("customerMasterKeySpec", "SYMMETRIC_DEFAULT");
        m.put("deletionDate", "");
        m.put("description", "");
        m.put("enabled", true);
        m.put("expirationModel", "");
        m.put("grantTokens", java.util.List.of());
        m.put("keyManager", "CUSTOMER");
        m.put("keySpec", "SYMMETRIC_DEFAULT");
        m.put("keyState", "Enabled");
        m.put("keyUsage", "ENCRYPT_DECRYPT");
        m.put("multiRegion", id.startsWith("mrk-"));
        m.put("multiRegionConfigurations", java.util.List.of());
        m.put("origin", "AWS_KMS");
        m.put("pendingDeletionWindowInDays", 0);
        m.put("validTo", "");
        m.put("xksKeyConfigurations", java.util.List.of());
        return m;
    }

    private String keyArn(String keyRegion, String account, String keyId) {
        return "arn:" + AwsScope.partitionOf(keyRegion) + ":kms:" + keyRegion + ":" + account + ":key/" + keyId;
    }

    /** The id of the key an existing alias targets: a UUID derived from the alias name. */
    public static String aliasKeyId(String aliasName) {
        return java.util.UUID.nameUUIDFromBytes(aliasName.getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString();
    }

    private static String key(String type, String name) {
        return type + "::" + name;
    }
}
