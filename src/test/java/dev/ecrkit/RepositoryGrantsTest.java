package dev.ecrkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.pulumi.core.Output;
import dev.ecrkit.docs.AccessSnippets;
import dev.ecrkit.policy.RepositoryAccess;
import dev.ecrkit.testing.Template;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Identity-side grants through the Java API and the test kit (issue 21, docs/access.md). */
class RepositoryGrantsTest {
    private static final String ROLE_POLICY = "aws:iam/rolePolicy:RolePolicy";
    private static final String ARN = "arn:aws:ecr:us-east-1:123456789012:repository/team/app";

    @Test
    void theDocsSnippet_registersOneRolePolicyPerGrant_childrenOfTheRepository() {
        Template template = Template.of(AccessSnippets::grants);
        template.resourceCountIs(ROLE_POLICY, 2);
        var ci = template.resource(ROLE_POLICY, "app-grant-pullpush-ci").hasParent(Repository.TYPE, "app");
        assertEquals(RepositoryAccess.identityPolicy(RepositoryAccess.Level.PULL_PUSH, ARN).toJson(), ci.input("policy"));
        assertEquals("team-app-ci", ci.input("role")); // the role's name, not its resource name
        template.resource(ROLE_POLICY, "app-grant-pull-deployer").hasParent(Repository.TYPE, "app")
                .hasInputs(Map.of("role", "deployer",
                        "policy", RepositoryAccess.identityPolicy(RepositoryAccess.Level.PULL, ARN).toJson()));
    }

    @Test
    void pushAndAnOutputRoleName_useTheKeyInTheName() {
        Template template = Template.of(ctx -> {
            var repo = new Repository("app", RepositoryArgs.builder().name("team/app").build(), null);
            repo.grantPush("builder", Output.of("builder-role-1234"));
        });
        template.resource(ROLE_POLICY, "app-grant-push-builder").hasParent(Repository.TYPE, "app")
                .hasInput("role", "builder-role-1234")
                .hasInput("policy", RepositoryAccess.identityPolicy(RepositoryAccess.Level.PUSH, ARN).toJson());
    }
}
