/**
 * PURE EventBridge event patterns for ECR and Amazon Inspector events (no Pulumi types), generated as deterministic
 * JSON and checked in the tests with AWS's own matcher against the sample events of the ECR user guide. Entry point:
 * {@link dev.ecrkit.events.EcrEventPatterns}.
 */
package dev.ecrkit.events;
