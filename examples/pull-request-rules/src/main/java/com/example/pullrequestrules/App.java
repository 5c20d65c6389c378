package com.example.pullrequestrules;

import com.pulumi.Context;
import com.pulumi.Pulumi;
import com.pulumi.aws.iam.Role;
import com.pulumi.aws.iam.RoleArgs;
import com.pulumi.aws.iam.RolePolicy;
import com.pulumi.aws.iam.RolePolicyArgs;
import com.pulumi.aws.kms.Key;
import com.pulumi.aws.kms.KeyArgs;
import com.pulumi.aws.sns.Topic;
import com.pulumi.aws.sns.TopicArgs;
import com.pulumi.aws.sns.TopicPolicy;
import com.pulumi.aws.sns.TopicPolicyArgs;
import dev.ecrkit.Registry;
import dev.ecrkit.RegistryArgs;
import dev.ecrkit.Repository;
import dev.ecrkit.RepositoryArgs;
import dev.ecrkit.governance.PullRequestRule;
import dev.ecrkit.governance.Severity;
import dev.ecrkit.lifecycle.LifecycleTemplate;
import dev.ecrkit.observability.AlarmTopic;
import dev.ecrkit.observability.LoggingSettings;
import dev.ecrkit.observability.MonitoringSettings;
import dev.ecrkit.registry.RegistryScanning;
import dev.ecrkit.registry.ScanType;

/**
 * terraform-aws-ecr examples/pull-request-rules: an approval rule, a security-scan rule and a CI webhook rule on one
 * repository, with enhanced scanning, the compliance lifecycle template, monitoring and logging. In ecrkit each rule
 * does what its type says (docs/governance.md): notifications on matching pushes, scan results at or above the
 * threshold with the failing tag quarantined, a webhook that posts the repository, tag and digest, and a repository
 * policy Deny for pushers not listed in allowedPrincipals.
 *
 * <p>Like the module example, the program creates its own approvals topic and {@code ECRApprovalRole} next to the
 * component, as plain resources. Unlike the module example they are wired in: the rules and the alarms notify that
 * topic, whose policy lets EventBridge publish and whose key lets EventBridge encrypt (without both, EventBridge's
 * deliveries fail: https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-use-resource-based.html#eb-sns-permissions),
 * and the approval role is one of the two principals allowed to push release tags. A rule takes plain ARNs, known
 * before deployment: they are built from the account and Region this program deploys to.
 */
public final class App {
    static final String ACCOUNT = "123456789012";
    static final String REGION = "us-east-1";
    static final String TOPIC_NAME = "ecr-approvals";
    static final String TOPIC = "arn:aws:sns:" + REGION + ":" + ACCOUNT + ":" + TOPIC_NAME;
    static final String APPROVAL_ROLE_NAME = "ECRApprovalRole";
    static final String APPROVAL_ROLE = "arn:aws:iam::" + ACCOUNT + ":role/" + APPROVAL_ROLE_NAME;
    static final String CI_ROLE = "arn:aws:iam::" + ACCOUNT + ":role/ci-pipeline";
    /** ECR actions that push an image or move a tag. */
    static final String PUSH_ACTIONS = "[\"ecr:PutImage\",\"ecr:InitiateLayerUpload\",\"ecr:UploadLayerPart\","
            + "\"ecr:CompleteLayerUpload\",\"ecr:BatchCheckLayerAvailability\"]";

    private App() {
    }

    public static void main(String[] args) {
        Pulumi.run(App::stack);
    }

