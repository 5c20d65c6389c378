package dev.ecrkit.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ecrkit.ecr.EncryptionType;
import dev.ecrkit.ecr.ImageTagMutability;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The module's nine template validations (terraform-module-behaviour.md section 1.6) and the AWS limits. */
class RepositoryCreationTemplateTest {
    private static final String ROLE = "arn:aws:iam::123456789012:role/ecr-templates";
    private static final String KEY = "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab";

    private static RepositoryCreationTemplate.Builder template(String prefix) {
        return RepositoryCreationTemplate.builder(prefix).appliedFor(AppliedFor.CREATE_ON_PUSH);
    }

    private static List<String> fields(RepositoryCreationTemplate t) {
        return ProblemLines.fields(t::validate);
    }

    private static List<String> fields(UnaryOperator<RepositoryCreationTemplate.Builder> settings) {
        return fields(settings.apply(template("team")).build());
    }

    @Test
    void completeTemplate_isValid() {
        var t = template("team/app").appliedFor(AppliedFor.PULL_THROUGH_CACHE, AppliedFor.REPLICATION)
                .description("d".repeat(255))
                .imageTagMutability(ImageTagMutability.IMMUTABLE_WITH_EXCLUSION)
                .imageTagMutabilityExclusionFilters("latest", "dev-*")
                .encryption(TemplateEncryption.kms(KEY))
                .lifecyclePolicy("{\"rules\":[{\"rulePriority\":1,\"selection\":{\"tagStatus\":\"untagged\",\"countType\":"
                        + "\"sinceImagePushed\",\"countUnit\":\"days\",\"countNumber\":7},\"action\":{\"type\":\"expire\"}}]}")
                .repositoryPolicy("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":\"*\","
                        + "\"Action\":\"ecr:BatchGetImage\"}]}")
                .resourceTags(Map.of("Team", "platform"))
                .customRoleArn(ROLE)
                .build();
        assertEquals(List.of(), fields(t));
    }

