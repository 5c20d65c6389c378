package dev.ecrkit.inputs;

import com.pulumi.core.annotations.Import;
import java.util.List;

/**
 * One item of {@code eventRules} (docs/repository.md, "Event rules"): the fields of
 * {@link dev.ecrkit.events.RepositoryEventRule}, the options' fields flat. Schema type
 * {@code ecrkit:index:RepositoryEventRule}.
 */
public final class RepositoryEventRuleArgs {
    @Import(name = "name", required = true)
    private String name;
    @Import(name = "event", required = true)
    private String event;
    @Import(name = "targetArn", required = true)
    private String targetArn;
    @Import(name = "tagPrefixes")
    private List<String> tagPrefixes;
    @Import(name = "tagPatterns")
    private List<String> tagPatterns;
    @Import(name = "description")
    private String description;

    private RepositoryEventRuleArgs() {
    }
}
