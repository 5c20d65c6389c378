package dev.ecrkit.findings;

import dev.ecrkit.lifecycle.LifecyclePolicy;
import dev.ecrkit.lifecycle.LifecycleTemplate;
import dev.ecrkit.lifecycle.RuleWarning;
import dev.ecrkit.lifecycle.ShadowedRules;
import dev.ecrkit.policy.GovernancePolicies;
import dev.ecrkit.validation.InvalidInputException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The security findings of a planned stack, judged on the planned resources' inputs and options (what would really be
 * deployed), so Java programs and config-driven stacks are judged alike. One check per "report" control of the
 * security checks reference, section 1, that applies to the resources ecrkit creates today ({@link Check}); each
 * finding names the config key that fixes it: {@code ecrkit:repositories.<entry>.<key>}, the entry being the name of
 * the repository's parent {@code ecrkit:index:Repository} component. Pure: no Pulumi types.
 */
public final class Findings {
    /** Type token of an ECR repository. */
    public static final String REPOSITORY = "aws:ecr/repository:Repository";
    /** Type token of a repository policy. */
    public static final String REPOSITORY_POLICY = "aws:ecr/repositoryPolicy:RepositoryPolicy";
    /** Type token of a lifecycle policy. */
    public static final String LIFECYCLE_POLICY = "aws:ecr/lifecyclePolicy:LifecyclePolicy";
    /** Type token of ecrkit's repository component (its name is the config entry). */
    public static final String COMPONENT = "ecrkit:index:Repository";
    /** Type token of an SNS topic. */
    public static final String SNS_TOPIC = "aws:sns/topic:Topic";
    /** Type token of a CloudWatch Logs log group. */
    public static final String LOG_GROUP = "aws:cloudwatch/logGroup:LogGroup";
    /** Type token of ecrkit's Logging component (the owner of the repository's event log group). */
    public static final String LOGGING_COMPONENT = "ecrkit:index:Logging";
    /** Retention CloudWatch.16 expects at least (days); 0 means "never expire" and passes. */
    public static final int MIN_LOG_RETENTION_DAYS = 365;
    /** The module variable (an entry key) that sets the registry scanning filters. */
    static final String REGISTRY_SCAN_FILTERS_KEY = "scanRepositoryFilters";
    /** The AWS managed key of ECR, which Security Hub ECR.5 does not accept as customer managed. */
    public static final String AWS_MANAGED_KEY_ALIAS = "alias/aws/ecr";

    /** The condition keys that restrict a grant to an organization. */
    private static final Set<String> ORGANIZATION_KEYS = Set.of("aws:principalorgid", "aws:principalorgpaths");
    /** The service principal of Lambda. */
    static final String LAMBDA = "lambda.amazonaws.com";
    /**
     * What ties a Lambda grant to functions (Lambda developer guide, "Amazon ECR permissions", which shows
     * {@code StringLike aws:sourceArn arn:aws:lambda:<region>:<account>:function:*}): an {@code aws:SourceAccount} of
     * 12 digits, or an {@code aws:SourceArn} that names the account (partition, Region and function name may be wildcards).
     */
    private static final Pattern SOURCE_ACCOUNT = Pattern.compile("[0-9]{12}");
    private static final Pattern SOURCE_ARN = Pattern.compile("arn:([a-z-]+|\\*):lambda:[a-z0-9-*?]*:[0-9]{12}:function:.+");

    private Findings() {
    }

    /**
     * Every finding, HIGH first, then by URN, then in {@link Check} order. {@code account} is the deploying account (the offline plan's
     * placeholder): principals of any other account are reported as cross-account.
     */
    public static List<Finding> of(List<PlannedResource> resources, String account) {
        var all = new Index(resources);
        var findings = new ArrayList<Finding>();
        for (PlannedResource r : all.resources) {
            switch (r.type()) {
                case REPOSITORY -> repository(r, all, findings);
                case REPOSITORY_POLICY -> repositoryPolicy(r, all, account, findings);
                case LIFECYCLE_POLICY -> lifecyclePolicy(r, all, findings);
                case SNS_TOPIC -> snsTopic(r, all, findings);
                case LOG_GROUP -> logGroup(r, all, findings);
                default -> {
                }
            }
        }
        // deterministic whatever order the engine registered the resources in: severity, then URN, then check order
        findings.sort(Comparator.comparing(Finding::severity).reversed().thenComparing(Finding::urn));
        return List.copyOf(findings);
    }

