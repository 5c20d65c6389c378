/**
 * Customer managed KMS keys without Pulumi types: every setting of a key ecrkit creates
 * ({@link dev.ecrkit.kms.KmsKeySettings}), its key usage and spec ({@link dev.ecrkit.kms.KeyUsage},
 * {@link dev.ecrkit.kms.KeySpec}), the AWS rules they must follow, and the module's configuration summary. The
 * {@code KmsKey} component only wires these values into resources. See docs/encryption.md.
 */
package dev.ecrkit.kms;
