package dev.ecrkit.registry;

import dev.ecrkit.validation.Problems;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * ECR account settings (AWS API {@code PutAccountSetting}), one per account and region and setting. Each set setting
 * becomes one {@code aws:ecr/accountSetting:AccountSetting}; an unset setting is left as it is in AWS.
 *
 * @param values setting -> wire value, in setting order. Default: none
 */
public record AccountSettings(Map<AccountSettingName, String> values) {
    /** The Terraform module's {@code basic_scan_type_version} default. */
    public static final String MODULE_DEFAULT_BASIC_SCAN_TYPE_VERSION = "AWS_NATIVE";
    /** The Terraform module's {@code registry_policy_scope} default. */
    public static final String MODULE_DEFAULT_REGISTRY_POLICY_SCOPE = "V2";

    public AccountSettings {
        var copy = new EnumMap<AccountSettingName, String>(AccountSettingName.class);
        values.forEach((k, v) -> copy.put(Objects.requireNonNull(k, "setting"), Objects.requireNonNull(v, "value")));
        values = Collections.unmodifiableMap(copy);
    }

    /** No settings. */
    public static AccountSettings none() {
        return new AccountSettings(Map.of());
    }

    /** A builder with no settings. */
    public static Builder builder() {
        return new Builder();
    }

    /** Whether no setting is set. */
    public boolean isEmpty() {
        return values.isEmpty();
    }

    /** Setting wire name -> value, for outputs. */
    public Map<String, String> byWireName() {
        var out = new LinkedHashMap<String, String>();
        values.forEach((k, v) -> out.put(k.wire(), v));
        return out;
    }

    /** Checks every value; field = the setting's camelCase name ({@code basicScanTypeVersion}, ...). */
    public void validate(Problems p) {
        values.forEach((k, v) -> k.check(p, fieldName(k), v));
    }

    /** The camelCase field name of a setting: {@code basicScanTypeVersion}, {@code registryPolicyScope}, {@code blobMounting}. */
    public static String fieldName(AccountSettingName name) {
        var b = new StringBuilder();
        for (String word : name.name().toLowerCase(java.util.Locale.ROOT).split("_")) {
            b.append(b.length() == 0 ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        return b.toString();
    }

    /** Basic scanning engine version. Values AWS accepts: {@code AWS_NATIVE}. */
    public enum BasicScanTypeVersion {
        /** The AWS native engine. */
        AWS_NATIVE
    }

    /** Registry policy scope. Values AWS accepts: {@code V2}. */
    public enum RegistryPolicyScope {
        /** Every ECR action. */
        V2
    }

    /** Blob mounting across repositories. */
    public enum BlobMounting {
        /** Mount layers that already exist in the registry. */
        ENABLED,
        /** Always upload layers. */
        DISABLED
    }

    /** Builder. */
    public static final class Builder {
        private final Map<AccountSettingName, String> values = new EnumMap<>(AccountSettingName.class);

        private Builder() {
        }

        /** BASIC_SCAN_TYPE_VERSION. Default: not managed. */
        public Builder basicScanTypeVersion(BasicScanTypeVersion value) {
            return set(AccountSettingName.BASIC_SCAN_TYPE_VERSION, value.name());
        }

        /** REGISTRY_POLICY_SCOPE. Default: not managed. */
        public Builder registryPolicyScope(RegistryPolicyScope value) {
            return set(AccountSettingName.REGISTRY_POLICY_SCOPE, value.name());
        }

        /** BLOB_MOUNTING. Default: not managed. */
        public Builder blobMounting(BlobMounting value) {
            return set(AccountSettingName.BLOB_MOUNTING, value.name());
        }

        /** Any setting by wire value (checked by {@link AccountSettings#validate}). */
        public Builder set(AccountSettingName name, String value) {
            values.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /** The settings. */
        public AccountSettings build() {
            return new AccountSettings(values);
        }
    }
}
