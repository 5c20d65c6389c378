package dev.ecrkit.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link KeyMarks}: the line of each config key path, as the parser marked it while {@link StackInput} read the file. */
class KeyMarksTest {
    @TempDir
    Path dir;

    private KeyMarks marks(String... lines) throws IOException {
        Path file = Files.writeString(dir.resolve("Pulumi.t.yaml"), String.join("\n", lines) + "\n");
        return StackInput.readStackFile(file, "Pulumi.t.yaml", true).keys();
    }

    @Test
    void blockStyle_theKeyTheEntryOrTheNamespace() throws IOException {
        var keys = marks("config:", "  aws:region: us-east-1", "  ecrkit:repositories:", "    app.v2:",
                "      scanOnPush: false", "    other:", "      scanOnPush: true", "  \"ecrkit:registry\":", "    x: 1");
        assertEquals(5, keys.line("ecrkit:repositories.app.v2.scanOnPush"));
        assertEquals(7, keys.line("ecrkit:repositories.other.scanOnPush"));
        assertEquals(6, keys.line("ecrkit:repositories.other.encryptionType"), "a default: the entry's line");
        assertEquals(3, keys.line("ecrkit:repositories.missing.scanOnPush"), "no entry: the namespace key's line");
        assertEquals(8, keys.line("ecrkit:registry"));
        assertEquals(1, keys.line("scanOnPush"), "outside the config");
        assertEquals(1, keys.line("ecrkit:governance.x"), "nothing written");
        assertEquals(3, marks("config:", "  aws:region: us-east-1", "  repositories:").line("ecrkit:repositories.a.b"),
                "a project key written without the namespace");
    }

    @Test
    void aKeyOfTheSameNameDeeperInTheEntry_isNotTheEntrysKey() throws IOException {
        var keys = marks("config:", "  ecrkit:repositories:", "    app:", "      repositoryCreationTemplates:",
                "        - prefix: x", "          imageTagMutability: MUTABLE", "          encryptionConfiguration:",
                "            encryptionType: AES256");
        assertEquals(3, keys.line("ecrkit:repositories.app.imageTagMutability"));
        assertEquals(3, keys.line("ecrkit:repositories.app.encryptionType"));
        assertEquals(6, keys.line("ecrkit:repositories.app.repositoryCreationTemplates[0].imageTagMutability"));
        assertEquals(8, keys.line("ecrkit:repositories.app.repositoryCreationTemplates[0].encryptionConfiguration"
                + ".encryptionType"));
    }

    @Test
    void flowStyle_andNestedListItems_exact() throws IOException {
        var keys = marks(
                "config:",
                "  ecrkit:repositories: {",
                "    app: {name: team/app, scanOnPush: false,",
                "      imageTagMutability: IMMUTABLE_WITH_EXCLUSION, imageTagMutabilityExclusionFilters: [",
                "        {filter: latest}, {filter: dev-*,",
                "          filterType: WILDCARD}]},",
                "    web: {encryptionType: AES256}}",
                "  ecrkit:registry:",
                "    replicationRules:",
                "      - destinations:",
                "          - region: eu-west-1",
                "          - {region: eu-central-1,",
                "             registryId: '123456789012'}");
        assertEquals(3, keys.line("ecrkit:repositories.app.scanOnPush"));
        assertEquals(4, keys.line("ecrkit:repositories.app.imageTagMutability"));
        assertEquals(4, keys.line("ecrkit:repositories.app.imageTagMutabilityExclusionFilters"));
        assertEquals(5, keys.line("ecrkit:repositories.app.imageTagMutabilityExclusionFilters[0].filter"));
        assertEquals(5, keys.line("ecrkit:repositories.app.imageTagMutabilityExclusionFilters[1]"));
        assertEquals(6, keys.line("ecrkit:repositories.app.imageTagMutabilityExclusionFilters[1].filterType"));
        assertEquals(4, keys.line("ecrkit:repositories.app.imageTagMutabilityExclusionFilters[2].filter"),
                "no such item: the list's key");
        assertEquals(3, keys.line("ecrkit:repositories.app.encryptionType"), "a default: the entry's line");
        assertEquals(7, keys.line("ecrkit:repositories.web.scanOnPush"));
        assertEquals(11, keys.line("ecrkit:registry.replicationRules[0].destinations[0].region"));
        assertEquals(12, keys.line("ecrkit:registry.replicationRules[0].destinations[1]"));
        assertEquals(13, keys.line("ecrkit:registry.replicationRules[0].destinations[1].registryId"));
    }

    @Test
    void aliases_indexedWhereWritten_notExpanded() throws IOException {
        var keys = marks(
                "config:",
                "  ecrkit:repositories:",
                "    base: &base {scanOnPush: false, encryptionType: AES256}",
                "    copy: *base",
                "    more:",
                "      <<: *base",
                "      name: more",
                "  ecrkit:lists: [*base, *base, {a: 1}]");
        assertEquals(3, keys.line("ecrkit:repositories.base.scanOnPush"));
        assertEquals(4, keys.line("ecrkit:repositories.copy.scanOnPush"), "through an alias: where the alias is used");
        assertEquals(5, keys.line("ecrkit:repositories.more.scanOnPush"), "merged: the entry's line");
        assertEquals(7, keys.line("ecrkit:repositories.more.name"));
        assertEquals(8, keys.line("ecrkit:lists[0].scanOnPush"), "an alias item: its list's line, not the anchor's");
        assertEquals(8, keys.line("ecrkit:lists[2].a"));
        // written: repositories, base, base.scanOnPush, base.encryptionType, copy, more, more.name, lists,
        // lists[2], lists[2].a
        assertEquals(10, keys.size());
    }

    @Test
    void aliases_theIndexDoesNotGrowWithTheExpansion() throws IOException {
        // 50 keys aliased 2,000 times: 100,000 values once expanded, 55 written
        var anchor = new StringBuilder("  ecrkit:base: &b {");
        for (int i = 0; i < 50; i++) {
            anchor.append(i == 0 ? "" : ", ").append("k").append(i).append(": ").append(i);
        }
        var keys = marks("config:", anchor.append("}").toString(),
                "  ecrkit:copies: [" + String.join(", ", Collections.nCopies(2_000, "*b")) + "]",
                "  ecrkit:nested: {one: *b, two: [*b, *b]}");
        assertEquals(1 + 50 + 1 + 3, keys.size()); // base, its 50 keys, copies, nested with one and two
        assertEquals(3, keys.line("ecrkit:copies[1999].k49"));
    }
}
