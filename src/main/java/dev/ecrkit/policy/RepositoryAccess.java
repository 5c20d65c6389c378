package dev.ecrkit.policy;

import dev.ecrkit.validation.Problems;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Access intents of a repository: who may pull, push or administer it, stated as principals, organizations and
 * Lambda functions, rendered as repository policy statements with stable Sids (docs/access.md). Each input key is
 * the config key, the plugin input and the Java builder method of the same name. Pure.
 *
 * @param readOnlyPrincipals     IAM principal ARNs or 12-digit account ids that may pull
 * @param pushPrincipals         principals that may pull and push
 * @param fullAccessPrincipals   principals that may do every ECR action on the repository
 * @param readOrganizationIds    organization ids ({@code o-...}) whose principals may pull
 * @param pushOrganizationIds    organization ids whose principals may pull and push
 * @param readOrganizationPaths  organizational-unit paths whose principals may pull
 * @param pushOrganizationPaths  organizational-unit paths whose principals may pull and push
 * @param lambdaReadAccess       account ids or Lambda function ARNs whose functions may pull their image
 * @param pullThroughCachePrincipals principals that may pull and, through a pull-through cache rule whose prefix this
 *                               repository's name starts with, import upstream images into it
 */
public record RepositoryAccess(List<String> readOnlyPrincipals, List<String> pushPrincipals,
        List<String> fullAccessPrincipals, List<String> readOrganizationIds, List<String> pushOrganizationIds,
        List<String> readOrganizationPaths, List<String> pushOrganizationPaths, List<String> lambdaReadAccess,
        List<String> pullThroughCachePrincipals) {
    /**
     * Pull: the actions of "Example: Allow another account" (pull) in the ECR user guide's private repository policy
     * examples (https://docs.aws.amazon.com/AmazonECR/latest/userguide/repository-policy-examples.html).
     */
    public static final List<String> READ_ACTIONS = List.of("ecr:BatchCheckLayerAvailability", "ecr:BatchGetImage",
            "ecr:GetDownloadUrlForLayer");
    /**
     * Push adds the layer upload and image actions of the same page's push example ("Allow an IAM user within your
     * account" to push and pull, repository-policy-examples.html).
     */
    public static final List<String> PUSH_ACTIONS = List.of("ecr:BatchCheckLayerAvailability", "ecr:BatchGetImage",
            "ecr:GetDownloadUrlForLayer", "ecr:CompleteLayerUpload", "ecr:InitiateLayerUpload", "ecr:PutImage",
            "ecr:UploadLayerPart");
    /**
     * Full access: every ECR action on the repository, the service prefix with a wildcard (IAM JSON policy reference,
     * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_action.html; cloudposse's
     * {@code principals_full_access} grants the same).
     */
    public static final List<String> FULL_ACTIONS = List.of("ecr:*");
    /**
     * Lambda: the two actions the Lambda developer guide's "Amazon ECR permissions" section grants the
     * {@code lambda.amazonaws.com} service principal (https://docs.aws.amazon.com/lambda/latest/dg/images-create.html).
     * Granted under ecrkit's Sids, never Lambda's own {@code LambdaECRImageRetrievalPolicy}: what Lambda writes under
     * that Sid is not documented (users report three policy-management actions more), so a {@code policy} that keeps
     * Lambda's statement never clashes with the intent (docs/access.md).
     */
    public static final List<String> LAMBDA_ACTIONS = List.of("ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer");
    /**
     * Pull-through cache consumers: pull plus {@code ecr:BatchImportUpstreamImage}, which "can be granted by ... the
     * resource-based repository permissions policy" (https://docs.aws.amazon.com/AmazonECR/latest/userguide/pull-through-cache-iam.html).
     * That page's {@code ecr:CreateRepository} is not here: a repository policy cannot grant it (identity or registry
     * policy only), and the repository exists because ecrkit creates it.
     */
    public static final List<String> PULL_THROUGH_CACHE_ACTIONS = List.of("ecr:BatchCheckLayerAvailability",
            "ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer", "ecr:BatchImportUpstreamImage");
    /**
     * An organization id: {@code o-} and 10-32 lower-case letters or digits (AWS Organizations API, {@code Organization.Id}
     * pattern {@code ^o-[a-z0-9]{10,32}$}).
     */
    public static final Pattern ORGANIZATION_ID = Pattern.compile("o-[a-z0-9]{10,32}");
    /**
     * An organizational-unit path as {@code aws:PrincipalOrgPaths} takes it: {@code o-<id>/r-<root>/} then
     * {@code ou-...} segments, each ending in {@code /}, optionally ending in {@code *}
     * (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html#condition-keys-principalorgpaths).
     */
    public static final Pattern ORGANIZATION_PATH = Pattern.compile(
            "o-[a-z0-9]{10,32}/r-[0-9a-z]{4,32}/(?:ou-[0-9a-z]{4,32}-[a-z0-9]{8,32}/)*\\*?");
    /** A Lambda function ARN, version or alias, {@code *} allowed in the name (Lambda API {@code FunctionArn}). */
    public static final Pattern FUNCTION_ARN = Pattern.compile(
            "arn:(aws|aws-cn|aws-us-gov):lambda:[a-z0-9-]+:[0-9]{12}:function:[a-zA-Z0-9_*-]+(?::[a-zA-Z0-9_*$-]+)?");

    /**
     * The action an identity needs, beside its repository actions, to log in to any registry:
     * {@code ecr:GetAuthorizationToken} has no resource type, so it is granted on {@code *} (Service Authorization
     * Reference, https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonelasticcontainerregistry.html;
     * ECR user guide "Private registry authentication", https://docs.aws.amazon.com/AmazonECR/latest/userguide/registry_auth.html).
     * A repository policy cannot grant it: it goes in the identity's own policy.
     */
    public static final String AUTHORIZATION_TOKEN_ACTION = "ecr:GetAuthorizationToken";

    /** What an identity-side grant allows on one repository ({@link #identityPolicy}). */
    public enum Level {
        /** Pull: {@link #READ_ACTIONS}. */
        PULL("pull", "EcrRepositoryPull", READ_ACTIONS),
        /**
         * Push: the six repository actions of the ECR user guide's "IAM permissions for pushing an image"
         * (https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-push-iam.html): {@link #PUSH_ACTIONS} without
         * {@code ecr:GetDownloadUrlForLayer}, which only pulling layers needs.
         */
        PUSH("push", "EcrRepositoryPush", PUSH_ACTIONS.stream().filter(a -> !a.equals("ecr:GetDownloadUrlForLayer")).toList()),
        /** Pull and push: {@link #PUSH_ACTIONS}. */
        PULL_PUSH("pullpush", "EcrRepositoryPullPush", PUSH_ACTIONS);

        private final String key;
        private final String sid;
        private final List<String> actions;

        Level(String key, String sid, List<String> actions) {
            this.key = key;
            this.sid = sid;
            this.actions = actions;
        }

        /** {@code pull}, {@code push} or {@code pullpush}: the part of the grant's resource name. */
        public String key() {
            return key;
        }

        /** The repository actions this level allows. */
        public List<String> actions() {
            return actions;
        }
    }

    /**
     * The identity policy of a grant, for a role, user or group policy the caller attaches itself: the level's actions
     * on the repository (Sid {@code EcrRepositoryPull}, {@code EcrRepositoryPush} or {@code EcrRepositoryPullPush}),
     * then {@link #AUTHORIZATION_TOKEN_ACTION} on {@code *} (Sid {@code EcrAuthorizationToken}), as the ECR user guide's
     * image-push-iam.html example has them.
     *
     * @param repositoryArn the repository's ARN ({@code arn:<partition>:ecr:<region>:<account>:repository/<name>})
     */
    public static PolicyDocument identityPolicy(Level level, String repositoryArn) {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(repositoryArn, "repositoryArn");
        return PolicyDocument.of(
                PolicyStatement.allow(level.sid).actions(level.actions()).resources(repositoryArn).build(),
                PolicyStatement.allow("EcrAuthorizationToken").actions(AUTHORIZATION_TOKEN_ACTION).resources("*").build());
    }

    public RepositoryAccess {
        readOnlyPrincipals = List.copyOf(readOnlyPrincipals);
        pushPrincipals = List.copyOf(pushPrincipals);
        fullAccessPrincipals = List.copyOf(fullAccessPrincipals);
        readOrganizationIds = List.copyOf(readOrganizationIds);
        pushOrganizationIds = List.copyOf(pushOrganizationIds);
        readOrganizationPaths = List.copyOf(readOrganizationPaths);
        pushOrganizationPaths = List.copyOf(pushOrganizationPaths);
        lambdaReadAccess = List.copyOf(lambdaReadAccess);
        pullThroughCachePrincipals = List.copyOf(pullThroughCachePrincipals);
    }

    /** No intent. */
    public static final RepositoryAccess NONE = new RepositoryAccess(List.of(), List.of(), List.of(), List.of(),
            List.of(), List.of(), List.of(), List.of(), List.of());

    /** Whether no intent is set. */
    public boolean isEmpty() {
        return statements().isEmpty();
    }

    /** One generated statement and the input key it comes from. */
    public record Generated(String key, PolicyStatement statement) {
        public Generated {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(statement, "statement");
        }
    }

    /** Checks every value; problems at the input's key and index. */
    public void check(Problems p) {
        principals(p, "readOnlyPrincipals", readOnlyPrincipals);
        principals(p, "pushPrincipals", pushPrincipals);
        principals(p, "fullAccessPrincipals", fullAccessPrincipals);
        principals(p, "pullThroughCachePrincipals", pullThroughCachePrincipals);
        matching(p, "readOrganizationIds", readOrganizationIds, ORGANIZATION_ID, "must be an organization id o-<10-32 a-z0-9>");
        matching(p, "pushOrganizationIds", pushOrganizationIds, ORGANIZATION_ID, "must be an organization id o-<10-32 a-z0-9>");
        String path = "must be an organizational-unit path o-<id>/r-<root>/ou-<id>/.../ (optionally ending in *)";
        matching(p, "readOrganizationPaths", readOrganizationPaths, ORGANIZATION_PATH, path);
        matching(p, "pushOrganizationPaths", pushOrganizationPaths, ORGANIZATION_PATH, path);
        for (int i = 0; i < lambdaReadAccess.size(); i++) {
            String v = lambdaReadAccess.get(i);
            if (!PrincipalArns.ACCOUNT_ID.matcher(v).matches() && !FUNCTION_ARN.matcher(v).matches()) {
                p.add("lambdaReadAccess[" + i + "]", "must be a 12-digit account id or a Lambda function ARN"
                        + " arn:<partition>:lambda:<region>:<account>:function:<name>", v);
            }
        }
    }

    private static void principals(Problems p, String key, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            String v = values.get(i);
            String at = key + "[" + i + "]";
            if (v.equals("*")) {
                p.add(at, "\"*\" (every principal) is accepted only with an organization condition: use"
                        + " readOrganizationIds/readOrganizationPaths or pushOrganizationIds/pushOrganizationPaths", v);
            } else if (!PrincipalArns.ACCOUNT_ID.matcher(v).matches()) {
                PrincipalArns.checkOne(p, at, v, PrincipalArns.ALL_KINDS);
            }
        }
    }

    private static void matching(Problems p, String key, List<String> values, Pattern pattern, String rule) {
        for (int i = 0; i < values.size(); i++) {
            if (!pattern.matcher(values.get(i)).matches()) {
                p.add(key + "[" + i + "]", rule, values.get(i));
            }
        }
    }

    /** The statements, in input order, each with its key; none for an unset input. */
    public List<Generated> statements() {
        var out = new ArrayList<Generated>();
        aws(out, "readOnlyPrincipals", "ReadOnlyPrincipals", readOnlyPrincipals, READ_ACTIONS);
        aws(out, "pushPrincipals", "PushPrincipals", pushPrincipals, PUSH_ACTIONS);
        aws(out, "fullAccessPrincipals", "FullAccessPrincipals", fullAccessPrincipals, FULL_ACTIONS);
        org(out, "readOrganizationIds", "ReadOrganizations", readOrganizationIds, READ_ACTIONS,
                "StringEquals", "aws:PrincipalOrgID");
        org(out, "pushOrganizationIds", "PushOrganizations", pushOrganizationIds, PUSH_ACTIONS,
                "StringEquals", "aws:PrincipalOrgID");
        org(out, "readOrganizationPaths", "ReadOrganizationPaths", readOrganizationPaths, READ_ACTIONS,
                "ForAnyValue:StringLike", "aws:PrincipalOrgPaths");
        org(out, "pushOrganizationPaths", "PushOrganizationPaths", pushOrganizationPaths, PUSH_ACTIONS,
                "ForAnyValue:StringLike", "aws:PrincipalOrgPaths");
        var accounts = lambdaReadAccess.stream().filter(v -> PrincipalArns.ACCOUNT_ID.matcher(v).matches()).toList();
        var functions = lambdaReadAccess.stream().filter(v -> !PrincipalArns.ACCOUNT_ID.matcher(v).matches()).toList();
        if (!accounts.isEmpty()) {
            out.add(new Generated("lambdaReadAccess", PolicyStatement.allow("LambdaReadAccounts")
                    .services(ServicePrincipals.LAMBDA).actions(LAMBDA_ACTIONS).noResource()
                    .condition("StringLike", "aws:SourceArn", accounts.stream().map(RepositoryAccess::functionsOf)
                            .toList()).build()));
        }
        if (!functions.isEmpty()) {
            out.add(new Generated("lambdaReadAccess", PolicyStatement.allow("LambdaReadFunctions")
                    .services(ServicePrincipals.LAMBDA).actions(LAMBDA_ACTIONS).noResource()
                    .condition("StringLike", "aws:SourceArn", functions).build()));
        }
        aws(out, "pullThroughCachePrincipals", "PullThroughCachePrincipals", pullThroughCachePrincipals,
                PULL_THROUGH_CACHE_ACTIONS);
        return out;
    }

    /**
     * Every function of an account, as the {@code aws:sourceArn} pattern of the Lambda developer guide's "Amazon ECR
     * permissions" section ({@code StringLike} {@code arn:aws:lambda:us-east-1:123456789012:function:*},
     * https://docs.aws.amazon.com/lambda/latest/dg/images-create.html), any partition and Region: the key Lambda is
     * documented to send when it pulls, where {@code aws:SourceAccount} is not.
     */
    static String functionsOf(String account) {
        return "arn:*:lambda:*:" + account + ":function:*";
    }

    private static void aws(List<Generated> out, String key, String sid, List<String> principals, List<String> actions) {
        if (!principals.isEmpty()) {
            out.add(new Generated(key, PolicyStatement.allow(sid).awsPrincipals(principals.toArray(String[]::new))
                    .actions(actions).noResource().build()));
        }
    }

    private static void org(List<Generated> out, String key, String sid, List<String> values, List<String> actions,
            String operator, String conditionKey) {
        if (!values.isEmpty()) {
            out.add(new Generated(key, PolicyStatement.allow(sid).awsPrincipals("*").actions(actions).noResource()
                    .condition(operator, conditionKey, values).build()));
        }
    }

    /**
     * Reports, at the intent's key, a Deny statement of the user's policy (an unconditional one; a conditional Deny
     * cannot be judged offline) whose principals include the intent's (or every principal) and whose actions cover one
     * of the intent's actions: the intent would be granted and blocked at once. {@code policy} is the parsed document.
     */
    public void checkDenies(Problems p, String field, Map<?, ?> policy) {
        Object st = policy.get("Statement");
        List<?> statements = st instanceof List<?> l ? l : List.of(st);
        for (int i = 0; i < statements.size(); i++) {
            if (!(statements.get(i) instanceof Map<?, ?> s) || !"Deny".equals(s.get("Effect"))
                    || s.containsKey("Condition") || s.containsKey("NotPrincipal") || s.containsKey("NotAction")) {
                continue;
            }
            List<String> denied = strings(s.get("Action"));
            Map<String, List<String>> who = principalsOf(s.get("Principal"));
            for (Generated g : statements()) {
                var blocked = g.statement().actions().stream().filter(a -> covers(denied, a)).findFirst();
                var principal = g.statement().principals().stream()
                        .flatMap(pr -> pr.identifiers().stream().filter(id -> covers(
                                who.getOrDefault(pr.type().wire(), List.of()), id)))
                        .findFirst();
                if (blocked.isPresent() && principal.isPresent()) {
                    String where = field + ".Statement[" + i + "]" + (s.get("Sid") instanceof String sid
                            ? " (Sid " + sid + ")" : "");
                    p.add(g.key(), "the Deny " + where + " blocks " + blocked.get() + " for " + principal.get()
                            + ", which " + g.key() + " allows; remove one of them", principal.get());
                }
            }
        }
    }

    private static Map<String, List<String>> principalsOf(Object principal) {
        var m = new LinkedHashMap<String, List<String>>();
        if ("*".equals(principal)) {
            m.put("AWS", List.of("*"));
            m.put("Service", List.of("*"));
        } else if (principal instanceof Map<?, ?> types) {
            types.forEach((t, ids) -> m.put(String.valueOf(t), strings(ids)));
        }
        return m;
    }

    private static List<String> strings(Object value) {
        if (value instanceof List<?> l) {
            return l.stream().map(String::valueOf).toList();
        }
        return value == null ? List.of() : List.of(String.valueOf(value));
    }

    /** Whether one of the patterns (IAM wildcards {@code *} and {@code ?}, case-insensitive) matches the value. */
    private static boolean covers(List<String> patterns, String value) {
        return patterns.stream().anyMatch(pt -> Pattern.compile(
                ("\\Q" + pt + "\\E").replace("*", "\\E.*\\Q").replace("?", "\\E.\\Q"), Pattern.CASE_INSENSITIVE)
                .matcher(value).matches());
    }
}
