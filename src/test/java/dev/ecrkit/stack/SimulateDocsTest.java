package dev.ecrkit.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ecrkit.lifecycle.ImageInventory;
import dev.ecrkit.lifecycle.SampleInventory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulateDocsTest {
    @Test
    void simulateDoc_templateSectionIsTheGeneratedOne() throws IOException {
        String page = Files.readString(Path.of("docs/simulate.md"));
        assertTrue(page.contains(SimulateDocs.templates()),
                "docs/simulate.md is stale: paste the output of SimulateDocs over the generated section");
    }

    @Test
    void writeImages_writesASampleInventoryTheCommandReads(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("images.json");
        SimulateDocs.main(new String[] {"--write-images", file.toString(), "--days", "20"});
        assertEquals(SampleInventory.ofDays(SimulateDocs.NOW, 20, SimulateDocs.SEED),
                ImageInventory.parse(Files.readString(file)));
    }
}
