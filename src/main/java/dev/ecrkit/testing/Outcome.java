package dev.ecrkit.testing;

/** How a program ran under {@link MockStack}: a {@link Template} of what it registered, or a {@link Failure}. */
public sealed interface Outcome permits Template, Failure {
}
