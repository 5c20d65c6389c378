/**
 * Security findings of a planned stack ({@link dev.ecrkit.findings.Findings}), judged on the planned resources' inputs:
 * one {@link dev.ecrkit.findings.Check} per "report" control that applies to the resources ecrkit creates. Pure: no
 * Pulumi types. See docs/plan.md, "Security findings".
 */
package dev.ecrkit.findings;
