package dev.ecrkit.docs;

import com.pulumi.Context;
import com.pulumi.aws.iam.Role;
import com.pulumi.aws.iam.RoleArgs;
import com.pulumi.core.Output;
import dev.ecrkit.Repository;
import dev.ecrkit.RepositoryArgs;
import dev.ecrkit.policy.PolicyDocument;
import dev.ecrkit.policy.RepositoryAccess;

/** The Java snippets of docs/access.md. */
public final class AccessSnippets {
    private AccessSnippets() {
    }

    /** Identity-side grants: a role of this stack, an existing role by name. */
    public static void grants(Context ctx) {
        String trustPolicy = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":"
                + "{\"Service\":\"codebuild.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}]}";
        // snippet: grants
        var repo = new Repository("app", RepositoryArgs.builder().name("team/app").build(), null);
        var ci = new Role("ci", RoleArgs.builder().name("team-app-ci").assumeRolePolicy(trustPolicy).build());
        repo.grantPullPush(ci);                 // RolePolicy "app-grant-pullpush-ci"
        repo.grantPull("deployer");             // an existing role, by name: "app-grant-pull-deployer"

        // or attach the document yourself (a user, a group, a managed policy):
        PolicyDocument pull = RepositoryAccess.identityPolicy(RepositoryAccess.Level.PULL,
                "arn:aws:ecr:eu-west-1:123456789012:repository/team/app");
        String json = pull.toJson();
        // end-snippet
        ctx.export("pullPolicy", Output.of(json));
    }
}
