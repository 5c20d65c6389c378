package dev.ecrkit.events;

import dev.ecrkit.validation.Problems;
import java.util.HashMap;
import java.util.List;
import java.util.Objects;

/**
 * One item of a repository's {@code eventRules}: the rule the event helper of {@code event} registers
 * ({@code Repository.onImagePushed(...)} and the others, same pattern, name and description), plus one EventBridge
 * target, {@code targetArn} ({@link EventTargetArn}: a Lambda function, whose invoke permission the repository
 * registers, an SNS topic, an SQS queue or a CloudWatch Logs log group). Pure.
 *
 * @param name      the rule name: the rule's resource is {@code <repository>-on-<kind>-<name>}
 * @param event     the events the rule matches
 * @param targetArn the target's ARN
 * @param options   tag filters and description, as for the helper
 */
public record RepositoryEventRule(String name, RepositoryEvent event, String targetArn, OnEventOptions options) {
    /** The rule two items with one name break. */
    public static final String UNIQUE_NAME_RULE = "each name at most once (it names the rule's resources)";

    public RepositoryEventRule {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(targetArn, "targetArn");
        Objects.requireNonNull(options, "options");
    }

    /** A rule for {@code event} sending every matching event to {@code targetArn}. */
    public static RepositoryEventRule of(RepositoryEvent event, String name, String targetArn) {
        return new RepositoryEventRule(name, event, targetArn, OnEventOptions.NONE);
    }

    /** A rule for {@code event} with tag filters or a description, sending to {@code targetArn}. */
    public static RepositoryEventRule of(RepositoryEvent event, String name, String targetArn, OnEventOptions options) {
        return new RepositoryEventRule(name, event, targetArn, options);
    }

    /** The rule's resource name under the repository component {@code repository}. */
    public String resourceName(String repository) {
        return repository + "-on-" + event.kind() + "-" + name;
    }

    /**
     * Adds one line per broken rule, naming {@code name}, {@code targetArn} or the options' fields
     * ({@code tagPrefixes[0]}, {@code description}: the items are flat, as in the stack config).
     */
    public void validate(Problems p) {
        validate(p, name, targetArn, options);
    }

    /** {@link #validate(Problems)} of the parts of an item that has them (null: missing, reported elsewhere). */
    public static void validate(Problems p, String name, String targetArn, OnEventOptions options) {
        if (name != null && !RepositoryEvent.RULE_NAME.matcher(name).matches()) {
            p.add("name", RepositoryEvent.RULE_NAME_RULE, name);
        }
        if (targetArn != null) {
            EventTargetArn.check(p, "targetArn", targetArn);
        }
        options.validate(p);
    }

    /** Validates every item at {@code [i]} and refuses a name given twice ({@link #UNIQUE_NAME_RULE}). */
    public static void validate(List<RepositoryEventRule> rules, Problems p) {
        var seen = new HashMap<String, Integer>();
        for (int i = 0; i < rules.size(); i++) {
            rules.get(i).validate(p.at("[" + i + "]"));
            if (seen.putIfAbsent(rules.get(i).name(), i) != null) {
                p.add("[" + i + "].name", UNIQUE_NAME_RULE, rules.get(i).name());
            }
        }
    }
}
