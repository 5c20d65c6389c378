package dev.ecrkit.docs;

import dev.ecrkit.lifecycle.LifecyclePolicy;
import dev.ecrkit.lifecycle.LifecyclePolicyValidator;
import dev.ecrkit.lifecycle.LifecycleRule;

/** The Java snippet of docs/lifecycle.md. */
final class LifecycleSnippets {
    private LifecycleSnippets() {
    }

    static String builder() {
        // snippet: builder
        var policy = LifecyclePolicy.of(
                LifecycleRule.expireUntaggedAfterDays(1, 14),
                LifecycleRule.builder().priority(10).description("Keep 20 release images")
                        .tagged().prefixes("release").imageCountMoreThan(20).build(),
                LifecycleRule.builder().priority(20).patterns("feature-*")
                        .sinceImagePulled(90).transitionToArchive().build(),
                LifecycleRule.builder().priority(30).description("Delete images archived for a year")
                        .any().sinceImageTransitioned(365).expire().build());

        var problems = LifecyclePolicyValidator.validate(policy);   // [] — same checks as raw JSON
        String text = policy.toJson();                              // rules sorted by priority
        // end-snippet
        if (!problems.isEmpty()) {
            throw new AssertionError(problems);
        }
        return text;
    }
}
