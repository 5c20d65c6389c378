package dev.ecrkit.inputs;

import com.pulumi.core.annotations.Import;
import java.util.List;

/**
 * {@code inspector} of the registry shape: Amazon Inspector's ECR scanning for the registry's own account
 * ({@code dev.ecrkit.registry.InspectorActivation}). Schema type {@code ecrkit:index:Inspector}.
 */
public final class InspectorArgs {
    @Input(doc = "Scan types to activate: ECR, plus EC2, LAMBDA or LAMBDA_CODE when the account uses them (the provider's Enabler disables every scan type it does not list)",
            moduleDefault = "[\"ECR\"]")
    @Import(name = "scanTypes")
    private List<String> scanTypes;
    @Input(doc = "Destroying the stack deactivates Amazon Inspector in the account and deletes its findings; default: Inspector is left on (Pulumi `retainOnDelete`)",
            moduleDefault = "false")
    @Import(name = "deactivateOnDelete")
    private Boolean deactivateOnDelete;

    private InspectorArgs() {
    }
}
