package dev.ecrkit.testing;

import com.pulumi.Context;
import dev.ecrkit.findings.Finding;
import dev.ecrkit.findings.Findings;
import dev.ecrkit.json.Json;
import dev.ecrkit.stack.ConfigKeys;
import dev.ecrkit.stack.Plan;
import dev.ecrkit.stack.PlanMocks;
import dev.ecrkit.findings.PlannedResource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * What a program registered, with assertions in the style of AWS CDK's {@code Template}: find resources by type and
 * name, match their inputs partially ({@link Match}), count them, check their options ({@link FoundResource}). A
 * failed assertion throws {@link AssertionError} naming the nearest candidate and how it differs.
 * Type tokens are Pulumi's: {@code aws:ecr/repository:Repository}, {@code ecrkit:index:Repository}.
 */
public final class Template implements Outcome {
    private final Plan.PlannedStack stack;
    private final String accountId;

    Template(Plan.PlannedStack stack, String accountId) {
        this.stack = stack;
        this.accountId = accountId;
    }

    /** Runs {@code program} under {@link MockStack}'s defaults (us-east-1, account 123456789012). */
    public static Template of(Consumer<Context> program) {
        return MockStack.builder().build().run(program);
    }

    /**
     * The template of an offline plan's JSON document ({@code ./ecrkit plan --json}, DESIGN section 5): test a
     * config-only stack with the same assertions.
     */
    @SuppressWarnings("unchecked")
    public static Template fromPlanJson(String planJson) {
        var doc = (Map<String, Object>) Json.parse(planJson).filter(Map.class::isInstance)
                .orElseThrow(() -> new IllegalArgumentException("not a plan JSON document (an object expected)"));
        var resources = new ArrayList<PlannedResource>();
        for (Object o : (List<Object>) doc.getOrDefault("resources", List.of())) {
            var r = (Map<String, Object>) o;
            resources.add(new PlannedResource(String.valueOf(r.get("urn")), String.valueOf(r.get("type")),
                    String.valueOf(r.get("name")), r.get("parent") == null ? "" : String.valueOf(r.get("parent")),
                    (Map<String, Object>) r.getOrDefault("inputs", Map.of()), Boolean.TRUE.equals(r.get("protect")),
                    (List<String>) r.getOrDefault("dependsOn", List.of()),
                    (Map<String, String>) r.getOrDefault("customTimeouts", Map.of()),
                    String.valueOf(r.getOrDefault("providerVersion", "")),
                    String.valueOf(r.getOrDefault("import", "")), Boolean.TRUE.equals(r.get("retainOnDelete"))));
        }
        return new Template(new Plan.PlannedStack(String.valueOf(doc.get("project")), String.valueOf(doc.get("stack")),
                "", List.copyOf(resources), (Map<String, Object>) doc.getOrDefault("outputs", Map.of())),
                PlanMocks.ACCOUNT_ID);
    }

    /** The planned stack: the plan contract's model ({@code toJson()} is {@code ./ecrkit plan --json}). */
    public Plan.PlannedStack stack() {
        return stack;
    }

    /** Every resource, components included, parents before children. */
    public List<PlannedResource> resources() {
        return stack.resources();
    }

    /** The resources of this type. */
    public List<PlannedResource> resources(String type) {
        return stack.resources().stream().filter(r -> r.type().equals(type)).toList();
    }

    /** The resource with this type and (logical) name; fails naming the nearest one when there is none. */
    public FoundResource resource(String type, String name) {
        return find(type, name).map(r -> new FoundResource(r, this)).orElseThrow(() -> new AssertionError(
                "no " + type + " named \"" + name + "\"; " + nearestByName(type, name)));
    }

    /** The one resource of this type; fails when there are none or several. */
    public FoundResource resource(String type) {
        var all = resources(type);
        if (all.size() != 1) {
            throw new AssertionError("expected one " + type + ", got " + all.size() + names(all)
                    + (all.isEmpty() ? "; " + nearestByName(type, "") : ""));
        }
        return new FoundResource(all.get(0), this);
    }

    /** Asserts how many resources of this type were registered. */
    public Template resourceCountIs(String type, int count) {
        var all = resources(type);
        if (all.size() != count) {
            throw new AssertionError("expected " + count + " " + type + ", got " + all.size() + names(all)
                    + (all.isEmpty() ? "; " + nearestByName(type, "") : ""));
        }
        return this;
    }

