package dev.ecrkit.aws;

import com.pulumi.core.Output;
import com.pulumi.resources.Resource;
import dev.ecrkit.policy.AwsScope;
import dev.ecrkit.validation.InvalidInputException;
import dev.ecrkit.validation.Problem;
import dev.ecrkit.validation.Problems;
import java.util.List;
import java.util.Optional;

/**
 * The {@link AwsScope} a component deploys into: read from the repository ARN when the component has one (no provider
 * call), otherwise asked of the provider the component uses (getPartition, getRegion, getCallerIdentity). The one way
 * ecrkit learns where it deploys: generated ARNs and policies (Logging, Monitoring, event log policies), the partition
 * check of a repository's encryption, and the registry-level checks that a replication destination, secret or upstream
 * is (not) this registry (Registry, PullThroughCache).
 */
public final class AwsScopes {
    /** The rule a repository ARN breaks. */
    public static final String REPOSITORY_ARN_RULE =
            "must be an ECR repository ARN (arn:<partition>:ecr:<region>:<account>:repository/<name>)";

    private AwsScopes() {
    }

    /** The scope of {@code repositoryArn} (checked when it resolves), or the provider's scope when empty. */
    public static Output<AwsScope> of(Optional<Output<String>> repositoryArn, String field, Resource parent) {
        if (repositoryArn.isPresent()) {
            return repositoryArn.get().applyValue(arn -> AwsScope.ofRepositoryArn(arn).orElseThrow(
                    () -> new InvalidInputException(List.of(new Problem(field, REPOSITORY_ARN_RULE, Problems.show(arn))))));
        }
        return of(parent);
    }

    /** The scope of the provider {@code parent} uses. */
    public static Output<AwsScope> of(Resource parent) {
        return Output.tuple(ProviderFunctions.partition(parent), ProviderFunctions.region(parent),
                        ProviderFunctions.accountId(parent))
                .applyValue(t -> new AwsScope(t.t1, t.t2, t.t3));
    }
}
