package dev.ecrkit;

import com.pulumi.aws.ecr.PullThroughCacheRuleArgs;
import com.pulumi.aws.iam.Role;
import com.pulumi.aws.iam.RoleArgs;
import com.pulumi.aws.iam.RolePolicy;
import com.pulumi.aws.iam.RolePolicyArgs;
import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import dev.ecrkit.aws.AwsScopes;
import dev.ecrkit.policy.AwsScope;
import dev.ecrkit.policy.PullThroughCacheRolePolicy;
import dev.ecrkit.registry.CacheRole;
import dev.ecrkit.registry.PullThroughCacheRule;
import dev.ecrkit.validation.Problems;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Pull-through cache rules of a registry ({@code ecrkit:index:PullThroughCache}), the Terraform module's
 * {@code modules/pull-through-cache} without its bugs: rules are keyed by prefix (reordering changes nothing),
 * credentials are checked per upstream, and the IAM role for a cross-account ECR upstream is created only when a rule
 * asks for it, with the trust and actions AWS documents, and attached to those rules.
 */
public final class PullThroughCache extends ComponentResource {
    /** Type token. */
    public static final String TYPE = "ecrkit:index:PullThroughCache";

    /** Every rule: ecrRepositoryPrefix, upstreamRegistry, upstreamRegistryUrl and, when set, upstreamRepositoryPrefix, credentialArn, customRoleArn. */
    @Export(name = "rules", refs = {List.class, Map.class, String.class, String.class}, tree = "[0,[1,2,3]]")
    public final Output<List<Map<String, String>>> rules;
    /** ARN of the role ecrkit created for cross-account ECR upstreams, or "" when no rule asked for one. */
    @Export(name = "roleArn", refs = {String.class}, tree = "[0]")
    public final Output<String> roleArn;

    /** Exactly one constructor (multi-language requirement); {@code options} may be null. */
    public PullThroughCache(String name, PullThroughCacheArgs args, ComponentResourceOptions options) {
        super(TYPE, name, null, options);
        var out = register(this, name, args);
        this.rules = out.rules();
        this.roleArn = out.roleArn();
        registerOutputs(out.toMap());
    }

    /**
     * The outputs of the rules' resources: the values of the {@link PullThroughCache} fields of the same names.
     *
     * @param rules   see {@link PullThroughCache#rules}
     * @param roleArn see {@link PullThroughCache#roleArn}
     */
    public record Outputs(Output<List<Map<String, String>>> rules, Output<String> roleArn) {
        /** Every output by its {@code @Export} name ({@link Exports}), for {@code registerOutputs}. */
        public Map<String, Output<?>> toMap() {
            return Exports.of(PullThroughCache.class, this);
        }
    }

    /**
     * Registers the rules (and the role and its policy when a rule asks for one) as children of {@code parent} and
     * returns their outputs: the body of the constructor, public so that the multi-language plugin's own
     * {@code ecrkit:index:PullThroughCache} class registers exactly the same resources. Java programs use the
     * constructor.
     */
    public static Outputs register(ComponentResource parent, String name, PullThroughCacheArgs args) {
        Objects.requireNonNull(args, "args");
        Output<AwsScope> source = AwsScopes.of(parent).applyValue(s -> checked(args.rules(), s));
        Optional<Role> role = args.rules().stream().anyMatch(r -> r.role() instanceof CacheRole.Created)
                ? Optional.of(createRole(parent, name, args)) : Optional.empty();
        Optional<RolePolicy> rolePolicy = role.map(r -> new RolePolicy(name + "-role-policy", RolePolicyArgs.builder()
                .role(r.id())
                .policy(PullThroughCacheRolePolicy.permissionsPolicy())
                .build(), CustomResourceOptions.builder().parent(parent).build()));

        var outputs = new ArrayList<Output<Map<String, String>>>();
        for (PullThroughCacheRule rule : args.rules()) {
            var b = PullThroughCacheRuleArgs.builder()
                    .ecrRepositoryPrefix(rule.ecrRepositoryPrefix())
                    .upstreamRegistryUrl(source.applyValue(s -> rule.upstreamRegistryUrl()));
            if (!rule.upstreamRepositoryPrefix().isEmpty()) {
                b.upstreamRepositoryPrefix(rule.upstreamRepositoryPrefix());
            }
            if (!rule.credentialArn().isEmpty()) {
                b.credentialArn(rule.credentialArn());
            }
            Output<String> roleArn = Output.of("");
            if (rule.role() instanceof CacheRole.Existing e) {
                roleArn = Output.of(e.arn());
                b.customRoleArn(roleArn);
            } else if (rule.role() instanceof CacheRole.Created) {
                roleArn = role.orElseThrow().arn();
                b.customRoleArn(roleArn);
            }
            var opts = CustomResourceOptions.builder().parent(parent);
            rolePolicy.filter(x -> rule.role() instanceof CacheRole.Created).ifPresent(opts::dependsOn);
            new com.pulumi.aws.ecr.PullThroughCacheRule(name + "-" + rule.ecrRepositoryPrefix(), b.build(), opts.build());
            outputs.add(roleArn.applyValue(arn -> describe(rule, arn)));
        }
        return new Outputs(Output.all(outputs), role.map(Role::arn).orElse(Output.of("")));
    }

    private static Role createRole(ComponentResource parent, String name, PullThroughCacheArgs args) {
        var b = RoleArgs.builder()
                .description("ECR pull-through cache from upstream ECR registries of other accounts (ecrkit)")
                .assumeRolePolicy(PullThroughCacheRolePolicy.trustPolicy());
        if (!args.tags().isEmpty()) {
            b.tags(args.tags());
        }
        return new Role(name + "-role", b.build(), CustomResourceOptions.builder().parent(parent).build());
    }

    /** Throws every problem that needs the deployed-to account and region; the same messages as the Args. */
    static AwsScope checked(List<PullThroughCacheRule> rules, AwsScope s) {
        var p = new Problems();
        for (int i = 0; i < rules.size(); i++) {
            rules.get(i).checkSource(p.at("rules[" + i + "]"), s.region(), s.accountId());
        }
        p.throwIfAny();
        return s;
    }

    /** One rule as an output object (no empty members). */
    static Map<String, String> describe(PullThroughCacheRule rule, String roleArn) {
        var m = new LinkedHashMap<String, String>();
        m.put("ecrRepositoryPrefix", rule.ecrRepositoryPrefix());
        m.put("upstreamRegistry", rule.upstreamRegistry().wire());
        m.put("upstreamRegistryUrl", rule.upstreamRegistryUrl());
        if (!rule.upstreamRepositoryPrefix().isEmpty()) {
            m.put("upstreamRepositoryPrefix", rule.upstreamRepositoryPrefix());
        }
        if (!rule.credentialArn().isEmpty()) {
            m.put("credentialArn", rule.credentialArn());
        }
        if (!roleArn.isEmpty()) {
            m.put("customRoleArn", roleArn);
        }
        return m;
    }
}
