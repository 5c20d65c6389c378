package dev.ecrkit.naming;

import java.util.regex.Pattern;

/**
 * The name rules of each kind of AWS resource ecrkit names itself: the longest name and the characters allowed. The
 * API model of each service (BOTO, {@code boto/botocore} {@code service-2.json}) is the source, as cited per constant.
 */
public enum NameKind {
    /** IAM role name: 1-64 of {@code [\w+=,.@-]} (BOTO iam {@code roleNameType}). Unique per account, all Regions. */
    IAM_ROLE(64, "[A-Za-z0-9_+=,.@-]"),
    /** Lambda function name: 1-64 of {@code [a-zA-Z0-9-_]} (BOTO lambda {@code CreateFunctionRequest.FunctionName}). */
    LAMBDA_FUNCTION(64, "[A-Za-z0-9_-]"),
    /** SNS standard topic name: 1-256 of {@code [A-Za-z0-9_-]} (BOTO sns {@code CreateTopicInput.Name}). */
    SNS_TOPIC(256, "[A-Za-z0-9_-]"),
    /** EventBridge rule name: 1-64 of {@code [\.\-_A-Za-z0-9]} (BOTO events {@code RuleName}). */
    EVENT_RULE(64, "[.A-Za-z0-9_-]"),
    /** EventBridge target id: 1-64 of {@code [\.\-_A-Za-z0-9]} (BOTO events {@code TargetId}). */
    EVENT_TARGET_ID(64, "[.A-Za-z0-9_-]"),
    /**
     * SQS standard queue name: up to 80 alphanumeric characters, hyphens and underscores
     * (https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_CreateQueue.html, QueueName).
     */
    SQS_QUEUE(80, "[A-Za-z0-9_-]"),
    /** CloudWatch alarm name: 1-255 characters without control characters (BOTO cloudwatch {@code AlarmName}). */
    ALARM(255, "[^\\p{Cntrl}]"),
    /**
     * CloudWatch Logs resource policy name. The API documents no pattern or length
     * (https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_PutResourcePolicy.html); ecrkit keeps
     * these names within the EventBridge rule charset and 64 characters, which every service accepts.
     */
    LOG_RESOURCE_POLICY(64, "[.A-Za-z0-9_-]"),
    /** CloudWatch Logs log group name: 1-512 of {@code [\.\-_/#A-Za-z0-9]} (BOTO logs {@code LogGroupName}). */
    LOG_GROUP(512, "[./#A-Za-z0-9_-]"),
    /**
     * KMS alias name after the {@code alias/} prefix: at most {@link KmsAliasNames#MAX_NAME_LENGTH} of
     * {@link KmsAliasNames#ALLOWED_CHAR} (KMS API {@code AliasNameType}).
     */
    KMS_ALIAS(KmsAliasNames.MAX_NAME_LENGTH, KmsAliasNames.ALLOWED_CHAR.pattern());

    private final int maxLength;
    private final Pattern allowed;

    NameKind(int maxLength, String allowedCharacter) {
        if (maxLength < DerivedName.HASH_LENGTH + 2) {
            throw new IllegalArgumentException(name() + ": " + maxLength + " leaves no room for a derived name's hash");
        }
        this.maxLength = maxLength;
        this.allowed = Pattern.compile(allowedCharacter);
    }

    /** Longest name. */
    public int maxLength() {
        return maxLength;
    }

    /** Whether one character may appear in such a name. */
    public boolean allows(int codePoint) {
        return allowed.matcher(new String(Character.toChars(codePoint))).matches();
    }

    /** Whether a whole name is valid: 1 to {@link #maxLength()} allowed characters. */
    public boolean isValid(String name) {
        return !name.isEmpty() && name.length() <= maxLength && name.codePoints().allMatch(this::allows);
    }

    /** The rule in words, for messages. */
    public String rule() {
        return "must be 1-" + maxLength + " characters of " + allowed.pattern();
    }
}
