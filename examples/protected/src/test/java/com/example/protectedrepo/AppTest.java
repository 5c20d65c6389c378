package com.example.protectedrepo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ecrkit.testing.Match;
import dev.ecrkit.testing.MockStack;
import dev.ecrkit.testing.Template;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Runs the program under ecrkit's test kit (docs/testing.md) and checks what it registers. */
class AppTest {
    static Template t;

    @BeforeAll
    static void run() {
        t = MockStack.builder().project("ecrkit-example-protected").build().run(App::stack);
    }

    @Test
    void protected_createsARepositoryWithADenyDeletePolicyForThisAccount() {
        assertEquals(Map.of("ecrkit:index:Repository", 1, "aws:ecr/repository:Repository", 1,
                "aws:ecr/repositoryPolicy:RepositoryPolicy", 1, "ecrkit:index:KmsKey", 1, "aws:kms/key:Key", 1,
                "aws:kms/alias:Alias", 1), t.counts());
        t.resource("aws:ecr/repository:Repository").hasInputs(Map.of("name", "protected-ecr-repo",
                "imageTagMutability", "IMMUTABLE", "forceDelete", false));
        var policy = t.resource("aws:ecr/repositoryPolicy:RepositoryPolicy").hasInputs(Map.of(
                "repository", "protected-ecr-repo",
                "policy", Map.of("Statement", Match.arrayWith(Map.of("Sid", "DenyDelete", "Effect", "Deny")))));
        String json = (String) policy.input("policy");
        assertTrue(json.contains("arn:aws:iam::123456789012:root"), json);
        assertTrue(!json.contains("ACCOUNT_ID"), json);
    }

    @Test
    void preventDestroy_protectsTheRepositoryAndItsKey() {
        t.resource("aws:ecr/repository:Repository", "ecr").isProtected(true);
        t.resource("aws:kms/key:Key", "ecr-kms-key").isProtected(true);
    }
}
