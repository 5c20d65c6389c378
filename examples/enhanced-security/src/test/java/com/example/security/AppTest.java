package com.example.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ecrkit.testing.MockStack;
import dev.ecrkit.testing.Template;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Runs the program under ecrkit's test kit (docs/testing.md) and checks what it registers. */
class AppTest {
    @Test
    void enhancedSecurity_createsTheRepositoryAndTheRegistrySecuritySettings() {
        Template t = MockStack.builder().project("ecrkit-example-enhanced-security").build().run(App::stack);
        assertEquals(Map.ofEntries(
                Map.entry("ecrkit:index:Registry", 1),
                Map.entry("ecrkit:index:Logging", 1), Map.entry("aws:cloudwatch/logGroup:LogGroup", 1),
                Map.entry("aws:cloudwatch/eventRule:EventRule", 1), Map.entry("aws:cloudwatch/eventTarget:EventTarget", 1),
                Map.entry("aws:cloudwatch/logResourcePolicy:LogResourcePolicy", 1),
                Map.entry("aws:ecr/accountSetting:AccountSetting", 2),
                Map.entry("aws:ecr/registryScanningConfiguration:RegistryScanningConfiguration", 1),
                Map.entry("ecrkit:index:PullThroughCache", 1),
                Map.entry("aws:ecr/pullThroughCacheRule:PullThroughCacheRule", 2),
                Map.entry("ecrkit:index:Repository", 1),
                Map.entry("aws:ecr/repository:Repository", 1),
                Map.entry("aws:ecr/repositoryPolicy:RepositoryPolicy", 1),
                Map.entry("aws:ecr/lifecyclePolicy:LifecyclePolicy", 1),
                Map.entry("ecrkit:index:KmsKey", 1),
                Map.entry("aws:kms/key:Key", 1),
                Map.entry("aws:kms/alias:Alias", 1)), t.counts());
        t.resource("aws:ecr/registryScanningConfiguration:RegistryScanningConfiguration").hasInput("scanType", "ENHANCED");
        // enable_logging: the repository's events go to /aws/ecr/<name>, kept 90 days
        t.resource("aws:cloudwatch/logGroup:LogGroup").hasInputs(Map.of("name", "/aws/ecr/enhanced-security-repo",
                "retentionInDays", 90));
        // the rule delivers to the log group
        t.resource("aws:cloudwatch/eventTarget:EventTarget")
                .hasInput("arn", "arn:aws:logs:us-east-1:123456789012:log-group:/aws/ecr/enhanced-security-repo");
        assertTrue(String.valueOf(t.resource("aws:cloudwatch/eventRule:EventRule").input("eventPattern"))
                .contains("\"repository-name\":[\"enhanced-security-repo\"]"));
        t.resource("aws:ecr/repository:Repository").hasInputs(Map.of("imageTagMutability", "IMMUTABLE",
                "encryptionConfigurations", List.of(Map.of("encryptionType", "KMS"))));
        String policy = (String) t.resource("aws:ecr/repositoryPolicy:RepositoryPolicy").input("policy");
        assertTrue(policy.contains("\"ecr:ResourceTag/Environment\": \"dev\""), policy);
        assertTrue(policy.contains("arn:aws:iam::123456789012:role/ECRSecurePushRole"), policy);
    }
}
