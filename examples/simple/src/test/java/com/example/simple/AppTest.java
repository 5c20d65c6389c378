package com.example.simple;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.example.support.RecordingMocks;
import com.pulumi.test.PulumiTest;
import com.pulumi.test.TestOptions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Runs the program under the Pulumi mock engine and checks what it registers. */
class AppTest {
    @AfterEach
    void cleanup() {
        PulumiTest.cleanup();
    }

    @Test
    void simple_createsAnImmutableRepositoryEncryptedWithItsOwnKey() {
        var mocks = new RecordingMocks();
        var result = PulumiTest.withMocks(mocks)
                .withOptions(TestOptions.builder().projectName("ecrkit-example-simple").stackName("test").preview(false).build())
                .runTest(App::stack);
        assertEquals(0, result.exitCode(), String.join("\n", result.errors()));

        assertEquals(Map.of("ecrkit:index:Repository", 1L, "aws:ecr/repository:Repository", 1L,
                "ecrkit:index:KmsKey", 1L, "aws:kms/key:Key", 1L, "aws:kms/alias:Alias", 1L), mocks.counts());
        var repo = mocks.one("aws:ecr/repository:Repository").inputs();
        assertEquals("simple-ecr-repo", repo.get("name"));
        assertEquals("IMMUTABLE", repo.get("imageTagMutability"));
        assertEquals(Map.of("scanOnPush", true), repo.get("imageScanningConfiguration"));
        assertEquals(false, repo.get("forceDelete"));
        // encrypted with the key the component created, not with an AWS managed key
        assertEquals(List.of(Map.of("encryptionType", "KMS",
                        "kmsKey", "arn:aws:kms:us-east-1:123456789012:" + mocks.one("aws:kms/key:Key").name())),
                repo.get("encryptionConfigurations"));
        @SuppressWarnings("unchecked")
        var tags = (Map<String, String>) repo.get("tags");
        assertEquals("DevOps team", tags.get("Owner"));
        assertEquals("true", tags.get("Terraform"));
        assertEquals("alias/ecr/simple-ecr-repo", mocks.one("aws:kms/alias:Alias").inputs().get("name"));
        assertEquals("123456789012.dkr.ecr.us-east-1.amazonaws.com/simple-ecr-repo",
                PulumiTest.extractValue(result.output("repositoryUrl", String.class)));
    }
}
