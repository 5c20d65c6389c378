package dev.ecrkit;

import com.pulumi.aws.AwsFunctions;
import com.pulumi.aws.inputs.GetCallerIdentityArgs;
import com.pulumi.aws.inputs.GetRegionArgs;
import com.pulumi.aws.outputs.GetCallerIdentityResult;
import com.pulumi.aws.outputs.GetRegionResult;
import com.pulumi.core.Output;
import com.pulumi.deployment.InvokeOptions;
import com.pulumi.resources.Resource;

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
        var options = new InvokeOptions(parent, null, null);
        Output<String> region = AwsFunctions.getRegion(GetRegionArgs.builder().build(), options)
                .applyValue(GetRegionResult::name);
        Output<String> account = AwsFunctions.getCallerIdentity(GetCallerIdentityArgs.builder().build(), options)
                .applyValue(GetCallerIdentityResult::accountId);
        return Output.tuple(region, account).applyValue(t -> new AwsSource(t.t1, t.t2));
    }
}
