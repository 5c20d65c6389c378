package dev.ecrkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pulumi.core.Output;
import dev.ecrkit.ecr.EncryptionType;
import dev.ecrkit.lifecycle.LifecycleTemplate;
import dev.ecrkit.testing.MockStack;
import dev.ecrkit.testing.Template;
import org.junit.jupiter.api.Test;

/** {@code adoptExisting}: the repository and its declared policies are imported by the repository name. */
class AdoptExistingTest {
    private static final String REPO = "aws:ecr/repository:Repository";
    private static final String LIFECYCLE = "aws:ecr/lifecyclePolicy:LifecyclePolicy";
    private static final String POLICY = "aws:ecr/repositoryPolicy:RepositoryPolicy";

    private static RepositoryArgs.Builder orders() {
        return RepositoryArgs.builder().name("team/orders")
                .lifecyclePolicyTemplate(LifecycleTemplate.PRODUCTION)
                .readOnlyPrincipals("arn:aws:iam::123456789012:role/ci");
    }

    @Test
    void adopted_importsTheRepositoryAndItsPoliciesByName() {
        Template t = MockStack.builder().build().run(ctx -> new Repository("orders",
                orders().adoptExisting(true).encryption(Encryption.kms("alias/orders")).build(), null));
        t.resource(REPO, "orders").isImported("team/orders").hasInput("name", "team/orders");
        t.resource(LIFECYCLE, "orders-lifecycle").isImported("team/orders");
        t.resource(POLICY, "orders-policy").isImported("team/orders");
    }

    @Test
    void notAdopted_createsEverything() {
        Template t = MockStack.builder().build().run(ctx -> new Repository("orders", orders().build(), null));
        t.resources().forEach(r -> assertEquals("", r.importId(), r.name()));
        t.resource(REPO, "orders").isImported("");
    }

    @Test
    void adoptedWithACreatedKey_isRefused() {
        var e = assertThrows(RuntimeException.class, () -> orders().adoptExisting(true)
                .encryption(Encryption.kmsWithNewKey(EncryptionType.KMS)).build());
        assertTrue(e.getMessage().contains("adoptExisting: cannot adopt with a created KMS key"), e.getMessage());
    }

    @Test
    void adoptedWithAnOutputName_isRefused() {
        var e = assertThrows(RuntimeException.class, () -> RepositoryArgs.builder().name(Output.of("team/orders"))
                .adoptExisting(true).build());
        assertTrue(e.getMessage().contains("adoptExisting: needs the repository name as a plain value"), e.getMessage());
    }
}
