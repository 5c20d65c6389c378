package com.example.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ecrkit.lifecycle.LifecycleTemplate;
import dev.ecrkit.testing.Match;
import dev.ecrkit.testing.MockStack;
import dev.ecrkit.testing.Template;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Runs the program under ecrkit's test kit (docs/testing.md) and checks what it registers. */
class AppTest {
    static final String LIFECYCLE = "aws:ecr/lifecyclePolicy:LifecyclePolicy";

    @Test
    void lifecyclePolicies_sixRepositoriesEachWithItsPolicy() {
        Template t = MockStack.builder().project("ecrkit-example-lifecycle-policies").build().run(App::stack);
        assertEquals(Map.of("ecrkit:index:Repository", 6, "aws:ecr/repository:Repository", 6,
                "aws:ecr/lifecyclePolicy:LifecyclePolicy", 6), t.counts());
        assertEquals(LifecycleTemplate.DEVELOPMENT.policy().toJson(), policy(t, "example-development"));
        assertEquals(LifecycleTemplate.PRODUCTION.policy().toJson(), policy(t, "example-production"));
        assertEquals(LifecycleTemplate.COST_OPTIMIZATION.policy().toJson(), policy(t, "example-cost-optimized"));
        assertEquals(LifecycleTemplate.COMPLIANCE.policy().toJson(), policy(t, "example-compliance"));
        // helpers: untagged after 5 days, keep 30 of each prefix, tagged after 60 days (the policy compared as JSON)
        t.hasResourceProperties(LIFECYCLE, Map.of("repository", "example-custom", "policy", Map.of("rules", Match.arrayWith(
                Map.of("selection", Map.of("tagStatus", "untagged", "countType", "sinceImagePushed", "countNumber", 5)),
                Map.of("selection", Map.of("tagPrefixList", List.of("hotfix"), "countType", "imageCountMoreThan",
                        "countNumber", 30)),
                Map.of("selection", Map.of("countNumber", 60))))));
        // the manual policy wins over the template and the helper value set next to it
        t.hasResourceProperties(LIFECYCLE, Map.of("repository", "example-manual", "policy", Map.of("rules",
                List.of(Map.of("description", "Custom manual rule")))));
        assertTrue(policy(t, "example-manual").contains("\"description\": \"Custom manual rule\""));
    }

    private static String policy(Template t, String repository) {
        return (String) t.hasResourceProperties(LIFECYCLE, Map.of("repository", repository)).input("policy");
    }
}
