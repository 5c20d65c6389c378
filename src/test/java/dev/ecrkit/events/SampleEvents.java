package dev.ecrkit.events;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import software.amazon.event.ruler.JsonRuleCompiler;
import software.amazon.event.ruler.Machine;

/**
 * The AWS user guides' sample events (test resources {@code dev/ecrkit/events/*.json}, see the README there) and AWS's
 * own EventBridge matcher, event-ruler.
 */
public final class SampleEvents {
    /** Account of the samples. */
    public static final String ACCOUNT = "123456789012";
    /** Region of the samples. */
    public static final String REGION = "eu-west-1";
    /** Every ECR sample. */
    public static final List<String> ECR = List.of("ecr-image-push", "ecr-image-delete", "ecr-image-archive",
            "ecr-referrer-restore", "ecr-pull-through-cache", "ecr-image-scan", "ecr-scan-resource-change",
            "ecr-replication-failed");
    /** Every Amazon Inspector sample. */
    public static final List<String> INSPECTOR = List.of("inspector-scan", "inspector-finding");

    private SampleEvents() {
    }

    /** The sample {@code name} about {@code repository} in {@link #ACCOUNT} and {@link #REGION}. */
    public static String load(String name, String repository) {
        try (InputStream in = SampleEvents.class.getResourceAsStream(name + ".json")) {
            if (in == null) {
                throw new IllegalArgumentException("no sample event " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("{{ACCOUNT}}", ACCOUNT)
                    .replace("{{REGION}}", REGION).replace("{{REPOSITORY}}", repository);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The ARN of {@code repository} in the samples' account and Region. */
    public static String repositoryArn(String repository) {
        return "arn:aws:ecr:" + REGION + ":" + ACCOUNT + ":repository/" + repository;
    }

    /** Whether event-ruler accepts {@code pattern}: null when it does, else its complaint. */
    public static String compileError(String pattern) {
        return JsonRuleCompiler.check(pattern);
    }

    /** Whether {@code pattern} matches {@code event}, as EventBridge decides (event-ruler). */
    public static boolean matches(String pattern, String event) {
        try {
            var machine = new Machine();
            machine.addRule("rule", pattern);
            return !machine.rulesForJSONEvent(event).isEmpty();
        } catch (Exception e) {
            throw new AssertionError("event-ruler failed on " + pattern, e);
        }
    }
}
