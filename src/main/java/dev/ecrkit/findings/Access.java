package dev.ecrkit.findings;

import dev.ecrkit.json.Json;
import dev.ecrkit.policy.GovernancePolicies;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The access report of a planned stack (the plan's {@code "access"} member): for each planned repository, who its
 * repository policy and the stack's registry policy let in, and the ECR actions each principal may perform. Allow
 * minus Deny: an unconditional Deny removes actions, a Deny with a condition is listed beside the grant it limits
 * ({@code deniedWhen}), never subtracted. Wildcard actions ({@code ecr:*}, {@code ecr:Get*}, {@code *}) and NotAction
 * are expanded against {@link #ACTIONS}. Only the resource policies are read: identity policies of the principals
 * (which a cross-account principal also needs) and the account's own IAM identities are outside the plan. Computed
 * from the planned resources alone, so any policy is reported, whatever produced it; one pass over the resources.
 * Pure.
 */
public final class Access {
    /** Type token of the registry policy. */
    public static final String REGISTRY_POLICY = "aws:ecr/registryPolicy:RegistryPolicy";

    /**
     * The ECR actions that apply to the repository resource type, from the Service Authorization Reference, "Actions,
     * resources, and condition keys for Amazon Elastic Container Registry"
     * (https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonelasticcontainerregistry.html,
     * the actions whose resource type is {@code repository}); the others (GetAuthorizationToken, registry settings,
     * pull-through cache rules, creation templates) cannot be granted on a repository. Checked against the SAR's
     * data (cfn-lint 1.51.0's copy, {@code iam-reference.tsv}, {@code IamPolicyCheckTest}): its 35 actions on the
     * {@code repository} resource type, including the image actions added in 2025 (DescribeImageSigningStatus,
     * UpdateImageStorageClass) and the permission-only GetImageCopyStatus, which the pull-through cache role of
     * pull-through-cache-private.html also names.
     */
    public static final List<String> ACTIONS = List.of("ecr:BatchCheckLayerAvailability", "ecr:BatchDeleteImage",
            "ecr:BatchGetImage", "ecr:BatchGetRepositoryScanningConfiguration", "ecr:BatchImportUpstreamImage",
            "ecr:CompleteLayerUpload", "ecr:CreateRepository", "ecr:DeleteLifecyclePolicy", "ecr:DeleteRepository",
            "ecr:DeleteRepositoryPolicy", "ecr:DescribeImageReplicationStatus", "ecr:DescribeImageScanFindings",
            "ecr:DescribeImageSigningStatus",
            "ecr:DescribeImages", "ecr:DescribeRepositories", "ecr:GetDownloadUrlForLayer", "ecr:GetImageCopyStatus",
            "ecr:GetLifecyclePolicy", "ecr:GetLifecyclePolicyPreview", "ecr:GetRepositoryPolicy",
            "ecr:InitiateLayerUpload", "ecr:ListImages",
            "ecr:ListTagsForResource", "ecr:PutImage", "ecr:PutImageScanningConfiguration", "ecr:PutImageTagMutability",
            "ecr:PutLifecyclePolicy", "ecr:ReplicateImage", "ecr:SetRepositoryPolicy", "ecr:StartImageScan",
            "ecr:StartLifecyclePolicyPreview", "ecr:TagResource", "ecr:UntagResource", "ecr:UpdateImageStorageClass", "ecr:UploadLayerPart");

    /**
     * Pull: the repository actions of the AWS managed policy AmazonEC2ContainerRegistryPullOnly (ECR user guide,
     * "AWS managed policies for Amazon Elastic Container Registry"; its fourth action, GetAuthorizationToken, has no
     * resource).
     */
    public static final List<String> PULL = List.of("ecr:BatchCheckLayerAvailability", "ecr:BatchGetImage",
            "ecr:GetDownloadUrlForLayer");

    /** Push: pull plus the image push actions ({@link GovernancePolicies#PUSH_ACTIONS}). */
    public static final List<String> PUSH = Stream.concat(PULL.stream(), GovernancePolicies.PUSH_ACTIONS.stream())
            .sorted().toList();

    /** Who a Deny with a condition may still stop, beside the grant it limits. */
    public record ConditionalDeny(List<String> actions, Map<?, ?> conditions, String from) {
        /** {@code {"actions", "conditions", "from"}}. */
        public Map<String, Object> toMap() {
            return Json.object("actions", actions, "conditions", conditions, "from", from);
        }
    }

    /**
     * What one principal may do on one repository under one condition.
     *
     * @param principal  {@code *}, an IAM ARN or account id, a service principal, or {@code NotPrincipal [...]}
     * @param actions    the ECR actions, sorted
     * @param conditions the Condition block of the statements that grant them, empty when none
     * @param from       the statements that grant them ({@code repository policy statement 0 (Sid X)})
     * @param deniedWhen the Deny statements with a condition that may stop some of these actions
     */
    public record Grant(String principal, List<String> actions, Map<?, ?> conditions, List<String> from,
            List<ConditionalDeny> deniedWhen) {
        /** {@code manage} (every repository action), {@code push}, {@code pull} or {@code custom}. */
        public String level() {
            return actions.containsAll(ACTIONS) ? "manage" : actions.containsAll(PUSH) ? "push"
                    : actions.containsAll(PULL) ? "pull" : "custom";
        }

        /** The actions beyond {@link #level()}'s set. */
        public List<String> extra() {
            List<String> set = switch (level()) {
                case "manage" -> ACTIONS;
                case "push" -> PUSH;
                case "pull" -> PULL;
                default -> List.of();
            };
            return actions.stream().filter(a -> !set.contains(a)).toList();
        }

        /** {@code {"principal", "level", "actions", "conditions", "from", "deniedWhen"}}. */
        public Map<String, Object> toMap() {
            return Json.object("principal", principal, "level", level(), "actions", actions, "conditions", conditions,
                    "from", from, "deniedWhen", deniedWhen.stream().map(ConditionalDeny::toMap).toList());
        }
    }

    /** The grants on one repository, by principal, then condition. */
    public record RepositoryAccess(String repository, String urn, List<Grant> grants) {
        /** {@code {"repository", "urn", "grants"}}. */
        public Map<String, Object> toMap() {
            return Json.object("repository", repository, "urn", urn, "grants", grants.stream().map(Grant::toMap).toList());
        }
    }

    private Access() {
    }

    /** The access to every planned repository, in plan order. */
    public static List<RepositoryAccess> of(List<PlannedResource> resources) {
        var repositories = new ArrayList<PlannedResource>();
        var policies = new HashMap<String, List<PolicyStatements.Statement>>();
        var registry = new ArrayList<PolicyStatements.Statement>();
        for (PlannedResource r : resources) {
            switch (r.type()) {
                case Findings.REPOSITORY -> repositories.add(r);
                case Findings.REPOSITORY_POLICY -> policies.computeIfAbsent(String.valueOf(r.inputs().get("repository")),
                        k -> new ArrayList<>()).addAll(PolicyStatements.statements(policy(r)));
                case REGISTRY_POLICY -> registry.addAll(PolicyStatements.statements(policy(r)));
                default -> {
                }
            }
        }
        var out = new ArrayList<RepositoryAccess>();
        for (PlannedResource r : repositories) {
            String name = String.valueOf(r.inputs().getOrDefault("name", r.name()));
            var labelled = new LinkedHashMap<PolicyStatements.Statement, String>();
            policies.getOrDefault(name, List.of()).forEach(s -> labelled.put(s, "repository policy " + s.label()));
            registry.stream().filter(s -> s.resources().isEmpty() || s.resources().stream().anyMatch(p -> covers(p, name)))
                    .forEach(s -> labelled.put(s, "registry policy " + s.label()));
            out.add(new RepositoryAccess(name, r.urn(), grants(labelled)));
        }
        return List.copyOf(out);
    }

    /** The ECR repository actions a statement's Action (or NotAction) names, sorted. */
    public static List<String> expand(List<String> actions, boolean notAction) {
        var patterns = actions.stream().map(Access::glob).toList();
        return ACTIONS.stream().filter(a -> notAction != patterns.stream().anyMatch(p -> p.matcher(a).matches())).toList();
    }

    private static List<Grant> grants(Map<PolicyStatements.Statement, String> statements) {
        // (principal, condition as JSON) -> actions and the statements granting them, sorted for a stable report
        var allowed = new TreeMap<List<String>, TreeSet<String>>(Access::compare);
        var from = new HashMap<List<String>, List<String>>();
        var conditions = new HashMap<List<String>, Map<?, ?>>();
        statements.forEach((s, label) -> {
            if (!s.allow()) {
                return;
            }
            List<String> actions = expand(s.actions(), s.notAction());
            for (String principal : principals(s)) {
                var key = List.of(principal, Json.write(s.condition()));
                allowed.computeIfAbsent(key, k -> new TreeSet<>()).addAll(actions);
                from.computeIfAbsent(key, k -> new ArrayList<>()).add(label);
                conditions.put(key, s.condition());
            }
        });
        var out = new ArrayList<Grant>();
        allowed.forEach((key, actions) -> {
            var denied = new ArrayList<ConditionalDeny>();
            statements.forEach((s, label) -> {
                if (s.allow() || !appliesTo(s, key.get(0))) {
                    return;
                }
                var hit = expand(s.actions(), s.notAction()).stream().filter(actions::contains).toList();
                if (s.condition().isEmpty()) {
                    actions.removeAll(hit);
                } else if (!hit.isEmpty()) {
                    denied.add(new ConditionalDeny(hit, s.condition(), label));
                }
            });
            if (!actions.isEmpty()) {
                out.add(new Grant(key.get(0), List.copyOf(actions), conditions.get(key), List.copyOf(from.get(key)),
                        denied.stream().map(d -> new ConditionalDeny(d.actions().stream().filter(actions::contains)
                                .toList(), d.conditions(), d.from())).filter(d -> !d.actions().isEmpty()).toList()));
            }
        });
        return List.copyOf(out);
    }

    private static int compare(List<String> a, List<String> b) {
        int c = a.get(0).compareTo(b.get(0));
        return c != 0 ? c : a.get(1).compareTo(b.get(1));
    }

    private static List<String> principals(PolicyStatements.Statement s) {
        return s.notPrincipal().isEmpty() ? s.principals() : List.of("NotPrincipal " + s.notPrincipal());
    }

    private static boolean appliesTo(PolicyStatements.Statement deny, String principal) {
        if (!deny.notPrincipal().isEmpty()) {
            return !deny.notPrincipal().contains(principal);
        }
        return deny.principals().contains("*") || deny.principals().contains(principal);
    }

    /** Whether a registry policy Resource ({@code arn:...:repository/<pattern>} or {@code *}) covers the repository. */
    private static boolean covers(String resource, String repository) {
        int at = resource.indexOf(":repository/");
        return resource.equals("*") || at >= 0 && glob(resource.substring(at + ":repository/".length()))
                .matcher(repository).matches();
    }

    /** An IAM wildcard pattern ({@code *} any run, {@code ?} one character), case-insensitive as action names are. */
    private static Pattern glob(String pattern) {
        var re = new StringBuilder();
        for (String part : pattern.split("(?=[*?])|(?<=[*?])")) {
            re.append(part.equals("*") ? ".*" : part.equals("?") ? "." : Pattern.quote(part));
        }
        return Pattern.compile(re.toString(), Pattern.CASE_INSENSITIVE);
    }

    private static String policy(PlannedResource r) {
        return String.valueOf(r.inputs().getOrDefault("policy", ""));
    }
}
