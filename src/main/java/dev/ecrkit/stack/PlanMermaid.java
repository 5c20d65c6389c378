package dev.ecrkit.stack;

import dev.ecrkit.findings.PlannedResource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;

/**
 * The planned stack as a Mermaid flowchart ({@code Plan --format mermaid}): every component is a subgraph (nested by
 * parent; a component without children is a node), every other resource a node labelled with its type and name, and
 * two kinds of edges:
 * <ul>
 *   <li>{@code A -->|field| B}: a reference. An input of A ({@code field}, the innermost key; tags and A's own
 *   {@code name} are not looked at) equals an output of B that identifies B (its id, {@code arn}, {@code keyId} or
 *   {@code name}, as the mock engine answered them): a repository policy's {@code repository} is the repository's
 *   name, a repository's {@code kmsKey} the key's ARN, an alias's {@code targetKeyId} the key's id.</li>
 *   <li>{@code A -.->|dependsOn| B}: the {@code dependsOn} option.</li>
 * </ul>
 * When several resources answer the same value (a lifecycle policy's id is its repository's name), the resource whose
 * value came from one of its own inputs other than {@code name} (the lifecycle policy got it from its
 * {@code repository} input) is not a target. Node ids follow the plan's order ({@code r0}, {@code r1}, ...), so the
 * same stack gives the same text.
 */
final class PlanMermaid {
    /** Outputs of a resource that identify it, as others reference it. */
    private static final List<String> IDENTITY_OUTPUTS = List.of("id", "arn", "keyId", "name");
    /** Inputs never looked at for references: tags repeat names ({@code Name=<repository>}). */
    private static final Set<String> SKIPPED_INPUTS = Set.of("tags", "tagsAll", "name");
    private static final String INDENT = "  ";

    private PlanMermaid() {
    }

    /**
     * The flowchart of {@code stack}; {@code state} gives what the mock engine answered for a resource (type, name),
     * its id under {@code "id"} ({@link PlanMocks#state}).
     */
    static String render(Plan.PlannedStack stack, BiFunction<String, String, Map<String, Object>> state) {
        var resources = stack.resources();
        var ids = new HashMap<String, String>();
        for (int i = 0; i < resources.size(); i++) {
            ids.put(resources.get(i).urn(), "r" + i);
        }
        var children = new LinkedHashMap<String, List<PlannedResource>>();
        resources.forEach(r -> children.computeIfAbsent(r.parent(), k -> new ArrayList<>()).add(r));

        var b = new StringBuilder();
        b.append("flowchart LR\n");
        b.append(INDENT).append("%% ecrkit plan ").append(stack.project()).append('/').append(stack.stack())
                .append(" (aws:region ").append(stack.region()).append("): ").append(resources.size())
                .append(" resources\n");
        for (PlannedResource r : children.getOrDefault("", List.of())) {
            node(b, r, children, ids, 1);
        }
        for (String edge : edges(resources, children, ids, state)) {
            b.append(INDENT).append(edge).append('\n');
        }
        return b.toString();
    }

    private static void node(StringBuilder b, PlannedResource r, Map<String, List<PlannedResource>> children,
            Map<String, String> ids, int depth) {
        String pad = INDENT.repeat(depth);
        var kids = children.getOrDefault(r.urn(), List.of());
        String label = "\"" + escape(r.type()) + "<br/>" + escape(r.name()) + "\"";
        if (kids.isEmpty()) {
            b.append(pad).append(ids.get(r.urn())).append(isComponent(r, children) ? "[[" + label + "]]" : "[" + label + "]")
                    .append('\n');
            return;
        }
        b.append(pad).append("subgraph ").append(ids.get(r.urn())).append('[').append(label).append("]\n");
        for (PlannedResource c : kids) {
            node(b, c, children, ids, depth + 1);
        }
        b.append(pad).append("end\n");
    }

    /** Every edge as Mermaid text, sorted by source, target, kind and label. */
    private static List<String> edges(List<PlannedResource> resources, Map<String, List<PlannedResource>> children,
            Map<String, String> ids, BiFunction<String, String, Map<String, Object>> state) {
        // value -> resources it identifies
        var owners = new HashMap<String, List<PlannedResource>>();
        for (PlannedResource r : resources) {
            if (isComponent(r, children)) {
                continue;
            }
            var s = state.apply(r.type(), r.name());
            var own = ownInputValues(r);
            for (String out : IDENTITY_OUTPUTS) {
                if (s.get(out) instanceof String v && !v.isEmpty() && !own.contains(v)) {
                    var list = owners.computeIfAbsent(v, k -> new ArrayList<>());
                    if (!list.contains(r)) {
                        list.add(r);
                    }
                }
            }
        }
        var index = new HashMap<String, Integer>();
        for (int i = 0; i < resources.size(); i++) {
            index.put(resources.get(i).urn(), i);
        }
        var edges = new TreeSet<Edge>();
        for (PlannedResource r : resources) {
            int from = index.get(r.urn());
            r.inputs().forEach((k, v) -> {
                if (!SKIPPED_INPUTS.contains(k)) {
                    references(k, v, (field, value) -> owners.getOrDefault(value, List.of()).stream()
                            .filter(t -> t != r)
                            .forEach(t -> edges.add(new Edge(from, index.get(t.urn()), false, field))));
                }
            });
            for (String dep : r.dependsOn()) {
                if (index.containsKey(dep)) {
                    edges.add(new Edge(from, index.get(dep), true, "dependsOn"));
                }
            }
        }
        return edges.stream().map(e -> "r" + e.from + (e.dashed ? " -.->|" : " -->|") + escape(e.label) + "| r" + e.to)
                .toList();
    }

    private record Edge(int from, int to, boolean dashed, String label) implements Comparable<Edge> {
        @Override
        public int compareTo(Edge o) {
            int c = Integer.compare(from, o.from);
            c = c != 0 ? c : Integer.compare(to, o.to);
            c = c != 0 ? c : Boolean.compare(dashed, o.dashed);
            return c != 0 ? c : label.compareTo(o.label);
        }
    }

    /** Calls {@code found} with (innermost key, string) for every string in {@code value}. */
    private static void references(String key, Object value, java.util.function.BiConsumer<String, String> found) {
        if (value instanceof String s) {
            found.accept(key, s);
        } else if (value instanceof Map<?, ?> m) {
            m.forEach((k, v) -> references(String.valueOf(k), v, found));
        } else if (value instanceof List<?> l) {
            l.forEach(v -> references(key, v, found));
        }
    }

    /** The strings among a resource's inputs other than {@code name} and tags: values it got from elsewhere. */
    private static Set<String> ownInputValues(PlannedResource r) {
        var out = new HashSet<String>();
        r.inputs().forEach((k, v) -> {
            if (!SKIPPED_INPUTS.contains(k)) {
                references(k, v, (field, s) -> out.add(s));
            }
        });
        return out;
    }

    private static boolean isComponent(PlannedResource r, Map<String, List<PlannedResource>> children) {
        return children.containsKey(r.urn()) || r.type().startsWith("ecrkit:");
    }

    /** Mermaid label text: a double quote is {@code #quot;}. */
    static String escape(String s) {
        return s.replace("\"", "#quot;");
    }
}
