package dev.ecrkit.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ecrkit.Encryption;
import dev.ecrkit.Repository;
import dev.ecrkit.RepositoryArgs;
import dev.ecrkit.ecr.EncryptionType;
import dev.ecrkit.ecr.ImageTagMutability;
import dev.ecrkit.lifecycle.LifecycleTemplate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The kit's assertions: partial matches, counts, options, and failure messages that name the nearest resource. */
class TemplateTest {
    static final String REPO = "aws:ecr/repository:Repository";
    static final String POLICY = "aws:ecr/repositoryPolicy:RepositoryPolicy";
    static final String PULL_POLICY = """
            {"Version":"2012-10-17","Statement":[{"Sid":"Pull","Effect":"Allow",
             "Principal":{"AWS":"arn:aws:iam::210987654321:root"},"Action":["ecr:BatchGetImage","ecr:GetDownloadUrlForLayer"]}]}""";

    // set in @BeforeAll, not in a static initializer: the program's lambda runs on engine threads, which would wait for
    // this class's initialization to finish
    static Template TEMPLATE;

    @BeforeAll
    static void run() {
        TEMPLATE = Template.of(ctx -> {
            new Repository("app", RepositoryArgs.builder().name("team/app").imageTagMutability(ImageTagMutability.IMMUTABLE)
                    .encryption(Encryption.kmsWithNewKey(EncryptionType.KMS)).policy(PULL_POLICY)
                    .lifecyclePolicyTemplate(LifecycleTemplate.PRODUCTION).preventDestroy(true).deleteTimeout("30m")
                    .build(), null);
            new Repository("web", RepositoryArgs.builder().name("team/web").build(), null);
        });
    }

    @Test
    void hasResourceProperties_matchesNestedMapsAndListsPartially() {
        var repo = TEMPLATE.hasResourceProperties(REPO, Map.of("name", "team/app", "imageTagMutability", "IMMUTABLE",
                "encryptionConfigurations", List.of(Map.of("encryptionType", "KMS")),
                "imageScanningConfiguration", Map.of("scanOnPush", true)));
        assertEquals("app", repo.name());
        assertEquals(2, TEMPLATE.findResources(REPO, Map.of("forceDelete", false)).size());
        assertEquals(2, TEMPLATE.findResources(REPO, Map.of("policy", Match.absent(), "name", Match.anyValue())).size());
        assertEquals(0, TEMPLATE.findResources(REPO, Map.of("name", Match.absent())).size());
    }

    @Test
    void retainOnDelete_isAsserted_andAMismatchSaysWhat() {
        var inspector = Template.of(ctx -> new dev.ecrkit.Registry("registry", dev.ecrkit.RegistryArgs.builder()
                .inspector(dev.ecrkit.registry.InspectorActivation.ecr()).build(), null));
        inspector.resource("aws:inspector2/enabler:Enabler", "registry-inspector").isRetainedOnDelete(true);
        var e = assertThrows(AssertionError.class, () -> TEMPLATE.resource(REPO, "app").isRetainedOnDelete(true));
        assertTrue(e.getMessage().contains("expected retainOnDelete=true, got retainOnDelete=false"), e.getMessage());
    }

    @Test
    void jsonStringInputs_areComparedAsJson() {
        TEMPLATE.resource(POLICY, "app-policy")
                .hasInput("policy", Map.of("Statement", List.of(Map.of("Sid", "Pull",
                        "Action", List.of("ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer")))))
                .hasInput("policy", Map.of("Statement", Match.arrayWith(Map.of("Effect", "Allow"))))
                // a JSON text matches by its content, not its spacing
                .hasInput("policy", "{\"Statement\": [{\"Sid\": \"Pull\"}]}");
        var e = assertThrows(AssertionError.class, () -> TEMPLATE.resource(POLICY, "app-policy")
                .hasInput("policy", Map.of("Statement", List.of(Map.of("Effect", "Deny")))));
        assertEquals("aws:ecr/repositoryPolicy:RepositoryPolicy \"app-policy\": policy.Statement[0].Effect: expected"
                + " \"Deny\", got \"Allow\"", e.getMessage());
    }

    @Test
    void numbersMatchByValue() {
        TEMPLATE.hasResourceProperties("aws:kms/key:Key", Map.of("deletionWindowInDays", 7.0, "enableKeyRotation", true));
        TEMPLATE.hasResourceProperties("aws:kms/key:Key", Map.of("deletionWindowInDays", 7));
    }

