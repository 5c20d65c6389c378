package dev.ecrkit.plugin;

import dev.ecrkit.inputs.TagArgs;
import com.pulumi.core.annotations.Import;
import dev.ecrkit.inputs.Input;
import com.pulumi.resources.ResourceArgs;
import dev.ecrkit.LoggingArgs;
import dev.ecrkit.stack.ObservabilityConfig;
import dev.ecrkit.observability.LoggingSettings;
import java.util.List;

/**
 * Inputs of the plugin's {@code ecrkit:index:Logging}, a standalone event log for one repository: the Java builder
 * names of {@link LoggingArgs} (declared here with {@link Input}, once). {@code tags} is a list of
 * {@code {key, value}}; {@code retentionInDays} is schema {@code number} (a fraction is an error). Converted by
 * {@link ObservabilityConfig#loggingArgs}, which reads the retention like a repository entry's
 * {@code logRetentionDays}. No static fields.
 */
public final class LoggingInputs extends ResourceArgs {
    @Input(doc = "Required. The repository whose ECR and Inspector events are recorded")
    @Import(name = "repositoryName", required = true)
    private String repositoryName;
    @Input(doc = "The repository's ARN; default: from the name and the provider's partition, Region and account")
    @Import(name = "repositoryArn")
    private String repositoryArn;
    @Input(doc = "Log retention: 0 (never expire) or any value CloudWatch Logs accepts",
            moduleDefault = "" + LoggingSettings.DEFAULT_RETENTION_IN_DAYS)
    @Import(name = "retentionInDays")
    private Double retentionInDays;
    @Input(doc = "KMS key ARN of the log group")
    @Import(name = "kmsKeyArn")
    private String kmsKeyArn;
    @Input(doc = "Create the CloudWatch Logs resource policy that lets the rule write (at most 10 per Region)",
            moduleDefault = "true")
    @Import(name = "createResourcePolicy")
    private Boolean createResourcePolicy;
    @Input(doc = "Tags of every resource", moduleDefault = "{}")
    @Import(name = "tags")
    private List<TagArgs> tags;

    private LoggingInputs() {
    }

    /** The Java args, through the logging reader. */
    LoggingArgs toArgs() {
        return PluginInputs.convert(this, ObservabilityConfig::loggingArgs);
    }
}