    /** The program (the test runs it under the Pulumi mock engine). */
    static void stack(Context ctx) {
        approvalsTopic();
        var repo = new Repository("ecr-governed", RepositoryArgs.builder()
                .name("governed-app")
                .scanOnPush(true)
                .lifecyclePolicyTemplate(LifecycleTemplate.COMPLIANCE)
                .logging(LoggingSettings.builder().retentionInDays(90).build())
                .monitoring(MonitoringSettings.builder().topic(AlarmTopic.existing(TOPIC)).build())
                .pullRequestRules(
                        PullRequestRule.approval("production-approval")
                                .tagPatterns("prod-*", "release-*")
                                .allowedPrincipals(CI_ROLE, APPROVAL_ROLE) // everyone else is denied push and tag actions
                                .requireApprovalCount(2)                  // informational: travels in the notification
                                .notificationTopicArn(TOPIC)
                                .build(),
                        PullRequestRule.securityScan("security-gate")
                                .severityThreshold(Severity.HIGH)
                                .blockOnFailure(true)                     // quarantines the failing tag
                                .notificationTopicArn(TOPIC)
                                .build(),
                        PullRequestRule.ciIntegration("ci-webhook")
                                .webhookUrl("https://ci.example.com/hooks/ecr")
                                .build())
                .build(), null);
        new Registry("registry", RegistryArgs.builder()
                .scanning(RegistryScanning.fromModule(ScanType.ENHANCED, false, RegistryScanning.MODULE_DEFAULT_FILTERS))
                .build(), null);

        // the role release managers assume to push a release tag: trusted by the account's MFA-authenticated principals
        var approvalRole = new Role("ecr-approval-role", RoleArgs.builder()
                .name(APPROVAL_ROLE_NAME)
                .assumeRolePolicy("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
                        + "\"Principal\":{\"AWS\":\"arn:aws:iam::" + ACCOUNT + ":root\"},\"Action\":\"sts:AssumeRole\","
                        + "\"Condition\":{\"Bool\":{\"aws:MultiFactorAuthPresent\":\"true\"}}}]}")
                .build());
        new RolePolicy("ecr-approval-role-push", RolePolicyArgs.builder()
                .role(approvalRole.name())
                .policy(repo.repositoryArn.applyValue(arn -> "{\"Version\":\"2012-10-17\",\"Statement\":["
                        + "{\"Effect\":\"Allow\",\"Action\":" + PUSH_ACTIONS + ",\"Resource\":\"" + arn + "\"},"
                        + "{\"Effect\":\"Allow\",\"Action\":\"ecr:GetAuthorizationToken\",\"Resource\":\"*\"}]}"))
                .build());

        ctx.export("repositoryUrl", repo.repositoryUrl);
        ctx.export("pullRequestRules", repo.pullRequestRules);
        ctx.export("approvalRoleArn", approvalRole.arn());
    }

    /**
     * The approvals topic, encrypted with a key EventBridge and CloudWatch alarms may use, and a policy that lets
     * EventBridge and CloudWatch alarms of this account publish to it.
     */
    static Topic approvalsTopic() {
        var key = new Key("ecr-approvals-key", KeyArgs.builder()
                .description("Encrypts the " + TOPIC_NAME + " topic")
                .enableKeyRotation(true)
                .deletionWindowInDays(30)
                .policy("{\"Version\":\"2012-10-17\",\"Statement\":["
                        + "{\"Sid\":\"AccountAdministers\",\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::"
                        + ACCOUNT + ":root\"},\"Action\":\"kms:*\",\"Resource\":\"*\"},"
                        + "{\"Sid\":\"PublishersEncrypt\",\"Effect\":\"Allow\",\"Principal\":{\"Service\":"
                        + "[\"events.amazonaws.com\",\"cloudwatch.amazonaws.com\"]},"
                        + "\"Action\":[\"kms:Decrypt\",\"kms:GenerateDataKey*\"],\"Resource\":\"*\"}]}")
                .build());
        var topic = new Topic(TOPIC_NAME, TopicArgs.builder()
                .name(TOPIC_NAME)
                .kmsMasterKeyId(key.arn())
                .build());
        new TopicPolicy("ecr-approvals-policy", TopicPolicyArgs.builder()
                .arn(topic.arn())
                .policy(topic.arn().applyValue(arn -> "{\"Version\":\"2012-10-17\",\"Statement\":["
                        + "{\"Sid\":\"EventBridgePublishes\",\"Effect\":\"Allow\",\"Principal\":{\"Service\":"
                        + "\"events.amazonaws.com\"},\"Action\":\"sns:Publish\",\"Resource\":\"" + arn + "\"},"
                        + "{\"Sid\":\"AlarmsOfThisAccountPublish\",\"Effect\":\"Allow\",\"Principal\":{\"Service\":"
                        + "\"cloudwatch.amazonaws.com\"},\"Action\":\"sns:Publish\",\"Resource\":\"" + arn + "\","
                        + "\"Condition\":{\"StringEquals\":{\"aws:SourceAccount\":\"" + ACCOUNT + "\"}}}]}"))
                .build());
        return topic;
    }
}
