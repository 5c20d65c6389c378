package dev.ecrkit.findings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ecrkit.Encryption;
import dev.ecrkit.Repository;
import dev.ecrkit.RepositoryArgs;
import dev.ecrkit.TestEngine;
import dev.ecrkit.ecr.ImageTagMutability;
import dev.ecrkit.lifecycle.LifecycleHelpers;
import dev.ecrkit.lifecycle.LifecycleTemplate;
import dev.ecrkit.stack.PlanMocks;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** One test per check: it fires when it should, and is silent once the setting is fixed. Runs Java programs. */
class FindingsTest {
    private static final String CMK = "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab";
    private static final String KEY = "ecrkit:repositories.app.";
    private static final String OWN = PlanMocks.ACCOUNT_ID;

    /** A repository that passes every check; each test changes one setting. */
    private static RepositoryArgs.Builder secure() {
        return RepositoryArgs.builder().name("app")
                .imageTagMutability(ImageTagMutability.IMMUTABLE)
                .encryption(Encryption.kms(CMK))
                .lifecyclePolicyTemplate(LifecycleTemplate.PRODUCTION);
    }

    private static List<Finding> findings(UnaryOperator<RepositoryArgs.Builder> change) {
        var run = TestEngine.run(ctx -> new Repository("app", change.apply(secure()).build(), null));
        if (run.failure() != null) {
            throw run.failure();
        }
        return Findings.of(run.stack().resources(), OWN);
    }

    private static List<String> ids(List<Finding> findings) {
        return findings.stream().map(Finding::id).toList();
    }

    private static Finding only(List<Finding> findings, Check check) {
        assertEquals(List.of(check.id()), ids(findings), findings.toString());
        var f = findings.get(0);
        assertEquals(check.severity(), f.severity());
        assertEquals(check.controls(), f.controls());
        return f;
    }

    private static String policy(String statement) {
        return "{\"Version\":\"2012-10-17\",\"Statement\":[" + statement + "]}";
    }

    @Test
    void secureRepository_hasNoFindings() {
        assertEquals(List.of(), findings(b -> b));
    }

    @Test
    void createdSnsTopic_isUnencrypted_anExistingTopicIsSilent() {
        var created = only(findings(b -> b.monitoring(dev.ecrkit.observability.MonitoringSettings.builder()
                .topic(dev.ecrkit.observability.AlarmTopic.create("alerts")).build())), Check.SNS_TOPIC_UNENCRYPTED);
        assertEquals(KEY + "snsTopicName", created.key());
        assertTrue(created.message().startsWith("SNS topic alerts is not encrypted at rest"), created.message());
        assertEquals(List.of(), findings(b -> b.monitoring(dev.ecrkit.observability.MonitoringSettings.builder()
                .topic(dev.ecrkit.observability.AlarmTopic.existing("alerts")).build())));
    }

    @Test
    void eventLogRetention_underAYearFires_aYearOrNeverExpireIsSilent() {
        var f = only(findings(b -> b.logging(dev.ecrkit.observability.LoggingSettings.builder().retentionInDays(30)
                .build())), Check.LOG_RETENTION_UNDER_A_YEAR);
        assertEquals(KEY + "logRetentionDays", f.key());
        assertEquals(List.of(), findings(b -> b.logging(dev.ecrkit.observability.LoggingSettings.builder()
                .retentionInDays(365).build())));
        assertEquals(List.of(), findings(b -> b.logging(dev.ecrkit.observability.LoggingSettings.builder()
                .retentionInDays(0).build())));
    }

    @Test
    void mutableTags_fire_immutableIsSilent() {
        var f = only(findings(b -> b.imageTagMutability(ImageTagMutability.MUTABLE)), Check.MUTABLE_TAGS);
        assertEquals(KEY + "imageTagMutability", f.key());
        assertTrue(f.urn().endsWith("aws:ecr/repository:Repository::app"), f.urn());
        assertEquals(List.of("CKV_AWS_51", "AVD-AWS-0031", "ECR.2"), f.controls());
        only(findings(b -> b.imageTagMutability(ImageTagMutability.MUTABLE_WITH_EXCLUSION)
                .imageTagMutabilityExclusionFilters("v*")), Check.MUTABLE_TAGS);
    }

