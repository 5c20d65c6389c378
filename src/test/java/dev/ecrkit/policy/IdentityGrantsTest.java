package dev.ecrkit.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ecrkit.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Identity-side grants (issue 21): the policy of each level (golden), from the repository-side action sets. */
class IdentityGrantsTest {
    static final String ARN = "arn:aws:ecr:eu-west-1:123456789012:repository/team/app";

    static String golden() throws IOException {
        try (InputStream in = IdentityGrantsTest.class.getResourceAsStream("identity-grants.golden.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        }
    }

    @Test
    void eachLevel_allowsItsActionsOnTheRepository_andTheTokenOnEverything() throws IOException {
        var byLevel = new LinkedHashMap<String, Object>();
        for (var level : RepositoryAccess.Level.values()) {
            byLevel.put(level.key(), RepositoryAccess.identityPolicy(level, ARN).toMap());
        }
        assertEquals(golden(), Json.pretty(byLevel).strip());
    }

    @Test
    void actionSets_reuseTheRepositorySideOnes() {
        assertEquals(RepositoryAccess.READ_ACTIONS, RepositoryAccess.Level.PULL.actions());
        assertEquals(RepositoryAccess.PUSH_ACTIONS, RepositoryAccess.Level.PULL_PUSH.actions());
        // image-push-iam.html's six actions
        assertEquals(List.of("ecr:BatchCheckLayerAvailability", "ecr:BatchGetImage", "ecr:CompleteLayerUpload",
                "ecr:InitiateLayerUpload", "ecr:PutImage", "ecr:UploadLayerPart"),
                RepositoryAccess.Level.PUSH.actions().stream().sorted().toList());
    }

    @Test
    void theJsonIsCompact_andTheSameEveryTime() {
        String json = RepositoryAccess.identityPolicy(RepositoryAccess.Level.PULL, ARN).toJson();
        assertEquals("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"EcrRepositoryPull\",\"Effect\":\"Allow\","
                + "\"Action\":[\"ecr:BatchCheckLayerAvailability\",\"ecr:BatchGetImage\",\"ecr:GetDownloadUrlForLayer\"],"
                + "\"Resource\":\"" + ARN + "\"},{\"Sid\":\"EcrAuthorizationToken\",\"Effect\":\"Allow\","
                + "\"Action\":\"ecr:GetAuthorizationToken\",\"Resource\":\"*\"}]}", json);
        assertEquals(json, RepositoryAccess.identityPolicy(RepositoryAccess.Level.PULL, ARN).toJson());
    }
}
