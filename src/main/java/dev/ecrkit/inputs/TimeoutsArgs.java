package dev.ecrkit.inputs;

import com.pulumi.core.annotations.Import;

/** {@code timeouts}. Schema type {@code ecrkit:index:Timeouts}. */
public final class TimeoutsArgs {
    @Import(name = "delete")
    private String delete;

    private TimeoutsArgs() {
    }
}
