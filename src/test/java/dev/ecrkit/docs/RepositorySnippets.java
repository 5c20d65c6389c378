package dev.ecrkit.docs;

import com.pulumi.aws.cloudwatch.EventTarget;
import com.pulumi.aws.cloudwatch.EventTargetArgs;
import dev.ecrkit.Encryption;
import dev.ecrkit.Repository;
import dev.ecrkit.RepositoryArgs;
import dev.ecrkit.ecr.ImageTagMutability;
import dev.ecrkit.events.OnEventOptions;
import dev.ecrkit.events.RepositoryEvent;
import dev.ecrkit.events.RepositoryEventRule;
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

    static void events(Repository repo, String deployFunctionArn, String topicArn) {
        // snippet: events
        // pushes of release tags (v1.2.0, release-2026-01) start the deploy function
        var pushed = repo.onImagePushed("deploy", OnEventOptions.builder()
                .tagPrefixes("v")
                .tagPatterns("release-*")
                .description("Deploy release images of team/orders")
                .build());
        new EventTarget("orders-deploy-target", EventTargetArgs.builder()
                .rule(pushed.name())
                .arn(deployFunctionArn)                  // the function also needs a lambda.Permission for events.amazonaws.com
                .build());

        // every completed scan, basic or enhanced (Amazon Inspector), goes to a topic
        var scanned = repo.onImageScanCompleted("notify", null);
        new EventTarget("orders-scan-target", EventTargetArgs.builder().rule(scanned.name()).arn(topicArn).build());
        // end-snippet
    }

    static Repository eventRules(String deployFunctionArn, String topicArn) {
        // snippet: event-rules
        var repo = new Repository("orders", RepositoryArgs.builder()
                .name("team/orders")
                .eventRules(
                        // release pushes start the deploy function (ecrkit adds its lambda.Permission for the rule)
                        RepositoryEventRule.of(RepositoryEvent.IMAGE_PUSHED, "deploy", deployFunctionArn,
                                OnEventOptions.builder().tagPrefixes("v").tagPatterns("release-*").build()),
                        // every completed scan goes to a topic whose access policy lets events.amazonaws.com publish
                        RepositoryEventRule.of(RepositoryEvent.IMAGE_SCAN_COMPLETED, "notify", topicArn))
                .build(), null);
        // end-snippet
        return repo;
    }
}
