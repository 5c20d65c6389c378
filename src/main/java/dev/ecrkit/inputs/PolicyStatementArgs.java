package dev.ecrkit.inputs;

import com.pulumi.core.annotations.Import;
import java.util.List;

/**
 * One custom key policy statement ({@code kmsCustomPolicyStatements} of a Repository, {@code customPolicyStatements}
 * of a KmsKey): the Terraform module's object, same fields as the stack config (docs/encryption.md, "Custom
 * statements"). Schema type {@code ecrkit:index:PolicyStatement}.
 */
public final class PolicyStatementArgs {
    @Import(name = "sid")
    private String sid;
    @Import(name = "effect", required = true)
    private String effect;
    @Import(name = "principals", required = true)
    private PrincipalsArgs principals;
    @Import(name = "actions", required = true)
    private List<String> actions;
    @Import(name = "resources")
    private List<String> resources;
    @Import(name = "conditions")
    private List<ConditionArgs> conditions;

    private PolicyStatementArgs() {
    }
}
