package dev.ecrkit.plugin;

import com.pulumi.core.annotations.Import;

/** {@code imageScanningConfiguration}. Schema type {@code ecrkit:index:ImageScanningConfiguration}. */
final class ImageScanningConfigurationArgs {
    @Import(name = "scanOnPush")
    private Boolean scanOnPush;

    private ImageScanningConfigurationArgs() {
    }
}