    @Test
    void immutableWithExclusions_isLow_andNamesTheFilters() {
        var f = only(findings(b -> b.imageTagMutability(ImageTagMutability.IMMUTABLE_WITH_EXCLUSION)
                .imageTagMutabilityExclusionFilters("latest", "dev-*")), Check.TAG_MUTABILITY_EXCLUSIONS);
        assertEquals(Severity.LOW, f.severity());
        assertEquals("repository app is IMMUTABLE_WITH_EXCLUSION: tags matching \"latest\", \"dev-*\" can still move,"
                + " and scanners pass only IMMUTABLE", f.message());
    }

    @Test
    void aes256OrTheAwsManagedKey_fire_customerManagedKeyIsSilent() {
        var aes = only(findings(b -> b.encryption(Encryption.aes256())), Check.NO_CUSTOMER_MANAGED_KEY);
        assertEquals(KEY + "encryptionType", aes.key());
        assertTrue(aes.message().contains("changing it replaces the repository"), aes.message());
        var alias = only(findings(b -> b.encryption(Encryption.kms("alias/aws/ecr"))), Check.NO_CUSTOMER_MANAGED_KEY);
        assertEquals(KEY + "kmsKey", alias.key());
        only(findings(b -> b.encryption(Encryption.kms("arn:aws:kms:eu-west-1:123456789012:alias/aws/ecr"))),
                Check.NO_CUSTOMER_MANAGED_KEY);
        assertEquals(List.of(), findings(b -> b.encryption(Encryption.kms("alias/ecr-dev"))));
    }

    @Test
    void scanOnPushOff_isHigh() {
        var f = only(findings(b -> b.scanOnPush(false)), Check.SCAN_ON_PUSH_OFF);
        assertEquals(Severity.HIGH, f.severity());
        assertEquals(KEY + "scanOnPush", f.key());
    }

    @Test
    void noLifecyclePolicy_fires_anyPolicySilencesIt() {
        var f = only(findings(b -> RepositoryArgs.builder().name("app").imageTagMutability(ImageTagMutability.IMMUTABLE)
                .encryption(Encryption.kms(CMK))), Check.NO_LIFECYCLE_POLICY);
        assertEquals(KEY + "lifecyclePolicyTemplate", f.key());
        assertEquals(List.of("ECR.3", "CT.ECR.PR.1"), f.controls());
        assertEquals(List.of(), findings(b -> RepositoryArgs.builder().name("app")
                .imageTagMutability(ImageTagMutability.IMMUTABLE).encryption(Encryption.kms(CMK))
                .lifecycleHelpers(LifecycleHelpers.builder().expireUntaggedAfterDays(7).build())));
    }

    @Test
    void forceDelete_onAProtectedRepository_fires_eitherAloneIsSilent() {
        var f = only(findings(b -> b.forceDelete(true).preventDestroy(true)), Check.FORCE_DELETE_PROTECTED);
        assertEquals(KEY + "forceDelete", f.key());
        assertEquals(List.of(), findings(b -> b.forceDelete(true)));
        assertEquals(List.of(), findings(b -> b.preventDestroy(true)));
    }

    @Test
    void policyWithAStarPrincipalAndNoCondition_isPublicAndHigh() {
        for (String principal : List.of("\"*\"", "{\"AWS\":\"*\"}", "{\"AWS\":[\"arn:aws:iam::" + OWN + ":root\",\"*\"]}",
                "{\"AWS\":\"arn:aws:iam::*:root\"}")) {
            var f = only(findings(b -> b.policy(policy("{\"Sid\":\"Open\",\"Effect\":\"Allow\",\"Principal\":" + principal
                    + ",\"Action\":\"ecr:BatchGetImage\"}"))), Check.PUBLIC_POLICY);
            assertEquals(Severity.HIGH, f.severity());
            assertEquals(KEY + "policy", f.key());
            assertTrue(f.urn().endsWith("aws:ecr/repositoryPolicy:RepositoryPolicy::app-policy"), f.urn());
            assertEquals("repository policy of app, statement 0 (Sid Open): allows every principal (*) and no condition"
                    + " restricts who, so any AWS account can use the repository", f.message());
        }
        // NotPrincipal with Allow lets in everyone else
        only(findings(b -> b.policy(policy("{\"Effect\":\"Allow\",\"NotPrincipal\":{\"AWS\":\"arn:aws:iam::" + OWN
                + ":root\"},\"Action\":\"ecr:*\"}"))), Check.PUBLIC_POLICY);
    }

