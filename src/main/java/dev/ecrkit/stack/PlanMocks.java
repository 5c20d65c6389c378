package dev.ecrkit.stack;

import com.pulumi.test.Mocks;
import dev.ecrkit.aws.ProviderFunctions;
import dev.ecrkit.policy.AwsScope;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The mock engine of the offline plan and of the test kit ({@code dev.ecrkit.testing}): records the inputs of every
 * registered resource and answers with realistic placeholders for computed attributes (ARNs, URLs, ids) built from the
 * partition, Region and account. It answers every provider function ecrkit calls
 * ({@link dev.ecrkit.aws.ProviderFunctions#TOKENS}): {@code getPartition}, {@code getRegion},
 * {@code getCallerIdentity}, and {@code kms.getAlias}/{@code kms.getKey} (an alias of this account targets a key whose
 * id is {@link #aliasKeyId}, unless {@link Builder#alias} says otherwise). A function it does not know fails with a
 * message that names it and {@link Builder#answer}.
 */
public final class PlanMocks implements Mocks {
    /** The placeholder account id. */
    public static final String ACCOUNT_ID = "123456789012";

    private final String region;
    private final String partition;
    private final String accountId;
    private final Map<String, String> aliases;
    private final Map<String, java.util.function.Function<Map<String, Object>, Map<String, Object>>> answers;
    /** Inputs by {@code type::name}, normalized once ({@link PlanValues#normalize}): the planned resources share them. */
    private final Map<String, Map<String, Object>> inputs = new ConcurrentHashMap<>();
    /** What the engine was answered beyond the inputs (computed attributes), by {@code type::name}. */
    private final Map<String, Map<String, Object>> states = new ConcurrentHashMap<>();
    private final Map<String, String> ids = new ConcurrentHashMap<>();

    /** Mocks for {@code region}, its partition and account {@link #ACCOUNT_ID}. */
    public PlanMocks(String region) {
        this(builder().region(region));
    }

    private PlanMocks(Builder b) {
        this.region = b.region;
        this.partition = b.partition == null ? AwsScope.partitionOf(b.region) : b.partition;
        this.accountId = b.accountId;
        this.aliases = Map.copyOf(b.aliases);
        this.answers = Map.copyOf(b.answers);
    }

    /** A builder: Region {@code us-east-1}, its partition, account {@link #ACCOUNT_ID}. */
    public static Builder builder() {
        return new Builder();
    }

    /** What the mocks answer; every setting has a default. */
    public static final class Builder {
        private String region = StackFile.DEFAULT_REGION;
        private String partition;
        private String accountId = ACCOUNT_ID;
        private final Map<String, String> aliases = new java.util.LinkedHashMap<>();
        private final Map<String, java.util.function.Function<Map<String, Object>, Map<String, Object>>> answers =
                new java.util.LinkedHashMap<>();

        private Builder() {
        }

        /** The Region {@code getRegion} answers and ARNs name. Default: {@code us-east-1}. */
        public Builder region(String region) {
            this.region = java.util.Objects.requireNonNull(region, "region");
            return this;
        }

        /** The partition {@code getPartition} answers and ARNs name. Default: the Region's partition. */
        public Builder partition(String partition) {
            this.partition = java.util.Objects.requireNonNull(partition, "partition");
            return this;
        }

        /** The account {@code getCallerIdentity} answers and ARNs name. Default: {@value PlanMocks#ACCOUNT_ID}. */
        public Builder accountId(String accountId) {
            this.accountId = java.util.Objects.requireNonNull(accountId, "accountId");
            return this;
        }

        /**
         * The key ARN {@code kms.getAlias} and {@code kms.getKey} answer for the alias {@code aliasName}
         * ({@code alias/...}); "" makes it an alias that targets no key. Default: a key of this account and Region whose
         * id is {@link PlanMocks#aliasKeyId}.
         */
        public Builder alias(String aliasName, String targetKeyArn) {
            aliases.put(java.util.Objects.requireNonNull(aliasName, "aliasName"),
                    java.util.Objects.requireNonNull(targetKeyArn, "targetKeyArn"));
            return this;
        }

        /**
         * The answer to a provider function ecrkit does not call (your program's own, such as
         * {@code aws:ec2/getVpc:getVpc}), computed from the call's arguments. Replaces ecrkit's answer when the token is
         * one of {@link dev.ecrkit.aws.ProviderFunctions#TOKENS}.
         */
        public Builder answer(String token, java.util.function.Function<Map<String, Object>, Map<String, Object>> answer) {
            answers.put(java.util.Objects.requireNonNull(token, "token"), java.util.Objects.requireNonNull(answer, "answer"));
            return this;
        }

        public PlanMocks build() {
            return new PlanMocks(this);
        }
    }

    /** The account id the mocks answer. */
    public String accountId() {
        return accountId;
    }

    /** The Region the mocks answer. */
    public String region() {
        return region;
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
                state.put("arn", "arn:" + partition + ":ecr:" + region + ":" + accountId + ":repository/" + name);
                state.put("repositoryUrl", accountId + ".dkr.ecr." + region + ".amazonaws.com/" + name);
                state.put("registryId", accountId);
            }
            case "aws:kms/key:Key" -> {
                // a key id is a UUID; derived from the resource name so plans are stable
                id = java.util.UUID.nameUUIDFromBytes(args.name.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                        .toString();
                state.put("keyId", id);
                state.put("arn", keyArn(region, accountId, id));
            }
            case "aws:kms/alias:Alias" -> {
                id = String.valueOf(args.inputs.get("name"));
                state.put("arn", "arn:" + partition + ":kms:" + region + ":" + accountId + ":" + id);
                state.put("targetKeyArn", keyArn(region, accountId, String.valueOf(args.inputs.get("targetKeyId"))));
            }
            case "aws:ecr/repositoryPolicy:RepositoryPolicy", "aws:ecr/lifecyclePolicy:LifecyclePolicy" -> {
                id = String.valueOf(args.inputs.get("repository"));
                state.put("registryId", accountId);
            }
            case "aws:iam/role:Role" -> {
                // an IAM role's id is its name
                state.putAll(MockResources.computed(args.type, args.name, args.inputs, partition, region, accountId));
                id = String.valueOf(state.get("name"));
            }
            default -> {
                state.putAll(MockResources.computed(args.type, args.name, args.inputs, partition, region, accountId));
                if (args.type.startsWith("aws:")) {
                    String service = args.type.substring(4, args.type.indexOf('/'));
                    state.putIfAbsent("arn", "arn:" + partition + ":" + service + ":" + region + ":" + accountId + ":" + args.name);
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
        var custom = answers.get(args.token);
        if (custom != null) {
            return CompletableFuture.completedFuture(custom.apply(arguments(args)));
        }
        return switch (args.token) {
            case ProviderFunctions.GET_CALLER_IDENTITY -> done(Map.of("accountId", accountId,
                    "arn", "arn:" + partition + ":iam::" + accountId + ":user/plan", "userId", "AIDAPLAN", "id", accountId));
            case ProviderFunctions.GET_REGION -> done(Map.of("name", region, "region", region,
                    "description", region, "endpoint", "ec2." + region + ".amazonaws.com", "id", region));
            case ProviderFunctions.GET_PARTITION -> done(Map.of("partition", partition, "dnsSuffix", "amazonaws.com",
                    "id", partition, "reverseDnsPrefix", "com.amazonaws"));
            case ProviderFunctions.KMS_GET_ALIAS -> done(alias(String.valueOf(arguments(args).get("name"))));
            case ProviderFunctions.KMS_GET_KEY -> done(key(String.valueOf(arguments(args).get("keyId"))));
            default -> CompletableFuture.failedFuture(new UnsupportedOperationException("the mocks have no answer to the"
                    + " provider function " + args.token + "; give one with PlanMocks.builder().answer(\"" + args.token
                    + "\", arguments -> Map.of(...)) (MockStack.builder().answer(...) in the test kit)"));
        };
    }

    private static CompletableFuture<Map<String, Object>> done(Map<String, Object> answer) {
        return CompletableFuture.completedFuture(answer);
    }

    /**
     * The arguments of an invoke. {@code CallArgs.args} is a Guava {@code ImmutableMap}, which is not on ecrkit's
     * compile class path (a runtime dependency of pulumi-java): read as a plain {@link Map}.
     */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> arguments(CallArgs call) {
        try {
            return (Map<String, Object>) CallArgs.class.getField("args").get(call);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("pulumi-java's Mocks.CallArgs has no args field", e);
        }
    }

    /**
     * {@code kms.getAlias} of an alias of this account and Region: it exists and targets a key whose id is derived
     * from the alias name, so plans are stable and {@code getKey} of the same alias gives the same key.
     */
    private Map<String, Object> alias(String name) {
        String target = aliases.getOrDefault(name, keyArn(region, accountId, aliasKeyId(name)));
        String arn = "arn:" + partition + ":kms:" + region + ":" + accountId + ":" + name;
        return Map.of("arn", arn, "id", arn, "name", name, "targetKeyArn", target,
                "targetKeyId", target.substring(target.lastIndexOf('/') + 1));
    }

    /**
     * {@code kms.getKey} (DescribeKey) of a key id, key ARN, alias name or alias ARN: an enabled symmetric customer
     * managed key. The key ARN is in the alias ARN's or key ARN's account and Region when one is given, else in this
     * account and Region.
     */
    private Map<String, Object> key(String keyId) {
        String target = aliases.get(keyId.replaceFirst("^arn:[a-z-]+:kms:[a-z0-9-]+:[0-9]{12}:", ""));
        if (target != null && !target.isEmpty()) {
            keyId = target;
        }
        String keyRegion = region;
        String account = accountId;
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
