package dev.ecrkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.pulumi.aws.cloudwatch.EventRule;
import dev.ecrkit.events.EcrEventPatterns;
import dev.ecrkit.events.OnEventOptions;
import dev.ecrkit.testing.Match;
import dev.ecrkit.testing.MockStack;
import dev.ecrkit.testing.Template;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The repository's event helpers through the test kit: each rule's inputs, name and parent. */
class RepositoryEventsTest {
    static final String RULE = "aws:cloudwatch/eventRule:EventRule";
    static final String ARN = "arn:aws:ecr:us-east-1:123456789012:repository/team/app";
    static final OnEventOptions RELEASES = OnEventOptions.builder().tagPrefixes("v").tagPatterns("release-*")
            .description("Deploy releases").build();
    // set in @BeforeAll: the program runs on engine threads, which would wait for this class's initialization
    static Template TEMPLATE;
    static final List<EventRule> RETURNED = new ArrayList<>();

    @BeforeAll
    static void run() {
        TEMPLATE = Template.of(ctx -> {
            var repo = new Repository("app", RepositoryArgs.builder().name("team/app").build(), null);
            RETURNED.add(repo.onImagePushed("deploy", RELEASES));
            RETURNED.add(repo.onImageScanCompleted("audit", null));
            RETURNED.add(repo.onReplication("copied", RELEASES));
            RETURNED.add(repo.onPullThroughCache("synced", OnEventOptions.NONE));
        });
    }

    @Test
    void eachHelper_registersOneRuleUnderTheRepository_withTheSharedPattern() {
        TEMPLATE.resourceCountIs(RULE, 4);
        TEMPLATE.resource(RULE, "app-on-image-pushed-deploy").hasParent(Repository.TYPE, "app")
                .hasInput("description", "Deploy releases")
                .hasInput("eventPattern", EcrEventPatterns.imagePushes("team/app", RELEASES))
                .hasInput("tags", Match.anyValue());
        TEMPLATE.resource(RULE, "app-on-image-scan-completed-audit").hasParent(Repository.TYPE, "app")
                .hasInput("description", "Completed image scans of repository team/app (ecrkit)")
                .hasInput("eventPattern", EcrEventPatterns.imageScansCompleted("team/app", ARN, OnEventOptions.NONE));
        TEMPLATE.resource(RULE, "app-on-replication-copied").hasParent(Repository.TYPE, "app")
                .hasInput("eventPattern", EcrEventPatterns.replications("team/app", RELEASES));
        TEMPLATE.resource(RULE, "app-on-pull-through-cache-synced").hasParent(Repository.TYPE, "app")
                .hasInput("description", "Pull through cache actions on repository team/app (ecrkit)")
                .hasInput("eventPattern", EcrEventPatterns.pullThroughCacheActions("team/app", OnEventOptions.NONE));
        assertEquals(4, RETURNED.size());
        RETURNED.forEach(r -> assertSame(EventRule.class, r.getClass()));
    }

    @Test
    void badRuleNameAndOptions_areRefusedOneLineEach_beforeTheRuleIsRegistered() {
        var failure = MockStack.builder().build().failure(ctx -> {
            var repo = new Repository("app", RepositoryArgs.builder().name("team/app").build(), null);
            repo.onImagePushed("on push", OnEventOptions.builder().tagPatterns("release-**").build());
        });
        assertEquals(List.of(
                "ruleName: " + Repository.EVENT_RULE_NAME_RULE + ", got \"on push\"",
                "options.tagPatterns[0]: " + OnEventOptions.WILDCARD_RULE + ", got \"release-**\""),
                failure.problems());
    }
}
