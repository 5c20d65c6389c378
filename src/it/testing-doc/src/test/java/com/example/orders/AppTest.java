package com.example.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ecrkit.testing.Match;
import dev.ecrkit.testing.MockStack;
import dev.ecrkit.testing.Template;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AppTest {
    static final String REPOSITORY = "aws:ecr/repository:Repository";
    static final String KEY_ARN = "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab";

    @Test
    void oneImmutableRepository() {
        Template template = Template.of(App::stack);

        template.resourceCountIs(REPOSITORY, 1);
        template.hasResourceProperties(REPOSITORY, Map.of("name", "team/orders", "imageTagMutability", "IMMUTABLE"));
    }

    @Test
    void encryptedWithTheAliasKey_protected_withPolicyAndLifecycle() {
        Template template = MockStack.builder()
                .region("eu-west-1")                     // default: us-east-1
                .alias("alias/orders", KEY_ARN)          // default: a key of the mocks' account and Region
                .build()
                .run(App::stack);

        template.resource(REPOSITORY, "orders")
                .hasInputs(Map.of("encryptionConfigurations", List.of(Map.of("encryptionType", "KMS", "kmsKey", KEY_ARN))))
                .isProtected(true)
                .hasParent("ecrkit:index:Repository", "orders");
        // a JSON-string input (the policy) is compared as JSON, objects partially
        template.hasResourceProperties("aws:ecr/repositoryPolicy:RepositoryPolicy", Map.of(
                "repository", "team/orders",
                "policy", Map.of("Statement", Match.arrayWith(Map.of("Sid", "CiPull", "Effect", "Allow")))));
        template.hasResourceProperties("aws:ecr/lifecyclePolicy:LifecyclePolicy", Map.of("repository", "team/orders"));
        assertEquals("123456789012.dkr.ecr.eu-west-1.amazonaws.com/team/orders", template.output("repositoryUrl"));
    }
}
