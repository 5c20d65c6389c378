package dev.ecrkit.docs;

import com.pulumi.Context;
import dev.ecrkit.Encryption;
import dev.ecrkit.KmsKey;
import dev.ecrkit.KmsKeyArgs;
import dev.ecrkit.Repository;
import dev.ecrkit.RepositoryArgs;
import dev.ecrkit.ecr.EncryptionType;
import dev.ecrkit.kms.KeySpec;
import dev.ecrkit.kms.KeyUsage;
import dev.ecrkit.kms.KmsKeySettings;
import java.util.Map;

/** The Java snippets of docs/encryption.md. */
final class EncryptionSnippets {
    private EncryptionSnippets() {
    }

    static void newKey() {
        // snippet: new-key
        new Repository("scanner", RepositoryArgs.builder()
                .name("compliance-scanner")
                .encryption(Encryption.kmsWithNewKey(EncryptionType.KMS, KmsKeySettings.builder()
                        .deletionWindowInDays(30)
                        .rotationPeriodInDays(180)
                        .keyAdministrators("arn:aws:iam::123456789012:role/platform-admin")
                        .keyUsers("arn:aws:iam::123456789012:role/ci-deploy")
                        .build()))
                .build(), null);
        // end-snippet
    }

    static void signingKey(Context ctx) {
        // snippet: signing-key
        var key = new KmsKey("signing", KmsKeyArgs.builder()
                .repositoryName("team/app")                     // names the description, default alias and Name tag
                .tags(Map.of("Team", "app"))
                .settings(KmsKeySettings.builder()
                        .keyUsage(KeyUsage.SIGN_VERIFY).keySpec(KeySpec.ECC_NIST_P256)
                        .enableKeyRotation(false).allowEcrService(false)
                        .keyUsers("arn:aws:iam::123456789012:role/signer")
                        .build())
                .build(), null);
        ctx.export("signingKeyArn", key.keyArn);
        // end-snippet
    }
}