    @Test
    void hasResourceProperties_failure_showsTheNearestResourceAndItsDifferences() {
        var e = assertThrows(AssertionError.class, () -> TEMPLATE.hasResourceProperties(REPO,
                Map.of("name", "team/web", "imageTagMutability", "IMMUTABLE", "forceDelete", false)));
        assertTrue(e.getMessage().startsWith("no aws:ecr/repository:Repository has inputs matching {"), e.getMessage());
        assertTrue(e.getMessage().contains("; nearest: \"web\" (1 difference of 2 aws:ecr/repository:Repository):\n"
                + "  imageTagMutability: expected \"IMMUTABLE\", got \"MUTABLE\""), e.getMessage());
    }

    @Test
    void resource_missing_namesTheNearestNameOfTheTypeOrTheNearestType() {
        var e = assertThrows(AssertionError.class, () -> TEMPLATE.resource(REPO, "ap"));
        assertEquals("no aws:ecr/repository:Repository named \"ap\"; nearest: aws:ecr/repository:Repository \"app\""
                + " (of: \"app\", \"web\")", e.getMessage());
        var typo = assertThrows(AssertionError.class, () -> TEMPLATE.resource("aws:ecr/repositry:Repository", "app"));
        assertTrue(typo.getMessage().startsWith("no aws:ecr/repositry:Repository named \"app\"; nothing of type"
                + " aws:ecr/repositry:Repository was registered; nearest: aws:ecr/repository:Repository \"app\"; types: "),
                typo.getMessage());
    }

    @Test
    void counts_parents_dependsOn_protect_timeouts() {
        TEMPLATE.resourceCountIs(REPO, 2).resourceCountIs("ecrkit:index:Repository", 2).resourceCountIs("aws:kms/key:Key", 1);
        var e = assertThrows(AssertionError.class, () -> TEMPLATE.resourceCountIs(REPO, 3));
        assertEquals("expected 3 aws:ecr/repository:Repository, got 2: \"app\", \"web\"", e.getMessage());
        TEMPLATE.resource(REPO, "app").isProtected(true).hasParent("ecrkit:index:Repository", "app")
                .hasCustomTimeouts(Map.of("delete", "30m"));
        TEMPLATE.resource(REPO, "web").isProtected(false).hasParent("ecrkit:index:Repository", "web");
        TEMPLATE.resource("ecrkit:index:Repository", "app").hasNoParent();
        var parent = assertThrows(AssertionError.class, () -> TEMPLATE.resource(REPO, "app")
                .hasParent("ecrkit:index:Repository", "web"));
        assertEquals("aws:ecr/repository:Repository \"app\": expected parent ecrkit:index:Repository \"web\", got"
                + " ecrkit:index:Repository \"app\"", parent.getMessage());
        var lifecycle = TEMPLATE.resource("aws:ecr/lifecyclePolicy:LifecyclePolicy");
        var deps = lifecycle.planned().dependsOn();
        if (deps.isEmpty()) {
            var none = assertThrows(AssertionError.class, () -> lifecycle.dependsOn(REPO, "app"));
            assertTrue(none.getMessage().endsWith("expected dependsOn to contain aws:ecr/repository:Repository \"app\","
                    + " got none"), none.getMessage());
        } else {
            lifecycle.dependsOn(REPO, "app");
        }
    }

    @Test
    void outputsAndFindings() {
        var t = Template.of(ctx -> ctx.export("url", new Repository("app", RepositoryArgs.builder().name("team/app")
                .build(), null).repositoryUrl));
        assertEquals("123456789012.dkr.ecr.us-east-1.amazonaws.com/team/app", t.output("url"));
        assertThrows(AssertionError.class, () -> t.output("uri"));
        assertTrue(t.findings().stream().anyMatch(f -> f.id().equals("ECRKIT-REPO-MUTABLE-TAGS")), t.findings().toString());
    }

    @Test
    void fromPlanJson_readsWhatToJsonWrote() {
        var read = Template.fromPlanJson(TEMPLATE.toJson());
        assertEquals(TEMPLATE.resources(), read.resources());
        assertEquals(TEMPLATE.counts(), read.counts());
    }
}