    @Test
    void starPrincipal_withConditionsThatDoNotRestrict_isStillPublic() {
        for (String condition : List.of(
                "{\"StringEquals\":{\"aws:PrincipalOrgID\":\"o-*\"}}",
                "{\"StringEqualsIfExists\":{\"aws:PrincipalOrgID\":\"o-abc123\"}}",
                "{\"IpAddress\":{\"aws:SourceIp\":\"0.0.0.0/0\"}}",
                "{\"StringNotEquals\":{\"aws:PrincipalOrgID\":\"o-abc123\"}}",
                "{\"StringEquals\":{\"aws:RequestedRegion\":\"eu-west-1\"}}")) {
            only(findings(b -> b.policy(policy("{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"ecr:BatchGetImage\","
                    + "\"Condition\":" + condition + "}"))), Check.PUBLIC_POLICY);
        }
    }

    @Test
    void starPrincipal_restrictedByACondition_isLow_andPrincipalsOfTheAccountAreSilent() {
        var f = only(findings(b -> b.policy(policy("{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"*\"},"
                + "\"Action\":\"ecr:BatchGetImage\",\"Condition\":{\"StringEquals\":{\"aws:PrincipalOrgID\":[\"o-abc123\"]}}}"))),
                Check.WILDCARD_PRINCIPAL);
        assertEquals(List.of("AVD-AWS-0032"), f.controls());
        assertTrue(f.message().contains("restricted only by the condition aws:PrincipalOrgID"), f.message());
        assertEquals(List.of(), findings(b -> b.policy(policy("{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":"
                + "\"arn:aws:iam::" + OWN + ":role/ci\"},\"Action\":\"ecr:BatchGetImage\"}"))));
        // a Deny to everyone restricts, it never grants
        assertEquals(List.of(), findings(b -> b.policy(policy("{\"Effect\":\"Deny\",\"Principal\":\"*\",\"Action\":\"ecr:*\"}"))));
    }

    @Test
    void principalsOfOtherAccounts_eachGiveACrossAccountFinding() {
        var fs = findings(b -> b.policy(policy("{\"Sid\":\"Ci\",\"Effect\":\"Allow\",\"Principal\":{\"AWS\":[\"arn:aws:iam::"
                + "210987654321:root\",\"111122223333\",\"arn:aws:iam::" + OWN + ":root\"]},\"Action\":\"ecr:BatchGetImage\"},"
                + "{\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"lambda.amazonaws.com\"},\"Action\":\"ecr:BatchGetImage\","
                + "\"Condition\":{\"StringLike\":{\"aws:sourceArn\":\"arn:aws:lambda:eu-west-1:" + OWN + ":function:f\"}}}")));
        assertEquals(List.of(Check.CROSS_ACCOUNT.id(), Check.CROSS_ACCOUNT.id()), ids(fs));
        assertEquals("repository policy of app, statement 0 (Sid Ci): grants account 210987654321, which is not the"
                + " deploying account (123456789012 in the offline plan); each foreign account is a trust decision to review",
                fs.get(0).message());
        assertTrue(fs.get(1).message().contains("grants account 111122223333"), fs.get(1).message());
        assertEquals(KEY + "policy", fs.get(0).key());
    }

    @Test
    void pushFromAnotherAccountWithoutACondition_isCrossAccountPush_notAlsoCrossAccount() {
        for (String action : List.of("\"ecr:PutImage\"", "\"ecr:*\"", "\"*\"", "[\"ecr:BatchGetImage\",\"ecr:Initiate*\"]")) {
            var f = only(findings(b -> b.policy(policy("{\"Sid\":\"Ci\",\"Effect\":\"Allow\",\"Principal\":{\"AWS\":"
                    + "\"arn:aws:iam::210987654321:role/ci\"},\"Action\":" + action + "}"))), Check.CROSS_ACCOUNT_PUSH);
            assertEquals(Severity.MEDIUM, f.severity());
            assertEquals(KEY + "policy", f.key());
            assertTrue(f.message().startsWith("repository policy of app, statement 0 (Sid Ci): lets account 210987654321"
                    + " push images with no condition"), f.message());
        }
        // a condition, a pull-only grant or the own account: no push finding
        only(findings(b -> b.policy(policy("{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"210987654321\"},"
                + "\"Action\":\"ecr:PutImage\",\"Condition\":{\"ArnLike\":{\"aws:PrincipalArn\":\"arn:aws:iam::"
                + "210987654321:role/ci\"}}}"))), Check.CROSS_ACCOUNT);
        only(findings(b -> b.policy(policy("{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"210987654321\"},"
                + "\"Action\":\"ecr:Get*\"}"))), Check.CROSS_ACCOUNT);
        assertEquals(List.of(), findings(b -> b.policy(policy("{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"" + OWN
                + "\"},\"Action\":\"ecr:*\"}"))));
    }

