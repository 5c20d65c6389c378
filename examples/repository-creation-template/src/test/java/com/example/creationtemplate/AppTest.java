package com.example.creationtemplate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.example.support.RecordingMocks;
import com.pulumi.test.PulumiTest;
import com.pulumi.test.TestOptions;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Runs the program under the Pulumi mock engine and checks what it registers. */
class AppTest {
    @AfterEach
    void cleanup() {
        PulumiTest.cleanup();
    }

    private static RecordingMocks run() {
        var mocks = new RecordingMocks();
        var result = PulumiTest.withMocks(mocks)
                .withOptions(TestOptions.builder().projectName("ecrkit-example-repository-creation-template").stackName("test").preview(false).build())
                .runTest(App::stack);
        assertEquals(0, result.exitCode(), String.join("\n", result.errors()));
        return mocks;
    }

    @Test
    void creationTemplates_createTwoTemplatesTwoCacheRulesAndTheRepository() {
        var mocks = run();
        assertEquals(Map.of("ecrkit:index:Registry", 1L, "ecrkit:index:PullThroughCache", 1L,
                "aws:ecr/pullThroughCacheRule:PullThroughCacheRule", 2L,
                "aws:ecr/repositoryCreationTemplate:RepositoryCreationTemplate", 2L,
                "ecrkit:index:Repository", 1L, "aws:ecr/repository:Repository", 1L), mocks.counts());
        var templates = new TreeMap<String, Map<String, Object>>();
        mocks.ofType("aws:ecr/repositoryCreationTemplate:RepositoryCreationTemplate")
                .forEach(r -> templates.put((String) r.inputs().get("prefix"), r.inputs()));
        assertEquals(List.of("ROOT", "docker-hub"), List.copyOf(templates.keySet()));
        var dockerHub = templates.get("docker-hub");
        assertEquals(List.of("PULL_THROUGH_CACHE"), dockerHub.get("appliedFors"));
        assertEquals("MUTABLE_WITH_EXCLUSION", dockerHub.get("imageTagMutability"));
        assertEquals(List.of(Map.of("filter", "release-*", "filterType", "WILDCARD")),
                dockerHub.get("imageTagMutabilityExclusionFilters"));
        var root = templates.get("ROOT");
        assertEquals(List.of("CREATE_ON_PUSH", "REPLICATION"), root.get("appliedFors"));
        assertEquals("IMMUTABLE_WITH_EXCLUSION", root.get("imageTagMutability"));
    }
}
