package dev.ecrkit.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ecrkit.validation.InvalidInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigKeysTest {
    @Test
    void everyModuleVariable_isKnown() {
        assertEquals(MODULE_VARIABLES, ConfigKeys.ALL.stream().filter(k -> !ConfigKeys.INPUTS.get(k.name()).ecrkitOnly())
                .count(), "every module variable is a key; ecrkit's own keys are declared ecrkitOnly");
        assertEquals(ConfigKeys.ALL.size(), new HashSet<>(ConfigKeys.ALL.stream().map(ConfigKey::name).toList()).size());
    }

    /** terraform-aws-ecr v2.1.1's input variables (terraform-module-behaviour.md section 1). */
    static final int MODULE_VARIABLES = 67;

    /** Defaults a declaration cannot build from a compile-time constant (enums, lists) are the code's constants. */
    @Test
    void declaredDefaults_areTheConstantsTheCodeUses() {
        assertEquals(dev.ecrkit.RepositoryArgs.DEFAULT_IMAGE_TAG_MUTABILITY.wire(),
                ConfigKeys.find("imageTagMutability").orElseThrow().moduleDefault());
        assertEquals(dev.ecrkit.ecr.EncryptionType.AES256.wire(), ConfigKeys.find("encryptionType").orElseThrow().moduleDefault());
        assertEquals(dev.ecrkit.tagging.TaggingSettings.DEFAULT_TAG_KEY_CASE.wire(),
                ConfigKeys.find("tagKeyCase").orElseThrow().moduleDefault());
        assertEquals(dev.ecrkit.registry.RegistryScanning.DEFAULT_SCAN_TYPE.wire(),
                ConfigKeys.find("registryScanType").orElseThrow().moduleDefault());
        assertEquals(dev.ecrkit.registry.RegistryScanning.MODULE_DEFAULT_FILTERS,
                ConfigKeys.find("scanRepositoryFilters").orElseThrow().moduleDefault());
        assertEquals(10, ConfigKeys.find("monitoringThresholdStorage").orElseThrow().moduleDefault(),
                "whole-number defaults read as integers, whatever the constant's type");
    }

    @Test
    void readme_documentsEveryKeyInItsTable() throws IOException {
        String readme = Files.readString(Path.of("docs/config.md"));
        assertTrue(readme.contains(ConfigDocs.table()), "docs/config.md's key table is stale: regenerate it with ConfigDocs");
        for (var k : ConfigKeys.ALL) {
            assertTrue(readme.contains("| `" + k.name() + "` |"), "docs/config.md has no table row for " + k.name());
        }
    }

    @Test
    void wrongType_namesTheExpectedType() {
        var e = org.junit.jupiter.api.Assertions.assertThrows(InvalidInputException.class,
                () -> StackConfig.parse(config(new java.util.TreeMap<>(Map.of("forceDelete", "yes", "requiredTags", "Owner")))));
        assertEquals(List.of("ecrkit:repositories.app.forceDelete: must be a boolean (true or false), got \"yes\"",
                "ecrkit:repositories.app.requiredTags: must be a list of strings, got \"Owner\""),
                e.problems().stream().map(Object::toString).toList());
    }

    @Test
    void entryKey_isTheNameUnlessNameIsSet_andScanningConfigurationOverridesScanOnPush() {
        var entries = StackConfig.parse(Map.of("repositories", Map.of(
                "aa", Map.of("scanOnPush", true, "imageScanningConfiguration", Map.of("scanOnPush", false)),
                "b", Map.of("name", "team/b")))).entries();
        var byKey = new LinkedHashMap<String, StackConfig.Entry>();
        entries.forEach(e -> byKey.put(e.key(), e));
        assertEquals("aa", byKey.get("aa").args().plainName().orElseThrow());
        assertEquals(false, byKey.get("aa").args().scanOnPush());
        assertEquals("team/b", byKey.get("b").args().plainName().orElseThrow());
    }

    @Test
    void tagKeyCaseNull_keepsKeysAsGiven_likeTheModule() {
        var entry = new java.util.HashMap<String, Object>();
        entry.put("tagKeyCase", null);
        var args = StackConfig.parse(config(entry)).entries().get(0).args();
        assertEquals(dev.ecrkit.tagging.KeyCase.NONE, args.tagging().tagKeyCase());
        var unset = StackConfig.parse(config(Map.of())).entries().get(0).args();
        assertEquals(dev.ecrkit.tagging.KeyCase.PASCAL_CASE, unset.tagging().tagKeyCase());
    }

    @Test
    void closestKey_isSuggested() {
        assertEquals("imageTagMutability", ConfigKeys.closest("imageTagMutabilty"));
        assertEquals("lifecyclePolicyTemplate", ConfigKeys.closest("lifecycle_policy_template"));
    }

    private static Map<String, Object> config(Map<String, Object> entry) {
        return Map.of("repositories", Map.of("app", entry));
    }
}
