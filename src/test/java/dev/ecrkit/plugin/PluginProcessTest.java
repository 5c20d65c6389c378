package dev.ecrkit.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.Empty;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import pulumirpc.Provider.GetSchemaRequest;
import pulumirpc.ResourceProviderGrpc;

/**
 * The real plugin process, started the way the Pulumi engine starts it (the engine address as the only argument):
 * its first stdout line is the port, and it answers GetSchema over gRPC with the schema pinned by the golden file.
 */
class PluginProcessTest {
    /** Guards against a hung process; not a speed assertion (the process normally answers in about a second). */
    private static final long HANG_GUARD_SECONDS = 120;
    /** Engine address; the plugin does not contact the engine before a Construct call. */
    private static final String ENGINE_ADDRESS = "127.0.0.1:1";

    @Test
    void pluginProcess_printsItsPort_andServesTheSchemaOverGrpc() throws Exception {
        Path stderr = Files.createTempFile("ecrkit-plugin", ".stderr");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var process = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                PluginMain.class.getName(), ENGINE_ADDRESS))
                .redirectError(stderr.toFile())
                .start();
        ManagedChannel channel = null;
        try {
            var stdout = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            String firstLine = CompletableFuture.supplyAsync(() -> readLine(stdout))
                    .get(HANG_GUARD_SECONDS, TimeUnit.SECONDS);
            assertTrue(firstLine != null && firstLine.matches("[0-9]+"),
                    () -> "first stdout line should be the port, got " + firstLine + "; stderr: " + read(stderr));
            int port = Integer.parseInt(firstLine);

            channel = ManagedChannelBuilder.forAddress("127.0.0.1", port).usePlaintext().build();
            var stub = ResourceProviderGrpc.newBlockingStub(channel).withDeadlineAfter(HANG_GUARD_SECONDS, TimeUnit.SECONDS);
            var response = stub.getSchema(GetSchemaRequest.newBuilder().setVersion(0).build());

            String golden = Files.readString(Path.of("src/test/resources/dev/ecrkit/plugin/schema.json"));
            assertEquals(golden, PluginHarness.canonical(response.getSchema()));
            assertEquals("1.0.0", stub.getPluginInfo(Empty.getDefaultInstance()).getVersion(),
                    "pulumi-java 1.36.1 answers a fixed plugin version (components/README.md)");
            assertEquals("", read(stderr), "the plugin writes nothing to stderr (no SLF4J or gRPC warnings)");
        } finally {
            if (channel != null) {
                channel.shutdownNow();
            }
            process.destroy();
            process.waitFor(HANG_GUARD_SECONDS, TimeUnit.SECONDS);
            Files.deleteIfExists(stderr);
        }
    }

    private static String readLine(BufferedReader reader) {
        try {
            return reader.readLine();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
