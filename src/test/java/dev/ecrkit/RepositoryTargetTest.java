package dev.ecrkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.pulumi.core.Output;
import dev.ecrkit.governance.PullRequestRule;
import dev.ecrkit.validation.InvalidInputException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The repositoryName/repositoryArn/tags inputs that Logging, Monitoring, Governance and KmsKey args share. */
class RepositoryTargetTest {
    private static final String ARN = "arn:aws:ecr:eu-west-1:123456789012:repository/team/app";
    private static final String BAD_ARN = "arn:aws:s3:::bucket";
    private static final String ARN_PROBLEM = "repositoryArn: must be an ECR repository ARN"
            + " (arn:<partition>:ecr:<region>:<account>:repository/<name>), got \"arn:aws:s3:::bucket\"";

    private static List<String> problems(Runnable build) {
        return assertThrows(InvalidInputException.class, build::run).problems().stream().map(Object::toString).toList();
    }

    @Test
    void missingRepositoryName_isANullPointerNamingTheArgs() {
        assertEquals("LoggingArgs.repositoryName is required",
                assertThrows(NullPointerException.class, () -> LoggingArgs.builder().build()).getMessage());
        assertEquals("MonitoringArgs.repositoryName is required",
                assertThrows(NullPointerException.class, () -> MonitoringArgs.builder().build()).getMessage());
        assertEquals("KmsKeyArgs.repositoryName is required",
                assertThrows(NullPointerException.class, () -> KmsKeyArgs.builder().build()).getMessage());
        assertEquals("GovernanceArgs.repositoryArn is required", assertThrows(NullPointerException.class,
                () -> GovernanceArgs.builder().repositoryName("team/app").build()).getMessage());
    }

    @Test
    void badPlainArn_isTheSameProblemInEveryComponent() {
        assertEquals(List.of(ARN_PROBLEM), problems(() -> LoggingArgs.builder().repositoryName("team/app")
                .repositoryArn(BAD_ARN).build()));
        assertEquals(List.of(ARN_PROBLEM), problems(() -> MonitoringArgs.builder().repositoryName("team/app")
                .repositoryArn(BAD_ARN).build()));
        assertEquals(List.of(ARN_PROBLEM), problems(() -> GovernanceArgs.builder().repositoryName("team/app")
                .repositoryArn(BAD_ARN).rules(PullRequestRule.approval("r").build()).build()));
    }

    @Test
    void valuesFromOutputs_replaceThePlainOnes_andAreNotCheckedAtBuild() {
        var args = MonitoringArgs.builder().repositoryName("Bad Name").repositoryName(Output.of("Bad Name"))
                .repositoryArn(BAD_ARN).repositoryArn(Output.of(BAD_ARN)).build();
        assertEquals(BAD_ARN, value(args.repositoryArn().orElseThrow()));
    }

    @Test
    void kmsKey_takesAnyNonBlankName_andTheOthersTheEcrRules() {
        assertEquals(List.of("repositoryName: must not be empty, got \" \""),
                problems(() -> KmsKeyArgs.builder().repositoryName(" ").build()));
        KmsKeyArgs.builder().repositoryName("Any Name").build();
        assertEquals(1, problems(() -> LoggingArgs.builder().repositoryName("Any Name").build()).size());
    }

    @Test
    void plainTags_areCopied_andReusingTheBuilderLeavesBuiltArgsAlone() {
        var tags = new HashMap<>(Map.of("Team", "platform"));
        var builder = LoggingArgs.builder().repositoryName("team/app").repositoryArn(ARN).tags(tags);
        var first = builder.build();
        tags.put("Extra", "x");
        builder.repositoryName("team/other").tags(Map.of());
        assertEquals("team/app", value(first.repositoryName()));
        assertEquals(Map.of("Team", "platform"), value(first.tags()));
        assertEquals(ARN, value(first.repositoryArn().orElseThrow()));
        assertEquals(Map.of(), value(KmsKeyArgs.builder().repositoryName("x").build().tags()), "default: none");
    }

    private static <T> T value(Output<T> output) {
        return com.pulumi.core.internal.Internal.of(output).getValueNullable().join();
    }
}
