package dev.ecrkit.docs;

import dev.ecrkit.Encryption;
import dev.ecrkit.Repository;
import dev.ecrkit.RepositoryArgs;
import dev.ecrkit.ecr.ImageTagMutability;
import dev.ecrkit.lifecycle.LifecycleTemplate;
import dev.ecrkit.tagging.TaggingSettings;

/** The Java snippet of docs/repository.md. */
final class RepositorySnippets {
    private RepositorySnippets() {
    }

    static Repository repository(String policyJson) {
        // snippet: repository
        var repo = new Repository("orders", RepositoryArgs.builder()
                .name("team/orders")
                .imageTagMutability(ImageTagMutability.IMMUTABLE_WITH_EXCLUSION)
                .imageTagMutabilityExclusionFilters("latest", "dev-*")
                .encryption(Encryption.kms("arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"))
                .preventDestroy(true)
                .deleteTimeout("30m")
                .policy(policyJson)
                .lifecyclePolicyTemplate(LifecycleTemplate.PRODUCTION)
                .tagging(TaggingSettings.builder().defaultTagsEnvironment("prod").build())
                .build(), null);
        // end-snippet
        return repo;
    }
}
