package dev.ecrkit;

import com.pulumi.core.Output;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The KMS outputs of a {@link Repository} (the module's {@code kms_key_arn}, {@code kms_key_id},
 * {@code kms_alias_arn}, {@code kms_configuration}), without the module's echo of an unused key: empty strings and
 * absent fields where there is nothing to report.
 *
 * @param keyArn        see {@link Repository#kmsKeyArn}
 * @param keyId         see {@link Repository#kmsKeyId}
 * @param aliasArn      see {@link Repository#kmsAliasArn}
 * @param configuration see {@link Repository#kmsConfiguration}
 */
public record KmsOutputs(Output<String> keyArn, Output<String> keyId, Output<String> aliasArn,
        Output<Map<String, Object>> configuration) {

    /** {@code givenKey}: the ARN of a given key ("" for the AWS managed key), null when the encryption has none. */
    static KmsOutputs of(Encryption encryption, KmsKey created, Output<String> givenKey) {
        if (created != null) {
            var configuration = Output.tuple(created.keyArn, created.keyId, created.aliasArn, created.aliasName,
                    created.configurationSummary).applyValue(t -> {
                        var m = new LinkedHashMap<String, Object>();
                        m.put("keyCreated", true);
                        m.put("keyArn", t.t1);
                        m.put("keyId", t.t2);
                        putIfNotEmpty(m, "aliasArn", t.t3);
                        putIfNotEmpty(m, "aliasName", t.t4);
                        m.put("configuration", t.t5);
                        return Collections.unmodifiableMap(m);
                    });
            return new KmsOutputs(created.keyArn, created.keyId, created.aliasArn, configuration);
        }
        if (encryption instanceof Encryption.KmsKeyRef) {
            return new KmsOutputs(givenKey, Output.of(""), Output.of(""), givenKey.applyValue(key -> {
                var m = new LinkedHashMap<String, Object>();
                m.put("keyCreated", false);
                putIfNotEmpty(m, "keyArn", key);
                return Collections.unmodifiableMap(m);
            }));
        }
        return new KmsOutputs(Output.of(""), Output.of(""), Output.of(""), Output.of(Map.of("keyCreated", false)));
    }

    private static void putIfNotEmpty(Map<String, Object> m, String key, String value) {
        if (value != null && !value.isEmpty()) {
            m.put(key, value);
        }
    }
}
