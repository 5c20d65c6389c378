package com.example.pullthroughcache;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ecrkit.testing.MockStack;
import dev.ecrkit.testing.Template;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Runs the program under ecrkit's test kit (docs/testing.md) and checks what it registers. */
class AppTest {
    static final String RULE = "aws:ecr/pullThroughCacheRule:PullThroughCacheRule";

    @Test
    void pullThroughCache_createsFourRulesEnhancedScanningAndTheRepository() {
        Template t = MockStack.builder().project("ecrkit-example-pull-through-cache").build().run(App::stack);
        assertEquals(Map.of("ecrkit:index:Registry", 1, "ecrkit:index:PullThroughCache", 1, RULE, 4,
                "aws:ecr/registryScanningConfiguration:RegistryScanningConfiguration", 1,
                "ecrkit:index:Repository", 1, "aws:ecr/repository:Repository", 1,
                "aws:ecr/lifecyclePolicy:LifecyclePolicy", 1), t.counts());
        var upstreams = new TreeMap<String, Object>();
        t.resources(RULE).forEach(r -> upstreams.put((String) r.inputs().get("ecrRepositoryPrefix"),
                r.inputs().get("upstreamRegistryUrl")));
        assertEquals(Map.of("docker-hub", "registry-1.docker.io", "quay", "quay.io", "ghcr", "ghcr.io",
                "public-ecr", "public.ecr.aws"), upstreams);
        t.hasResourceProperties(RULE, Map.of("ecrRepositoryPrefix", "docker-hub", "credentialArn", App.DOCKER_HUB_SECRET));
        t.resource("aws:ecr/registryScanningConfiguration:RegistryScanningConfiguration").hasInputs(Map.of(
                "scanType", "ENHANCED", "rules", List.of(Map.of("scanFrequency", "SCAN_ON_PUSH",
                        "repositoryFilters", List.of(Map.of("filter", "*", "filterType", "WILDCARD"))))));
        t.resource("aws:ecr/repository:Repository").hasInput("name", "my-cached-repo");
    }
}
