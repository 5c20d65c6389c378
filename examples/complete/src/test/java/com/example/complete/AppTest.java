package com.example.complete;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ecrkit.testing.Match;
import dev.ecrkit.testing.MockStack;
import dev.ecrkit.testing.Template;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Runs the program under ecrkit's test kit (docs/testing.md) and checks what it registers. */
class AppTest {
    static final String REPOSITORY = "aws:ecr/repository:Repository";
    static final String LIFECYCLE = "aws:ecr/lifecyclePolicy:LifecyclePolicy";
    static Template t;

    @BeforeAll
    static void run() {
        t = MockStack.builder().project("ecrkit-example-complete").build().run(App::stack);
    }

    @Test
    void complete_createsThreeRepositoriesWithTheirKeysPoliciesAndTheAccountSettings() {
        assertEquals(Map.ofEntries(Map.entry("ecrkit:index:Registry", 1),
                Map.entry("aws:ecr/accountSetting:AccountSetting", 2),
                Map.entry("ecrkit:index:Repository", 3), Map.entry(REPOSITORY, 3),
                Map.entry("aws:ecr/repositoryPolicy:RepositoryPolicy", 2),
                Map.entry(LIFECYCLE, 3),
                Map.entry("ecrkit:index:KmsKey", 3), Map.entry("aws:kms/key:Key", 3), Map.entry("aws:kms/alias:Alias", 3),
                // enable_logging on complete-ecr-repo: a log group fed by an EventBridge rule, no role
                Map.entry("ecrkit:index:Logging", 1), Map.entry("aws:cloudwatch/logGroup:LogGroup", 1),
                Map.entry("aws:cloudwatch/eventRule:EventRule", 1), Map.entry("aws:cloudwatch/eventTarget:EventTarget", 1),
                Map.entry("aws:cloudwatch/logResourcePolicy:LogResourcePolicy", 1)), t.counts());
        t.resource("aws:cloudwatch/logGroup:LogGroup").hasInput("retentionInDays", 14);
        var settings = new TreeMap<String, Object>();
        t.resources("aws:ecr/accountSetting:AccountSetting").forEach(r -> settings.put((String) r.inputs().get("name"),
                r.inputs().get("value")));
        assertEquals(Map.of("BASIC_SCAN_TYPE_VERSION", "AWS_NATIVE", "REGISTRY_POLICY_SCOPE", "V2"), settings);

        t.hasResourceProperties(REPOSITORY, Map.of("name", "complete-ecr-repo",
                "imageTagMutability", "IMMUTABLE_WITH_EXCLUSION", "forceDelete", true,
                "imageTagMutabilityExclusionFilters", List.of(Map.of("filter", "latest", "filterType", "WILDCARD"),
                        Map.of("filter", "dev-*", "filterType", "WILDCARD"))));
        t.hasResourceProperties(REPOSITORY, Map.of("name", "protected-ecr-repo",
                "imageTagMutabilityExclusionFilters", List.of(Map.of("filter", "release-candidate-*", "filterType", "WILDCARD"))));
        String policy = (String) t.hasResourceProperties("aws:ecr/repositoryPolicy:RepositoryPolicy",
                Map.of("repository", "protected-ecr-repo")).input("policy");
        if (!policy.contains("arn:aws:iam::123456789012:role/ProductionDeployRole")) {
            throw new AssertionError(policy);
        }
        // the helpers: one untagged rule, one keep-50 rule per prefix, one expire-tagged rule (docs/lifecycle.md)
        var helpers = t.hasResourceProperties(LIFECYCLE, Map.of("repository", "enhanced-lifecycle-repo", "policy",
                Map.of("rules", Match.arrayWith(Map.of("selection", Map.of("tagPrefixList", List.of("stable"),
                        "countType", "imageCountMoreThan", "countNumber", 50))))));
        assertEquals(5, String.valueOf(helpers.input("policy")).split("rulePriority").length - 1);
    }

    @Test
    void protectedRepository_isProtectedWithA60MinuteDeleteTimeout() {
        t.resource(REPOSITORY, "ecr").isProtected(false).hasCustomTimeouts(Map.of("delete", "1h"));
        t.resource(REPOSITORY, "ecr-protected").isProtected(true).hasCustomTimeouts(Map.of("delete", "1h"));
        t.resource(REPOSITORY, "ecr-enhanced-lifecycle").isProtected(false).hasCustomTimeouts(Map.of());
    }
}
