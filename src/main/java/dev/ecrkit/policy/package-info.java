/**
 * IAM-style policy documents without Pulumi types: typed statements ({@link dev.ecrkit.policy.PolicyStatement}) with
 * conditions merged per operator and key, deterministic JSON with no null members
 * ({@link dev.ecrkit.policy.PolicyDocument}), principal ARN rules for the aws, aws-cn and aws-us-gov partitions
 * ({@link dev.ecrkit.policy.PrincipalArns}), the KMS key policy generator ({@link dev.ecrkit.policy.KeyPolicy}) and
 * checks of policy JSON given by users ({@link dev.ecrkit.policy.PolicyDocuments}). See docs/encryption.md.
 */
package dev.ecrkit.policy;
