package dev.ecrkit.docs;

import dev.ecrkit.tagging.DefaultTagsTemplate;
import dev.ecrkit.tagging.TagResult;
import dev.ecrkit.tagging.Tagging;
import dev.ecrkit.tagging.TaggingSettings;
import java.util.Map;

/** The Java snippet of docs/tagging.md. */
final class TaggingSnippets {
    private TaggingSnippets() {
    }

    static Map<String, String> compute() {
        // snippet: compute
        TaggingSettings settings = TaggingSettings.builder()
                .defaultTagsTemplate(DefaultTagsTemplate.COST_ALLOCATION)
                .defaultTagsEnvironment("prod")
                .defaultTagsCostCenter("cc-42")
                .tags(Map.of("team-name", " core "))
                .enableTagValidation(true)
                .requiredTags("Environment", "team_name")
                .build();
        TagResult result = Tagging.compute(settings, "shop/api");   // throws InvalidInputException with every problem
        result.finalTags();            // sorted: Billable, CostCenter, CreatedBy, Environment, ManagedBy, Name, ..., TeamName
        result.taggingStrategy();      // the module's tagging_strategy output, camelCase names
        result.tagComplianceStatus();  // the module's tag_compliance_status output, camelCase names
        Tagging.withExtra(result.finalTags(), Map.of("Name", "shop/api-kms-key"));  // tags of a child resource
        // end-snippet
        return result.finalTags();
    }
}
