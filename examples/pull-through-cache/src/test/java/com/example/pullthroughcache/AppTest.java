package com.example.pullthroughcache;

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
                .withOptions(TestOptions.builder().projectName("ecrkit-example-pull-through-cache").stackName("test").preview(false).build())
                .runTest(App::stack);
        assertEquals(0, result.exitCode(), String.join("\n", result.errors()));
        return mocks;
    }

    @Test
    void pullThroughCache_createsFourRulesEnhancedScanningAndTheRepository() {
        var mocks = run();
        assertEquals(Map.of("ecrkit:index:Registry", 1L, "ecrkit:index:PullThroughCache", 1L,
                "aws:ecr/pullThroughCacheRule:PullThroughCacheRule", 4L,
                "aws:ecr/registryScanningConfiguration:RegistryScanningConfiguration", 1L,
                "ecrkit:index:Repository", 1L, "aws:ecr/repository:Repository", 1L,
                "aws:ecr/lifecyclePolicy:LifecyclePolicy", 1L), mocks.counts());
        var upstreams = new TreeMap<String, Object>();
        mocks.ofType("aws:ecr/pullThroughCacheRule:PullThroughCacheRule")
                .forEach(r -> upstreams.put((String) r.inputs().get("ecrRepositoryPrefix"), r.inputs().get("upstreamRegistryUrl")));
        assertEquals(Map.of("docker-hub", "registry-1.docker.io", "quay", "quay.io", "ghcr", "ghcr.io",
                "public-ecr", "public.ecr.aws"), upstreams);
        var dockerHub = mocks.ofType("aws:ecr/pullThroughCacheRule:PullThroughCacheRule").stream()
                .filter(r -> r.inputs().get("ecrRepositoryPrefix").equals("docker-hub")).findFirst().orElseThrow();
        assertEquals(App.DOCKER_HUB_SECRET, dockerHub.inputs().get("credentialArn"));
        var scanning = mocks.one("aws:ecr/registryScanningConfiguration:RegistryScanningConfiguration").inputs();
        assertEquals("ENHANCED", scanning.get("scanType"));
        assertEquals(List.of(Map.of("scanFrequency", "SCAN_ON_PUSH",
                "repositoryFilters", List.of(Map.of("filter", "*", "filterType", "WILDCARD")))), scanning.get("rules"));
        assertEquals("my-cached-repo", mocks.one("aws:ecr/repository:Repository").inputs().get("name"));
    }
}
