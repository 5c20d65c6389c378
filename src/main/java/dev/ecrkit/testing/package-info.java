/**
 * ecrkit's test kit: run a Pulumi program under ecrkit's mock engine ({@link dev.ecrkit.testing.MockStack}) and assert
 * what it registered in the style of AWS CDK's {@code Template.hasResourceProperties} ({@link dev.ecrkit.testing.Template},
 * {@link dev.ecrkit.testing.FoundResource}, {@link dev.ecrkit.testing.Match}).
 *
 * <p>A package of the main jar, not an artifact of its own: the mocks are the offline plan's
 * ({@link dev.ecrkit.stack.PlanMocks}, which the jar ships anyway), so the kit adds a few small classes and no
 * dependency, and can never be a different version than the components it tests. JUnit is not a dependency: a failed
 * assertion throws {@link java.lang.AssertionError}, which every test framework reports as a failure. See
 * docs/testing.md.
 */
package dev.ecrkit.testing;
