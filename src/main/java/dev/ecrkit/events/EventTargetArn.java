package dev.ecrkit.events;

import dev.ecrkit.policy.AwsScope;
import dev.ecrkit.validation.Problems;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The ARN of a target an {@code eventRules} item sends to: a target EventBridge reaches through the target's own
 * resource-based policy, with no IAM role ("For Lambda, Amazon SNS, Amazon SQS, and Amazon CloudWatch Logs resources,
 * EventBridge uses resource-based policies", EventBridge user guide, "Using resource-based policies for Amazon
 * EventBridge", https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-use-resource-based.html). Every other
 * target type needs a role, which ecrkit does not create. Pure.
 *
 * @param type      the target type
 * @param scope     the partition, Region and account of the ARN
 * @param resource  the function (with its qualifier, if any), topic, queue or log group name
 * @param arn       the ARN as given
 */
public record EventTargetArn(Type type, AwsScope scope, String resource, String arn) {
    /** The target types, each with its ARN form. */
    public enum Type {
        /**
         * {@code arn:<partition>:lambda:<region>:<account>:function:<name>[:<version or alias>]} (AddPermission
         * {@code FunctionName}, https://docs.aws.amazon.com/lambda/latest/api/API_AddPermission.html); ecrkit registers
         * the function's {@code lambda.Permission} for the rule.
         */
        LAMBDA_FUNCTION("lambda", "function:([a-zA-Z0-9_-]{1,64}(?::(?:\\$LATEST|[a-zA-Z0-9_-]{1,128}))?)",
                "Lambda function", null),
        /**
         * {@code arn:<partition>:sns:<region>:<account>:<topic>} (CreateTopic {@code Name}: 1 to 256 letters, digits,
         * '-' or '_', a FIFO topic ending in {@code .fifo},
         * https://docs.aws.amazon.com/sns/latest/api/API_CreateTopic.html).
         */
        SNS_TOPIC("sns", "((?=[^:]{1,256}$)[A-Za-z0-9_-]+(?:\\.fifo)?)", "SNS topic",
                "the topic's access policy must allow events.amazonaws.com to sns:Publish (and a customer managed KMS"
                + " key of the topic must let EventBridge use it)"),
        /**
         * {@code arn:<partition>:sqs:<region>:<account>:<queue>} (CreateQueue {@code QueueName}: 1 to 80 letters,
         * digits, '-' or '_', a FIFO queue ending in {@code .fifo},
         * https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_CreateQueue.html).
         */
        SQS_QUEUE("sqs", "((?=[^:]{1,80}$)[A-Za-z0-9_-]+(?:\\.fifo)?)", "SQS queue",
                "the queue's access policy must allow events.amazonaws.com to sqs:SendMessage (and a customer managed"
                + " KMS key of the queue must let EventBridge use it)"),
        /**
         * {@code arn:<partition>:logs:<region>:<account>:log-group:<name>} (CreateLogGroup {@code logGroupName}: 1 to
         * 512 of {@code [.\-_/#A-Za-z0-9]},
         * https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_CreateLogGroup.html).
         */
        LOG_GROUP("logs", "log-group:([.\\-_/#A-Za-z0-9]{1,512})", "CloudWatch Logs log group",
                "a CloudWatch Logs resource policy must allow events.amazonaws.com to logs:CreateLogStream and"
                + " logs:PutLogEvents on the log group");

        private final Pattern arn;
        private final String label;
        private final String resourcePolicy;

        Type(String service, String resource, String label, String resourcePolicy) {
            this.arn = Pattern.compile("arn:(aws[a-z-]*):" + service + ":([a-z0-9-]+):([0-9]{12}):" + resource);
            this.label = label;
            this.resourcePolicy = resourcePolicy;
        }

        /**
         * The notice of a target of this type: what the target's own policy must allow, which ecrkit does not manage;
         * empty for a Lambda function (the repository registers its permission).
         */
        public Optional<String> notice() {
            return Optional.ofNullable(resourcePolicy).map(policy -> "ecrkit does not manage the " + label + "'s"
                    + " policy: " + policy + " (docs/repository.md, \"Event rules\")");
        }

        /** {@code Lambda function}, {@code SNS topic} ... */
        public String label() {
            return label;
        }
    }

    /** The rule a target ARN of another kind breaks. */
    public static final String TARGET_RULE = "must be the ARN of a Lambda function, SNS topic, SQS queue or CloudWatch"
            + " Logs log group (the targets EventBridge reaches through their resource-based policy); other targets"
            + " need an IAM role, which eventRules does not create";
    /**
     * The rule an event bus ARN breaks: EventBridge needs an execution role to send to an event bus in another account
     * or Region, and AWS recommends "always using IAM roles when the target of a rule is an event bus" (EventBridge
     * user guide, "Permissions for event buses in Amazon EventBridge",
     * https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-event-bus-perms.html).
     */
    public static final String EVENT_BUS_RULE = "is an event bus: EventBridge sends to an event bus with an IAM role,"
            + " which eventRules does not create; use the Java helper and your own EventTarget with a roleArn";
    /**
     * The rule an SQS FIFO queue breaks: its target needs {@code SqsParameters.MessageGroupId} (CloudFormation
     * {@code AWS::Events::Rule SqsParameters}, MessageGroupId "Required: Yes",
     * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-events-rule-sqsparameters.html).
     */
    public static final String FIFO_QUEUE_RULE = "is an SQS FIFO queue, whose target needs a message group id, which"
            + " eventRules does not set; use a standard queue, or the Java helper and your own EventTarget";
    /**
     * The rule a target in another account breaks: EventBridge sends to a target in another account with an
     * execution role (EventBridge user guide, "Sending events to an AWS service in another account in EventBridge",
     * https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-service-cross-account.html).
     */
    public static final String ACCOUNT_RULE = "must be in the repository's account %s: EventBridge sends to a target"
            + " in another account with an IAM role, which eventRules does not create";
    /**
     * The rule a target in another Region or partition breaks: EventBridge sends to another Region's event buses only
     * (EventBridge user guide, "Sending and receiving events between AWS Regions in Amazon EventBridge",
     * https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-cross-region.html; cross-account targets "in the same
     * Region", eb-service-cross-account.html).
     */
    public static final String REGION_RULE = "must be in the repository's Region %s: EventBridge sends to a Lambda"
            + " function, topic, queue or log group of the rule's own Region only";

    private static final Pattern EVENT_BUS = Pattern.compile("arn:aws[a-z-]*:events:[a-z0-9-]+:[0-9]{12}:event-bus/.+");

    /** The target of {@code arn}, or empty when it is not one of the {@link Type}s. */
    public static Optional<EventTargetArn> of(String arn) {
        for (Type t : Type.values()) {
            var m = t.arn.matcher(arn);
            if (m.matches()) {
                return Optional.of(new EventTargetArn(t, new AwsScope(m.group(1), m.group(2), m.group(3)), m.group(4),
                        arn));
            }
        }
        return Optional.empty();
    }

    /** Checks {@code arn} as a target ({@link #TARGET_RULE}, {@link #EVENT_BUS_RULE}, {@link #FIFO_QUEUE_RULE}). */
    public static Optional<EventTargetArn> check(Problems p, String field, String arn) {
        var target = of(arn == null ? "" : arn);
        if (target.isEmpty()) {
            p.add(field, arn != null && EVENT_BUS.matcher(arn).matches() ? EVENT_BUS_RULE : TARGET_RULE,
                    arn == null ? "null" : arn);
        } else if (target.get().type() == Type.SQS_QUEUE && target.get().resource().endsWith(".fifo")) {
            p.add(field, FIFO_QUEUE_RULE, arn);
            return Optional.empty();
        }
        return target;
    }

    /**
     * Checks that the target is in the repository's account ({@link #ACCOUNT_RULE}) and Region and partition
     * ({@link #REGION_RULE}).
     */
    public void checkScope(Problems p, String field, AwsScope repository) {
        if (!inRegion(repository)) {
            p.add(field, REGION_RULE.formatted(repository.region()), arn);
        } else if (!scope.accountId().equals(repository.accountId())) {
            p.add(field, ACCOUNT_RULE.formatted(repository.accountId()), arn);
        }
    }

    /**
     * A Lambda target's version or alias ({@code live} of {@code ...:function:deploy:live}), which the invoke
     * permission takes as its {@code qualifier} beside the unqualified {@link #functionArn()}; empty when unqualified.
     */
    public Optional<String> qualifier() {
        int colon = resource.indexOf(':');
        return type == Type.LAMBDA_FUNCTION && colon >= 0 ? Optional.of(resource.substring(colon + 1))
                : Optional.empty();
    }

    /** A Lambda target's ARN without its {@link #qualifier()}. */
    public String functionArn() {
        return qualifier().map(q -> arn.substring(0, arn.length() - q.length() - 1)).orElse(arn);
    }

    /** Whether the target is in the partition and Region of {@code scope}. */
    public boolean inRegion(AwsScope scope) {
        return this.scope.partition().equals(scope.partition()) && this.scope.region().equals(scope.region());
    }
}
