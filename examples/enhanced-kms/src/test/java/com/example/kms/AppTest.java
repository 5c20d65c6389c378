package com.example.kms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ecrkit.testing.FoundResource;
import dev.ecrkit.testing.MockStack;
import dev.ecrkit.testing.Template;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Runs the program under ecrkit's test kit (docs/testing.md) and checks what it registers. */
class AppTest {
    @Test
    void enhancedKms_fourRepositoriesEachWithItsOwnKeyAndAlias() {
        Template t = MockStack.builder().project("ecrkit-example-enhanced-kms").build().run(App::stack);
        assertEquals(Map.of("ecrkit:index:Repository", 4, "aws:ecr/repository:Repository", 4,
                "ecrkit:index:KmsKey", 4, "aws:kms/key:Key", 4, "aws:kms/alias:Alias", 4), t.counts());
        key(t, "ecr-basic-enhanced-kms").hasInputs(Map.of("deletionWindowInDays", 14, "rotationPeriodInDays", 90));
        var advanced = key(t, "ecr-advanced-enhanced-kms").hasInputs(Map.of("deletionWindowInDays", 30,
                "rotationPeriodInDays", 180, "multiRegion", true, "tags", Map.of("KeyType", "ECR-Advanced")));
        assertContains((String) advanced.input("policy"), "arn:aws:iam::123456789012:role/KMSAdminRole");
        assertContains((String) advanced.input("policy"), "arn:aws:iam::123456789012:role/CI-CD-Role");

        String custom = (String) key(t, "ecr-custom-policy-kms").input("policy");
        assertContains(custom, "\"Sid\":\"AllowCloudTrailEncryption\"");
        assertContains(custom, "arn:aws:iam::111122223333:root");
        assertContains(custom, "\"kms:ViaService\":\"ecr.us-east-1.amazonaws.com\"");

        // the complete custom policy replaces the generated one, as given
        key(t, "ecr-complete-custom-policy").hasInput("policy",
                App.CUSTOM_KEY_POLICY.replace("ACCOUNT_ID", "123456789012").replace("REGION", "us-east-1"));
        assertEquals(App.CUSTOM_KEY_POLICY.replace("ACCOUNT_ID", "123456789012").replace("REGION", "us-east-1"),
                key(t, "ecr-complete-custom-policy").input("policy"));

        var aliases = new TreeMap<String, Object>();
        t.resources("aws:kms/alias:Alias").forEach(a -> aliases.put(a.name(), a.inputs().get("name")));
        assertEquals(Map.of("ecr-basic-enhanced-kms-kms-alias", "alias/ecr/basic-enhanced-kms-example",
                "ecr-advanced-enhanced-kms-kms-alias", "alias/production/ecr/advanced-example",
                "ecr-custom-policy-kms-kms-alias", "alias/ecr/custom-policy-kms-example",
                "ecr-complete-custom-policy-kms-alias", "alias/custom/complete-policy"), aliases);
    }

    private static FoundResource key(Template t, String component) {
        return t.resource("aws:kms/key:Key", component + "-kms-key").hasParent("ecrkit:index:KmsKey", component + "-kms");
    }

    private static void assertContains(String text, String part) {
        if (!text.contains(part)) {
            throw new AssertionError("expected " + part + " in " + text);
        }
    }
}
