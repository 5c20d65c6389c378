package dev.ecrkit.policy;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The partition, Region and account that generated ARNs and policies are scoped to. The partition is never
 * hard-coded (the Terraform module writes {@code arn:aws:} everywhere): it comes from the repository ARN or from the
 * provider. Pure.
 *
 * @param partition {@code aws}, {@code aws-cn}, {@code aws-us-gov}, ...
 * @param region    the Region, for example {@code eu-west-1}
 * @param accountId the 12-digit account id
 */
public record AwsScope(String partition, String region, String accountId) {
    /**
     * An ECR repository ARN: {@code arn:<partition>:ecr:<region>:<account>:repository/<name>}
     * (https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonelasticcontainerregistry.html).
     */
    public static final Pattern REPOSITORY_ARN =
            Pattern.compile("arn:(aws[a-z-]*):ecr:([a-z0-9-]+):([0-9]{12}):repository/(.+)");

    public AwsScope {
        Objects.requireNonNull(partition, "partition");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(accountId, "accountId");
    }

    /**
     * Region name prefixes of the partitions other than {@code aws}, most specific first: the {@code regionRegex} of
     * each partition in botocore's {@code partitions.json} (https://github.com/boto/botocore/blob/develop/botocore/data/partitions.json).
     */
    private static final java.util.List<java.util.Map.Entry<String, String>> PARTITION_PREFIXES = java.util.List.of(
            java.util.Map.entry("us-gov-", "aws-us-gov"), java.util.Map.entry("cn-", "aws-cn"),
            java.util.Map.entry("us-isob-", "aws-iso-b"), java.util.Map.entry("us-isof-", "aws-iso-f"),
            java.util.Map.entry("us-iso-", "aws-iso"), java.util.Map.entry("eu-isoe-", "aws-iso-e"),
            java.util.Map.entry("eusc-", "aws-eusc"));

    /** The partition of a Region name: {@code us-gov-west-1} -> {@code aws-us-gov}; every other prefix -> {@code aws}. */
    public static String partitionOf(String region) {
        return PARTITION_PREFIXES.stream().filter(e -> region.startsWith(e.getKey())).map(java.util.Map.Entry::getValue)
                .findFirst().orElse("aws");
    }

    /** The scope of a repository ARN, or empty when {@code arn} is not one. */
    public static Optional<AwsScope> ofRepositoryArn(String arn) {
        var m = REPOSITORY_ARN.matcher(arn);
        return m.matches() ? Optional.of(new AwsScope(m.group(1), m.group(2), m.group(3))) : Optional.empty();
    }

    /** {@code arn:<partition>:<service>:<region>:<account>:<resource>}. */
    public String arn(String service, String resource) {
        return "arn:" + partition + ":" + service + ":" + region + ":" + accountId + ":" + resource;
    }

    /** ARN of an ECR repository. */
    public String repositoryArn(String repositoryName) {
        return arn("ecr", "repository/" + repositoryName);
    }

    /** ARN of a CloudWatch Logs log group, without the {@code :*} suffix. */
    public String logGroupArn(String logGroupName) {
        return arn("logs", "log-group:" + logGroupName);
    }

    /** ARN of an EventBridge rule on the default event bus. */
    public String eventRuleArn(String ruleName) {
        return arn("events", "rule/" + ruleName);
    }

    /** ARN of a CloudWatch alarm. */
    public String alarmArn(String alarmName) {
        return arn("cloudwatch", "alarm:" + alarmName);
    }

    /** ARN of an SNS topic. */
    public String topicArn(String topicName) {
        return arn("sns", topicName);
    }

    /** ARN of an IAM role without a path (IAM is global: the ARN has no Region). */
    public String roleArn(String roleName) {
        return "arn:" + partition + ":iam::" + accountId + ":role/" + roleName;
    }

    /** ARN of an SQS queue. */
    public String queueArn(String queueName) {
        return arn("sqs", queueName);
    }

    /** The account's root principal ARN. */
    public String root() {
        return PrincipalArns.root(partition, accountId);
    }
}
