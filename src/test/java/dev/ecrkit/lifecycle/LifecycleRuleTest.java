package dev.ecrkit.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LifecycleRuleTest {

    @Test
    void typedBuilder_rendersTheSameJsonAsTheGolden_andPassesTheValidator() {
        var policy = LifecyclePolicy.of(
                LifecycleRule.builder().priority(30).description("Delete images archived for a year")
                        .any().sinceImageTransitioned(365).expire().build(),
                LifecycleRule.builder().priority(1).description("Expire untagged images after 14 days")
                        .untagged().sinceImagePushed(14).build(),
                LifecycleRule.builder().priority(10).description("Keep 20 release images")
                        .tagged().prefixes("release").imageCountMoreThan(20).build(),
                LifecycleRule.builder().priority(20).patterns("feature-*")
                        .sinceImagePulled(90).transitionToArchive().build());

        assertEquals("""
                {"rules":[\
                {"rulePriority":1,"description":"Expire untagged images after 14 days","selection":{"tagStatus":"untagged",\
                "countType":"sinceImagePushed","countUnit":"days","countNumber":14},"action":{"type":"expire"}},\
                {"rulePriority":10,"description":"Keep 20 release images","selection":{"tagStatus":"tagged",\
                "tagPrefixList":["release"],"countType":"imageCountMoreThan","countNumber":20},"action":{"type":"expire"}},\
                {"rulePriority":20,"selection":{"tagStatus":"tagged","tagPatternList":["feature-*"],\
                "countType":"sinceImagePulled","countUnit":"days","countNumber":90},\
                "action":{"type":"transition","targetStorageClass":"archive"}},\
                {"rulePriority":30,"description":"Delete images archived for a year","selection":{"tagStatus":"any",\
                "countType":"sinceImageTransitioned","countUnit":"days","countNumber":365,"storageClass":"archive"},\
                "action":{"type":"expire"}}\
                ]}""", policy.toJson());
        assertEquals(List.of(), LifecyclePolicyValidator.validate(policy));
    }

    @Test
    void builder_defaultsToPriorityOneAnyAndExpire() {
        var rule = LifecycleRule.builder().imageCountMoreThan(5).build();
        assertEquals(new LifecycleRule(1, "", TagStatus.ANY, List.of(), List.of(), CountType.IMAGE_COUNT_MORE_THAN, 5,
                StorageClass.STANDARD, ActionType.EXPIRE), rule);
    }

    @Test
    void builder_withoutCountCriterion_throws() {
        assertThrows(IllegalStateException.class, () -> LifecycleRule.builder().priority(1).build());
    }

    @Test
    void builder_untaggedAfterPrefixes_clearsTheLists() {
        var rule = LifecycleRule.builder().prefixes("v").untagged().sinceImagePushed(1).build();
        assertEquals(List.of(), rule.tagPrefixList());
        assertEquals(TagStatus.UNTAGGED, rule.tagStatus());
    }

    @Test
    void typedRuleBreakingAwsRules_isReportedByTheSameValidator() {
        var policy = LifecyclePolicy.of(LifecycleRule.builder().description("tagged without any tag list")
                .tagged().imageCountMoreThan(0).build());
        var problems = LifecyclePolicyValidator.validate(policy);
        assertEquals(List.of("rules[0].selection.countNumber: must be an integer of at least 1, got 0",
                        "rules[0].selection: requires tagPrefixList or tagPatternList when tagStatus is tagged"),
                problems.stream().map(Object::toString).sorted().toList());
    }

    @Test
    void factories_haveDomainDescriptions() {
        assertEquals("Keep only 5 latest images", LifecycleRule.keepLatest(1, 5).description());
        assertEquals("Keep only 5 latest tagged images", LifecycleRule.keepLatestTagged(1, 5).description());
        assertEquals("Keep only 5 images tagged v*", LifecycleRule.keepLatestWithPrefix(1, 5, "v").description());
        assertEquals("Expire untagged images after 3 days", LifecycleRule.expireUntaggedAfterDays(1, 3).description());
        assertEquals("Expire tagged images after 3 days", LifecycleRule.expireTaggedAfterDays(1, 3).description());
        assertEquals(List.of("*"), LifecycleRule.expireTaggedAfterDays(1, 3).tagPatternList());
    }

    @Test
    void toMap_keepsTheDocumentedKeyOrder() {
        var rule = LifecycleRule.builder().priority(2).description("d").prefixes("v").sinceImagePulled(3)
                .transitionToArchive().build();
        assertEquals(List.of("rulePriority", "description", "selection", "action"), List.copyOf(rule.toMap().keySet()));
        assertEquals("{tagStatus=tagged, tagPrefixList=[v], countType=sinceImagePulled, countUnit=days, countNumber=3}",
                rule.toMap().get("selection").toString());
        assertEquals("{type=transition, targetStorageClass=archive}", rule.toMap().get("action").toString());
    }

    @Test
    void policy_copiesItsRules() {
        var rules = new java.util.ArrayList<LifecycleRule>(List.of(LifecycleRule.keepLatest(1, 5)));
        var policy = new LifecyclePolicy(rules);
        rules.clear();
        assertEquals(1, policy.rules().size());
        assertThrows(UnsupportedOperationException.class, () -> policy.rules().add(LifecycleRule.keepLatest(2, 5)));
    }

    @Test
    void enums_roundTripTheirWireValues() {
        for (var v : TagStatus.values()) {
            assertEquals(Optional.of(v), TagStatus.fromWire(v.toString()));
        }
        for (var v : CountType.values()) {
            assertEquals(Optional.of(v), CountType.fromWire(v.toString()));
        }
        for (var v : StorageClass.values()) {
            assertEquals(Optional.of(v), StorageClass.fromWire(v.toString()));
        }
        for (var v : ActionType.values()) {
            assertEquals(Optional.of(v), ActionType.fromWire(v.toString()));
        }
        assertEquals("sinceImageTransitioned", CountType.SINCE_IMAGE_TRANSITIONED.toString());
        assertEquals(Optional.empty(), TagStatus.fromWire("TAGGED"));
        assertEquals(Optional.empty(), CountType.fromWire(null));
        assertTrue(ActionType.TRANSITION.targetStorageClass().isPresent());
    }
}
