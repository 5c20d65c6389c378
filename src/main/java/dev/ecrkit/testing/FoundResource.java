package dev.ecrkit.testing;

import dev.ecrkit.findings.PlannedResource;
import java.util.List;
import java.util.Map;

/**
 * One registered resource of a {@link Template}, with fluent assertions on its inputs and options. Each assertion
 * returns this resource, or throws {@link AssertionError} naming the resource and what differs.
 */
public final class FoundResource {
    private final PlannedResource resource;
    private final Template template;

    FoundResource(PlannedResource resource, Template template) {
        this.resource = resource;
        this.template = template;
    }

    /** The type token. */
    public String type() {
        return resource.type();
    }

    /** The logical name. */
    public String name() {
        return resource.name();
    }

    /** The URN. */
    public String urn() {
        return resource.urn();
    }

    /** The inputs as the engine received them (whole numbers as longs, nested objects as maps and lists). */
    public Map<String, Object> inputs() {
        return resource.inputs();
    }

    /** One input, or null when it is absent. */
    public Object input(String key) {
        return resource.inputs().get(key);
    }

    /** The resource as the plan records it (options included). */
    public PlannedResource planned() {
        return resource;
    }

    /** Asserts that the inputs match {@code expected} partially ({@link Match}). */
    public FoundResource hasInputs(Map<String, ?> expected) {
        var diff = Template.differences(resource, expected);
        if (!diff.isEmpty()) {
            throw fail("inputs differ:\n  " + String.join("\n  ", diff));
        }
        return this;
    }

    /** Asserts one input ({@link Match}; {@link Match#absent()} for an input that must not be sent). */
    public FoundResource hasInput(String key, Object expected) {
        var diff = Match.differences(key, expected, resource.inputs().get(key));
        if (!diff.isEmpty()) {
            throw fail(String.join("; ", diff));
        }
        return this;
    }

    /** Asserts the {@code protect} option. */
    public FoundResource isProtected(boolean protect) {
        if (resource.protect() != protect) {
            throw fail("expected protect=" + protect + ", got protect=" + resource.protect());
        }
        return this;
    }

    /** Asserts Pulumi's {@code retainOnDelete} option (a destroy leaves the cloud resource). */
    public FoundResource isRetainedOnDelete(boolean retain) {
        if (resource.retainOnDelete() != retain) {
            throw fail("expected retainOnDelete=" + retain + ", got retainOnDelete=" + resource.retainOnDelete());
        }
        return this;
    }

    /** Asserts the {@code import} option: the id of the existing resource it imports, "" when it is created. */
    public FoundResource isImported(String importId) {
        if (!resource.importId().equals(importId)) {
            throw fail("expected import \"" + importId + "\", got import \"" + resource.importId() + "\"");
        }
        return this;
    }

    /** Asserts that this resource is a child of the resource with this type and name. */
    public FoundResource hasParent(String type, String name) {
        String expected = template.resource(type, name).urn();
        if (!resource.parent().equals(expected)) {
            throw fail("expected parent " + type + " \"" + name + "\", got " + describe(resource.parent()));
        }
        return this;
    }

    /** Asserts that this resource has no parent component (it sits directly under the stack). */
    public FoundResource hasNoParent() {
        if (!resource.parent().isEmpty()) {
            throw fail("expected no parent, got " + describe(resource.parent()));
        }
        return this;
    }

    /** Asserts that this resource's {@code dependsOn} option names the resource with this type and name. */
    public FoundResource dependsOn(String type, String name) {
        String expected = template.resource(type, name).urn();
        if (!resource.dependsOn().contains(expected)) {
            throw fail("expected dependsOn to contain " + type + " \"" + name + "\", got "
                    + (resource.dependsOn().isEmpty() ? "none" : String.join(", ",
                            resource.dependsOn().stream().map(this::describe).toList())));
        }
        return this;
    }

    /** Asserts the custom timeouts, such as {@code Map.of("delete", "20m")} (Go durations, as the plan prints). */
    public FoundResource hasCustomTimeouts(Map<String, String> expected) {
        if (!resource.customTimeouts().equals(expected)) {
            throw fail("expected customTimeouts " + Match.show(expected) + ", got " + Match.show(resource.customTimeouts()));
        }
        return this;
    }

    /** The children of this resource (resources whose parent it is). */
    public List<FoundResource> children() {
        return template.resources().stream().filter(r -> r.parent().equals(resource.urn()))
                .map(r -> new FoundResource(r, template)).toList();
    }

    @Override
    public String toString() {
        return resource.type() + " \"" + resource.name() + "\"";
    }

    private String describe(String urn) {
        if (urn.isEmpty()) {
            return "none (the stack)";
        }
        return template.byUrn(urn).map(r -> r.type() + " \"" + r.name() + "\"").orElse(urn);
    }

    private AssertionError fail(String what) {
        return new AssertionError(this + ": " + what);
    }
}
