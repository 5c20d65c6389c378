package dev.ecrkit;

import com.pulumi.core.Output;
import com.pulumi.resources.ResourceArgs;
import dev.ecrkit.observability.MonitoringSettings;
import dev.ecrkit.validation.Problems;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Inputs of {@link Monitoring}. Build with {@link #builder()}; {@link Builder#build()} checks every plain value at
 * once; values given as {@link Output} are checked with the same rules when they resolve.
 */
public final class MonitoringArgs extends ResourceArgs {
    private RepositoryTarget target;
    private MonitoringSettings settings;

    private MonitoringArgs() {
    }

    /** Name of the monitored repository. Required. */
    public Output<String> repositoryName() {
        return target.name();
    }

    /** ARN of the repository. Default: empty, built from the name and the provider's partition, Region and account. */
    public Optional<Output<String>> repositoryArn() {
        return target.arn();
    }

    /** Thresholds, topic and subscribers. Default: {@link MonitoringSettings#defaults()} (the module's). */
    public MonitoringSettings settings() {
        return settings;
    }

    /** Tags of every resource. Default: none. */
    public Output<Map<String, String>> tags() {
        return target.tags();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builder; {@link #build()} validates. */
    public static final class Builder extends RepositoryTargetBuilder<Builder> {
        private MonitoringSettings settings = MonitoringSettings.defaults();

        private Builder() {
        }

        @Override
        Builder self() {
            return this;
        }





        /** Thresholds, topic and subscribers. Default: the module's defaults. */
        public Builder settings(MonitoringSettings settings) {
            this.settings = Objects.requireNonNull(settings, "settings");
            return this;
        }



        /** Validates every plain value and returns the args; throws listing every problem. */
        public MonitoringArgs build() {
            var built = target.built("MonitoringArgs", false);
            var p = new Problems();
            target.check(p);
            settings.validate(p);
            p.throwIfAny();
            var a = new MonitoringArgs();
            a.target = built;
            a.settings = settings;
            return a;
        }
    }
}
