package dev.ecrkit.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pulumi.aws.ec2.Ec2Functions;
import com.pulumi.aws.ec2.inputs.GetVpcArgs;
import com.pulumi.test.Mocks;
import com.pulumi.test.PulumiTest;
import com.pulumi.test.TestOptions;
import dev.ecrkit.Encryption;
import dev.ecrkit.KmsKey;
import dev.ecrkit.KmsKeyArgs;
import dev.ecrkit.Logging;
import dev.ecrkit.LoggingArgs;
import dev.ecrkit.Repository;
import dev.ecrkit.RepositoryArgs;
import dev.ecrkit.aws.ProviderFunctions;
import dev.ecrkit.stack.PlanMocks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The kit's mocks: overridable answers, every provider function ecrkit calls, and failures that say what to do. */
class MockStackTest {
    static final String KEY_ARN = "arn:aws:kms:eu-west-1:210987654321:key/1234abcd-12ab-34cd-56ef-1234567890ab";

    @AfterEach
    void cleanup() {
        PulumiTest.cleanup();
    }

    @Test
    void builder_regionAccountPartitionAndAliasTargets_reachTheInputs() {
        var t = MockStack.builder().region("cn-north-1").accountId("210987654321").alias("alias/shared", KEY_ARN).build()
                .run(ctx -> {
                    new Repository("app", RepositoryArgs.builder().name("team/app")
                            .encryption(Encryption.kms("alias/shared")).build(), null);
                    new KmsKey("key", KmsKeyArgs.builder().repositoryName("team/app").build(), null);
                });
        t.resource("aws:ecr/repository:Repository", "app")
                .hasInput("encryptionConfigurations", List.of(Map.of("encryptionType", "KMS", "kmsKey", KEY_ARN)));
        // the generated key policy names the partition and account the mocks answered
        t.resource("aws:kms/key:Key").hasInput("policy", Map.of("Statement", Match.arrayWith(
                Map.of("Principal", Map.of("AWS", "arn:aws-cn:iam::210987654321:root")))));
    }

    @Test
    void planMocks_answersEveryProviderFunctionEcrkitCalls_withTheFieldsEcrkitReads() {
        var mocks = PlanMocks.builder().region("eu-west-1").build();
        var read = Map.of(ProviderFunctions.GET_PARTITION, "partition", ProviderFunctions.GET_REGION, "name",
                ProviderFunctions.GET_CALLER_IDENTITY, "accountId", ProviderFunctions.KMS_GET_ALIAS, "targetKeyArn",
                ProviderFunctions.KMS_GET_KEY, "arn");
        assertEquals(new TreeSet<>(ProviderFunctions.TOKENS), new TreeSet<>(read.keySet()));
        for (String token : ProviderFunctions.TOKENS) {
            var answer = mocks.callAsync(new Mocks.CallArgs(token, com.google.common.collect.ImmutableMap.of(
                    "name", "alias/x", "keyId", "alias/x"), null)).join();
            assertTrue(answer.get(read.get(token)) instanceof String s && !s.isEmpty(), token + " " + answer);
        }
    }

