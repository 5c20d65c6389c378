package dev.ecrkit.stack;

import dev.ecrkit.validation.Problems;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * The one place the plan commands ({@link Plan}, {@link Simulate}) read files: with a size limit, regular files only,
 * strict UTF-8, and YAML read as the Pulumi CLI reads stack files (docs/plan.md, "Input limits").
 *
 * <p>YAML: the 1.2 core schema, as {@code pulumi up} parses {@code Pulumi.<stack>.yaml} with {@code gopkg.in/yaml.v3}
 * (pulumi/pulumi {@code sdk/go/common/encoding/marshal.go}, used by {@code sdk/go/common/workspace/loaders.go}
 * {@code LoadProjectStackBytes}): {@code yes}, {@code off} and dates are strings, {@code true}/{@code false} booleans.
 * Like yaml.v3, a key given twice in one mapping is an error (both lines are named) and merge keys ({@code <<}) are
 * applied, explicit keys winning. Tags other than the core schema's ({@code !!binary}, {@code !!timestamp}, custom
 * tags) are refused with their key path. Aliases, nesting and the expanded size are limited so that a small file cannot
 * expand into gigabytes (an alias "bomb"); an alias shares its anchor's value, it is not copied.
 *
 * <p>Mappings are {@link Mapping}s, which remember how each non-string scalar was written, so that a value given for a
 * string field (a tag value) can be kept exactly as written or refused ({@link #literal}). Failures are
 * {@link Plan.PlanFailure}s with exit status {@link Plan#INVALID}, one line per problem, positions as
 * {@code <file>:<line>:<column>}.
 */
public final class StackInput {
    /** Largest file read, in bytes: 4 MiB (1000 entries like the dev stack's, 3,140 bytes for 4, take about 0.8 MB). */
    public static final int MAX_FILE_BYTES = 4 * 1024 * 1024;
    /** Most alias references ({@code *name}) in one YAML document. */
    public static final int MAX_ALIASES = 10_000;
    /** Most values in one YAML document counting each alias as the value it stands for (refuses alias bombs). */
    public static final int MAX_EXPANDED_VALUES = 1_000_000;
    /** Deepest nesting of mappings and sequences in one YAML document. */
    public static final int MAX_DEPTH = 64;

    private StackInput() {
    }

    /**
     * A mapping read from YAML: string keys in document order; {@link #written(String)} gives the source text of a
     * member that is a number or a boolean.
     */
    public static final class Mapping extends LinkedHashMap<String, Object> {
        private static final long serialVersionUID = 1L;
        private final Map<String, String> written = new HashMap<>();

        /** How the member's value was written, when it is a number or boolean read from YAML. */
        public Optional<String> written(String key) {
            return Optional.ofNullable(written.get(key));
        }
    }

    /**
     * The text of a scalar given where a string is expected (a tag value): strings as they are; a whole number or a
     * boolean only when written in its one canonical form ({@code 42}, {@code true}), which every reader (this one,
     * the Pulumi CLI's JSON) renders the same; empty for anything else (a fraction, {@code 1e20}, a 23-digit number,
     * {@code 007}, {@code True}), which the caller refuses: reformatting it would silently change the value.
     * {@code in} is the mapping holding the value (its {@link Mapping#written} text is used when it has one).
     */
    public static Optional<String> literal(Object value, Map<?, ?> in, Object key) {
        if (value instanceof String s) {
            return Optional.of(s);
        }
        Optional<String> source = in instanceof Mapping m ? m.written(String.valueOf(key)) : Optional.empty();
        String canonical = value instanceof Long || value instanceof Integer || value instanceof Boolean
                ? String.valueOf(value) : null;
        if (canonical == null || source.isPresent() && !source.get().equals(canonical)) {
            return Optional.empty();
        }
        return Optional.of(canonical);
    }

    /** How a value refused by {@link #literal} is shown in its message: as written, when that is known. */
    public static Object shown(Object value, Map<?, ?> in, Object key) {
        return in instanceof Mapping m && m.written(String.valueOf(key)).isPresent()
                ? new Written(m.written(String.valueOf(key)).get()) : value;
    }

    /** A scalar's source text, shown unquoted in messages. */
    private record Written(String text) {
        @Override
        public String toString() {
            return text;
        }
    }

    /** The rule a refused {@link #literal} breaks. */
    public static final String LITERAL_RULE = "must be a string; quote the value to keep it exactly as written";

    /** The text of a regular file of at most {@link #MAX_FILE_BYTES} bytes, strict UTF-8; {@code shown} names it. */
    public static String readText(Path file, String shown) {
        if (Files.isDirectory(file)) {
            throw invalid(shown + ": is a directory, not a file");
        }
        if (!Files.exists(file)) {
            throw invalid(shown + ": no such file");
        }
        // checked before opening: opening a FIFO blocks, and a device never ends
        if (!Files.isRegularFile(file)) {
            throw invalid(shown + ": not a regular file (a device, FIFO or socket); give a file");
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(MAX_FILE_BYTES + 1);
        } catch (IOException e) {
            throw invalid(shown + ": cannot read: " + Problems.clean(String.valueOf(e.getMessage())));
        }
        if (bytes.length > MAX_FILE_BYTES) {
            throw invalid(shown + ": larger than " + MAX_FILE_BYTES + " bytes (" + MAX_FILE_BYTES / 1024 / 1024
                    + " MiB), the most ecrkit reads");
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw invalid(shown + ": not UTF-8 text");
        }
    }

    /**
     * A YAML file whose document is a mapping (an empty document is an empty mapping). With {@code configKeys}, the
     * members of the top-level {@code config} mapping are named by their key alone in messages
     * ({@code ecrkit:repositories.app.tags}), as every other config message names them.
     */
    public static Map<String, Object> readYamlMapping(Path file, String shown, boolean configKeys) {
        return mapping(parse(readText(file, shown), shown, configKeys, null), shown);
    }

    /** A stack file's mapping and the lines of the keys of its {@code config} block. */
    record StackDocument(Map<String, Object> mapping, KeyMarks keys) {
    }

    /**
     * A stack file read once, as {@link #readYamlMapping} with config keys; with {@code indexKeys}, the line of every
     * key and list item its {@code config} block writes, by config key path, from the parser's marks (else
     * {@link KeyMarks#NONE}: the index costs about 15% more parsing time and 130 bytes per key, 9 MB for 1,000
     * entries, which only the SARIF report needs).
     */
    static StackDocument readStackFile(Path file, String shown, boolean indexKeys) {
        var lines = indexKeys ? new HashMap<String, Integer>() : null;
        var map = mapping(parse(readText(file, shown), shown, true, lines), shown);
        return new StackDocument(map, indexKeys ? new KeyMarks(lines) : KeyMarks.NONE);
    }

    private static Map<String, Object> mapping(Object doc, String shown) {
        if (doc == null) {
            return new Mapping();
        }
        if (!(doc instanceof Map<?, ?>)) {
            throw invalid(shown + ": must be a YAML mapping (key: value lines)");
        }
        @SuppressWarnings("unchecked")
        var map = (Map<String, Object>) doc;
        return map;
    }

    /** The value of one YAML document: {@link Mapping}s, lists, strings, Long, BigInteger, Double, Boolean, null. */
    public static Object parseYaml(String text, String shown, boolean configKeys) {
        return parse(text, shown, configKeys, null);
    }

    /** {@link #parseYaml}; records the line of each key and list item written in {@code keyLines} unless null. */
    private static Object parse(String text, String shown, boolean configKeys, Map<String, Integer> keyLines) {
        var settings = LoadSettings.builder().setLabel(shown).setSchema(new CoreSchema())
                .setMaxAliasesForCollections(MAX_ALIASES).setCodePointLimit(MAX_FILE_BYTES)
                .setAllowRecursiveKeys(false).setAllowNonScalarKeys(true) // refused below, with the position and path
                .setUseMarks(true).build();
        Optional<Node> root;
        try {
            var documents = new Compose(settings).composeAllFromString(text).iterator();
            root = documents.hasNext() ? Optional.of(documents.next()) : Optional.empty();
            if (documents.hasNext()) {
                throw invalid(shown + ": holds more than one YAML document (---); a stack file has one");
            }
        } catch (MarkedYamlEngineException e) {
            throw invalid(position(shown, e.getProblemMark()) + ": invalid YAML: "
                    + Problems.clean(firstLine(e.getProblem())) + excerpt(e.getProblemMark()));
        } catch (YamlEngineException e) {
            throw invalid(shown + ": invalid YAML: " + Problems.clean(firstLine(e.getMessage())));
        } catch (StackOverflowError e) {
            throw invalid(shown + ": invalid YAML: nested deeper than " + MAX_DEPTH + " levels");
        }
        if (root.isEmpty()) {
            return null;
        }
        var builder = new Builder(shown, configKeys, keyLines);
        Object value = builder.value(root.get(), "", 0);
        if (!builder.problems.isEmpty()) {
            throw invalid(String.join("\n", builder.problems));
        }
        return value;
    }

    /** Builds Java values from the composed nodes, with the limits and checks of this class. */
    private static final class Builder {
        private final String shown;
        private final boolean configKeys;
        private final List<String> problems = new ArrayList<>();
        private final Map<Node, Object> built = new IdentityHashMap<>();
        private final Map<Node, Long> sizes = new IdentityHashMap<>();
        /** Key path to line of each key and list item written, or null; with configKeys, the config block's only. */
        private final Map<String, Integer> keyLines;
        /** The key and item nodes {@link #mark} has seen: the composer shares them between an anchor and its uses. */
        private final Set<Node> marked = Collections.newSetFromMap(new IdentityHashMap<>());
        private boolean inConfig;
        private long expanded;

        Builder(String shown, boolean configKeys, Map<String, Integer> keyLines) {
            this.shown = shown;
            this.configKeys = configKeys;
            this.keyLines = keyLines;
        }

        /**
         * Records where the key or list item {@code node} is written, as {@code path}: the first time the node is met
         * only. The composer shares nodes: an alias is its anchor's node (a list item that is an alias is in
         * {@link #built}), and a merge key ({@code <<}) is replaced by the merged mapping's own key nodes, which were
         * met where the anchor is written (anchors come first). So nothing is recorded through an alias or a merge,
         * and the index holds at most one entry per key and list item of the text, whatever they expand to.
         */
        private void mark(String path, Node node) {
            if (keyLines != null && !built.containsKey(node) && marked.add(node) && (inConfig || !configKeys)) {
                node.getStartMark().ifPresent(m -> keyLines.put(path, m.getLine() + 1));
            }
        }

        Object value(Node node, String path, int depth) {
            if (depth > MAX_DEPTH) {
                throw invalid(at(node) + ": " + show(path) + "nested deeper than " + MAX_DEPTH + " levels");
            }
            if (built.containsKey(node)) { // an alias: the anchor's value, shared; counted at its expanded size
                count(sizes.get(node), node, path);
                return built.get(node);
            }
            long before = expanded;
            Object v = switch (node.getNodeType()) {
                case SCALAR -> scalar((ScalarNode) node, path);
                case SEQUENCE -> sequence((SequenceNode) node, path, depth);
                case MAPPING -> mapping((MappingNode) node, path, depth);
                default -> null;
            };
            count(1, node, path);
            if (node.getAnchor().isPresent()) {
                built.put(node, v);
                sizes.put(node, expanded - before);
            }
            return v;
        }

        private void count(long n, Node node, String path) {
            expanded += n;
            if (expanded > MAX_EXPANDED_VALUES) {
                throw invalid(at(node) + ": " + show(path) + "the document expands to more than " + MAX_EXPANDED_VALUES
                        + " values through aliases, the most ecrkit reads");
            }
        }

        private List<Object> sequence(SequenceNode node, String path, int depth) {
            checkTag(node, Tag.SEQ, path);
            var out = new ArrayList<Object>();
            var items = node.getValue();
            for (int i = 0; i < items.size(); i++) {
                String item = path + "[" + i + "]";
                mark(item, items.get(i));
                out.add(value(items.get(i), item, depth + 1));
            }
            return out;
        }

        private Mapping mapping(MappingNode node, String path, int depth) {
            checkTag(node, Tag.MAP, path);
            var out = new Mapping();
            var lines = new HashMap<String, Node>();
            var merged = new ArrayList<Mapping>();
            for (NodeTuple t : node.getValue()) {
                if (!(t.getKeyNode() instanceof ScalarNode keyNode)) {
                    problems.add(at(t.getKeyNode()) + ": " + show(path) + "a key must be a plain value, not a list or"
                            + " mapping");
                    continue;
                }
                String key = keyNode.getValue();
                if (keyNode.isPlain() && key.equals("<<")) {
                    merged.addAll(merge(t.getValueNode(), path, depth));
                    continue;
                }
                // the members of a stack file's config block are named as config keys: ecrkit:repositories.app
                boolean config = path.isEmpty() && configKeys && key.equals("config");
                String child = config ? "" : join(path, key);
                Node first = lines.putIfAbsent(key, keyNode);
                if (first != null) {
                    problems.add(at(keyNode) + ": " + Problems.clean(join(path, key)) + ": duplicate key (first at line "
                            + line(first) + "); give each key once");
                    continue;
                }
                mark(child, keyNode);
                boolean block = config && depth == 0; // the stack file's config block, whose keys are indexed
                inConfig |= block;
                Object v = value(t.getValueNode(), child, depth + 1);
                inConfig &= !block;
                out.put(key, v);
                if (t.getValueNode() instanceof ScalarNode s && !(v instanceof String) && v != null) {
                    out.written.put(key, s.getValue());
                }
            }
            for (Mapping m : merged) { // explicit keys win, as in yaml.v3; earlier merged mappings win over later ones
                m.forEach((k, v) -> {
                    if (!out.containsKey(k)) {
                        out.put(k, v);
                        m.written(k).ifPresent(w -> out.written.put(k, w));
                    }
                });
            }
            return out;
        }

        /** The mappings of a merge key's value: one mapping or a sequence of them. */
        private List<Mapping> merge(Node node, String path, int depth) {
            Object v = value(node, join(path, "<<"), depth + 1);
            var list = v instanceof List<?> l ? l : List.of(v == null ? "" : v);
            var out = new ArrayList<Mapping>();
            for (Object o : list) {
                if (o instanceof Mapping m) {
                    out.add(m);
                } else {
                    problems.add(at(node) + ": " + Problems.clean(join(path, "<<"))
                            + ": a merge key takes a mapping or a list of mappings");
                }
            }
            return out;
        }

        private Object scalar(ScalarNode node, String path) {
            String text = node.getValue();
            Tag tag = node.getTag();
            if (tag.equals(Tag.STR)) {
                return text;
            }
            if (tag.equals(Tag.NULL)) {
                return null;
            }
            if (tag.equals(Tag.BOOL)) {
                return text.equalsIgnoreCase("true");
            }
            if (tag.equals(Tag.INT)) {
                return integer(text).<Object>map(n -> n).orElseGet(() -> {
                    problems.add(at(node) + ": " + show(path) + "not a whole number, got " + Problems.show(text));
                    return text;
                });
            }
            if (tag.equals(Tag.FLOAT)) {
                return decimal(text).<Object>map(n -> n).orElseGet(() -> {
                    problems.add(at(node) + ": " + show(path) + "not a number, got " + Problems.show(text));
                    return text;
                });
            }
            problems.add(at(node) + ": " + show(path) + "unsupported YAML tag " + Problems.clean(tagName(tag))
                    + " (ecrkit reads strings, numbers, booleans, null, lists and mappings)");
            return text;
        }

        private void checkTag(Node node, Tag expected, String path) {
            if (!node.getTag().equals(expected)) {
                problems.add(at(node) + ": " + show(path) + "unsupported YAML tag " + Problems.clean(tagName(node.getTag()))
                        + " (ecrkit reads strings, numbers, booleans, null, lists and mappings)");
            }
        }

        private String at(Node node) {
            return position(shown, node.getStartMark());
        }

        private static String show(String path) {
            return path.isEmpty() ? "" : Problems.clean(path) + ": ";
        }
    }

    /** A YAML 1.2 core-schema integer: decimal, {@code 0o} octal or {@code 0x} hexadecimal; Long, or BigInteger. */
    static Optional<Number> integer(String text) {
        String t = text.startsWith("+") ? text.substring(1) : text;
        try {
            BigInteger n = t.startsWith("0o") ? new BigInteger(t.substring(2), 8)
                    : t.startsWith("0x") ? new BigInteger(t.substring(2), 16) : new BigInteger(t);
            return Optional.of(n.bitLength() < 64 ? (Number) n.longValue() : n);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** A YAML 1.2 core-schema float: {@code .inf}, {@code .nan} (refused later as numbers) or decimal notation. */
    static Optional<Number> decimal(String text) {
        String t = text.toLowerCase(java.util.Locale.ROOT);
        if (t.matches("[-+]?\\.inf")) {
            return Optional.of(t.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY);
        }
        if (t.equals(".nan")) {
            return Optional.of(Double.NaN);
        }
        try {
            return Optional.of(Double.parseDouble(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String tagName(Tag tag) {
        String v = tag.getValue();
        return v.startsWith(Tag.PREFIX) ? "!!" + v.substring(Tag.PREFIX.length()) : v;
    }

    private static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    private static String position(String shown, Optional<Mark> mark) {
        return mark.map(m -> shown + ":" + (m.getLine() + 1) + ":" + (m.getColumn() + 1)).orElse(shown);
    }

    private static int line(Node node) {
        return node.getStartMark().map(m -> m.getLine() + 1).orElse(0);
    }

    /** The problem's source line, cut and escaped: {@code " (near: key: [1, 2)"}. */
    private static String excerpt(Optional<Mark> mark) {
        return mark.map(m -> {
            int[] buffer = m.getBuffer();
            int start = m.getPointer();
            int end = m.getPointer();
            while (start > 0 && buffer[start - 1] != '\n' && buffer[start - 1] != '\r') {
                start--;
            }
            while (end < buffer.length && buffer[end] != '\n' && buffer[end] != '\r') {
                end++;
            }
            String line = new String(buffer, start, end - start).strip();
            return line.isEmpty() ? "" : " (near: " + Problems.clean(line) + ")";
        }).orElse("");
    }

    private static String firstLine(String s) {
        return s == null ? "" : s.lines().findFirst().orElse("");
    }

    private static Plan.PlanFailure invalid(String message) {
        return new Plan.PlanFailure(Plan.INVALID, message);
    }
}
