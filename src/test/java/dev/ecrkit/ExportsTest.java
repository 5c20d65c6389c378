package dev.ecrkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.resources.ComponentResource;
import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reflections.Reflections;

/** A component's outputs are declared once, by its {@code @Export} fields; {@link Exports} reads them. */
class ExportsTest {
    /** A component with two exports whose outputs record has them and one more, unexported. */
    static final class Two {
        @Export(name = "first", refs = {String.class}, tree = "[0]")
        public final Output<String> first = Output.of("1");
        @Export(name = "second", refs = {Boolean.class}, tree = "[0]")
        public final Output<Boolean> second = Output.of(true);
        public final Output<String> notExported = Output.of("x");

        record Outputs(Output<Boolean> second, Output<String> internal, Output<String> first) {
        }

        record Partial(Output<String> first) {
        }
    }

    @Test
    void of_aRecord_takesTheComponentOfEachExportedName_inTheFieldOrder() {
        var first = Output.of("a");
        var second = Output.of(false);
        var map = Exports.of(Two.class, new Two.Outputs(second, Output.of("internal"), first));
        assertEquals(List.of("first", "second"), List.copyOf(map.keySet()));
        assertTrue(map.get("first") == first && map.get("second") == second);
    }

    @Test
    void of_aRecordWithoutAnExportedName_throwsNamingIt() {
        var e = assertThrows(IllegalStateException.class,
                () -> Exports.of(Two.class, new Two.Partial(Output.of("a"))));
        assertTrue(e.getMessage().contains("has no output second"), e.getMessage());
    }

    @Test
    void of_anInstance_readsItsExportFields_byName() {
        var two = new Two();
        Map<String, Output<?>> map = Exports.of(two);
        assertEquals(List.of("first", "second"), List.copyOf(map.keySet()));
        assertTrue(map.get("first") == two.first && map.get("second") == two.second);
    }

    @Test
    void everyComponentsOutputsRecord_hasEachExportedOutput_withTheFieldsType() {
        var wrong = new ArrayList<String>();
        var components = new Reflections("dev.ecrkit").getSubTypesOf(ComponentResource.class).stream()
                .filter(c -> c.getPackageName().equals("dev.ecrkit")).toList();
        assertTrue(components.size() >= 8, "components found: " + components);
        for (Class<?> c : components) {
            var record = Arrays.stream(c.getDeclaredClasses()).filter(n -> n.getSimpleName().equals("Outputs"))
                    .findFirst().orElseThrow(() -> new AssertionError(c.getSimpleName() + " has no Outputs record"));
            for (Field f : c.getDeclaredFields()) {
                Export export = f.getAnnotation(Export.class);
                if (export == null) {
                    continue;
                }
                var component = Arrays.stream(record.getRecordComponents())
                        .filter(r -> r.getName().equals(export.name())).map(RecordComponent::getGenericType)
                        .findFirst();
                if (component.isEmpty() || !component.get().equals(f.getGenericType())) {
                    wrong.add(c.getSimpleName() + "." + export.name() + ": field " + f.getGenericType()
                            + ", Outputs " + component.map(Object::toString).orElse("none"));
                }
            }
        }
        assertEquals(List.of(), wrong);
    }
}
