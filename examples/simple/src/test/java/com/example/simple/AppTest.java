package com.example.simple;

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
    void simple_createsAnImmutableRepositoryEncryptedWithItsOwnKey() {
        Template t = MockStack.builder().project("ecrkit-example-simple").build().run(App::stack);

        assertEquals(Map.of("ecrkit:index:Repository", 1, "aws:ecr/repository:Repository", 1,
                "ecrkit:index:KmsKey", 1, "aws:kms/key:Key", 1, "aws:kms/alias:Alias", 1), t.counts());
        String keyArn = (String) t.output("kmsKeyArn");
        t.resource("aws:ecr/repository:Repository").hasInputs(Map.of(
                "name", "simple-ecr-repo",
                "imageTagMutability", "IMMUTABLE",
                "imageScanningConfiguration", Map.of("scanOnPush", true),
                "forceDelete", false,
                // encrypted with the key the component created, not with an AWS managed key
                "encryptionConfigurations", List.of(Map.of("encryptionType", "KMS", "kmsKey", keyArn)),
                "tags", Map.of("Owner", "DevOps team", "Terraform", "true")));
        assertTrue(keyArn.startsWith("arn:aws:kms:us-east-1:123456789012:key/"), keyArn);
        t.resource("aws:kms/alias:Alias").hasInput("name", "alias/ecr/simple-ecr-repo");
        assertEquals("123456789012.dkr.ecr.us-east-1.amazonaws.com/simple-ecr-repo", t.output("repositoryUrl"));
    }
}
