package dev.ecrkit;

import com.pulumi.core.Output;
import com.pulumi.resources.Resource;
import dev.ecrkit.aws.ProviderFunctions;

/**
 * The region and account a component deploys into, from the provider of {@code parent} (getRegion and
 * getCallerIdentity). Registry-level settings need them: same-account replication destinations, and the checks that
 * a destination, secret or upstream is (not) this registry.
 *
 * @param region    the region, for example {@code us-east-1}
 * @param accountId the 12-digit account id
 */
record AwsSource(String region, String accountId) {
    static Output<AwsSource> of(Resource parent) {
        return Output.tuple(ProviderFunctions.region(parent), ProviderFunctions.accountId(parent))
                .applyValue(t -> new AwsSource(t.t1, t.t2));
    }
}
