package dev.ecrkit.observability;

import dev.ecrkit.naming.NameKind;
import dev.ecrkit.validation.Problems;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where alarms and security-finding rules notify: nowhere, a topic ecrkit creates, or an existing topic (the Terraform
 * module's {@code create_sns_topic} and {@code sns_topic_name}). Default: {@link #none()}, as in the module.
 */
public sealed interface AlarmTopic permits AlarmTopic.None, AlarmTopic.Create, AlarmTopic.Existing {
    /** An SNS topic ARN in any partition: {@code arn:<partition>:sns:<region>:<account>:<name>}. */
    Pattern TOPIC_ARN = Pattern.compile("arn:aws[a-z-]*:sns:[a-z0-9-]+:[0-9]{12}:[A-Za-z0-9_-]{1,256}");

    /** No topic: alarms have no actions (the module's default) and no security-finding rules are created. */
    static AlarmTopic none() {
        return new None();
    }

    /** Create a topic named {@code <repository>-ecr-monitoring} (sanitized; see {@link ObservabilityNames#topic}). */
    static AlarmTopic create() {
        return new Create("");
    }

    /** Create a topic with this name. */
    static AlarmTopic create(String name) {
        return new Create(Objects.requireNonNull(name, "name"));
    }

    /** Use an existing topic, by name (in the stack's account and Region) or by ARN. */
    static AlarmTopic existing(String nameOrArn) {
        return new Existing(Objects.requireNonNull(nameOrArn, "nameOrArn"));
    }

    /** Adds the problems of this setting under {@code field}. */
    void validate(Problems p, String field);

    /** No topic. */
    record None() implements AlarmTopic {
        @Override
        public void validate(Problems p, String field) {
        }
    }

    /**
     * A topic ecrkit creates.
     *
     * @param name the topic name, or "" for the derived name
     */
    record Create(String name) implements AlarmTopic {
        public Create {
            Objects.requireNonNull(name, "name");
        }

        @Override
        public void validate(Problems p, String field) {
            if (!name.isEmpty() && !NameKind.SNS_TOPIC.isValid(name)) {
                p.add(field, "must be a standard SNS topic name: 1-256 characters of [A-Za-z0-9_-]", name);
            }
        }
    }

    /**
     * An existing topic. ecrkit does not change its policy: it must already let {@code cloudwatch.amazonaws.com}
     * and {@code events.amazonaws.com} publish (docs/monitoring.md).
     *
     * @param nameOrArn topic name or ARN
     */
    record Existing(String nameOrArn) implements AlarmTopic {
        public Existing {
            Objects.requireNonNull(nameOrArn, "nameOrArn");
        }

        /** Whether the reference is an ARN (else a name). */
        public boolean isArn() {
            return nameOrArn.startsWith("arn:");
        }

        @Override
        public void validate(Problems p, String field) {
            if (isArn() ? !TOPIC_ARN.matcher(nameOrArn).matches() : !NameKind.SNS_TOPIC.isValid(nameOrArn)) {
                p.add(field, "must be an SNS topic name (1-256 characters of [A-Za-z0-9_-]) or topic ARN"
                        + " (arn:<partition>:sns:<region>:<account>:<name>)", nameOrArn);
            }
        }
    }
}
