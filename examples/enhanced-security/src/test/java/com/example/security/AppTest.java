package com.example.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.example.support.RecordingMocks;
import com.pulumi.test.PulumiTest;
import com.pulumi.test.TestOptions;
import java.util.List;
import java.util.Map;
import static org.junit.jupiter.api.Assertions.assertTrue;
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
                .withOptions(TestOptions.builder().projectName("ecrkit-example-enhanced-security").stackName("test").preview(false).build())
                .runTest(App::stack);
        assertEquals(0, result.exitCode(), String.join("\n", result.errors()));
        return mocks;
    }

    @Test
    void enhancedSecurity_createsTheRepositoryAndTheRegistrySecuritySettings() {
        var mocks = run();
        assertEquals(Map.ofEntries(
                Map.entry("ecrkit:index:Registry", 1L),
                Map.entry("ecrkit:index:Logging", 1L), Map.entry("aws:cloudwatch/logGroup:LogGroup", 1L),
                Map.entry("aws:cloudwatch/eventRule:EventRule", 1L), Map.entry("aws:cloudwatch/eventTarget:EventTarget", 1L),
                Map.entry("aws:cloudwatch/logResourcePolicy:LogResourcePolicy", 1L),
                Map.entry("aws:ecr/accountSetting:AccountSetting", 2L),
                Map.entry("aws:ecr/registryScanningConfiguration:RegistryScanningConfiguration", 1L),
                Map.entry("ecrkit:index:PullThroughCache", 1L),
                Map.entry("aws:ecr/pullThroughCacheRule:PullThroughCacheRule", 2L),
                Map.entry("ecrkit:index:Repository", 1L),
                Map.entry("aws:ecr/repository:Repository", 1L),
                Map.entry("aws:ecr/repositoryPolicy:RepositoryPolicy", 1L),
                Map.entry("aws:ecr/lifecyclePolicy:LifecyclePolicy", 1L),
                Map.entry("ecrkit:index:KmsKey", 1L),
                Map.entry("aws:kms/key:Key", 1L),
                Map.entry("aws:kms/alias:Alias", 1L)), mocks.counts());
        assertEquals("ENHANCED", mocks.one("aws:ecr/registryScanningConfiguration:RegistryScanningConfiguration")
                .inputs().get("scanType"));
        // enable_logging: the repository's events go to /aws/ecr/<name>, kept 90 days
        var logGroup = mocks.one("aws:cloudwatch/logGroup:LogGroup").inputs();
        assertEquals("/aws/ecr/enhanced-security-repo", logGroup.get("name"));
        assertEquals(90L, ((Number) logGroup.get("retentionInDays")).longValue());
        assertEquals("arn:aws:cloudwatch:us-east-1:123456789012:" + mocks.one("aws:cloudwatch/logGroup:LogGroup").name(),
                mocks.one("aws:cloudwatch/eventTarget:EventTarget").inputs().get("arn"), "the rule delivers to the log group");
        assertTrue(String.valueOf(mocks.one("aws:cloudwatch/eventRule:EventRule").inputs().get("eventPattern"))
                .contains("\"repository-name\":[\"enhanced-security-repo\"]"));
        var repo = mocks.one("aws:ecr/repository:Repository").inputs();
        assertEquals("IMMUTABLE", repo.get("imageTagMutability"));
        assertEquals("KMS", ((List<?>) repo.get("encryptionConfigurations")).stream()
                .map(c -> ((Map<?, ?>) c).get("encryptionType")).findFirst().orElseThrow());
        String policy = (String) mocks.one("aws:ecr/repositoryPolicy:RepositoryPolicy").inputs().get("policy");
        assertTrue(policy.contains("\"ecr:ResourceTag/Environment\": \"dev\""), policy);
        assertTrue(policy.contains("arn:aws:iam::123456789012:role/ECRSecurePushRole"), policy);
    }
}
