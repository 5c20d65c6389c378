package dev.ecrkit.docs;

import dev.ecrkit.Encryption;
import dev.ecrkit.Repository;
import dev.ecrkit.RepositoryArgs;
import dev.ecrkit.ecr.EncryptionType;
import dev.ecrkit.ecr.ImageTagMutability;
import dev.ecrkit.tagging.TaggingSettings;
import java.util.Map;

/** The Java snippet of docs/migration.md. */
final class MigrationSnippets {
    private MigrationSnippets() {
    }

    static void simple() {
        // snippet: simple
        new Repository("ecr", RepositoryArgs.builder()
                .name("simple-ecr-repo")
                .imageTagMutability(ImageTagMutability.IMMUTABLE)
                .encryption(Encryption.kmsWithNewKey(EncryptionType.KMS))
                .tagging(TaggingSettings.builder().tags(Map.of("Owner", "DevOps team")).build())
                .build(), null);
        // end-snippet
    }
}
