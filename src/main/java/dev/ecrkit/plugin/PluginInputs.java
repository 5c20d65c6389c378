package dev.ecrkit.plugin;

import com.pulumi.resources.ComponentResourceOptions;
import java.util.function.Supplier;

/**
 * The check every plugin component runs before it registers: its conversion ({@code StackConfig.repositoryArgs},
 * {@code KmsConfig.keyArgs}, ...) throws on invalid inputs before the component resource exists. Pure with respect to
 * the engine.
 */
final class PluginInputs {
    private PluginInputs() {
    }

    /** Runs {@code check} (a conversion that throws on invalid input) before the component registers; returns options. */
    static ComponentResourceOptions validated(ComponentResourceOptions options, Supplier<?> check) {
        check.get();
        return options;
    }
}
