package dev.ecrkit.stack;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Realistic computed attributes (ARN, name, URL) of the AWS resources the Logging, Monitoring and function helpers
 * register, for the offline plan's mock engine: each ARN has the format of its service
 * (https://docs.aws.amazon.com/service-authorization/latest/reference/reference_policies_actions-resources-contextkeys.html),
 * built from the resource's {@code name} input (or its logical name when the input is absent).
 */
final class MockResources {
    private MockResources() {
    }

    /** Computed attributes for a resource of {@code type}; empty for types this class does not know. */
    static Map<String, Object> computed(String type, String logicalName, Map<String, Object> inputs, String partition,
            String region, String account) {
        String name = inputs.get("name") instanceof String s && !s.isEmpty() ? s : logicalName;
        String regional = "arn:" + partition + ":%s:" + region + ":" + account + ":";
        var state = new LinkedHashMap<String, Object>();
        switch (type) {
            case "aws:iam/role:Role" -> {
                state.put("name", name);
                state.put("arn", "arn:" + partition + ":iam::" + account + ":role/" + name);
            }
            case "aws:cloudwatch/logGroup:LogGroup" -> {
                state.put("name", name);
                state.put("arn", regional.formatted("logs") + "log-group:" + name);
            }
            case "aws:cloudwatch/eventRule:EventRule" -> {
                state.put("name", name);
                state.put("arn", regional.formatted("events") + "rule/" + name);
            }
            case "aws:cloudwatch/metricAlarm:MetricAlarm" -> {
                state.put("name", name);
                state.put("arn", regional.formatted("cloudwatch") + "alarm:" + name);
            }
            case "aws:sns/topic:Topic" -> {
                state.put("name", name);
                state.put("arn", regional.formatted("sns") + name);
            }
            case "aws:sns/topicSubscription:TopicSubscription" ->
                state.put("arn", inputs.get("topic") + ":00000000-0000-0000-0000-" + String.format("%012d",
                        Math.abs((long) logicalName.hashCode())));
            case "aws:sqs/queue:Queue" -> {
                state.put("name", name);
                state.put("arn", regional.formatted("sqs") + name);
                state.put("url", "https://sqs." + region + ".amazonaws.com/" + account + "/" + name);
            }
            case "aws:lambda/function:Function" -> {
                state.put("name", name);
                state.put("arn", regional.formatted("lambda") + "function:" + name);
            }
            default -> {
            }
        }
        return state;
    }
}
