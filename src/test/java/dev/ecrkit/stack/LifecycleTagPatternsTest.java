package dev.ecrkit.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ecrkit.json.Json;
import dev.ecrkit.lifecycle.LifecycleHelpers;
import dev.ecrkit.validation.Problem;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lifecycle helper {@code tagPatternsToKeep} ({@code lifecycleTagPatternsToKeep}): one keep-latest rule per
 * {@code tagPatternList} pattern, in Java and through the stack config and the plan.
 */
class LifecycleTagPatternsTest {

    @Test
    void java_oneKeepRulePerPattern_afterThePrefixRules() {
        var h = LifecycleHelpers.builder().keepLatestNImages(10).tagPrefixesToKeep("v")
                .tagPatternsToKeep("release-*", "*-stable").expireUntaggedAfterDays(7).build();
        assertEquals("""
                {"rules":[\
                {"rulePriority":1,"description":"Expire untagged images after 7 days","selection":{"tagStatus":"untagged",\
                "countType":"sinceImagePushed","countUnit":"days","countNumber":7},"action":{"type":"expire"}},\
                {"rulePriority":2,"description":"Keep only 10 images tagged v*","selection":{"tagStatus":"tagged",\
                "tagPrefixList":["v"],"countType":"imageCountMoreThan","countNumber":10},"action":{"type":"expire"}},\
                {"rulePriority":3,"description":"Keep only 10 images tagged release-*","selection":{"tagStatus":"tagged",\
                "tagPatternList":["release-*"],"countType":"imageCountMoreThan","countNumber":10},"action":{"type":"expire"}},\
                {"rulePriority":4,"description":"Keep only 10 images tagged *-stable","selection":{"tagStatus":"tagged",\
                "tagPatternList":["*-stable"],"countType":"imageCountMoreThan","countNumber":10},"action":{"type":"expire"}}\
                ]}""", h.toPolicy().orElseThrow().toJson());
        assertEquals(List.of(
                "Images with a tag starting with \"v\": AWS keeps the newest 10 and expires the older ones; they are only"
                        + " count-limited, never expired by age.",
                "Images with a tag matching \"release-*\": AWS keeps the newest 10 and expires the older ones; they are"
                        + " only count-limited, never expired by age.",
                "Images with a tag matching \"*-stable\": AWS keeps the newest 10 and expires the older ones; they are"
                        + " only count-limited, never expired by age.",
                "Other tagged images never expire.",
                "Untagged images expire 7 days after they were pushed."), h.explain());
    }

    @Test
    void java_refusesEmptyDuplicateAndFiveWildcardPatterns_andPatternsWithoutKeepLatest() {
        var h = LifecycleHelpers.builder().tagPatternsToKeep("", "a*b*c*d*e*", "x*", "x*").build();
        assertEquals(List.of(
                "tagPatternsToKeep: has no effect without keepLatestNImages, got [\"\", \"a*b*c*d*e*\", \"x*\", \"x*\"]",
                "tagPatternsToKeep[0]: must not be empty (AWS rejects an empty tagPatternList entry), got \"\"",
                "tagPatternsToKeep[1]: must contain at most 4 * wildcards (lifecycle_policy_parameters.html,"
                        + " \"tagPatternList\"), got \"a*b*c*d*e*\"",
                "tagPatternsToKeep[3]: must be unique (tagPatternsToKeep[2] is the same), got \"x*\""),
                h.problems().stream().map(Problem::toString).toList());
    }

    @Test
    @SuppressWarnings("unchecked")
    void config_keyReachesThePlannedLifecyclePolicy(@TempDir Path dir) throws IOException {
        var r = PlanTest.plan(stack(dir, "{lifecycleKeepLatestNImages: 5, lifecycleTagPatternsToKeep: ['prod-*']}"),
                "--stack", "dev", "--json");
        assertEquals(0, r.status(), r.err());
        var doc = (Map<String, Object>) Json.parse(r.out()).orElseThrow();
        var policy = ((List<Map<String, Object>>) doc.get("resources")).stream()
                .filter(x -> x.get("type").equals("aws:ecr/lifecyclePolicy:LifecyclePolicy"))
                .map(x -> (String) ((Map<String, Object>) x.get("inputs")).get("policy")).findFirst().orElseThrow();
        assertEquals("""
                {"rules":[{"rulePriority":1,"description":"Keep only 5 images tagged prod-*","selection":\
                {"tagStatus":"tagged","tagPatternList":["prod-*"],"countType":"imageCountMoreThan","countNumber":5},\
                "action":{"type":"expire"}}]}""", policy);
    }

    @Test
    void config_problemIsReportedAtTheKeyPath(@TempDir Path dir) throws IOException {
        var r = PlanTest.plan(stack(dir, "{lifecycleKeepLatestNImages: 5, lifecycleTagPatternsToKeep: ['*a*b*c*d*']}"),
                "--stack", "dev");
        assertEquals(2, r.status(), r.out());
        assertTrue(r.err().startsWith("ecrkit:repositories.web.lifecycleTagPatternsToKeep[0]: must contain at most 4"
                + " * wildcards"), r.err());
    }

    @Test
    void config_besideARawLifecyclePolicy_isANotice_likeEveryHelper(@TempDir Path dir) throws IOException {
        var r = PlanTest.plan(stack(dir, """
                {lifecyclePolicy: '{"rules":[{"rulePriority":1,"selection":{"tagStatus":"any","countType":\
                "imageCountMoreThan","countNumber":5},"action":{"type":"expire"}}]}', lifecycleTagPatternsToKeep: ['prod-*']}"""),
                "--stack", "dev");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.err().lines().anyMatch(l -> l.startsWith("notice: ecrkit:repositories.web.lifecycleTagPatternsToKeep:")),
                r.err());
    }

    private static Path stack(Path dir, String entry) throws IOException {
        return PlanTest.stack(dir, "dev", """
            config:
              aws:region: us-east-1
              ecrkit:repositories:
                web: %s
            """.formatted(entry));
    }
}
