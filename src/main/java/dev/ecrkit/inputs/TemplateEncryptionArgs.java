package dev.ecrkit.inputs;

import com.pulumi.core.annotations.Import;

/**
 * {@code encryptionConfiguration} of a repository creation template: {@code {encryptionType, kmsKey}}. Schema type
 * {@code ecrkit:index:TemplateEncryption}.
 */
public final class TemplateEncryptionArgs {
    @Import(name = "encryptionType")
    private String encryptionType;
    @Import(name = "kmsKey")
    private String kmsKey;

    private TemplateEncryptionArgs() {
    }
}
