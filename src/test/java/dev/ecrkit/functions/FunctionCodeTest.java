package dev.ecrkit.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pulumi.asset.AssetOrArchive;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FunctionCodeTest {
    @Test
    void archive_holdsExactlyTheModuleFileWithTheModuleText() throws IOException {
        var code = FunctionCode.of("storage_metric");
        String text = Files.readString(Path.of("src/main/resources/dev/ecrkit/functions/storage_metric.py"),
                StandardCharsets.UTF_8);
        assertEquals(text, code.source());
        assertEquals("storage_metric.py", code.fileName());
        assertEquals("storage_metric.handler", code.handler());
        assertEquals("python3.12", FunctionCode.RUNTIME);
        assertEquals(Map.of("storage_metric.py", Map.of("text", text)), entries(code));
    }

    @Test
    void sameCode_givesTheSameArchive_otherCode_anotherOne() {
        assertEquals(entries(FunctionCode.of("storage_metric")), entries(FunctionCode.of("storage_metric")));
        assertEquals(FunctionCode.of("storage_metric").sha256(), FunctionCode.of("storage_metric").sha256());
        assertNotEquals(entries(FunctionCode.of("storage_metric")), entries(FunctionCode.of("echo_probe")));
        assertNotEquals(FunctionCode.of("storage_metric").sha256(), FunctionCode.of("echo_probe").sha256());
        assertEquals(64, FunctionCode.of("echo_probe").sha256().length());
    }

    @Test
    void missingOrBadModule_isAnErrorNamingIt() {
        var missing = assertThrows(IllegalStateException.class, () -> FunctionCode.of("no_such_module"));
        assertTrue(missing.getMessage().contains("dev/ecrkit/functions/no_such_module.py"), missing.getMessage());
        var bad = assertThrows(IllegalArgumentException.class, () -> FunctionCode.of("../secrets"));
        assertTrue(bad.getMessage().startsWith("module: must match"), bad.getMessage());
    }

    /** The archive's entries as the engine receives them: file name -> {text: content}. */
    static Map<?, ?> entries(FunctionCode code) {
        var archive = AssetOrArchive.AssetOrArchiveInternal.from(code.archive());
        assertEquals("assets", archive.getPropName());
        var out = new java.util.TreeMap<String, Object>();
        ((Map<?, ?>) archive.getValue()).forEach((file, asset) -> {
            var a = AssetOrArchive.AssetOrArchiveInternal.from((AssetOrArchive) asset);
            out.put((String) file, Map.of(a.getPropName(), a.getValue()));
        });
        return out;
    }
}
