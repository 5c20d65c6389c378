package dev.ecrkit.inputs;

import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import dev.ecrkit.LoggingArgs;
import dev.ecrkit.observability.LoggingSettings;
import java.util.List;
import java.util.Map;

/**
 * Inputs of the plugin's {@code ecrkit:index:Logging}, a standalone event log for one repository: the Java builder
 * names of {@link LoggingArgs} (declared here with {@link Input}, once). {@code tags} is a list of
 * {@code {key, value}}; {@code retentionInDays} is schema {@code number} (a fraction is an error). Each input names
 * the builder method it sets ({@link Input#java}); converted by
 * {@code dev.ecrkit.stack.ObservabilityConfig#loggingArgs}. No static fields.
 */
public final class LoggingInputs extends ResourceArgs {
    @Input(doc = "Required. The repository whose ECR and Inspector events are recorded",
            java = {@Input.Java(owner = LoggingArgs.Builder.class, name = "repositoryName", params = String.class)})
    @Import(name = "repositoryName", required = true)
    private String repositoryName;
    @Input(doc = "The repository's ARN; default: from the name and the provider's partition, Region and account",
            java = {@Input.Java(owner = LoggingArgs.Builder.class, name = "repositoryArn", params = String.class)})
    @Import(name = "repositoryArn")
    private String repositoryArn;
    @Input(doc = "Log retention: 0 (never expire) or any value CloudWatch Logs accepts",
            moduleDefault = "" + LoggingSettings.DEFAULT_RETENTION_IN_DAYS,
            java = {@Input.Java(owner = LoggingSettings.Builder.class, name = "retentionInDays", params = int.class)})
    @Import(name = "retentionInDays")
    private Double retentionInDays;
    @Input(doc = "KMS key ARN of the log group",
            java = {@Input.Java(owner = LoggingSettings.Builder.class, name = "kmsKeyArn", params = String.class)})
    @Import(name = "kmsKeyArn")
    private String kmsKeyArn;
    @Input(doc = "Create the CloudWatch Logs resource policy that lets the rule write (at most 10 per Region)",
            moduleDefault = "true",
            java = {@Input.Java(owner = LoggingSettings.Builder.class, name = "createResourcePolicy", params = boolean.class)})
    @Import(name = "createResourcePolicy")
    private Boolean createResourcePolicy;
    @Input(doc = "Tags of every resource", moduleDefault = "{}",
            java = {@Input.Java(owner = LoggingArgs.Builder.class, name = "tags", params = Map.class)})
    @Import(name = "tags")
    private List<TagArgs> tags;

    private LoggingInputs() {
    }
}
