package dev.ecrkit.stack;

import dev.ecrkit.governance.PullRequestRule;
import dev.ecrkit.governance.RuleType;
import dev.ecrkit.inputs.PullRequestRuleArgs;
import dev.ecrkit.validation.Problems;
import dev.ecrkit.validation.WireValues;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the {@code pullRequestRules} entries of a repository (the module's {@code pull_request_rules}) and the
 * {@code rules} of a standalone Governance from their bound declarations ({@link PullRequestRuleArgs}, whose fields
 * {@link Binder} or pulumi-java type-checked), and builds {@link PullRequestRule}s with the module's defaults: each
 * field sets the builder method it declares ({@link Declarations#set}); the required name and type are read here. The
 * values themselves are validated by {@link dev.ecrkit.governance.PullRequestRules#validate}. Pure.
 */
final class GovernanceConfig {
    private GovernanceConfig() {
    }

    /**
     * What was read.
     *
     * @param rules    the rules that could be built, in order
     * @param complete whether every entry became a rule without a problem
     * @param allBuilt whether every entry became a rule (indices of {@code rules} are the entries' indices)
     */
    record Read(List<PullRequestRule> rules, boolean complete, boolean allBuilt) {
    }

    /**
     * The rules of {@code entries} (bound {@link PullRequestRuleArgs}); problems go to {@code p} as
     * {@code [i].field}.
     */
    static Read rules(List<?> entries, Problems p) {
        var local = new Problems();
        var rules = new ArrayList<PullRequestRule>();
        for (int i = 0; i < entries.size(); i++) {
            rule(entries.get(i), local.at("[" + i + "]")).ifPresent(rules::add);
        }
        p.addAll(local.list());
        return new Read(List.copyOf(rules), local.isEmpty(), rules.size() == entries.size());
    }

    private static Optional<PullRequestRule> rule(Object args, Problems p) {
        var e = Binder.values(args);
        Object name = e.get("name");
        Object type = e.get("type");
        if (!(name instanceof String)) {
            p.addNoValue("name", "is required (a string)");
        }
        Optional<RuleType> ruleType = Optional.empty();
        if (!(type instanceof String t)) {
            p.addNoValue("type", "is required: one of " + String.join(", ", wires()));
        } else {
            ruleType = RuleType.fromWire(t);
            if (ruleType.isEmpty()) {
                p.add("type", "must be one of " + String.join(", ", wires()), t);
            }
        }
        if (!(name instanceof String n) || ruleType.isEmpty()) {
            return Optional.empty();
        }
        var b = PullRequestRule.builder(n, ruleType.get());
        Declarations.set(args, p, b);
        Declarations.set(e.get("conditions"), p.at("conditions"), b);
        Declarations.set(e.get("actions"), p.at("actions"), b);
        return Optional.of(b.build());
    }

    private static List<String> wires() {
        return WireValues.values(RuleType.values(), RuleType::wire);
    }
}
