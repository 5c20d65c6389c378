package dev.ecrkit.policy;

import java.util.Objects;

/**
 * Where a policy is deployed: the partition, account and region the generated statements name. In a component
 * these come from the {@code aws:index/getPartition}, {@code getCallerIdentity} and {@code getRegion} invokes.
 *
 * @param partition {@code aws}, {@code aws-cn}, {@code aws-us-gov}...
 * @param accountId the 12-digit account id
 * @param region    the region, for example {@code eu-west-1}
 */
public record AwsAccount(String partition, String accountId, String region) {
    public AwsAccount {
        Objects.requireNonNull(partition, "partition");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(region, "region");
    }

    /** The account's root principal ARN. */
    public String root() {
        return PrincipalArns.root(partition, accountId);
    }
}
