/**
 * Registry-level ECR settings without Pulumi types: replication ({@link dev.ecrkit.registry.Replication}), the
 * registry scanning configuration ({@link dev.ecrkit.registry.RegistryScanning}), account settings
 * ({@link dev.ecrkit.registry.AccountSettings}), repository creation templates
 * ({@link dev.ecrkit.registry.RepositoryCreationTemplate}) and pull-through cache rules
 * ({@link dev.ecrkit.registry.PullThroughCacheRule}), each with the AWS rules it must follow
 * ({@link dev.ecrkit.registry.RegistryRules}). See docs/registry.md.
 */
package dev.ecrkit.registry;
