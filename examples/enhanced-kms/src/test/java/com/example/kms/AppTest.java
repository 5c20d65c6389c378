package com.example.kms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.example.support.RecordingMocks;
import com.pulumi.test.PulumiTest;
import com.pulumi.test.TestOptions;
import java.util.Map;
import java.util.TreeMap;
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
                .withOptions(TestOptions.builder().projectName("ecrkit-example-enhanced-kms").stackName("test").preview(false).build())
                .runTest(App::stack);
        assertEquals(0, result.exitCode(), String.join("\n", result.errors()));
        return mocks;
    }

    @Test
    void enhancedKms_fourRepositoriesEachWithItsOwnKeyAndAlias() {
        var mocks = run();
        assertEquals(Map.of("ecrkit:index:Repository", 4L, "aws:ecr/repository:Repository", 4L,
                "ecrkit:index:KmsKey", 4L, "aws:kms/key:Key", 4L, "aws:kms/alias:Alias", 4L), mocks.counts());
        var basic = key(mocks, "ecr-basic-enhanced-kms");
        assertEquals(14.0, basic.get("deletionWindowInDays"));
        assertEquals(90.0, basic.get("rotationPeriodInDays"));
        var advanced = key(mocks, "ecr-advanced-enhanced-kms");
        assertEquals(30.0, advanced.get("deletionWindowInDays"));
        assertEquals(180.0, advanced.get("rotationPeriodInDays"));
        assertEquals(true, advanced.get("multiRegion"));
        String advancedPolicy = (String) advanced.get("policy");
        assertTrue(advancedPolicy.contains("arn:aws:iam::123456789012:role/KMSAdminRole"), advancedPolicy);
        assertTrue(advancedPolicy.contains("arn:aws:iam::123456789012:role/CI-CD-Role"), advancedPolicy);
        @SuppressWarnings("unchecked")
        var advancedTags = (Map<String, String>) advanced.get("tags");
        assertEquals("ECR-Advanced", advancedTags.get("KeyType"));

        String custom = (String) key(mocks, "ecr-custom-policy-kms").get("policy");
        assertTrue(custom.contains("\"Sid\":\"AllowCloudTrailEncryption\""), custom);
        assertTrue(custom.contains("arn:aws:iam::111122223333:root"), custom);
        assertTrue(custom.contains("\"kms:ViaService\":\"ecr.us-east-1.amazonaws.com\""), custom);

        // the complete custom policy replaces the generated one, as given
        assertEquals(App.CUSTOM_KEY_POLICY.replace("ACCOUNT_ID", "123456789012").replace("REGION", "us-east-1"),
                key(mocks, "ecr-complete-custom-policy").get("policy"));

        var aliases = new TreeMap<String, Object>();
        mocks.ofType("aws:kms/alias:Alias").forEach(a -> aliases.put(a.name(), a.inputs().get("name")));
        assertEquals(Map.of("ecr-basic-enhanced-kms-kms-alias", "alias/ecr/basic-enhanced-kms-example",
                "ecr-advanced-enhanced-kms-kms-alias", "alias/production/ecr/advanced-example",
                "ecr-custom-policy-kms-kms-alias", "alias/ecr/custom-policy-kms-example",
                "ecr-complete-custom-policy-kms-alias", "alias/custom/complete-policy"), aliases);
    }

    private static Map<String, Object> key(RecordingMocks mocks, String component) {
        return mocks.ofType("aws:kms/key:Key").stream().filter(k -> k.name().equals(component + "-kms-key"))
                .findFirst().orElseThrow().inputs();
    }
}
