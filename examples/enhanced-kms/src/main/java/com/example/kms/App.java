package com.example.kms;

import com.pulumi.Context;
import com.pulumi.Pulumi;
import dev.ecrkit.Encryption;
import dev.ecrkit.Repository;
import dev.ecrkit.RepositoryArgs;
import dev.ecrkit.ecr.EncryptionType;
import dev.ecrkit.kms.KmsKeySettings;
import dev.ecrkit.policy.Effect;
import dev.ecrkit.policy.PolicyStatement;
import dev.ecrkit.policy.PrincipalType;
import dev.ecrkit.tagging.TaggingSettings;
import java.util.Map;

/**
 * terraform-aws-ecr examples/enhanced-kms: four repositories, each encrypted with a customer managed key ecrkit
 * creates ({@link Encryption#kmsWithNewKey}):
 * <ul>
 *   <li>basic: 14-day deletion window, rotation every 90 days;</li>
 *   <li>advanced: 30-day window, rotation every 180 days, multi-Region, key administrators, key users, an additional
 *   principal and the alias {@code production/ecr/advanced-example};</li>
 *   <li>custom statements: the generated policy plus a CloudTrail statement and a cross-account statement limited to
 *   use through ECR ({@code kms:ViaService});</li>
 *   <li>complete custom policy: your key policy JSON instead of the generated one, alias {@code custom/complete-policy}.</li>
 * </ul>
 * Principal ARNs are plain values ({@link KmsKeySettings} checks them before anything is created): put your account
 * id in {@link #ACCOUNT_ID}. The generated policy itself names the deploying account (getCallerIdentity).
 */
public final class App {
    /** Your AWS account id (the module example reads it from data.aws_caller_identity). */
    static final String ACCOUNT_ID = "123456789012";
    static final String REGION = "us-east-1";
    /** The module example's var.trusted_account_id. */
    static final String TRUSTED_ACCOUNT_ID = "111122223333";

    private App() {
    }

    public static void main(String[] args) {
        Pulumi.run(App::stack);
    }

    static void stack(Context ctx) {
        repository(ctx, "ecr-basic-enhanced-kms", "basic-enhanced-kms-example", KmsKeySettings.builder()
                .deletionWindowInDays(14)
                .enableKeyRotation(true)
                .rotationPeriodInDays(90)
                .multiRegion(false)
                .kmsTags(Map.of("KeyType", "ECR-Basic", "Rotation", "90-days"))
                .build(), Map.of("Environment", "development", "Project", "enhanced-kms-example", "Owner", "platform-team"));

        repository(ctx, "ecr-advanced-enhanced-kms", "advanced-enhanced-kms-example", KmsKeySettings.builder()
                .deletionWindowInDays(30)
                .enableKeyRotation(true)
                .rotationPeriodInDays(180)
                .multiRegion(true)
                .keyAdministrators("arn:aws:iam::" + ACCOUNT_ID + ":role/KMSAdminRole")
                .keyUsers("arn:aws:iam::" + ACCOUNT_ID + ":role/ECRAccessRole", "arn:aws:iam::" + ACCOUNT_ID + ":role/CI-CD-Role")
                .additionalPrincipals("arn:aws:iam::" + ACCOUNT_ID + ":root")
                .aliasName("production/ecr/advanced-example")
                .kmsTags(Map.of("KeyType", "ECR-Advanced", "Rotation", "180-days", "MultiRegion", "true",
                        "SecurityLevel", "high"))
                .build(), Map.of("Environment", "production", "Project", "advanced-kms-example", "Owner", "security-team",
                "CostCenter", "engineering", "Compliance", "SOC2"));

        repository(ctx, "ecr-custom-policy-kms", "custom-policy-kms-example", KmsKeySettings.builder()
                .enableKeyRotation(true)
                .multiRegion(false)
                .customPolicyStatements(
                        PolicyStatement.builder().sid("AllowCloudTrailEncryption").effect(Effect.ALLOW)
                                .principals(PrincipalType.SERVICE, "cloudtrail.amazonaws.com")
                                .actions("kms:Encrypt", "kms:Decrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:DescribeKey")
                                .resources("*")
                                .build(),
                        PolicyStatement.builder().sid("AllowCrossAccountAccess").effect(Effect.ALLOW)
                                .principals(PrincipalType.AWS, "arn:aws:iam::" + TRUSTED_ACCOUNT_ID + ":root")
                                .actions("kms:Encrypt", "kms:Decrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:DescribeKey")
                                .resources("*")
                                .condition("StringEquals", "kms:ViaService", "ecr." + REGION + ".amazonaws.com")
                                .build())
                .kmsTags(Map.of("KeyType", "ECR-Custom", "PolicyType", "custom-statements", "CrossAccount", "enabled"))
                .build(), Map.of("Environment", "staging", "Project", "custom-policy-example", "Owner", "devops-team"));

        repository(ctx, "ecr-complete-custom-policy", "complete-custom-policy-example", KmsKeySettings.builder()
                .customPolicy(CUSTOM_KEY_POLICY.replace("ACCOUNT_ID", ACCOUNT_ID).replace("REGION", REGION))
                .aliasName("custom/complete-policy")
                .kmsTags(Map.of("KeyType", "ECR-CompleteCustom", "PolicyType", "fully-custom", "Access", "restricted"))
                .build(), Map.of("Environment", "test", "Project", "complete-custom-policy-example", "Owner", "security-team"));
    }

    private static void repository(Context ctx, String component, String name, KmsKeySettings key, Map<String, String> tags) {
        var repo = new Repository(component, RepositoryArgs.builder()
                .name(name)
                .encryption(Encryption.kmsWithNewKey(EncryptionType.KMS, key))
                .tagging(TaggingSettings.builder().tags(tags).build())
                .build(), null);
        ctx.export(name, repo.kmsConfiguration);
    }

    /** The module example's complete key policy; ACCOUNT_ID and REGION are replaced. */
    static final String CUSTOM_KEY_POLICY = """
            {
              "Version": "2012-10-17",
              "Statement": [
                {"Sid": "EnableRootAccess", "Effect": "Allow",
                 "Principal": {"AWS": "arn:aws:iam::ACCOUNT_ID:root"}, "Action": "kms:*", "Resource": "*"},
                {"Sid": "AllowECRService", "Effect": "Allow",
                 "Principal": {"Service": "ecr.amazonaws.com"},
                 "Action": ["kms:Decrypt", "kms:GenerateDataKey", "kms:Encrypt"], "Resource": "*"},
                {"Sid": "RestrictedAccess", "Effect": "Allow",
                 "Principal": {"AWS": "arn:aws:iam::ACCOUNT_ID:role/RestrictedECRRole"},
                 "Action": ["kms:Decrypt"], "Resource": "*",
                 "Condition": {"StringEquals": {"kms:ViaService": "ecr.REGION.amazonaws.com"},
                               "DateGreaterThan": {"aws:CurrentTime": "2024-01-01T00:00:00Z"}}}
              ]
            }
            """;
}
