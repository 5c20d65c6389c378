package dev.ecrkit.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class LifecycleTemplateTest {

    @ParameterizedTest
    @EnumSource(LifecycleTemplate.class)
    void everyTemplate_generatesAPolicyTheValidatorAccepts(LifecycleTemplate template) {
        assertEquals(List.of(), template.helpers().problems());
        assertEquals(List.of(), LifecyclePolicyValidator.validate(template.policy()));
        assertEquals(List.of(), LifecyclePolicyValidator.warnings(template.policy().toJson()));
        assertEquals(Optional.of(template), LifecycleTemplate.fromWire(template.toString()));
    }

    @Test
    void wireNames_matchTheTerraformModule() {
        assertEquals(List.of("development", "production", "cost_optimization", "compliance", "cost_optimization_archive"),
                java.util.Arrays.stream(LifecycleTemplate.values()).map(Object::toString).toList());
        assertEquals(Optional.empty(), LifecycleTemplate.fromWire("Production"));
    }

    @Test
    void template_costOptimizationArchive_expiresUntaggedArchivesUnpulledAndExpiresArchivedAfterTheMinimum() {
        assertEquals("""
                {"rules":[\
                {"rulePriority":1,"description":"Expire untagged images after 3 days","selection":{"tagStatus":"untagged",\
                "countType":"sinceImagePushed","countUnit":"days","countNumber":3},"action":{"type":"expire"}},\
                {"rulePriority":2,"description":"Archive images not pulled for 30 days","selection":{"tagStatus":"any",\
                "countType":"sinceImagePulled","countUnit":"days","countNumber":30},\
                "action":{"type":"transition","targetStorageClass":"archive"}},\
                {"rulePriority":3,"description":"Expire archived images after 90 days","selection":{"tagStatus":"any",\
                "countType":"sinceImageTransitioned","countUnit":"days","countNumber":90,"storageClass":"archive"},\
                "action":{"type":"expire"}}\
                ]}""", LifecycleTemplate.COST_OPTIMIZATION_ARCHIVE.policy().toJson());
        assertEquals(List.of(
                "Tagged images never expire.",
                "Untagged images expire 3 days after they were pushed.",
                "Of the tagged images, those not pulled for 30 days (never pulled: pushed more than 30 days ago) move"
                        + " to the archive storage class.",
                "Archived images expire 90 days after they were archived."),
                LifecycleTemplate.COST_OPTIMIZATION_ARCHIVE.helpers().explain());
    }

    @Test
    void template_development_keeps50PerDevAndFeaturePrefixAndExpiresUntaggedAfter7Days() {
        assertEquals(new LifecycleHelpers(50, 7, LifecycleHelpers.NOT_SET, List.of("dev", "feature")), LifecycleTemplate.DEVELOPMENT.helpers());
        assertEquals("""
                {"rules":[\
                {"rulePriority":1,"description":"Expire untagged images after 7 days","selection":{"tagStatus":"untagged",\
                "countType":"sinceImagePushed","countUnit":"days","countNumber":7},"action":{"type":"expire"}},\
                {"rulePriority":2,"description":"Keep only 50 images tagged dev*","selection":{"tagStatus":"tagged",\
                "tagPrefixList":["dev"],"countType":"imageCountMoreThan","countNumber":50},"action":{"type":"expire"}},\
                {"rulePriority":3,"description":"Keep only 50 images tagged feature*","selection":{"tagStatus":"tagged",\
                "tagPrefixList":["feature"],"countType":"imageCountMoreThan","countNumber":50},"action":{"type":"expire"}}\
                ]}""", LifecycleTemplate.DEVELOPMENT.policy().toJson());
        assertEquals(List.of(
                "Images with a tag starting with \"dev\": AWS keeps the newest 50 and expires the older ones; they are "
                        + "only count-limited, never expired by age.",
                "Images with a tag starting with \"feature\": AWS keeps the newest 50 and expires the older ones; "
                        + "they are only count-limited, never expired by age.",
                "Other tagged images never expire.",
                "Untagged images expire 7 days after they were pushed."), LifecycleTemplate.DEVELOPMENT.helpers().explain());
    }

    @Test
    void template_production_keepsReleasesPerPrefixAndExpiresOtherTaggedAfter90Days() {
        assertEquals("""
                {"rules":[\
                {"rulePriority":1,"description":"Expire untagged images after 14 days","selection":{"tagStatus":"untagged",\
                "countType":"sinceImagePushed","countUnit":"days","countNumber":14},"action":{"type":"expire"}},\
                {"rulePriority":2,"description":"Keep only 100 images tagged v*","selection":{"tagStatus":"tagged",\
                "tagPrefixList":["v"],"countType":"imageCountMoreThan","countNumber":100},"action":{"type":"expire"}},\
                {"rulePriority":3,"description":"Keep only 100 images tagged release*","selection":{"tagStatus":"tagged",\
                "tagPrefixList":["release"],"countType":"imageCountMoreThan","countNumber":100},"action":{"type":"expire"}},\
                {"rulePriority":4,"description":"Keep only 100 images tagged prod*","selection":{"tagStatus":"tagged",\
                "tagPrefixList":["prod"],"countType":"imageCountMoreThan","countNumber":100},"action":{"type":"expire"}},\
                {"rulePriority":5,"description":"Expire tagged images after 90 days","selection":{"tagStatus":"tagged",\
                "tagPatternList":["*"],"countType":"sinceImagePushed","countUnit":"days","countNumber":90},\
                "action":{"type":"expire"}}\
                ]}""", LifecycleTemplate.PRODUCTION.policy().toJson());
        assertEquals(List.of(
                "Images with a tag starting with \"v\": AWS keeps the newest 100 and expires the older ones; they are "
                        + "only count-limited, never expired by age.",
                "Images with a tag starting with \"release\": AWS keeps the newest 100 and expires the older ones; "
                        + "they are only count-limited, never expired by age.",
                "Images with a tag starting with \"prod\": AWS keeps the newest 100 and expires the older ones; they "
                        + "are only count-limited, never expired by age.",
                "Other tagged images expire 90 days after they were pushed.",
                "Untagged images expire 14 days after they were pushed."), LifecycleTemplate.PRODUCTION.helpers().explain());
    }

    @Test
    void template_costOptimization_keeps10TaggedAndItsTaggedAgeRuleNeverActs() {
        assertEquals("""
                {"rules":[\
                {"rulePriority":1,"description":"Expire untagged images after 3 days","selection":{"tagStatus":"untagged",\
                "countType":"sinceImagePushed","countUnit":"days","countNumber":3},"action":{"type":"expire"}},\
                {"rulePriority":2,"description":"Keep only 10 latest tagged images","selection":{"tagStatus":"tagged",\
                "tagPatternList":["*"],"countType":"imageCountMoreThan","countNumber":10},"action":{"type":"expire"}},\
                {"rulePriority":3,"description":"Expire tagged images after 30 days","selection":{"tagStatus":"tagged",\
                "tagPatternList":["*"],"countType":"sinceImagePushed","countUnit":"days","countNumber":30},\
                "action":{"type":"expire"}}\
                ]}""", LifecycleTemplate.COST_OPTIMIZATION.policy().toJson());
        assertEquals(List.of(
                "AWS keeps the newest 10 tagged images and expires the older tagged images.",
                "Expire tagged images after 30 days never acts: every tagged image matches the tag selection of the "
                        + "higher-priority keep-latest rule, so AWS keeps the newest 10 tagged images whatever their age.",
                "Untagged images expire 3 days after they were pushed."),
                LifecycleTemplate.COST_OPTIMIZATION.helpers().explain());
    }

    @Test
    void template_compliance_keeps200PerPrefixAndExpiresOtherTaggedAfter365Days() {
        assertEquals("""
                {"rules":[\
                {"rulePriority":1,"description":"Expire untagged images after 30 days","selection":{"tagStatus":"untagged",\
                "countType":"sinceImagePushed","countUnit":"days","countNumber":30},"action":{"type":"expire"}},\
                {"rulePriority":2,"description":"Keep only 200 images tagged v*","selection":{"tagStatus":"tagged",\
                "tagPrefixList":["v"],"countType":"imageCountMoreThan","countNumber":200},"action":{"type":"expire"}},\
                {"rulePriority":3,"description":"Keep only 200 images tagged release*","selection":{"tagStatus":"tagged",\
                "tagPrefixList":["release"],"countType":"imageCountMoreThan","countNumber":200},"action":{"type":"expire"}},\
                {"rulePriority":4,"description":"Keep only 200 images tagged audit*","selection":{"tagStatus":"tagged",\
                "tagPrefixList":["audit"],"countType":"imageCountMoreThan","countNumber":200},"action":{"type":"expire"}},\
                {"rulePriority":5,"description":"Expire tagged images after 365 days","selection":{"tagStatus":"tagged",\
                "tagPatternList":["*"],"countType":"sinceImagePushed","countUnit":"days","countNumber":365},\
                "action":{"type":"expire"}}\
                ]}""", LifecycleTemplate.COMPLIANCE.policy().toJson());
        assertEquals(List.of(
                "Images with a tag starting with \"v\": AWS keeps the newest 200 and expires the older ones; they are "
                        + "only count-limited, never expired by age.",
                "Images with a tag starting with \"release\": AWS keeps the newest 200 and expires the older ones; "
                        + "they are only count-limited, never expired by age.",
                "Images with a tag starting with \"audit\": AWS keeps the newest 200 and expires the older ones; "
                        + "they are only count-limited, never expired by age.",
                "Other tagged images expire 365 days after they were pushed.",
                "Untagged images expire 30 days after they were pushed."), LifecycleTemplate.COMPLIANCE.helpers().explain());
    }
}
