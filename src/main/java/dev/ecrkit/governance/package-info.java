/**
 * PURE model of the Governance component's "pull request rules" (no Pulumi types): the rules and their validation
 * ({@link dev.ecrkit.governance.PullRequestRules}), and what each enabled rule deploys
 * ({@link dev.ecrkit.governance.GovernancePlan}): EventBridge rules with their patterns and SNS messages, the webhook
 * and quarantine functions, and the repository policy statements. See {@code docs/governance.md}.
 */
package dev.ecrkit.governance;
