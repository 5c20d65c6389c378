package dev.ecrkit.registry;

import dev.ecrkit.validation.Problems;
import dev.ecrkit.validation.WireValues;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The ECR account settings ecrkit manages, with the values AWS accepts today. Source for every list:
 * https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_PutAccountSetting.html, "Valid value for basic scan
 * type: AWS_NATIVE. Valid values for registry policy scope: V2. Valid values for blob mounting: ENABLED or DISABLED."
 * Earlier versions of that page (and the Terraform module) also listed {@code CLAIR} and {@code V1}; AWS no longer
 * accepts them, so ecrkit rejects them with an explanation instead of letting the deployment fail.
 */
public enum AccountSettingName {
    /** Which engine basic scanning uses. */
    BASIC_SCAN_TYPE_VERSION(List.of("AWS_NATIVE"), Map.of("CLAIR", "AWS no longer accepts CLAIR: the Clair engine of"
            + " basic scanning is retired and PutAccountSetting takes only AWS_NATIVE; use AWS_NATIVE")),
    /** Which ECR actions the registry policy may grant (V2: all of them). */
    REGISTRY_POLICY_SCOPE(List.of("V2"), Map.of("V1", "AWS no longer accepts V1: PutAccountSetting takes only V2 for"
            + " the registry policy scope (V2 covers every ECR action and is the default of every registry); use V2")),
    /** Whether layers are mounted across repositories of the registry instead of uploaded again. */
    BLOB_MOUNTING(List.of("ENABLED", "DISABLED"), Map.of());

    private final List<String> accepted;
    private final Map<String, String> retired;

    AccountSettingName(List<String> accepted, Map<String, String> retired) {
        this.accepted = accepted;
        this.retired = retired;
    }

    /** The AWS wire name. */
    public String wire() {
        return name();
    }

    /** The values AWS accepts. */
    public List<String> accepted() {
        return accepted;
    }

    /** A stable key for resource names: {@code basic-scan-type-version}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Checks a value for this setting. */
    public boolean check(Problems p, String field, String value) {
        if (retired.containsKey(value)) {
            p.add(field, retired.get(value), value);
            return false;
        }
        if (!accepted.contains(value)) {
            p.add(field, "must be " + String.join(" or ", accepted) + " (" + wire() + ")", value);
            return false;
        }
        return true;
    }

    /** The setting with this wire name. */
    public static Optional<AccountSettingName> fromWire(String value) {
        return WireValues.find(values(), AccountSettingName::wire, value);
    }
}
