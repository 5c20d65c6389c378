package dev.ecrkit.inputs;

import com.pulumi.core.annotations.Import;

/**
 * {@code encryptionConfiguration} of a repository creation template: {@code {encryptionType, kmsKey}}. Schema type
 * {@code ecrkit:index:TemplateEncryption}.
 */
public final class TemplateEncryptionArgs {
    @Input(doc = "AES256 or KMS", moduleDefault = "AES256")
    @Import(name = "encryptionType")
    private String encryptionType;
    @Input(doc = "The KMS key ARN (KMS); left out: the AWS managed key")
    @Import(name = "kmsKey")
    private String kmsKey;

    private TemplateEncryptionArgs() {
    }
}