    @Test
    void validation1_prefixesAreUnique() {
        var p = new dev.ecrkit.validation.Problems();
        RepositoryCreationTemplate.validateAll(p, List.of(template("team").build(), template("other").build(),
                template("team").description("again").build()));
        assertEquals(List.of("[2].prefix: is already the prefix of template [0]: one template per prefix, got \"team\""),
                p.list().stream().map(Object::toString).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ROOT", "ab", "team", "team/app", "a/b/c", "a__b", "a--b", "team/", "a.b_c-d", "a/"})
    void validation2_prefixIsRootOrARepositoryNamePrefix(String prefix) {
        assertEquals(List.of(), fields(template(prefix).build()));
    }

    @Test
    void providerSkew_oneCharacterPrefixAnd256CharacterDescription_AwsAcceptsButTheProviderDoesNot() {
        assertEquals(List.of("prefix: must be at least 2 characters: AWS itself accepts it (API_CreateRepositoryCreationTemplate), but the AWS provider does not"
                + " yet (terraform-provider-aws repository_creation_template.go validates prefix with StringLenBetween(2,"
                + " 256)), got \"a\""), ProblemLines.of(template("a").build()::validate));
        assertEquals(List.of("description: at most 255 characters: AWS itself accepts it (API_CreateRepositoryCreationTemplate), but the AWS provider does not"
                + " yet (terraform-provider-aws repository_creation_template.go validates description with"
                + " StringLenBetween(0, 255)), got 256"),
                ProblemLines.of(template("team").description("d".repeat(256)).build()::validate));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "A", "a-", "a//b", "/a", "Root", "a b"})
    void validation2_badPrefix_isNamed(String prefix) {
        assertEquals(List.of("prefix"), fields(template(prefix).build()));
    }

    @Test
    void validation2_prefixOf257Characters_isTooLong() {
        assertEquals(List.of(), fields(template("a".repeat(256)).build()));
        assertEquals(List.of("prefix"), fields(template("a".repeat(257)).build()));
    }

    @Test
    void validation3_appliedForIsNotEmptyAndHasNoRepeats() {
        assertEquals(List.of("appliedFor"), fields(RepositoryCreationTemplate.builder("team").build()));
        assertEquals(List.of("appliedFor[1]"), fields(b -> b.appliedFor(AppliedFor.REPLICATION, AppliedFor.REPLICATION)));
    }

    @Test
    void validations4to7_mutabilityAndExclusionFiltersFollowTheRepositoryRules() {
        assertEquals(List.of("imageTagMutabilityExclusionFilters"), fields(b -> b
                .imageTagMutability(ImageTagMutability.IMMUTABLE).imageTagMutabilityExclusionFilters("latest")));
        assertEquals(List.of("imageTagMutabilityExclusionFilters"), fields(b -> b
                .imageTagMutability(ImageTagMutability.MUTABLE_WITH_EXCLUSION)));
        assertEquals(List.of("imageTagMutabilityExclusionFilters[0].filter"), fields(b -> b
                .imageTagMutability(ImageTagMutability.MUTABLE_WITH_EXCLUSION).imageTagMutabilityExclusionFilters("a*b*c*")));
        assertEquals(List.of("imageTagMutabilityExclusionFilters[0].filter"), fields(b -> b
                .imageTagMutability(ImageTagMutability.MUTABLE_WITH_EXCLUSION).imageTagMutabilityExclusionFilters("release/1")));
        assertEquals(List.of("imageTagMutabilityExclusionFilters"), fields(b -> b
                .imageTagMutability(ImageTagMutability.MUTABLE_WITH_EXCLUSION)
                .imageTagMutabilityExclusionFilters("a", "b", "c", "d", "e", "f")));
    }

    @Test
    void validation8_encryptionIsAes256OrKms_withAFullKeyArn() {
        assertEquals(List.of("encryptionConfiguration.encryptionType"), fields(b -> b
                .encryption(new TemplateEncryption(EncryptionType.KMS_DSSE, "")).customRoleArn(ROLE)));
        assertEquals(List.of("encryptionConfiguration.kmsKey"), fields(b -> b
                .encryption(TemplateEncryption.kms("alias/ecr")).customRoleArn(ROLE)));
        assertEquals(List.of("encryptionConfiguration.kmsKey"), fields(b -> b
                .encryption(TemplateEncryption.kms("1234abcd-12ab-34cd-56ef-1234567890ab")).customRoleArn(ROLE)));
        assertEquals(List.of("encryptionConfiguration.kmsKey"), fields(b -> b
                .encryption(new TemplateEncryption(EncryptionType.AES256, KEY))));
        assertEquals(List.of(), fields(b -> b.encryption(TemplateEncryption.kms()).customRoleArn(ROLE)),
                "KMS with the AWS managed key");
    }

    @Test
    void validation9_customRoleRequiredForResourceTagsOrKms() {
        var message = "customRoleArn: is required when the template sets resourceTags or KMS encryption: ECR creates such"
                + " repositories with this role";
        assertEquals(List.of(message), ProblemLines.of(template("team").resourceTags(Map.of("Team", "a")).build()::validate));
        assertEquals(List.of(message), ProblemLines.of(template("team").encryption(TemplateEncryption.kms()).build()::validate));
        assertEquals(List.of("customRoleArn"), fields(b -> b.customRoleArn("ecr-templates")));
        assertTrue(template("team").encryption(TemplateEncryption.kms()).build().needsCustomRole());
    }

    @Test
    void descriptionOf257Characters_isTooLong() {
        assertEquals(List.of("description: at most 256 characters, got 257"),
                ProblemLines.of(template("team").description("d".repeat(257)).build()::validate));
    }

    @Test
    void policies_areCheckedLikeTheRepositorysOwn() {
        assertEquals(List.of("lifecyclePolicy"), fields(b -> b.lifecyclePolicy("not json")));
        assertEquals(List.of("lifecyclePolicy.rules[0].selection.countUnit"), fields(b -> b.lifecyclePolicy(
                "{\"rules\":[{\"rulePriority\":1,\"selection\":{\"tagStatus\":\"any\",\"countType\":\"imageCountMoreThan\","
                        + "\"countUnit\":\"days\",\"countNumber\":5},\"action\":{\"type\":\"expire\"}}]}")));
        assertEquals(List.of("repositoryPolicy"), fields(b -> b.repositoryPolicy("[1]")));
        assertEquals(List.of("repositoryPolicy"), fields(b -> b.repositoryPolicy(
                "{\"Statement\":[{\"Effect\":\"Allow\",\"Sid\":\"" + "x".repeat(10_240) + "\"}]}")));
    }

    @Test
    void resourceTags_followTheAwsTagRules() {
        assertEquals(List.of("resourceTags.aws:team"), fields(b -> b.customRoleArn(ROLE).resourceTags(Map.of("aws:team", "a"))));
        assertEquals(List.of("resourceTags.Team"), fields(b -> b.customRoleArn(ROLE).resourceTags(Map.of("Team", "v".repeat(257)))));
    }
}
