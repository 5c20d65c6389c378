package dev.ecrkit;

import com.pulumi.aws.iam.RolePolicy;
import com.pulumi.aws.iam.RolePolicyArgs;
import com.pulumi.core.Output;
import dev.ecrkit.policy.RepositoryAccess;
import java.util.Objects;

/**
 * The identity-side grants of a {@link Repository} ({@link Repository#grantPull} and the others, docs/access.md): one
 * inline role policy per grant, a child of the repository.
 */
final class RepositoryGrants {
    private RepositoryGrants() {
    }

    /**
     * The role policy {@code <repository>-grant-<level>-<key>} of {@link RepositoryAccess#identityPolicy} at
     * {@code level} on the repository's ARN, for the role {@code roleName}.
     */
    static RolePolicy grant(Repository repository, RepositoryAccess.Level level, String key, Output<String> roleName) {
        Objects.requireNonNull(key, "role");
        return new RolePolicy(repository.pulumiResourceName() + "-grant-" + level.key() + "-" + key,
                RolePolicyArgs.builder()
                        .role(roleName)
                        .policy(repository.repositoryArn.applyValue(arn -> RepositoryAccess.identityPolicy(level, arn)
                                .toJson()))
                        .build(), Repository.childOptions(repository));
    }
}
