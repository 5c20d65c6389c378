/**
 * ECR lifecycle policies without Pulumi types: typed rules and policies ({@link dev.ecrkit.lifecycle.LifecycleRule},
 * {@link dev.ecrkit.lifecycle.LifecyclePolicy}), the Terraform-module style helpers and templates
 * ({@link dev.ecrkit.lifecycle.LifecycleHelpers}, {@link dev.ecrkit.lifecycle.LifecycleTemplate}) and one validator
 * for raw and generated policy text ({@link dev.ecrkit.lifecycle.LifecyclePolicyValidator}), and an offline simulator
 * that applies a policy to an image inventory as ECR does ({@link dev.ecrkit.lifecycle.LifecycleSimulator},
 * {@link dev.ecrkit.lifecycle.ShadowedRules}). See docs/lifecycle.md and docs/simulate.md.
 */
package dev.ecrkit.lifecycle;