    /** Every {@code XFunctions.getY(} call in the main sources is a function of {@link ProviderFunctions#TOKENS}. */
    @Test
    void everyInvokeInTheSources_isListedInProviderFunctions() throws IOException {
        var call = Pattern.compile("\\b([A-Z][a-z0-9]*)Functions\\.(get[A-Za-z0-9]+)\\(");
        var found = new TreeSet<String>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                var m = call.matcher(Files.readString(f));
                while (m.find()) {
                    String module = m.group(1).equals("Aws") ? "index" : m.group(1).toLowerCase(java.util.Locale.ROOT);
                    found.add("aws:" + module + "/" + m.group(2) + ":" + m.group(2));
                }
            }
        }
        assertFalse(found.isEmpty());
        assertTrue(ProviderFunctions.TOKENS.containsAll(found), found + " not all in " + ProviderFunctions.TOKENS);
    }

    @Test
    void userMocksThatDoNotAnswerGetPartition_failNamingTheFunctionAndHowToAnswer() {
        // what a user writes from Pulumi's docs: no answer to the provider functions
        Mocks bare = new Mocks() {
            @Override
            public CompletableFuture<ResourceResult> newResourceAsync(ResourceArgs args) {
                return CompletableFuture.completedFuture(ResourceResult.of(Optional.of(args.name + "-id"), args.inputs));
            }
        };
        var result = PulumiTest.withMocks(bare).withOptions(TestOptions.builder().projectName("p").stackName("s").build())
                .runTest(ctx -> new KmsKey("key", KmsKeyArgs.builder().repositoryName("team/app").build(), null));
        assertTrue(result.exitCode() != 0);
        String errors = String.join("\n", result.errors());
        assertFalse(errors.contains("NullPointerException"), errors);
        // the three calls run concurrently: whichever answer is read first is named
        assertTrue(errors.contains(ProviderFunctions.missingAnswer(ProviderFunctions.GET_PARTITION, "partition"))
                || errors.contains(ProviderFunctions.missingAnswer(ProviderFunctions.GET_REGION, "name"))
                || errors.contains(ProviderFunctions.missingAnswer(ProviderFunctions.GET_CALLER_IDENTITY, "accountId")),
                errors);
    }

    @Test
    void missingAnswer_saysWhichCallAndHowToAnswerIt() {
        assertEquals("ecrkit called the provider function aws:index/getPartition:getPartition and its answer has no"
                + " \"partition\". Under Pulumi mocks, answer it in Mocks.callAsync when args.token is"
                + " \"aws:index/getPartition:getPartition\" (for example Map.of(\"partition\", \"aws\")), or test with"
                + " dev.ecrkit.testing.MockStack, whose mocks answer every provider function ecrkit calls"
                + " (docs/testing.md)", ProviderFunctions.missingAnswer(ProviderFunctions.GET_PARTITION, "partition"));
    }

    @Test
    void aliasAnswerWithoutTarget_isTheNoTargetProblem() {
        var f = MockStack.builder().alias("alias/empty", "").build().failure(ctx -> new Repository("app",
                RepositoryArgs.builder().name("team/app").encryption(Encryption.kms("alias/empty")).build(), null));
        assertTrue(f.message().contains("the alias points at no KMS key"), f.message());
    }

    @Test
    void aFunctionTheMocksDoNotKnow_failsNamingItAndAnswer_andAnswerAnswersIt() {
        var failure = MockStack.builder().build().failure(ctx -> ctx.export("vpc",
                Ec2Functions.getVpc(GetVpcArgs.builder().default_(true).build()).applyValue(v -> v.id())));
        assertTrue(failure.message().contains("the mocks have no answer to the provider function aws:ec2/getVpc:getVpc;"
                + " give one with PlanMocks.builder().answer(\"aws:ec2/getVpc:getVpc\""), failure.message());
        var t = MockStack.builder().answer("aws:ec2/getVpc:getVpc", args -> Map.of("id", "vpc-123", "default", args.get("default")))
                .build().run(ctx -> ctx.export("vpc",
                        Ec2Functions.getVpc(GetVpcArgs.builder().default_(true).build()).applyValue(v -> v.id())));
        assertEquals("vpc-123", t.output("vpc"));
    }

    @Test
    void failure_badInput_givesTheProblemLinesAndNothingRegisteredAfterTheComponent() {
        var f = MockStack.builder().build().failure(ctx -> new Logging("log", LoggingArgs.builder()
                .repositoryName("team/app").retentionInDays(8).build(), null));
        assertEquals(1, f.problems().size(), f.problems().toString());
        assertTrue(f.problems().get(0).startsWith("retentionInDays: "), f.problems().toString());
        assertTrue(f.registered() <= 1, "only the component: " + f.registered());
        var e = assertThrows(AssertionError.class, () -> MockStack.builder().build().run(ctx -> new Logging("log",
                LoggingArgs.builder().repositoryName("team/app").retentionInDays(8).build(), null)));
        assertTrue(e.getMessage().startsWith("the program failed ("), e.getMessage());
        var ok = assertThrows(AssertionError.class, () -> MockStack.builder().build().failure(ctx -> { }));
        assertEquals("the program succeeded, registering 0 resources", ok.getMessage());
    }

    @Test
    void config_reachesTheProgramUnderTheProjectNamespace() {
        var t = MockStack.builder().project("shop").config("team", "orders").config("aws:region", "eu-west-1")
                .config("limits", Map.of("images", 5)).build()
                .run(ctx -> {
                    ctx.export("team", com.pulumi.core.Output.of(ctx.config().require("team")));
                    ctx.export("limits", com.pulumi.core.Output.of(ctx.config().require("limits")));
                    ctx.export("region", com.pulumi.core.Output.of(com.pulumi.Config.of("aws").require("region")));
                });
        assertEquals("orders", t.output("team"));
        assertEquals("{\"images\":5}", t.output("limits"));
        assertEquals("eu-west-1", t.output("region"));
    }
}