    /**
     * The resources, read once, indexed by URN, plus the repositories that have a lifecycle policy and the stack's
     * registry scanning rules: every check then looks up what it needs, so the findings take one pass over the
     * resources, not one per resource.
     */
    private static final class Index {
        private final List<PlannedResource> resources;
        private final Map<String, PlannedResource> byUrn = new HashMap<>();
        private final Set<String> withLifecyclePolicy = new HashSet<>();
        private final RegistryScanCoverage scanning;

        Index(List<PlannedResource> list) {
            resources = List.copyOf(list);
            var scanningConfigurations = new ArrayList<Map<String, Object>>();
            for (PlannedResource p : resources) {
                byUrn.put(p.urn(), p);
                if (p.type().equals(LIFECYCLE_POLICY) && p.inputs().get("repository") != null) {
                    withLifecyclePolicy.add(String.valueOf(p.inputs().get("repository")));
                } else if (p.type().equals(RegistryScanCoverage.TYPE)) {
                    scanningConfigurations.add(p.inputs());
                }
            }
            scanning = RegistryScanCoverage.of(scanningConfigurations);
        }

        /** {@code ecrkit:repositories.<entry>.} when an ancestor of the resource is an ecrkit Repository component, else "". */
        String keyPrefix(PlannedResource r) {
            for (var p = byUrn.get(r.parent()); p != null; p = byUrn.get(p.parent())) {
                if (p.type().equals(COMPONENT)) {
                    return "ecrkit:repositories." + p.name() + ".";
                }
            }
            return "";
        }
    }

    private static void repository(PlannedResource r, Index all, List<Finding> out) {
        Map<String, Object> in = r.inputs();
        String key = all.keyPrefix(r);
        String name = String.valueOf(in.getOrDefault("name", r.name()));
        Object mutability = in.getOrDefault("imageTagMutability", "MUTABLE");
        if ("MUTABLE".equals(mutability) || "MUTABLE_WITH_EXCLUSION".equals(mutability)) {
            out.add(finding(Check.MUTABLE_TAGS, r, key, "repository " + name + " has " + mutability + " tags: a pushed"
                    + " tag can be moved to another image, so a tag no longer says which image runs; use IMMUTABLE"));
        } else if ("IMMUTABLE_WITH_EXCLUSION".equals(mutability)) {
            out.add(finding(Check.TAG_MUTABILITY_EXCLUSIONS, r, key, "repository " + name + " is IMMUTABLE_WITH_EXCLUSION:"
                    + " tags matching " + filters(in.get("imageTagMutabilityExclusionFilters")) + " can still move, and"
                    + " scanners pass only IMMUTABLE"));
        }
        encryption(r, key, name, in.get("encryptionConfigurations")).ifPresent(out::add);
        boolean ownScanOnPush = in.get("imageScanningConfiguration") instanceof Map<?, ?> scan
                && Boolean.TRUE.equals(scan.get("scanOnPush"));
        Optional<String> registryScanType = all.scanning.overridesRepositories();
        boolean coveredByARule = all.scanning.covering(name).isPresent();
        if (!coveredByARule && registryScanType.isPresent()) {
            out.add(new Finding(Check.SCAN_ON_PUSH_OFF.id(), Check.SCAN_ON_PUSH_OFF.severity(), r.urn(),
                    key + REGISTRY_SCAN_FILTERS_KEY, Check.SCAN_ON_PUSH_OFF.controls(), "repository " + name + " matches"
                    + " no SCAN_ON_PUSH or CONTINUOUS_SCAN filter of the stack's registry scanning (" + registryScanType.get()
                    + "), so AWS " + ("ENHANCED".equals(registryScanType.get()) ? "turns its scanning off"
                    : "sets it to manual scanning") + " whatever its own scanOnPush says (ECR user guide, \"Filters to"
                    + " choose which repositories are scanned\"): vulnerable images go unnoticed; add a filter that"
                    + " matches it"));
        } else if (!coveredByARule && !ownScanOnPush) {
            out.add(finding(Check.SCAN_ON_PUSH_OFF, r, key, "repository " + name + " does not scan images on push, so"
                    + " vulnerable images go unnoticed, and the stack has no registry scanning rule that matches it"
                    + " (Security Hub ECR.1 also accepts registry-level scanning)"));
        }
        if (!all.withLifecyclePolicy.contains(name)) {
            out.add(finding(Check.NO_LIFECYCLE_POLICY, r, key, "repository " + name + " has no lifecycle policy: images"
                    + " accumulate forever (storage cost, old vulnerable images); set a template or helper values"));
        }
        if (Boolean.TRUE.equals(in.get("forceDelete")) && r.protect()) {
            out.add(finding(Check.FORCE_DELETE_PROTECTED, r, key, "repository " + name + " is protected (preventDestroy)"
                    + " but forceDelete is true: once the protection is lifted, deleting it destroys every image without"
                    + " a check; set forceDelete false on repositories worth protecting"));
        }
    }

