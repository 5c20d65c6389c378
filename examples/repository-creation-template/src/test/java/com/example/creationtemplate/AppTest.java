package com.example.creationtemplate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ecrkit.testing.MockStack;
import dev.ecrkit.testing.Template;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Runs the program under ecrkit's test kit (docs/testing.md) and checks what it registers. */
class AppTest {
    static final String TEMPLATE = "aws:ecr/repositoryCreationTemplate:RepositoryCreationTemplate";

    @Test
    void creationTemplates_createTwoTemplatesTwoCacheRulesAndTheRepository() {
        Template t = MockStack.builder().project("ecrkit-example-repository-creation-template").build().run(App::stack);
        assertEquals(Map.of("ecrkit:index:Registry", 1, "ecrkit:index:PullThroughCache", 1,
                "aws:ecr/pullThroughCacheRule:PullThroughCacheRule", 2, TEMPLATE, 2,
                "ecrkit:index:Repository", 1, "aws:ecr/repository:Repository", 1), t.counts());
        assertEquals(List.of("ROOT", "docker-hub"),
                t.resources(TEMPLATE).stream().map(r -> (String) r.inputs().get("prefix")).sorted().toList());
        t.hasResourceProperties(TEMPLATE, Map.of("prefix", "docker-hub", "appliedFors", List.of("PULL_THROUGH_CACHE"),
                "imageTagMutability", "MUTABLE_WITH_EXCLUSION",
                "imageTagMutabilityExclusionFilters", List.of(Map.of("filter", "release-*", "filterType", "WILDCARD"))));
        t.hasResourceProperties(TEMPLATE, Map.of("prefix", "ROOT", "appliedFors", List.of("CREATE_ON_PUSH", "REPLICATION"),
                "imageTagMutability", "IMMUTABLE_WITH_EXCLUSION"));
    }
}
