/**
 * IAM-style policy documents without Pulumi types: one statement model ({@link dev.ecrkit.policy.PolicyStatement}),
 * for the statements users give and every policy ecrkit generates, with conditions merged per operator and key,
 * deterministic JSON with no null members ({@link dev.ecrkit.policy.PolicyDocument}), the generators of each
 * component's policies ({@code FunctionPolicies}, {@code GovernancePolicies}, {@code ObservabilityPolicies},
 * {@code RepositoryPolicies}), principal ARN rules for the aws, aws-cn and aws-us-gov partitions
 * ({@link dev.ecrkit.policy.PrincipalArns}), the KMS key policy generator ({@link dev.ecrkit.policy.KeyPolicy}) and
 * checks of policy JSON given by users ({@link dev.ecrkit.policy.PolicyDocuments}). See docs/encryption.md.
 */
package dev.ecrkit.policy;
