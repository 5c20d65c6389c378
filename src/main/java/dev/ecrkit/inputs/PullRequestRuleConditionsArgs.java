package dev.ecrkit.inputs;

import com.pulumi.core.annotations.Import;
import dev.ecrkit.governance.PullRequestRule;
import dev.ecrkit.governance.Severity;
import java.util.List;

/**
 * {@code conditions} of a {@link PullRequestRuleArgs}: the stack config's fields (docs/governance.md). Schema type
 * {@code ecrkit:index:PullRequestRuleConditions}. Each field names the rule builder method it sets ({@link Input#java}).
 */
public final class PullRequestRuleConditionsArgs {
    @Input(doc = "Which pushes notify: EventBridge wildcard patterns", moduleDefault = "[]",
            java = {@Input.Java(owner = PullRequestRule.Builder.class, name = "tagPatterns", params = String[].class)})
    @Import(name = "tagPatterns")
    private List<String> tagPatterns;
    @Input(doc = "security_scan: the lowest failing severity", moduleDefault = "MEDIUM",
            java = {@Input.Java(owner = PullRequestRule.Builder.class, name = "severityThreshold", params = Severity.class)})
    @Import(name = "severityThreshold")
    private String severityThreshold;
    @Input(doc = "security_scan: a scan that did not complete fails too",
            moduleDefault = "" + PullRequestRule.DEFAULT_REQUIRE_SCAN_COMPLETION,
            java = {@Input.Java(owner = PullRequestRule.Builder.class, name = "requireScanCompletion", params = boolean.class)})
    @Import(name = "requireScanCompletion")
    private Boolean requireScanCompletion;
    @Input(doc = "approval and ci_integration: IAM principal ARNs that may still push", moduleDefault = "[]",
            java = {@Input.Java(owner = PullRequestRule.Builder.class, name = "allowedPrincipals", params = String[].class)})
    @Import(name = "allowedPrincipals")
    private List<String> allowedPrincipals;

    private PullRequestRuleConditionsArgs() {
    }
}
