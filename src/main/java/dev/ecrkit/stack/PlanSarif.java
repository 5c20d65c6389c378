package dev.ecrkit.stack;

import dev.ecrkit.findings.Check;
import dev.ecrkit.findings.Finding;
import dev.ecrkit.findings.Severity;
import dev.ecrkit.json.Json;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code Plan --format sarif}: the findings as a SARIF 2.1.0 log (OASIS SARIF 2.1.0,
 * https://docs.oasis-open.org/sarif/sarif/v2.1.0/sarif-v2.1.0.html), the format GitHub code scanning, GitLab and Azure
 * DevOps read. One rule per {@link Check} (its id, title, controls and severity), one result per finding, located at
 * the stack file line of the key that fixes it ({@link KeyMarks}). Levels: HIGH error, MEDIUM warning, LOW note; the
 * {@code security-severity} property GitHub ranks alerts by is 8.0, 5.0 and 2.0 (GitHub's bands: 7.0-8.9 high,
 * 4.0-6.9 medium, 0.1-3.9 low,
 * https://docs.github.com/en/code-security/code-scanning/integrating-with-code-scanning/sarif-support-for-code-scanning).
 */
final class PlanSarif {
    /** The {@code $schema} member: SchemaStore's copy of the OASIS schema, as GitHub's examples use. */
    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    /** The SARIF version written. */
    static final String VERSION = "2.1.0";

    private PlanSarif() {
    }

    /**
     * The SARIF document of {@code findings}; {@code stackFile} is the stack file as the user named it (the artifact
     * URI, relative to the project root) and {@code keys} the lines of the keys it writes, for result lines.
     */
    static String render(List<Finding> findings, String stackFile, KeyMarks keys) {
        var rules = new ArrayList<Object>();
        for (Check c : Check.values()) {
            rules.add(Json.object("id", c.id(), "name", c.name(), "shortDescription", text(c.title()),
                    "fullDescription", text(c.title() + " (" + c.severity() + "; fixed by " + c.key() + ")"),
                    "help", text(help(c)), "defaultConfiguration", Json.object("level", level(c.severity())),
                    "properties", Json.object("tags", tags(c), "security-severity", securitySeverity(c.severity()))));
        }
        var index = new LinkedHashMap<String, Integer>();
        Arrays.stream(Check.values()).forEach(c -> index.put(c.id(), c.ordinal()));
        var results = new ArrayList<Object>();
        for (Finding f : findings) {
            var result = new LinkedHashMap<String, Object>();
            result.put("ruleId", f.id());
            if (index.containsKey(f.id())) {
                result.put("ruleIndex", index.get(f.id()));
            }
            result.put("level", level(f.severity()));
            result.put("message", text(f.message()));
            result.put("locations", List.of(Json.object(
                    "physicalLocation", Json.object("artifactLocation", Json.object("uri", stackFile),
                            "region", Json.object("startLine", keys.line(f.key()))),
                    "logicalLocations", List.of(Json.object("fullyQualifiedName", f.key(), "kind", "member")))));
            result.put("partialFingerprints", Json.object("ecrkitFinding/v1", f.id() + " " + f.urn()));
            result.put("properties", Json.object("urn", f.urn(), "controls", f.controls()));
            results.add(result);
        }
        Map<String, Object> driver = Json.object("name", "ecrkit", "version", Version.current(),
                "semanticVersion", Version.current(), "rules", rules);
        return Json.pretty(Json.object("$schema", SCHEMA, "version", VERSION, "runs", List.of(Json.object(
                "tool", Json.object("driver", driver),
                "artifacts", List.of(Json.object("location", Json.object("uri", stackFile))),
                "results", results)))) + "\n";
    }

    private static Map<String, Object> text(String text) {
        return Json.object("text", text);
    }

    private static String help(Check c) {
        return "Set " + c.key() + " in the repository's entry of the stack file (docs/plan.md, \"Findings\")."
                + (c.controls().isEmpty() ? "" : " Scanner and Security Hub controls: " + String.join(", ", c.controls()) + ".");
    }

    private static List<String> tags(Check c) {
        var tags = new ArrayList<String>(List.of("security"));
        tags.addAll(c.controls());
        return tags;
    }

    private static String level(Severity s) {
        return switch (s) {
            case HIGH -> "error";
            case MEDIUM -> "warning";
            case LOW -> "note";
        };
    }

    private static String securitySeverity(Severity s) {
        return switch (s) {
            case HIGH -> "8.0";
            case MEDIUM -> "5.0";
            case LOW -> "2.0";
        };
    }
}
