package dev.ecrkit.stack;

import dev.ecrkit.json.Json;
import dev.ecrkit.policy.PrincipalArns;
import dev.ecrkit.registry.RegistryRules;
import dev.ecrkit.validation.Problems;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

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
    /** The AWS provider's region key, the one {@code aws:} key ecrkit reads. */
    public static final String REGION_KEY = "aws:region";
    /**
     * An {@code aws:} key this close to {@code aws:region} (edits, ignoring case, '-' and '_') is taken for a misspelt
     * region and reported; any other {@code aws:} key is the AWS provider's and passes through untouched.
     */
    static final int REGION_TYPO_DISTANCE = 2;
    /**
     * Region name prefixes of the partitions other than {@code aws} (botocore {@code partitions.json} regionRegex:
     * {@code ^cn\-\w+\-\d+$} for aws-cn, {@code ^us\-gov\-\w+\-\d+$} for aws-us-gov; the ISO partitions' {@code us-iso-},
     * {@code us-isob-}, {@code eu-isoe-}, {@code us-isof-}). ecrkit knows {@link PrincipalArns#PARTITIONS}.
     */
    private static final Map<String, String> PARTITION_PREFIXES = Map.of("cn-", "aws-cn", "us-gov-", "aws-us-gov",
            "us-iso-", "aws-iso", "us-isob-", "aws-iso-b", "eu-isoe-", "aws-iso-e", "us-isof-", "aws-iso-f");

    /**
     * A stack name as the Pulumi CLI accepts it: at most 100 of {@code [A-Za-z0-9_.-]}
     * (pulumi/pulumi {@code sdk/go/common/tokens/stack_name.go}, {@code ParseStackName}).
     */
    public static final Pattern STACK_NAME = Pattern.compile("[A-Za-z0-9_.-]{1,100}");
    /** The rule {@link #STACK_NAME} states. */
    public static final String STACK_NAME_RULE = "must be a Pulumi stack name: 1-100 of A-Z a-z 0-9 _ . -";

    /**
     * What a Pulumi resource name must not contain: the URN delimiter {@code ::} (a URN is
     * {@code urn:pulumi:<stack>::<project>::<type>::<name>}, pulumi/pulumi {@code sdk/go/common/resource/urn/urn.go};
     * pulumi-java fails with "expected urn to have 4 parts"), or control characters; nor may it be empty.
     */
    static final Pattern NOT_A_RESOURCE_NAME = Pattern.compile("^$|::|\\p{Cntrl}");
    /** The rule {@link #NOT_A_RESOURCE_NAME} states. */
    static final String RESOURCE_NAME_RULE = "must be usable as a Pulumi resource name: not empty, no \"::\" (the URN"
            + " delimiter) and no control characters";

    /** Checks a config value that names Pulumi resources (an entry key); returns whether it is usable. */
    static boolean checkResourceName(Problems problems, String path, String name) {
        if (NOT_A_RESOURCE_NAME.matcher(name).find()) {
            problems.add(path, RESOURCE_NAME_RULE, name);
            return false;
        }
        return true;
    }

    /** Reads the {@code config:} block of a stack file; keys without a namespace belong to the project. */
    public static StackFile read(String project, Map<String, Object> stackYaml, String fileName) {
        Object config = stackYaml.getOrDefault("config", Map.of());
        if (config == null) {
            config = Map.of();
        }
        if (!(config instanceof Map<?, ?> block)) {
            throw new Plan.PlanFailure(Plan.INVALID, Problems.clean(fileName) + ": config must be a mapping");
        }
        var problems = new Problems();
        var ecrkit = new LinkedHashMap<String, Object>();
        var engine = new LinkedHashMap<String, String>();
        block.forEach((k, v) -> {
            String key = String.valueOf(k);
            String full = key.contains(":") ? key : project + ":" + key;
            if (full.startsWith(project + ":")) {
                ecrkit.put(full.substring(project.length() + 1), v);
            } else if (full.startsWith("aws:") && !full.equals(REGION_KEY) && ConfigKeys.distance(fold(full),
                    fold(REGION_KEY)) <= REGION_TYPO_DISTANCE) {
                problems.add(full, "unknown key; did you mean " + REGION_KEY + "?", v);
            }
            if (v != null) {
                engine.put(full, v instanceof String s ? s : Json.write(PlanValues.normalize(v)));
            }
        });
        Object regionValue = block.get(REGION_KEY);
        String region = DEFAULT_REGION;
        if (regionValue != null) {
            if (!(regionValue instanceof String r)) {
                problems.add(REGION_KEY, "must be a string (an AWS region name such as \"us-west-2\")", regionValue);
            } else if (checkRegion(problems, r)) {
                region = r;
            }
        }
        problems.throwIfAny();
        return new StackFile(ecrkit, region, engine);
    }

    /** Checks the region name's shape and that its partition is one ecrkit knows. */
    static boolean checkRegion(Problems problems, String region) {
        if (!RegistryRules.checkRegion(problems, REGION_KEY, region)) {
            return false;
        }
        String partition = partition(region);
        if (!PrincipalArns.PARTITIONS.contains(partition)) {
            problems.add(REGION_KEY, "is in partition " + partition + ", which ecrkit does not support (it supports "
                    + String.join(", ", PrincipalArns.PARTITIONS) + ")", region);
            return false;
        }
        return true;
    }

    /** The partition of a region name ({@code aws} unless it has another partition's prefix). */
    static String partition(String region) {
        return PARTITION_PREFIXES.entrySet().stream().filter(e -> region.startsWith(e.getKey()))
                .map(Map.Entry::getValue).max(java.util.Comparator.comparingInt(String::length)).orElse("aws");
    }

    private static String fold(String key) {
        return key.replace("_", "").replace("-", "").toLowerCase(Locale.ROOT);
    }
}
