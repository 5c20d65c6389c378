package com.example.protectedrepo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.example.support.RecordingMocks;
import com.pulumi.test.PulumiTest;
import com.pulumi.test.TestOptions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
                .withOptions(TestOptions.builder().projectName("ecrkit-example-protected").stackName("test").preview(false).build())
                .runTest(App::stack);
        assertEquals(0, result.exitCode(), String.join("\n", result.errors()));
        return mocks;
    }

    @Test
    void protected_createsARepositoryWithADenyDeletePolicyForThisAccount() {
        var mocks = run();
        assertEquals(Map.of("ecrkit:index:Repository", 1L, "aws:ecr/repository:Repository", 1L,
                "aws:ecr/repositoryPolicy:RepositoryPolicy", 1L, "ecrkit:index:KmsKey", 1L, "aws:kms/key:Key", 1L,
                "aws:kms/alias:Alias", 1L), mocks.counts());
        var repo = mocks.one("aws:ecr/repository:Repository").inputs();
        assertEquals("protected-ecr-repo", repo.get("name"));
        assertEquals("IMMUTABLE", repo.get("imageTagMutability"));
        assertEquals(false, repo.get("forceDelete"));
        var policy = mocks.one("aws:ecr/repositoryPolicy:RepositoryPolicy").inputs();
        assertEquals("protected-ecr-repo", policy.get("repository"));
        String json = (String) policy.get("policy");
        assertTrue(json.contains("\"Sid\": \"DenyDelete\""), json);
        assertTrue(json.contains("arn:aws:iam::123456789012:root"), json);
        assertTrue(!json.contains("ACCOUNT_ID"), json);
    }

    @Test
    void preventDestroy_protectsTheRepositoryAndItsKey() {
        var protectedNames = Collections.synchronizedList(new ArrayList<String>());
        var result = PulumiTest.withMocks(new RecordingMocks())
                .withOptions(TestOptions.builder().projectName("ecrkit-example-protected").stackName("test").preview(false)
                        .resourceTransformations(List.of(t -> {
                            if (t.options().isProtect()) {
                                protectedNames.add(t.resource().pulumiResourceType() + " " + t.resource().pulumiResourceName());
                            }
                            return Optional.empty();
                        })).build())
                .runTest(App::stack);
        assertEquals(0, result.exitCode(), String.join("\n", result.errors()));
        assertTrue(protectedNames.contains("aws:ecr/repository:Repository ecr"), protectedNames.toString());
        assertTrue(protectedNames.contains("aws:kms/key:Key ecr-kms-key"), protectedNames.toString());
    }
}
