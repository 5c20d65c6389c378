package dev.ecrkit.docs;

import com.pulumi.Context;
import dev.ecrkit.Encryption;
import dev.ecrkit.Registry;
import dev.ecrkit.RegistryArgs;
import dev.ecrkit.Repository;
import dev.ecrkit.RepositoryArgs;
import dev.ecrkit.ecr.ImageTagMutability;
import dev.ecrkit.lifecycle.LifecycleTemplate;
import dev.ecrkit.observability.AlarmTopic;
import dev.ecrkit.observability.LoggingSettings;
import dev.ecrkit.observability.MonitoringSettings;
import dev.ecrkit.registry.PullThroughCacheRule;
import dev.ecrkit.registry.RegistryScanning;
import dev.ecrkit.registry.Replication;
import dev.ecrkit.registry.ScanFrequency;
import dev.ecrkit.registry.ScanType;
import dev.ecrkit.registry.UpstreamRegistry;
import dev.ecrkit.tagging.TaggingSettings;
import java.util.List;
import java.util.Map;

/** The Java snippets of README.md (included by {@link Snippets}; run by {@link SnippetsTest}). */
final class ReadmeSnippets {
    private ReadmeSnippets() {
    }

    static void repository(Context ctx) {
        // snippet: repository
        var repo = new Repository("orders", RepositoryArgs.builder()
                .name("team/orders")
                .imageTagMutability(ImageTagMutability.IMMUTABLE)
                .encryption(Encryption.kms("alias/ecr"))
                .lifecyclePolicyTemplate(LifecycleTemplate.PRODUCTION)
                .tagging(TaggingSettings.builder().defaultTagsEnvironment("prod").tags(Map.of("Team", "orders")).build())
                .logging(LoggingSettings.builder().retentionInDays(365).build())
                .monitoring(MonitoringSettings.builder().topic(AlarmTopic.create()).subscribers(List.of("ops@example.com")).build())
                .build(), null);
        ctx.export("url", repo.repositoryUrl);
        // end-snippet
    }

    static void registry(Context ctx) {
        // snippet: registry
        new Registry("registry", RegistryArgs.builder()
                .replication(Replication.sameAccountRegions(List.of("us-west-2")))
                .scanning(RegistryScanning.builder().scanType(ScanType.ENHANCED).rule(ScanFrequency.SCAN_ON_PUSH, "*").build())
                .pullThroughCacheRules(PullThroughCacheRule.builder("ecr-public", UpstreamRegistry.ECR_PUBLIC).build())
                .build(), null);
        // end-snippet
    }
}
