package dev.ecrkit.policy;

import dev.ecrkit.json.Json;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * An IAM-style policy document ({@code {"Version":"2012-10-17","Statement":[...]}}) rendered as deterministic compact
 * JSON. Used for role trust and permission policies, SNS topic, SQS queue and CloudWatch Logs resource policies. Pure.
 *
 * @param statements the statements, at least one
 */
public record IamPolicyDocument(List<IamStatement> statements) {
    /** The policy language version (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_version.html). */
    public static final String VERSION = "2012-10-17";

    public IamPolicyDocument {
        statements = List.copyOf(statements);
        if (statements.isEmpty()) {
            throw new IllegalArgumentException("a policy document needs a statement");
        }
    }

    /** A document of these statements. */
    public static IamPolicyDocument of(IamStatement... statements) {
        return new IamPolicyDocument(List.of(statements));
    }

    /** Compact JSON. */
    public String toJson() {
        var doc = new LinkedHashMap<String, Object>();
        doc.put("Version", VERSION);
        doc.put("Statement", statements.stream().map(IamStatement::toJsonTree).toList());
        return Json.write(doc);
    }
}
