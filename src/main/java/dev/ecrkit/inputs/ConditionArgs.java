package dev.ecrkit.inputs;

import com.pulumi.core.annotations.Import;
import java.util.List;

/**
 * One item of {@code conditions} of a {@link PolicyStatementArgs}: {@code {test, variable, values}}. Schema type
 * {@code ecrkit:index:Condition}.
 */
public final class ConditionArgs {
    @Import(name = "test", required = true)
    private String test;
    @Import(name = "variable", required = true)
    private String variable;
    @Import(name = "values", required = true)
    private List<String> values;

    private ConditionArgs() {
    }
}
