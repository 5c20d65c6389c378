package dev.ecrkit.docs;

import dev.ecrkit.Encryption;
import dev.ecrkit.Repository;
import dev.ecrkit.RepositoryArgs;
import dev.ecrkit.ecr.EncryptionType;
import dev.ecrkit.ecr.ImageTagMutability;
import dev.ecrkit.testing.Template;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The simplest test of a one-repository program with the test kit (counted in docs/testing.md). */
class LineCountKitTest {
    @Test
    void oneRepository() {
        Template template = Template.of(ctx -> new Repository("orders", RepositoryArgs.builder().name("team/orders")
                .imageTagMutability(ImageTagMutability.IMMUTABLE)
                .encryption(Encryption.kmsWithNewKey(EncryptionType.KMS)).build(), null));
        template.resourceCountIs("aws:ecr/repository:Repository", 1);
        template.hasResourceProperties("aws:ecr/repository:Repository",
                Map.of("name", "team/orders", "imageTagMutability", "IMMUTABLE"));
    }
}
