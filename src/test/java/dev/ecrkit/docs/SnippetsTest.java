package dev.ecrkit.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pulumi.aws.ecr.Repository;
import com.pulumi.aws.kms.Key;
import dev.ecrkit.testing.MockStack;
import dev.ecrkit.testing.Template;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every Java block of README.md and docs/*.md is a compiled source's current text, and the examples run. */
class SnippetsTest {
    private static final Path ROOT = Path.of("").toAbsolutePath();
    private static final String REGENERATE = "stale snippet; regenerate with `mvn -q test-compile exec:java"
            + " -Dexec.classpathScope=test -DmainClass=dev.ecrkit.docs.Snippets`: ";
    private static final String TOPIC = "arn:aws:sns:us-east-1:123456789012:ecr-events";
    private static final String POLICY = """
            {"Version":"2012-10-17","Statement":[{"Sid":"Pull","Effect":"Allow",
             "Principal":{"AWS":"arn:aws:iam::210987654321:root"},"Action":["ecr:BatchGetImage"]}]}""";

    @Test
    void everyBlock_isTheCurrentTextOfItsSource() throws IOException {
        for (Path page : Snippets.pages(ROOT)) {
            String text = Files.readString(page, StandardCharsets.UTF_8);
            assertEquals(Snippets.render(ROOT, text), text, REGENERATE + ROOT.relativize(page));
        }
    }

    @Test
    void noJavaBlock_isOutsideASnippet() throws IOException {
        for (Path page : Snippets.pages(ROOT)) {
            String outside = Snippets.BLOCK.matcher(Files.readString(page, StandardCharsets.UTF_8)).replaceAll("");
            assertFalse(Pattern.compile("^```java", Pattern.MULTILINE).matcher(outside).find(),
                    ROOT.relativize(page) + ": a ```java block without a <!-- snippet: ... --> marker is never compiled");
        }
    }

    @Test
    void theConsumerTest_isBuiltFromTheTestingPagesText() throws IOException {
        var files = Snippets.itFiles(Files.readString(ROOT.resolve(Snippets.TESTING_PAGE), StandardCharsets.UTF_8));
        assertEquals(List.of(Snippets.IT_PROJECT + "/src/main/java/com/example/orders/App.java",
                Snippets.IT_PROJECT + "/src/test/java/com/example/orders/AppTest.java"), List.copyOf(files.keySet()));
        for (var e : files.entrySet()) {
            assertEquals(e.getValue(), Files.readString(ROOT.resolve(e.getKey()), StandardCharsets.UTF_8), REGENERATE + e.getKey());
        }
        // the page shows the pom's dependencies with the version the build installs
        String page = Files.readString(ROOT.resolve(Snippets.TESTING_PAGE), StandardCharsets.UTF_8);
        assertTrue(page.contains("<!-- snippet: " + Snippets.IT_PROJECT + "/pom.xml#dependencies -->"), page);
    }

    @Test
    void region_showsTheImportsItUses_dedented() throws IOException {
        String tagging = Snippets.snippet(ROOT, "src/test/java/dev/ecrkit/docs/TaggingSnippets.java", "compute");
        assertTrue(tagging.startsWith("import dev.ecrkit.tagging.DefaultTagsTemplate;\nimport dev.ecrkit.tagging.TagResult;\n"
                + "import dev.ecrkit.tagging.Tagging;\nimport dev.ecrkit.tagging.TaggingSettings;\nimport java.util.Map;\n\n"
                + "TaggingSettings settings = TaggingSettings.builder()\n"), tagging);
    }

    /** The examples run, not only compile: each under the test kit's mocks. */
    @Test
    void everySnippetProgram_runsUnderTheKit() {
        Template readme = MockStack.builder().build().run(ctx -> {
            ReadmeSnippets.repository(ctx);
            ReadmeSnippets.registry(ctx);
        });
        readme.hasResourceProperties("aws:ecr/repository:Repository", Map.of("name", "team/orders"));
        MockStack.builder().build().run(ctx -> {
            EncryptionSnippets.newKey();
            EncryptionSnippets.signingKey(ctx);
        }).resourceCountIs("aws:kms/key:Key", 2);
        MockStack.builder().build().run(ctx -> GovernanceSnippets.rules(TOPIC));
        MockStack.builder().build().run(ctx -> GovernanceExistingSnippets.existingRepository(
                new Repository("app", com.pulumi.aws.ecr.RepositoryArgs.builder().name("team/app").build()), TOPIC, POLICY));
        MockStack.builder().build().run(ctx -> LoggingSnippets.repository());
        MockStack.builder().build().run(ctx -> LoggingSnippets.sharedPolicy());
        MockStack.builder().build().run(ctx -> LoggingComponentSnippets.component(
                new Repository("orders", com.pulumi.aws.ecr.RepositoryArgs.builder().name("team/orders").build()),
                new Key("orders")));
        MockStack.builder().build().run(ctx -> MigrationSnippets.simple());
        MockStack.builder().build().run(ctx -> MonitoringSnippets.repository());
        MockStack.builder().build().run(ctx -> RegistrySnippets.registry(ctx, POLICY));
        MockStack.builder().build().run(RegistrySnippets::inspector)
                .resource("aws:inspector2/enabler:Enabler", "registry-inspector")
                .hasInput("resourceTypes", List.of("EC2", "ECR"));
        MockStack.builder().region("eu-west-1").build().run(ctx -> RepositorySnippets.repository(POLICY))
                .resource("aws:ecr/repository:Repository", "orders").isProtected(true);
        MockStack.builder().region("eu-west-1").build().run(ctx -> RepositorySnippets.events(RepositorySnippets.repository(POLICY),
                        "arn:aws:lambda:us-east-1:123456789012:function:deploy", TOPIC))
                .resource("aws:cloudwatch/eventTarget:EventTarget", "orders-deploy-target")
                .hasInput("arn", "arn:aws:lambda:us-east-1:123456789012:function:deploy");
        MockStack.builder().region("eu-west-1").build().run(ctx -> RepositorySnippets.eventRules(
                        "arn:aws:lambda:eu-west-1:123456789012:function:deploy", "arn:aws:sns:eu-west-1:123456789012:scans"))
                .resourceCountIs("aws:cloudwatch/eventTarget:EventTarget", 2)
                .resource("aws:lambda/permission:Permission", "orders-on-image-pushed-deploy-permission")
                .hasInput("sourceArn", "arn:aws:events:eu-west-1:123456789012:rule/orders-on-image-pushed-deploy");
        assertTrue(LifecycleSnippets.builder().contains("\"rulePriority\""));
        assertTrue(TaggingSnippets.compute().containsKey("TeamName"));
        assertEquals(1, TestingSnippets.failure().size());
        assertTrue(TestingSnippets.failure().get(0).startsWith("retentionInDays: "), TestingSnippets.failure().toString());
        // user mocks that delegate the provider functions: a created key's policy resolves
        var result = com.pulumi.test.PulumiTest.withMocks(new TestingSnippets.MyMocks())
                .withOptions(com.pulumi.test.TestOptions.builder().projectName("p").stackName("s").build())
                .runTest(ctx -> new dev.ecrkit.KmsKey("key", dev.ecrkit.KmsKeyArgs.builder().repositoryName("team/app")
                        .build(), null));
        com.pulumi.test.PulumiTest.cleanup();
        assertEquals(0, result.exitCode(), String.join("\n", result.errors()));
    }
}
