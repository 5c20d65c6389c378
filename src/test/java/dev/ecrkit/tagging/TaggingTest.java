package dev.ecrkit.tagging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ecrkit.json.Json;
import dev.ecrkit.validation.InvalidInputException;
import dev.ecrkit.validation.Problem;
import dev.ecrkit.validation.Problems;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TaggingTest {
    private static final String REPO = "team/app";

    private static TaggingSettings.Builder settings() {
        return TaggingSettings.builder();
    }

    private static TaggingSettings.Builder allValues(DefaultTagsTemplate template) {
        return settings().defaultTagsTemplate(template).defaultTagsEnvironment("prod").defaultTagsOwner("platform")
                .defaultTagsProject("shop").defaultTagsCostCenter("cc-42");
    }

    private static String finalTags(TaggingSettings.Builder b) {
        return Json.write(Tagging.compute(b.build(), REPO).finalTags());
    }

    private static List<String> problems(TaggingSettings.Builder b) {
        var e = assertThrows(InvalidInputException.class, () -> Tagging.compute(b.build(), REPO));
        return e.problems().stream().map(Problem::toString).toList();
    }

    // ---- defaults and templates --------------------------------------------------------------------------------

    @Test
    void compute_defaults_givePulumiCreatedByManagedByAndName() {
        assertEquals("""
                {"CreatedBy":"Pulumi","ManagedBy":"Pulumi","Name":"team/app"}""", finalTags(settings()));
    }

    @Test
    void compute_customSetWithAllValues_addsEnvironmentOwnerProjectCostCenter() {
        assertEquals("""
                {"CostCenter":"cc-42","CreatedBy":"Pulumi","Environment":"prod","ManagedBy":"Pulumi","Name":"team/app",\
                "Owner":"platform","Project":"shop"}""", finalTags(allValues(DefaultTagsTemplate.CUSTOM)));
    }

    @Test
    void compute_basicTemplate_withAndWithoutValues() {
        assertEquals("""
                {"CreatedBy":"Pulumi","Environment":"prod","ManagedBy":"Pulumi","Name":"team/app","Owner":"platform",\
                "Project":"shop"}""", finalTags(allValues(DefaultTagsTemplate.BASIC)));
        assertEquals("""
                {"CreatedBy":"Pulumi","ManagedBy":"Pulumi","Name":"team/app"}""",
                finalTags(settings().defaultTagsTemplate(DefaultTagsTemplate.BASIC)));
    }

    @Test
    void compute_costAllocationTemplate_withAndWithoutValues() {
        assertEquals("""
                {"Billable":"true","BillingProject":"shop","CostCenter":"cc-42","CreatedBy":"Pulumi",\
                "Environment":"prod","ManagedBy":"Pulumi","Name":"team/app","Owner":"platform","Project":"shop",\
                "ResourceType":"ECR","Service":"ECR"}""", finalTags(allValues(DefaultTagsTemplate.COST_ALLOCATION)));
        assertEquals("""
                {"Billable":"true","CreatedBy":"Pulumi","ManagedBy":"Pulumi","Name":"team/app","ResourceType":"ECR",\
                "Service":"ECR"}""", finalTags(settings().defaultTagsTemplate(DefaultTagsTemplate.COST_ALLOCATION)));
    }

    @Test
    void compute_complianceTemplate_withAndWithoutValues_hasNoCostAllocationExtras() {
        assertEquals("""
                {"BackupRequired":"true","Compliance":"Required","CostCenter":"cc-42","CreatedBy":"Pulumi",\
                "DataClass":"Internal","Environment":"prod","ManagedBy":"Pulumi","MonitoringLevel":"Standard",\
                "Name":"team/app","Owner":"platform","Project":"shop","SecurityReview":"Required"}""",
                finalTags(allValues(DefaultTagsTemplate.COMPLIANCE)));
        assertEquals("""
                {"BackupRequired":"true","Compliance":"Required","CreatedBy":"Pulumi","DataClass":"Internal",\
                "ManagedBy":"Pulumi","MonitoringLevel":"Standard","Name":"team/app","SecurityReview":"Required"}""",
                finalTags(settings().defaultTagsTemplate(DefaultTagsTemplate.COMPLIANCE)));
    }

    @Test
    void compute_sdlcTemplate_withAndWithoutValues() {
        assertEquals("""
                {"Application":"shop","CreatedBy":"Pulumi","DeploymentStage":"prod","Environment":"prod",\
                "LifecycleStage":"prod","MaintenanceWindow":"weekend","ManagedBy":"Pulumi","Name":"team/app",\
                "Owner":"platform","Project":"shop","Version":"latest"}""", finalTags(allValues(DefaultTagsTemplate.SDLC)));
        assertEquals("""
                {"CreatedBy":"Pulumi","MaintenanceWindow":"weekend","ManagedBy":"Pulumi","Name":"team/app",\
                "Version":"latest"}""", finalTags(settings().defaultTagsTemplate(DefaultTagsTemplate.SDLC)));
    }

    @Test
    void compute_explicitEmptyDefaultValue_isKept() {
        assertEquals("""
                {"CreatedBy":"Pulumi","Environment":"","ManagedBy":"Pulumi","Name":"team/app"}""",
                finalTags(settings().defaultTagsEnvironment("")));
    }

    @Test
    void compute_defaultTagsOff_givesUserTagsAndNameOnly() {
        assertEquals("""
                {"Name":"team/app","Team":"core"}""",
                finalTags(allValues(DefaultTagsTemplate.SDLC).enableDefaultTags(false).tags(Map.of("team", "core"))));
    }

    @Test
    void compute_defaultKeysFollowTheKeyCase() {
        assertEquals("""
                {"Name":"team/app","cost_center":"cc-42","created_by":"Pulumi","managed_by":"Pulumi"}""",
                finalTags(settings().defaultTagsCostCenter("cc-42").tagKeyCase(KeyCase.SNAKE_CASE)));
    }

    @Test
    void computedDefaultTags_areBeforeNormalization() {
        var s = settings().defaultTagsEnvironment("  prod ").tagKeyCase(KeyCase.KEBAB_CASE).build();
        assertEquals("""
                {"CreatedBy":"Pulumi","Environment":"  prod ","ManagedBy":"Pulumi"}""",
                Json.write(Tagging.compute(s, REPO).computedDefaultTags()));
        assertEquals("{}", Json.write(Tagging.computedDefaultTags(settings().enableDefaultTags(false).build())));
    }

    // ---- merge and collisions -------------------------------------------------------------------------------------

    @Test
    void compute_userTagNormalizingToADefaultKey_winsOverTheDefault() {
        assertEquals("""
                {"CreatedBy":"me","Environment":"dev","ManagedBy":"Pulumi","Name":"team/app"}""",
                finalTags(settings().defaultTagsEnvironment("prod")
                        .tags(Map.of("environment", "dev", "created_by", "me"))));
    }

    @Test
    void compute_twoUserTagsNormalizingToTheSameKey_isAnErrorNamingBoth() {
        assertEquals(List.of("tags[\"cost_center\"]: normalizes to the same key as tags[\"cost-center\"], got \"CostCenter\""),
                problems(settings().tags(Map.of("cost-center", "a", "cost_center", "b"))));
    }

    @Test
    void compute_readmeExample_separatorKeysAndTrimmedValues() {
        assertEquals("""
                {"CostCenter":"engineering-001","CreatedBy":"Pulumi","DataClass":"internal","ManagedBy":"Pulumi",\
                "Name":"team/app"}""",
                finalTags(settings().tags(Map.of("cost-center", "  engineering-001  ", "data_class", "internal"))));
    }

    // ---- values and normalization switches ------------------------------------------------------------------------

    @Test
    void compute_normalizeTagValuesOff_keepsValuesButStillNormalizesKeys() {
        assertEquals("""
                {"CostCenter":"  x  ","CreatedBy":"Pulumi","ManagedBy":"Pulumi","Name":"team/app"}""",
                finalTags(settings().normalizeTagValues(false).tags(Map.of("cost-center", "  x  "))));
    }

    @Test
    void compute_normalizationOff_keepsKeysAndValuesExactly() {
        assertEquals("""
                {"CreatedBy":"Pulumi","ManagedBy":"Pulumi","Name":"team/app","cost-center":"  x  "}""",
                finalTags(settings().enableTagNormalization(false).tags(Map.of("cost-center", "  x  "))));
    }

    @Test
    void compute_keyCaseNone_keepsKeysButTrimsValues() {
        assertEquals("""
                {"CreatedBy":"Pulumi","ManagedBy":"Pulumi","Name":"team/app","cost-center":"x"}""",
                finalTags(settings().tagKeyCase(KeyCase.NONE).tags(Map.of("cost-center", "  x  "))));
    }

    // ---- Name -----------------------------------------------------------------------------------------------------

    @Test
    void compute_userNameTag_winsOverTheRepositoryName() {
        assertEquals("""
                {"CreatedBy":"Pulumi","ManagedBy":"Pulumi","Name":"Shop API"}""",
                finalTags(settings().tags(Map.of("name", "Shop API"))));
    }

    @Test
    void compute_userNameTagInSnakeCase_leavesNoSecondNamePair() {
        assertEquals("""
                {"created_by":"Pulumi","managed_by":"Pulumi","name":"mine"}""",
                finalTags(settings().tagKeyCase(KeyCase.SNAKE_CASE).tags(Map.of("Name", "mine"))));
    }

    @Test
    void compute_nameIsAddedAfterNormalization_neverCaseConverted() {
        assertEquals("""
                {"Name":"team/app","created-by":"Pulumi","managed-by":"Pulumi"}""",
                finalTags(settings().tagKeyCase(KeyCase.KEBAB_CASE)));
    }

    // ---- required tags --------------------------------------------------------------------------------------------

    @Test
    void compute_missingRequiredTags_areOneErrorListingAllOriginalNamesSorted() {
        var b = settings().enableTagValidation(true).tags(Map.of("cost_center", "x"))
                .requiredTags("Owner", "Environment", "cost-center", "CostCenter", "CreatedBy");
        assertEquals(List.of("requiredTags: missing required tags: Environment, Owner"), problems(b));
    }

    @Test
    void compute_requiredTagsNormalizedTheSameWay_arePresent() {
        var result = Tagging.compute(settings().enableTagValidation(true).tagKeyCase(KeyCase.SNAKE_CASE)
                .tags(Map.of("Owner", "me")).requiredTags("created_by", "CreatedBy", "owner", "Name").build(), REPO);
        assertEquals(List.of(), result.missingRequiredTags());
    }

    @Test
    void compute_requiredTagsWithValidationOff_areNotChecked() {
        var result = Tagging.compute(settings().requiredTags("Owner").build(), REPO);
        assertEquals(List.of(), result.missingRequiredTags());
    }

    @Test
    void validate_moreThan50RequiredTagsOrBlankOnes_areProblems() {
        var required = IntStream.range(0, 51).mapToObj(i -> "K" + i).toList();
        var p = new Problems();
        Tagging.validate(settings().requiredTags(required).build(), p.at("tagging"));
        assertEquals(List.of("tagging.requiredTags: must have at most 50 entries, got 51"),
                p.list().stream().map(Problem::toString).toList());
        assertEquals(List.of("requiredTags[1]: must name a tag key, got \"--\""),
                problems(settings().requiredTags("Owner", "--").tags(Map.of("owner", "x"))));
    }

    // ---- AWS limits -----------------------------------------------------------------------------------------------

    @Test
    void compute_51TagsWithNameAndDefaults_isAProblem() {
        var tags = new LinkedHashMap<String, String>();
        IntStream.range(0, 47).forEach(i -> tags.put("Key" + i, "v"));
        var atLimit = settings().tags(tags);
        assertEquals(50, Tagging.compute(atLimit.build(), REPO).finalTags().size());
        tags.put("Key47", "v");
        assertEquals(List.of("tags: must give at most 50 tags in total (default tags and Name included), got 51"),
                problems(settings().tags(tags)));
    }

    @Test
    void compute_keyOf129Characters_isAProblem() {
        String key = "K" + "k".repeat(128);
        assertEquals(List.of("tags[\"" + key + "\"]: key must have 1 to 128 characters, got \"" + key + "\""),
                problems(settings().tags(Map.of(key, "v"))));
        String longest = "K" + "k".repeat(127);
        assertEquals("v", Tagging.compute(settings().tags(Map.of(longest, "v")).build(), REPO).finalTags().get(longest));
    }

    @Test
    void compute_keyEmptyAfterNormalization_isAProblem() {
        assertEquals(List.of("tags[\"--\"]: key must have 1 to 128 characters, got \"\""),
                problems(settings().tags(Map.of("--", "v"))));
    }

    @Test
    void compute_valueOf257Characters_isAProblem_256IsFine() {
        String value = "v".repeat(257);
        assertEquals(List.of("tags[\"Team\"]: value must have at most 256 characters, got \"" + value + "\""),
                problems(settings().tags(Map.of("Team", value))));
        assertEquals(256, Tagging.compute(settings().tags(Map.of("Team", value.substring(1))).build(), REPO)
                .finalTags().get("Team").length());
    }

    @Test
    void compute_awsPrefixInAnyCase_isAProblem() {
        assertEquals(List.of("tags[\"aws:foo/bar\"]: key must not start with \"aws:\" in any case (reserved for AWS), "
                        + "got \"Aws:Foo/Bar\""),
                problems(settings().tags(Map.of("aws:foo/bar", "v"))));
        assertEquals(List.of("tags[\"AWS:x\"]: key must not start with \"aws:\" in any case (reserved for AWS), "
                        + "got \"AWS:x\""),
                problems(settings().enableTagNormalization(false).tags(Map.of("AWS:x", "v"))));
    }

    @Test
    void compute_badCharactersInKeyOrValue_areProblems() {
        assertEquals(List.of(
                        "tags[\"a#b\"]: key must contain only letters, digits, spaces and _ . : / = + - @, got \"A#B\"",
                        "tags[\"a#b\"]: value must contain only letters, digits, spaces and _ . : / = + - @, got \"x,y\""),
                problems(settings().tags(Map.of("a#b", "x,y"))));
        assertEquals("""
                {"CreatedBy":"Pulumi","ManagedBy":"Pulumi","Name":"team/app","Team.Name:Id/X=Y+ZW@Ö":"é 1 _.:/=+-@"}""",
                finalTags(settings().tags(Map.of("team.name:id/x=y+z-w@ö", "é 1 _.:/=+-@"))));
    }

    @Test
    void compute_badDefaultValueUsedByThreeKeys_isReportedOnceOnItsField() {
        assertEquals(List.of("defaultTagsEnvironment: value must contain only letters, digits, spaces and "
                        + "_ . : / = + - @, got \"prod#1\""),
                problems(settings().defaultTagsTemplate(DefaultTagsTemplate.SDLC).defaultTagsEnvironment("prod#1")));
    }

    @Test
    void compute_reportsEveryProblemAtOnce() {
        var b = settings().enableTagValidation(true).requiredTags("Owner")
                .tags(Map.of("cost-center", "a", "cost_center", "b", "aws:x", "v"));
        assertEquals(3, problems(b).size());
    }

    // ---- outputs --------------------------------------------------------------------------------------------------

    @Test
    void taggingStrategy_defaults_omitTemplate() {
        var result = Tagging.compute(settings().defaultTagsOwner("me").build(), REPO);
        assertEquals("""
                {"defaultTagsEnabled":true,"tagValidationEnabled":false,"tagNormalizationEnabled":true,\
                "tagKeyCase":"PascalCase","requiredTags":[],"computedDefaultTags":{"CreatedBy":"Pulumi",\
                "ManagedBy":"Pulumi","Owner":"me"}}""", Json.write(result.taggingStrategy()));
    }

    @Test
    void taggingStrategyAndCompliance_withTemplateValidationAndNoKeyCase() {
        var result = Tagging.compute(settings().defaultTagsTemplate(DefaultTagsTemplate.BASIC).tagKeyCase(KeyCase.NONE)
                .enableTagValidation(true).requiredTags("Owner").tags(Map.of("Owner", "me")).build(), REPO);
        assertEquals("""
                {"defaultTagsEnabled":true,"defaultTagsTemplate":"basic","tagValidationEnabled":true,\
                "tagNormalizationEnabled":true,"requiredTags":["Owner"],"computedDefaultTags":{"CreatedBy":"Pulumi",\
                "ManagedBy":"Pulumi"}}""", Json.write(result.taggingStrategy()));
        assertEquals("""
                {"validationEnabled":true,"validationPassed":true,"requiredTagsPresent":true,"missingRequiredTags":[],\
                "totalTagsApplied":4,"normalizationEnabled":true}""", Json.write(result.tagComplianceStatus()));
    }

    @Test
    void tagComplianceStatus_validationOff_omitsPassedAndPresent() {
        var result = Tagging.compute(TaggingSettings.defaults(), REPO);
        assertEquals("""
                {"validationEnabled":false,"missingRequiredTags":[],"totalTagsApplied":3,"normalizationEnabled":true,\
                "tagKeyCase":"PascalCase"}""", Json.write(result.tagComplianceStatus()));
    }

    // ---- helpers for child resources and settings -----------------------------------------------------------------

    @Test
    void withExtra_extraKeysOverrideAndAreNotNormalized() {
        var finalTags = Tagging.compute(TaggingSettings.defaults(), REPO).finalTags();
        assertEquals("""
                {"CreatedBy":"Pulumi","ManagedBy":"Pulumi","Name":"team/app-kms-key","rule_type":"x"}""",
                Json.write(Tagging.withExtra(finalTags, Map.of("Name", "team/app-kms-key", "rule_type", "x"))));
    }

    @Test
    void settings_defaultsAreTheDocumentedConstants() {
        var s = TaggingSettings.defaults();
        assertEquals(Map.of(), s.tags());
        assertEquals(TaggingSettings.DEFAULT_ENABLE_DEFAULT_TAGS, s.enableDefaultTags());
        assertEquals(TaggingSettings.DEFAULT_TEMPLATE, s.defaultTagsTemplate());
        assertEquals(Optional.empty(), s.defaultTagsEnvironment());
        assertEquals(TaggingSettings.DEFAULT_ENABLE_TAG_VALIDATION, s.enableTagValidation());
        assertEquals(List.of(), s.requiredTags());
        assertEquals(TaggingSettings.DEFAULT_TAG_KEY_CASE, s.tagKeyCase());
        assertEquals(TaggingSettings.DEFAULT_ENABLE_TAG_NORMALIZATION, s.enableTagNormalization());
        assertEquals(TaggingSettings.DEFAULT_NORMALIZE_TAG_VALUES, s.normalizeTagValues());
    }

    @Test
    void settings_copyTheUserTagsAndRejectNulls() {
        var tags = new LinkedHashMap<String, String>();
        tags.put("b", "1");
        var s = settings().tags(tags).build();
        tags.put("a", "2");
        assertEquals(Map.of("b", "1"), s.tags());
        tags.put("c", null);
        assertThrows(NullPointerException.class, () -> settings().tags(tags));
        assertTrue(s.defaultTagsCostCenter().isEmpty());
    }
}
