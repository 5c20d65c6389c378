package dev.ecrkit.policy;

import dev.ecrkit.json.Json;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A policy document: version {@value #VERSION} and its statements, rendered as compact deterministic JSON. The one
 * document model of ecrkit: key policies, role trust and permission policies, SNS topic, SQS queue, CloudWatch Logs
 * and repository policies. Pure.
 *
 * @param statements the statements, in order
 */
public record PolicyDocument(List<PolicyStatement> statements) {
    /**
     * The policy language version
     * (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_version.html).
     */
    public static final String VERSION = "2012-10-17";

    public PolicyDocument {
        statements = List.copyOf(statements);
    }

    /** A document of these statements. */
    public static PolicyDocument of(PolicyStatement... statements) {
        return new PolicyDocument(List.of(statements));
    }

    /** {@code {"Version": ..., "Statement": [...]}} as an ordered map. */
    public Map<String, Object> toMap() {
        var m = new LinkedHashMap<String, Object>();
        m.put("Version", VERSION);
        m.put("Statement", statements.stream().map(PolicyStatement::toJson).toList());
        return m;
    }

    /** Compact JSON, keys in the order of {@link PolicyStatement#toJson()}, no null members. */
    public String toJson() {
        return Json.write(toMap());
    }

    /** Size of {@link #toJson()} in UTF-8 bytes (what KMS counts). */
    public int sizeInBytes() {
        return toJson().getBytes(StandardCharsets.UTF_8).length;
    }
}
