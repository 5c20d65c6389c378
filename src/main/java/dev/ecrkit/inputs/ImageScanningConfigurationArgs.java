package dev.ecrkit.inputs;

import com.pulumi.core.annotations.Import;

/** {@code imageScanningConfiguration}. Schema type {@code ecrkit:index:ImageScanningConfiguration}. */
public final class ImageScanningConfigurationArgs {
    @Import(name = "scanOnPush")
    private Boolean scanOnPush;

    private ImageScanningConfigurationArgs() {
    }
}
