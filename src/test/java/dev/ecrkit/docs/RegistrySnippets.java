package dev.ecrkit.docs;

import com.pulumi.Context;
import dev.ecrkit.Registry;
import dev.ecrkit.RegistryArgs;
import dev.ecrkit.ecr.ImageTagMutability;
import dev.ecrkit.registry.AccountSettings;
import dev.ecrkit.registry.AppliedFor;
import dev.ecrkit.registry.InspectorActivation;
import dev.ecrkit.registry.InspectorScanType;
import dev.ecrkit.registry.PullThroughCacheRule;
import dev.ecrkit.registry.RegistryScanning;
import dev.ecrkit.registry.Replication;
import dev.ecrkit.registry.ReplicationDestination;
import dev.ecrkit.registry.ReplicationRule;
import dev.ecrkit.registry.RepositoryCreationTemplate;
import dev.ecrkit.registry.ScanFrequency;
import dev.ecrkit.registry.ScanType;
import dev.ecrkit.registry.UpstreamRegistry;

/** The Java snippet of docs/registry.md. */
final class RegistrySnippets {
    private RegistrySnippets() {
    }

    static void registry(Context ctx, String policyJson) {
        // snippet: registry
        var registry = new Registry("registry", RegistryArgs.builder()
                .replication(Replication.of(
                        ReplicationRule.of(ReplicationDestination.sameAccount("us-west-2"),
                                ReplicationDestination.toRegistry("eu-west-1", "210987654321"))
                                .withRepositoryFilters("prod/")))
                .scanning(RegistryScanning.builder().scanType(ScanType.ENHANCED)
                        .rule(ScanFrequency.CONTINUOUS_SCAN, "prod-*")
                        .rule(ScanFrequency.SCAN_ON_PUSH, "*")
                        .build())
                .accountSettings(AccountSettings.builder()
                        .blobMounting(AccountSettings.BlobMounting.ENABLED).build())
                .registryPolicy(policyJson)                       // String or Output<String>
                .replicationSourceAccounts("111122223333")        // accounts that replicate into this registry
                .repositoryCreationTemplates(RepositoryCreationTemplate.builder("docker-hub")
                        .appliedFor(AppliedFor.PULL_THROUGH_CACHE)
                        .imageTagMutability(ImageTagMutability.MUTABLE_WITH_EXCLUSION)
                        .imageTagMutabilityExclusionFilters("release-*")
                        .build())
                .pullThroughCacheRules(
                        PullThroughCacheRule.builder("docker-hub", UpstreamRegistry.DOCKER_HUB)
                                .credentialArn("arn:aws:secretsmanager:us-east-1:123456789012:secret:ecr-pullthroughcache/docker-hub")
                                .build(),
                        PullThroughCacheRule.builder("shared", UpstreamRegistry.ECR)
                                .upstreamEcr("210987654321", "us-west-2").createRole().build())
                .build(), null);
        ctx.export("replicationRegions", registry.replicationRegions);
        // end-snippet
    }

    static void inspector(Context ctx) {
        // snippet: inspector
        new Registry("registry", RegistryArgs.builder()
                .inspector(InspectorActivation.ecr()                    // Amazon Inspector's ECR scanning, this account
                        .alsoActivating(InspectorScanType.EC2))         // scan types the account keeps beside ECR;
                                                                        // destroy leaves Inspector on (retainOnDelete)
                .scanning(RegistryScanning.builder()                    // ENHANCED (default), written after activation
                        .rule(ScanFrequency.CONTINUOUS_SCAN, "prod-*")
                        .rule(ScanFrequency.SCAN_ON_PUSH, "*")
                        .build())
                .build(), null);
        // end-snippet
    }
}
