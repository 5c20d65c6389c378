package dev.ecrkit.plugin;

import com.pulumi.provider.internal.ComponentProviderHost;
import java.io.IOException;

/**
 * Entry point of the multi-language component plugin ({@code components/PulumiPlugin.yaml}): serves every component
 * of this package as {@code ecrkit:index:<Class>} over gRPC and prints the port it listens on. The Pulumi engine starts
 * it with the engine's address as the only argument (logging flags aside).
 */
public final class PluginMain {
    /** Package name of the plugin: the first segment of every type token. */
    public static final String NAME = "ecrkit";

    private PluginMain() {
    }

    /** Starts the plugin; blocks until the engine shuts it down. */
    public static void main(String[] args) throws IOException, InterruptedException {
        new ComponentProviderHost(NAME, PluginMain.class.getPackage()).start(args);
    }
}
