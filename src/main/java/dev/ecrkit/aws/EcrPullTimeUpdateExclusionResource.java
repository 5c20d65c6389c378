package dev.ecrkit.aws;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.core.annotations.Import;
import com.pulumi.core.annotations.ResourceType;
import com.pulumi.resources.CustomResource;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.ResourceArgs;

/**
 * The AWS provider's {@code aws:ecr/pullTimeUpdateExclusion:PullTimeUpdateExclusion}, which com.pulumi:aws 6.83.0
 * does not have (@pulumi/aws 7.16.0 first documents it; 7.17.0 {@code ecr/pullTimeUpdateExclusion.d.ts}:
 * {@code principalArn} required, {@code region} optional). Registered through ecrkit's own class, as
 * {@link EcrRepositoryCreationTemplateResource}; it always requests {@link ProviderVersions#NEWER}.
 */
@ResourceType(type = EcrPullTimeUpdateExclusionResource.TYPE)
public final class EcrPullTimeUpdateExclusionResource extends CustomResource {
    /** The provider's type token. */
    public static final String TYPE = "aws:ecr/pullTimeUpdateExclusion:PullTimeUpdateExclusion";

    @Export(name = "principalArn", refs = {String.class}, tree = "[0]")
    private Output<String> principalArn;

    public EcrPullTimeUpdateExclusionResource(String name, Args args, CustomResourceOptions options) {
        super(TYPE, name, args, options);
    }

    /** The excluded principal's ARN. */
    public Output<String> principalArn() {
        return principalArn;
    }

    /** Inputs, named as the provider names them. */
    public static final class Args extends ResourceArgs {
        @Import(name = "principalArn", required = true)
        private Output<String> principalArn;

        private Args() {
        }

        /** The exclusion of one principal. */
        public static Args of(String principalArn) {
            var a = new Args();
            a.principalArn = Output.of(principalArn);
            return a;
        }
    }
}
