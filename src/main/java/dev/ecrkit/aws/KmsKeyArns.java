package dev.ecrkit.aws;

import com.pulumi.aws.kms.KmsFunctions;
import com.pulumi.aws.kms.inputs.GetAliasArgs;
import com.pulumi.aws.kms.inputs.GetKeyArgs;
import com.pulumi.core.Output;
import com.pulumi.deployment.InvokeOptions;
import com.pulumi.resources.Resource;
import dev.ecrkit.kms.KeyReference;
import dev.ecrkit.validation.InvalidInputException;
import dev.ecrkit.validation.Problem;
import dev.ecrkit.validation.Problems;
import java.util.List;

/**
 * The key ARN of a {@link KeyReference}, asked of the provider {@code parent} uses at deploy time: an alias name through
 * {@code aws.kms.getAlias} (its {@code targetKeyArn}), a key id or an alias ARN through {@code aws.kms.getKey} (its
 * {@code arn}; DescribeKey takes another account's alias ARN, ListAliases does not). A key ARN is kept as is, and the
 * AWS managed key {@code alias/aws/ecr} gives "" (no key sent: ECR's default for KMS). See docs/encryption.md.
 */
public final class KmsKeyArns {
    /** The rule when an alias points at no key (an AWS managed alias whose key AWS has not created yet). */
    public static final String NO_TARGET_RULE = "the alias points at no KMS key, so there is no key ARN to encrypt with;"
            + " give the key ARN";

    private KmsKeyArns() {
    }

    /** The key ARN of {@code reference} ("" for the AWS managed key); {@code field} names it in problems. */
    public static Output<String> of(String reference, String field, Resource parent) {
        var options = new InvokeOptions(parent, null, null);
        return switch (new KeyReference(reference).lookup()) {
            case NONE -> Output.of(reference);
            case AWS_MANAGED -> Output.of("");
            case ALIAS -> KmsFunctions.getAlias(GetAliasArgs.builder().name(reference).build(), options)
                    .applyValue(r -> ProviderFunctions.answered(r.targetKeyArn(), ProviderFunctions.KMS_GET_ALIAS,
                            "targetKeyArn")).applyValue(arn -> checked(arn, field, reference));
            case KEY -> KmsFunctions.getKey(GetKeyArgs.builder().keyId(reference).build(), options)
                    .applyValue(r -> ProviderFunctions.answered(r.arn(), ProviderFunctions.KMS_GET_KEY, "arn"))
                    .applyValue(arn -> checked(arn, field, reference));
        };
    }

    private static String checked(String arn, String field, String reference) {
        if (arn == null || !KeyReference.KEY_ARN.matcher(arn).matches()) {
            throw new InvalidInputException(List.of(new Problem(field, NO_TARGET_RULE, Problems.show(reference))));
        }
        return arn;
    }
}