    private static Optional<Finding> encryption(PlannedResource r, String key, String name, Object configurations) {
        Map<?, ?> c = configurations instanceof List<?> l && !l.isEmpty() && l.get(0) instanceof Map<?, ?> m ? m : Map.of();
        Object type = c.get("encryptionType") == null ? "AES256" : c.get("encryptionType");
        String replace = "; encryption cannot change after creation: changing it replaces the repository (a new,"
                + " empty repository)";
        if ("AES256".equals(type)) {
            return Optional.of(finding(Check.NO_CUSTOMER_MANAGED_KEY, r, key, "repository " + name + " is encrypted with"
                    + " AES256 (keys managed by AWS), not a customer managed KMS key" + replace));
        }
        Object kmsKey = c.get("kmsKey");
        if (kmsKey == null || String.valueOf(kmsKey).equals(AWS_MANAGED_KEY_ALIAS)
                || String.valueOf(kmsKey).endsWith(":" + AWS_MANAGED_KEY_ALIAS)) {
            return Optional.of(new Finding(Check.NO_CUSTOMER_MANAGED_KEY.id(), Check.NO_CUSTOMER_MANAGED_KEY.severity(),
                    r.urn(), key + "kmsKey", Check.NO_CUSTOMER_MANAGED_KEY.controls(), "repository " + name + " uses the"
                    + " AWS managed key " + AWS_MANAGED_KEY_ALIAS + ", not a customer managed KMS key" + replace));
        }
        return Optional.empty();
    }

    private static void repositoryPolicy(PlannedResource r, Index all, String account, List<Finding> out) {
        String key = all.keyPrefix(r);
        String repo = String.valueOf(r.inputs().getOrDefault("repository", r.name()));
        for (PolicyStatements.Allow a : PolicyStatements.allows(String.valueOf(r.inputs().getOrDefault("policy", "")))) {
            if (a.wildcard() && a.restriction().isEmpty()) {
                out.add(finding(Check.PUBLIC_POLICY, r, key, "repository policy of " + repo + ", " + a.label() + ": allows"
                        + " every principal (*) and no condition restricts who, so any AWS account can use the repository"));
            } else if (a.wildcard() && a.statement().restrictedBy(ORGANIZATION_KEYS)) {
                out.add(finding(Check.WILDCARD_PRINCIPAL, r, key, "repository policy of " + repo + ", " + a.label()
                        + ": allows a * principal restricted only by the condition " + a.restriction() + " (Trivy flags"
                        + " every * principal; naming the accounts or roles is clearer)"));
            } else if (a.wildcard()) {
                out.add(finding(Check.WILDCARD_OUTSIDE_ORG, r, key, "repository policy of " + repo + ", " + a.label()
                        + ": allows a * principal restricted by " + a.restriction() + " but not to an organization: any"
                        + " account that meets the condition gets in; add aws:PrincipalOrgID or name the principals"));
            }
            if (a.statement().principals().contains(LAMBDA) && !tiedToFunctions(a.statement())) {
                out.add(finding(Check.LAMBDA_WITHOUT_SOURCE, r, key, "repository policy of " + repo + ", " + a.label()
                        + ": grants " + LAMBDA + " without an aws:SourceArn or aws:SourceAccount condition, so functions"
                        + " of any account can pull; add the condition Lambda's guide shows"));
            }
            boolean push = a.statement().condition().isEmpty() && Access.expand(a.statement().actions(),
                    a.statement().notAction()).stream().anyMatch(GovernancePolicies.PUSH_ACTIONS::contains);
            for (String other : a.accounts()) {
                if (!other.equals(account) && push) {
                    out.add(finding(Check.CROSS_ACCOUNT_PUSH, r, key, "repository policy of " + repo + ", " + a.label()
                            + ": lets account " + other + " push images with no condition; anyone that account"
                            + " authorizes can overwrite what runs; name a role and add a condition (aws:PrincipalArn,"
                            + " aws:PrincipalOrgID)"));
                } else if (!other.equals(account)) {
                    out.add(finding(Check.CROSS_ACCOUNT, r, key, "repository policy of " + repo + ", " + a.label()
                            + ": grants account " + other + ", which is not the deploying account (" + account
                            + " in the offline plan); each foreign account is a trust decision to review"));
                }
            }
        }
    }

