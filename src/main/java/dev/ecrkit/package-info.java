/** ecrkit: Pulumi components for Amazon ECR. */
package dev.ecrkit;
