/**
 * ECR lifecycle policies without Pulumi types: typed rules and policies ({@link dev.ecrkit.lifecycle.LifecycleRule},
 * {@link dev.ecrkit.lifecycle.LifecyclePolicy}), the Terraform-module style helpers and templates
 * ({@link dev.ecrkit.lifecycle.LifecycleHelpers}, {@link dev.ecrkit.lifecycle.LifecycleTemplate}) and one validator
 * for raw and generated policy text ({@link dev.ecrkit.lifecycle.LifecyclePolicyValidator}). See docs/lifecycle.md.
 */
package dev.ecrkit.lifecycle;