    private static boolean tiedToFunctions(PolicyStatements.Statement s) {
        var accounts = s.positiveValues("aws:sourceaccount");
        var arns = s.positiveValues("aws:sourcearn");
        return !accounts.isEmpty() && accounts.stream().allMatch(v -> SOURCE_ACCOUNT.matcher(v).matches())
                || !arns.isEmpty() && arns.stream().allMatch(v -> SOURCE_ARN.matcher(v).matches());
    }

    private static void lifecyclePolicy(PlannedResource r, Index all, List<Finding> out) {
        String json = String.valueOf(r.inputs().getOrDefault("policy", ""));
        LifecyclePolicy policy;
        try {
            policy = LifecyclePolicy.parse(json);
        } catch (InvalidInputException e) {
            return; // the component rejects invalid policies before registering anything
        }
        List<RuleWarning> warnings = ShadowedRules.of(policy);
        if (warnings.isEmpty()) {
            return;
        }
        Optional<LifecycleTemplate> template = java.util.Arrays.stream(LifecycleTemplate.values())
                .filter(t -> t.policy().toJson().equals(json)).findFirst();
        String key = all.keyPrefix(r) + (template.isPresent() ? "lifecyclePolicyTemplate" : Check.SHADOWED_LIFECYCLE_RULE.key());
        String repo = String.valueOf(r.inputs().getOrDefault("repository", r.name()));
        for (RuleWarning w : warnings) {
            out.add(new Finding(Check.SHADOWED_LIFECYCLE_RULE.id(), Check.SHADOWED_LIFECYCLE_RULE.severity(), r.urn(), key,
                    Check.SHADOWED_LIFECYCLE_RULE.controls(), "lifecycle policy of " + repo
                    + template.map(t -> " (template " + t + ")").orElse("") + ": " + w.message()));
        }
    }

    private static void snsTopic(PlannedResource r, Index all, List<Finding> out) {
        if (r.inputs().get("kmsMasterKeyId") == null) {
            out.add(finding(Check.SNS_TOPIC_UNENCRYPTED, r, all.keyPrefix(r), "SNS topic "
                    + r.inputs().getOrDefault("name", r.name()) + " is not encrypted at rest (no kmsMasterKeyId); alarm"
                    + " and scan notifications are stored unencrypted; name an existing encrypted topic instead"));
        }
    }

    private static void logGroup(PlannedResource r, Index all, List<Finding> out) {
        var parent = all.byUrn.get(r.parent());
        boolean eventLog = parent != null && parent.type().equals(LOGGING_COMPONENT);
        if (eventLog && r.inputs().get("retentionInDays") instanceof Number days && days.longValue() != 0
                && days.longValue() < MIN_LOG_RETENTION_DAYS) {
            out.add(finding(Check.LOG_RETENTION_UNDER_A_YEAR, r, all.keyPrefix(r), "log group "
                    + r.inputs().getOrDefault("name", r.name()) + " keeps the repository's events " + days + " days;"
                    + " audits expect at least " + MIN_LOG_RETENTION_DAYS + " (or 0, never expire)"));
        }
    }

    private static Finding finding(Check check, PlannedResource r, String keyPrefix, String message) {
        return new Finding(check.id(), check.severity(), r.urn(), keyPrefix + check.key(), check.controls(), message);
    }

    private static String filters(Object filters) {
        if (!(filters instanceof List<?> list) || list.isEmpty()) {
            return "its exclusion filters";
        }
        return list.stream().map(f -> f instanceof Map<?, ?> m ? "\"" + m.get("filter") + "\"" : String.valueOf(f))
                .reduce((a, b) -> a + ", " + b).orElse("");
    }
}
