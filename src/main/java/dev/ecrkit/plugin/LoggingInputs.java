package dev.ecrkit.plugin;

import dev.ecrkit.inputs.TagArgs;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import dev.ecrkit.LoggingArgs;
import dev.ecrkit.stack.ObservabilityConfig;
import java.util.List;

/**
 * Inputs of the plugin's {@code ecrkit:index:Logging}, a standalone event log for one repository: the Java builder
 * names of {@link LoggingArgs} ({@link ObservabilityConfig#LOGGING_INPUTS}). {@code tags} is a list of
 * {@code {key, value}}; {@code retentionInDays} is schema {@code number} (a fraction is an error). Converted by
 * {@link ObservabilityConfig#loggingArgs}, which reads the retention like a repository entry's
 * {@code logRetentionDays}. No static fields.
 */
final class LoggingInputs extends ResourceArgs {
    @Import(name = "repositoryName", required = true)
    private String repositoryName;
    @Import(name = "repositoryArn")
    private String repositoryArn;
    @Import(name = "retentionInDays")
    private Double retentionInDays;
    @Import(name = "kmsKeyArn")
    private String kmsKeyArn;
    @Import(name = "createResourcePolicy")
    private Boolean createResourcePolicy;
    @Import(name = "tags")
    private List<TagArgs> tags;

    private LoggingInputs() {
    }

    /** The Java args, through the logging reader. */
    LoggingArgs toArgs() {
        return PluginInputs.convert(this, ObservabilityConfig::loggingArgs);
    }
}
