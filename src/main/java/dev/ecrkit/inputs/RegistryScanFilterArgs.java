package dev.ecrkit.inputs;

import com.pulumi.core.annotations.Import;
import java.util.List;

/** One element of the module's {@code registry_scan_filters} (accepted with a notice: it configures nothing). */
public final class RegistryScanFilterArgs {
    @Import(name = "name")
    private String name;
    @Import(name = "values")
    private List<String> values;

    private RegistryScanFilterArgs() {
    }
}
