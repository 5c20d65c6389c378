package dev.ecrkit.plugin;

import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Struct;
import com.google.protobuf.util.JsonFormat;
import com.pulumi.provider.internal.ComponentProvider;
import com.pulumi.provider.internal.Metadata;
import com.pulumi.provider.internal.models.ConstructRequest;
import com.pulumi.provider.internal.models.ConstructResponse;
import com.pulumi.provider.internal.models.GetSchemaRequest;
import com.pulumi.provider.internal.properties.PropertyValue;
import dev.ecrkit.json.Json;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;

/** The plugin as the host runs it ({@link PluginMain#NAME}, this package), for tests. */
final class PluginHarness {
    private PluginHarness() {
    }

    /** The provider the host serves. */
    static ComponentProvider provider() {
        return new ComponentProvider(new Metadata(PluginMain.NAME), PluginMain.class.getPackage());
    }

    /** The schema JSON the provider answers GetSchema with. */
    static String schema() {
        try {
            return provider().getSchema(new GetSchemaRequest(0, null, null)).get().getSchema();
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A schema with every object's members sorted by name (the analyzer fills hash maps), indented: for goldens. */
    static String canonical(String schemaJson) {
        return Json.pretty(sorted(Json.parse(schemaJson).orElseThrow())) + "\n";
    }

    private static Object sorted(Object value) {
        if (value instanceof Map<?, ?> m) {
            var out = new TreeMap<String, Object>();
            m.forEach((k, v) -> out.put(String.valueOf(k), sorted(v)));
            return out;
        }
        if (value instanceof java.util.List<?> l) {
            return l.stream().map(PluginHarness::sorted).toList();
        }
        return value;
    }

    /**
     * Inputs exactly as the engine hands them to Construct: JSON (what a YAML program writes, what a TypeScript
     * object literal serializes to) through the gRPC Struct and pulumi-java's own unmarshalling.
     */
    static Map<String, PropertyValue> wireInputs(String json) {
        var struct = Struct.newBuilder();
        try {
            JsonFormat.parser().merge(json, struct);
        } catch (InvalidProtocolBufferException e) {
            throw new IllegalArgumentException(e);
        }
        return PropertyValue.unmarshalProperties(struct.build());
    }

    /** Calls construct as the host does for {@code type} (no options: the stack is the parent). */
    static ConstructResponse construct(String type, String name, String inputsJson) {
        return provider().construct(new ConstructRequest(type, name, wireInputs(inputsJson), null)).join();
    }

    /** A state value as plain Java: output and secret wrappers removed, numbers as Double. */
    static Object plain(PropertyValue v) {
        return switch (v.getType()) {
            case OUTPUT -> plain(v.getOutputValue().getValue());
            case SECRET -> plain(v.getSecretValue());
            case STRING -> v.getStringValue();
            case NUMBER -> v.getNumberValue();
            case BOOL -> v.getBooleanValue();
            case ARRAY -> v.getArrayValue().stream().map(PluginHarness::plain).toList();
            case OBJECT -> {
                var m = new LinkedHashMap<String, Object>();
                v.getObjectValue().forEach((k, x) -> m.put(k, plain(x)));
                yield m;
            }
            default -> throw new IllegalArgumentException("unexpected state value " + v);
        };
    }
}