    @Test
    void starPrincipal_restrictedButNotToAnOrganization_isWildcardOutsideOrg() {
        for (String condition : List.of("{\"IpAddress\":{\"aws:SourceIp\":\"203.0.113.0/24\"}}",
                "{\"StringEquals\":{\"aws:PrincipalAccount\":\"210987654321\"}}")) {
            var f = only(findings(b -> b.policy(policy("{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":"
                    + "\"ecr:BatchGetImage\",\"Condition\":" + condition + "}"))), Check.WILDCARD_OUTSIDE_ORG);
            assertEquals(Severity.MEDIUM, f.severity());
            assertTrue(f.message().contains("but not to an organization"), f.message());
        }
        // an organization path next to another key: the organization condition holds
        only(findings(b -> b.policy(policy("{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"ecr:BatchGetImage\","
                + "\"Condition\":{\"IpAddress\":{\"aws:SourceIp\":\"203.0.113.0/24\"},\"ForAnyValue:StringLike\":"
                + "{\"aws:PrincipalOrgPaths\":\"o-abc123/r-ab12/ou-ab12-11111111/\"}}}"))), Check.WILDCARD_PRINCIPAL);
    }

    @Test
    void lambdaGrantWithoutASourceCondition_isReported_andSilentWithSourceArnOrAccount() {
        var f = only(findings(b -> b.policy(policy("{\"Sid\":\"Fn\",\"Effect\":\"Allow\",\"Principal\":{\"Service\":"
                + "\"lambda.amazonaws.com\"},\"Action\":[\"ecr:BatchGetImage\",\"ecr:GetDownloadUrlForLayer\"]}"))),
                Check.LAMBDA_WITHOUT_SOURCE);
        assertEquals(Severity.MEDIUM, f.severity());
        assertEquals("repository policy of app, statement 0 (Sid Fn): grants lambda.amazonaws.com without an"
                + " aws:SourceArn or aws:SourceAccount condition, so functions of any account can pull; add the condition"
                + " Lambda's guide shows", f.message());
        // a condition on another key (or a wildcard source) does not tie it to functions
        only(findings(b -> b.policy(policy("{\"Effect\":\"Allow\",\"Principal\":{\"Service\":[\"lambda.amazonaws.com\"]},"
                + "\"Action\":\"ecr:BatchGetImage\",\"Condition\":{\"StringLike\":{\"aws:SourceArn\":\"arn:aws:lambda:*\"}}}"))),
                Check.LAMBDA_WITHOUT_SOURCE);
        // the form Lambda's guide shows: every function of one account
        for (String condition : List.of("{\"StringLike\":{\"aws:sourceArn\":\"arn:aws:lambda:eu-west-1:" + OWN
                + ":function:*\"}}", "{\"StringEquals\":{\"aws:SourceAccount\":\"" + OWN + "\"}}")) {
            assertEquals(List.of(), findings(b -> b.policy(policy("{\"Effect\":\"Allow\",\"Principal\":{\"Service\":"
                    + "\"lambda.amazonaws.com\"},\"Action\":\"ecr:BatchGetImage\",\"Condition\":" + condition + "}"))));
        }
    }