    /** Type -> how many, for every registered type (sorted). */
    public Map<String, Integer> counts() {
        return stack.resources().stream().collect(Collectors.toMap(PlannedResource::type, r -> 1, Integer::sum,
                java.util.TreeMap::new));
    }

    /**
     * Asserts that a resource of this type has inputs matching {@code inputs} ({@link Match}) and returns the first;
     * fails showing the nearest resource of the type and its differences.
     */
    public FoundResource hasResourceProperties(String type, Map<String, ?> inputs) {
        var matches = findResources(type, inputs);
        if (!matches.isEmpty()) {
            return matches.get(0);
        }
        var candidates = resources(type);
        if (candidates.isEmpty()) {
            throw new AssertionError("no " + type + " was registered; " + nearestByName(type, ""));
        }
        // fewest differences; on a tie, the one whose "name" input is the expected one
        var nearest = candidates.stream().min(Comparator.<PlannedResource>comparingInt(r -> differences(r, inputs).size())
                .thenComparing(r -> !java.util.Objects.equals(r.inputs().get("name"), inputs.get("name")))).orElseThrow();
        var diff = differences(nearest, inputs);
        throw new AssertionError("no " + type + " has inputs matching " + Match.show(inputs) + "; nearest: \""
                + nearest.name() + "\" (" + diff.size() + (diff.size() == 1 ? " difference" : " differences") + " of "
                + candidates.size() + " " + type + "):\n  " + String.join("\n  ", diff));
    }

    /** The resources of this type whose inputs match {@code inputs} ({@link Match}). */
    public List<FoundResource> findResources(String type, Map<String, ?> inputs) {
        return resources(type).stream().filter(r -> differences(r, inputs).isEmpty())
                .map(r -> new FoundResource(r, this)).toList();
    }

    /** A stack output ({@code ctx.export}), resolved; fails naming the outputs when there is no such output. */
    public Object output(String name) {
        if (!stack.outputs().containsKey(name)) {
            throw new AssertionError("no stack output \"" + name + "\"; outputs: " + stack.outputs().keySet());
        }
        return stack.outputs().get(name);
    }

    /** The security findings of the registered resources ({@code ./ecrkit plan}'s "findings"), HIGH first. */
    public List<Finding> findings() {
        return Findings.of(stack.resources(), accountId);
    }

    /** The plan's JSON document of what was registered (DESIGN section 5). */
    public String toJson() {
        var doc = new LinkedHashMap<String, Object>(stack.toJson());
        doc.put("findings", findings().stream().map(Finding::toMap).toList());
        return Json.pretty(doc);
    }

    static List<String> differences(PlannedResource r, Map<String, ?> inputs) {
        return Match.differences("", inputs, r.inputs());
    }

    java.util.Optional<PlannedResource> find(String type, String name) {
        return stack.resources().stream().filter(r -> r.type().equals(type) && r.name().equals(name)).findFirst();
    }

    java.util.Optional<PlannedResource> byUrn(String urn) {
        return stack.resources().stream().filter(r -> r.urn().equals(urn)).findFirst();
    }

    /** "nearest: type "name"": the closest name among the type's resources, else the closest type's. */
    private String nearestByName(String type, String name) {
        if (stack.resources().isEmpty()) {
            return "nothing was registered";
        }
        var sameType = resources(type);
        if (!sameType.isEmpty()) {
            String closest = ConfigKeys.closest(name, sameType.stream().map(PlannedResource::name).toList());
            return "nearest: " + type + " \"" + closest + "\"" + (sameType.size() > 1 ? " (of" + names(sameType) + ")" : "");
        }
        var types = counts().keySet();
        String closestType = ConfigKeys.closest(type, types);
        var ofClosest = resources(closestType);
        String closest = name.isEmpty() ? ofClosest.get(0).name()
                : ConfigKeys.closest(name, ofClosest.stream().map(PlannedResource::name).toList());
        return "nothing of type " + type + " was registered; nearest: " + closestType + " \"" + closest + "\"; types: "
                + String.join(", ", types);
    }

    private static String names(List<PlannedResource> resources) {
        if (resources.isEmpty()) {
            return "";
        }
        return ": " + resources.stream().map(r -> "\"" + r.name() + "\"").collect(Collectors.joining(", "));
    }
}
