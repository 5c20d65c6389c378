package dev.ecrkit;

import com.pulumi.core.Output;
import java.util.Map;

/**
 * The builder methods {@link LoggingArgs}, {@link MonitoringArgs} and {@link GovernanceArgs} share: the repository a
 * component works for ({@code repositoryName}, {@code repositoryArn}) and the tags of its resources, each plain
 * (checked by {@code build()}) or from another resource (checked when it resolves). Only those builders extend it.
 *
 * @param <B> the builder
 */
public abstract class RepositoryTargetBuilder<B extends RepositoryTargetBuilder<B>> {
    final RepositoryTarget target = new RepositoryTarget();

    RepositoryTargetBuilder() {
    }

    abstract B self();

    /** Repository name. Required. */
    public B repositoryName(String name) {
        target.name(name);
        return self();
    }

    /** Repository name from another resource; validated when it resolves. */
    public B repositoryName(Output<String> name) {
        target.name(name);
        return self();
    }

    /** Repository ARN. Logging and Monitoring derive it from the name when it is not set; Governance requires it. */
    public B repositoryArn(String arn) {
        target.arn(arn);
        return self();
    }

    /** Repository ARN from another resource; validated when it resolves. */
    public B repositoryArn(Output<String> arn) {
        target.arn(arn);
        return self();
    }

    /** Tags. Default: none. */
    public B tags(Map<String, String> tags) {
        target.tags(tags);
        return self();
    }

    /** Tags from another resource (a Repository's {@code appliedTags}). */
    public B tags(Output<Map<String, String>> tags) {
        target.tags(tags);
        return self();
    }
}