    @Test
    void shadowedLifecycleRule_ofTheCostOptimizationTemplate_namesTheTemplateKey() {
        var f = only(findings(b -> b.lifecyclePolicyTemplate(LifecycleTemplate.COST_OPTIMIZATION)), Check.SHADOWED_LIFECYCLE_RULE);
        assertEquals(KEY + "lifecyclePolicyTemplate", f.key());
        assertTrue(f.urn().endsWith("aws:ecr/lifecyclePolicy:LifecyclePolicy::app-lifecycle"), f.urn());
        assertEquals("lifecycle policy of app (template cost_optimization): rule 3 (tagPatternList [\"*\"]) never acts:"
                + " every image it selects also matches the tag selection of higher-priority rule 2 (tagPatternList"
                + " [\"*\"]), and AWS never lets a lower-priority rule expire such an image", f.message());
        var raw = only(findings(b -> b.lifecyclePolicy("{\"rules\":[{\"rulePriority\":1,\"selection\":{\"tagStatus\":"
                + "\"tagged\",\"tagPrefixList\":[\"v\"],\"countType\":\"imageCountMoreThan\",\"countNumber\":5},"
                + "\"action\":{\"type\":\"expire\"}},{\"rulePriority\":2,\"selection\":{\"tagStatus\":\"tagged\","
                + "\"tagPatternList\":[\"v1*\"],\"countType\":\"sinceImagePushed\",\"countUnit\":\"days\",\"countNumber\":9},"
                + "\"action\":{\"type\":\"expire\"}}]}")), Check.SHADOWED_LIFECYCLE_RULE);
        assertEquals(KEY + "lifecyclePolicy", raw.key());
        for (LifecycleTemplate t : List.of(LifecycleTemplate.DEVELOPMENT, LifecycleTemplate.PRODUCTION, LifecycleTemplate.COMPLIANCE)) {
            assertEquals(List.of(), findings(b -> b.lifecyclePolicyTemplate(t)), t.toString());
        }
    }

    @Test
    void findings_areOrderedHighFirst_andEveryCheckHasAStableUniqueId() {
        var fs = findings(b -> b.imageTagMutability(ImageTagMutability.MUTABLE).scanOnPush(false)
                .lifecyclePolicyTemplate(LifecycleTemplate.COST_OPTIMIZATION));
        assertEquals(List.of(Check.SCAN_ON_PUSH_OFF.id(), Check.MUTABLE_TAGS.id(), Check.SHADOWED_LIFECYCLE_RULE.id()), ids(fs));
        var all = java.util.Arrays.stream(Check.values()).map(Check::id).toList();
        assertEquals(all.size(), all.stream().distinct().count());
        assertTrue(all.stream().allMatch(id -> id.matches("ECRKIT-[A-Z0-9-]+")), all.toString());
    }

    @Test
    void repositoryOutsideAnEcrkitComponent_isJudgedToo_keyIsTheInputName() {
        var repo = new PlannedResource("urn:pulumi:dev::p::aws:ecr/repository:Repository::raw", Findings.REPOSITORY, "raw", "",
                Map.of("name", "raw"), false, List.of(), Map.of(), "");
        var fs = Findings.of(List.of(repo), OWN);
        // no mutability (AWS default MUTABLE), no encryption block (AES256), no scanning block, no lifecycle policy
        assertEquals(List.of(Check.SCAN_ON_PUSH_OFF.id(), Check.MUTABLE_TAGS.id(), Check.NO_CUSTOMER_MANAGED_KEY.id(),
                Check.NO_LIFECYCLE_POLICY.id()), ids(fs));
        assertEquals(List.of("scanOnPush", "imageTagMutability", "encryptionType", "lifecyclePolicyTemplate"),
                fs.stream().map(Finding::key).toList());
    }

    @Test
    void finding_json_hasTheContractMembersInOrder() {
        var f = new Finding("ECRKIT-REPO-MUTABLE-TAGS", Severity.MEDIUM, "urn:x", "ecrkit:repositories.a.imageTagMutability",
                List.of("CKV_AWS_51", "ECR.2"), "m");
        assertEquals("{\"id\":\"ECRKIT-REPO-MUTABLE-TAGS\",\"severity\":\"MEDIUM\",\"urn\":\"urn:x\",\"key\":"
                + "\"ecrkit:repositories.a.imageTagMutability\",\"controls\":[\"CKV_AWS_51\",\"ECR.2\"],\"message\":\"m\"}",
                dev.ecrkit.json.Json.write(f.toMap()));
    }

    @Test
    void severity_parsesCaseInsensitively_andOrdersLowMediumHigh() {
        assertEquals(Severity.MEDIUM, Severity.parse("medium").orElseThrow());
        assertTrue(Severity.parse("CRITICAL").isEmpty());
        assertTrue(Severity.HIGH.atLeast(Severity.MEDIUM));
        assertTrue(Severity.MEDIUM.atLeast(Severity.MEDIUM));
        assertFalse(Severity.LOW.atLeast(Severity.MEDIUM));
    }
}
