package dev.ecrkit.aws;

import com.pulumi.aws.AwsFunctions;
import com.pulumi.aws.inputs.GetCallerIdentityArgs;
import com.pulumi.aws.inputs.GetPartitionArgs;
import com.pulumi.aws.inputs.GetRegionArgs;
import com.pulumi.core.Output;
import com.pulumi.deployment.InvokeOptions;
import com.pulumi.resources.Resource;
import java.util.List;
import java.util.Map;

/**
 * Every provider function ecrkit calls, and the one check of their answers: a field ecrkit reads that the answer lacks
 * (a test's own {@code Mocks} that does not answer the call) fails with a message that names the function, the field
 * and how to answer it, instead of a {@code NullPointerException} deep inside ecrkit. The real provider always answers
 * these fields. {@code dev.ecrkit.stack.PlanMocks} (and so the test kit {@code dev.ecrkit.testing}) answers every
 * function listed in {@link #TOKENS}; a test pins that no other function is called.
 */
public final class ProviderFunctions {
    /** {@code aws.getPartition}: the partition ({@code aws}, {@code aws-cn}, {@code aws-us-gov}, ...). */
    public static final String GET_PARTITION = "aws:index/getPartition:getPartition";
    /** {@code aws.getRegion}: the Region name. */
    public static final String GET_REGION = "aws:index/getRegion:getRegion";
    /** {@code aws.getCallerIdentity}: the account id. */
    public static final String GET_CALLER_IDENTITY = "aws:index/getCallerIdentity:getCallerIdentity";
    /** {@code aws.kms.getAlias}: the key an alias name targets. */
    public static final String KMS_GET_ALIAS = "aws:kms/getAlias:getAlias";
    /** {@code aws.kms.getKey}: the ARN of a key id or alias ARN. */
    public static final String KMS_GET_KEY = "aws:kms/getKey:getKey";
    /** Every function ecrkit calls. */
    public static final List<String> TOKENS = List.of(GET_PARTITION, GET_REGION, GET_CALLER_IDENTITY, KMS_GET_ALIAS,
            KMS_GET_KEY);

    /** An example value of each field ecrkit reads, for the message. */
    private static final Map<String, String> EXAMPLES = Map.of("partition", "aws", "name", "us-east-1",
            "accountId", "123456789012",
            "targetKeyArn", "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab",
            "arn", "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab");

    private ProviderFunctions() {
    }

    /** The partition of the provider {@code parent} uses. */
    public static Output<String> partition(Resource parent) {
        return AwsFunctions.getPartition(GetPartitionArgs.Empty, options(parent))
                .applyValue(r -> answered(r.partition(), GET_PARTITION, "partition"));
    }

    /** The Region of the provider {@code parent} uses. */
    public static Output<String> region(Resource parent) {
        return AwsFunctions.getRegion(GetRegionArgs.Empty, options(parent))
                .applyValue(r -> answered(r.name(), GET_REGION, "name"));
    }

    /** The account id of the provider {@code parent} uses. */
    public static Output<String> accountId(Resource parent) {
        return AwsFunctions.getCallerIdentity(GetCallerIdentityArgs.Empty, options(parent))
                .applyValue(r -> answered(r.accountId(), GET_CALLER_IDENTITY, "accountId"));
    }

    /** Invoke options that ask the provider {@code parent} uses. */
    static InvokeOptions options(Resource parent) {
        return new InvokeOptions(parent, null, null);
    }

    /**
     * {@code value} when the function answered it; otherwise an {@link IllegalStateException} saying which function
     * and field ecrkit needed and how a test's mocks answer it.
     */
    public static <T> T answered(T value, String token, String field) {
        if (value == null) {
            throw new IllegalStateException(missingAnswer(token, field));
        }
        return value;
    }

    /** The message of a missing answer. */
    public static String missingAnswer(String token, String field) {
        return "ecrkit called the provider function " + token + " and its answer has no \"" + field + "\"."
                + " Under Pulumi mocks, answer it in Mocks.callAsync when args.token is \"" + token
                + "\" (for example Map.of(\"" + field + "\", \"" + EXAMPLES.getOrDefault(field, "...") + "\")),"
                + " or test with dev.ecrkit.testing.MockStack, whose mocks answer every provider function ecrkit"
                + " calls (docs/testing.md)";
    }
}
