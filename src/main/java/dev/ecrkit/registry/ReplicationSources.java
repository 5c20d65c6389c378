package dev.ecrkit.registry;

import dev.ecrkit.json.Json;
import dev.ecrkit.policy.AwsScope;
import dev.ecrkit.policy.PolicyDocument;
import dev.ecrkit.policy.PolicyDocuments;
import dev.ecrkit.policy.PolicyStatement;
import dev.ecrkit.policy.PrincipalArns;
import dev.ecrkit.validation.Problems;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The destination side of cross-account replication: the registry policy statement that lets source accounts
 * replicate into this registry, merged with the user's registry policy. Pure.
 *
 * <p>Source: ECR user guide, "Granting registry permissions for cross account replication in Amazon ECR"
 * (https://docs.aws.amazon.com/AmazonECR/latest/userguide/registry-permissions-create-replication.html) and
 * "Private registry policy examples for Amazon ECR", example "Allow the root user of a source account to replicate
 * all repositories" (https://docs.aws.amazon.com/AmazonECR/latest/userguide/registry-permissions-examples.html).
 */
public final class ReplicationSources {
    /** The config key and builder field. */
    public static final String FIELD = "replicationSourceAccounts";
    /** The Sid of the generated statement; stable, so a user statement cannot silently take its place. */
    public static final String SID = "EcrkitCrossAccountReplication";
    /**
     * The actions: {@code ecr:ReplicateImage} (required) and {@code ecr:CreateRepository} (lets ECR create a missing
     * destination repository), as in the guide's example; both are among the actions ECR enforces in a registry
     * policy ("Private registry permissions in Amazon ECR",
     * https://docs.aws.amazon.com/AmazonECR/latest/userguide/registry-permissions.html).
     */
    public static final List<String> ACTIONS = List.of("ecr:CreateRepository", "ecr:ReplicateImage");
    /** The resource: every repository of the destination registry, {@code repository/*} (the guide's example). */
    public static final String RESOURCE = "repository/*";

    private ReplicationSources() {
    }

    /** Reports, under {@code field}, an entry that is not a 12-digit account id or is listed twice. */
    public static void validate(Problems p, String field, List<String> accounts) {
        var seen = new HashSet<String>();
        for (int i = 0; i < accounts.size(); i++) {
            String a = accounts.get(i);
            if (!PrincipalArns.ACCOUNT_ID.matcher(a).matches()) {
                p.add(field + "[" + i + "]", "must be a 12-digit AWS account id", a);
            } else if (!seen.add(a)) {
                p.add(field + "[" + i + "]", "is listed twice", a);
            }
        }
    }

    /**
     * Reports a statement of the user's registry policy (already checked by {@link PolicyDocuments#check}) that uses
     * {@link #SID}, naming both. Called before anything is registered when the policy is plain text.
     */
    public static void checkSids(Problems p, String userPolicy) {
        Object st = ((Map<?, ?>) Json.parse(userPolicy).orElseThrow()).get("Statement");
        checkSids(p, st instanceof List<?> l ? l : List.of(st));
    }

    private static void checkSids(Problems p, List<?> statements) {
        for (int i = 0; i < statements.size(); i++) {
            if (statements.get(i) instanceof Map<?, ?> m && SID.equals(m.get("Sid"))) {
                p.add("registryPolicy.Statement[" + i + "].Sid", "is the Sid " + FIELD
                        + " generates; rename it (Sids must be unique)", SID);
            }
        }
    }

    /**
     * The statement: Allow the root principal of each source account (sorted) {@link #ACTIONS} on the destination
     * registry's repositories, {@code arn:<partition>:ecr:<region>:<account>:repository/*}.
     */
    public static PolicyStatement statement(List<String> accounts, AwsScope destination) {
        return PolicyStatement.allow(SID)
                .awsPrincipals(accounts.stream().sorted().map(a -> PrincipalArns.root(destination.partition(), a))
                        .toArray(String[]::new))
                .actions(ACTIONS)
                .resources(destination.arn("ecr", RESOURCE))
                .build();
    }

    /**
     * The registry policy: the user's document (checked already by {@link PolicyDocuments#check}; members and order
     * kept) with {@link #statement} appended, or the statement alone. Empty when there are no accounts and no user
     * policy. Reports a user statement with the Sid {@link #SID} (naming both) and a result over
     * {@value RegistryRules#REGISTRY_POLICY_MAX_LENGTH} characters.
     */
    public static Optional<String> merge(Problems p, Optional<String> userPolicy, List<String> accounts,
            AwsScope destination) {
        if (accounts.isEmpty()) {
            return userPolicy;
        }
        var generated = statement(accounts, destination);
        String json;
        if (userPolicy.isEmpty()) {
            json = new PolicyDocument(List.of(generated)).toJson();
        } else {
            @SuppressWarnings("unchecked")
            var user = (Map<String, Object>) Json.parse(userPolicy.get()).orElseThrow();
            Object st = user.get("Statement");
            List<Object> statements = new ArrayList<>(st instanceof List<?> l ? l : List.of(st));
            checkSids(p, statements);
            statements.add(generated.toJson());
            var doc = new LinkedHashMap<String, Object>();
            doc.put("Version", PolicyDocument.VERSION);
            doc.putAll(user);
            doc.put("Statement", statements);
            json = Json.write(doc);
        }
        if (json.length() > RegistryRules.REGISTRY_POLICY_MAX_LENGTH) {
            p.add("registryPolicy", "the registry policy with the " + FIELD + " statement must be at most "
                    + RegistryRules.REGISTRY_POLICY_MAX_LENGTH + " characters", json.length() + " characters");
        }
        return Optional.of(json);
    }
}
