package dev.ecrkit.inputs;

import com.pulumi.core.annotations.Import;
import java.util.List;

/**
 * {@code principals} of a {@link PolicyStatementArgs}: {@code {type, identifiers}}. Schema type
 * {@code ecrkit:index:Principals}.
 */
public final class PrincipalsArgs {
    @Import(name = "type", required = true)
    private String type;
    @Import(name = "identifiers", required = true)
    private List<String> identifiers;

    private PrincipalsArgs() {
    }
}
