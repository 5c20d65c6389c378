package dev.ecrkit.inputs;

import com.pulumi.core.annotations.Import;
import java.util.List;

/**
 * {@code conditions} of a {@link PullRequestRuleArgs}: the stack config's fields (docs/governance.md). Schema type
 * {@code ecrkit:index:PullRequestRuleConditions}.
 */
public final class PullRequestRuleConditionsArgs {
    @Import(name = "tagPatterns")
    private List<String> tagPatterns;
    @Import(name = "severityThreshold")
    private String severityThreshold;
    @Import(name = "requireScanCompletion")
    private Boolean requireScanCompletion;
    @Import(name = "allowedPrincipals")
    private List<String> allowedPrincipals;

    private PullRequestRuleConditionsArgs() {
    }
}
