package dev.ecrkit.plugin;

import com.pulumi.core.annotations.Import;

/** {@code timeouts}. Schema type {@code ecrkit:index:Timeouts}. */
final class TimeoutsArgs {
    @Import(name = "delete")
    private String delete;

    private TimeoutsArgs() {
    }
}
