package dev.ecrkit.tagging;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The default-tag values the user gave. A value that is absent from {@code given} is unset, and every template entry
 * drawing from it is dropped; an explicitly given {@code ""} is kept as an empty tag value (as in the module).
 *
 * @param given the values that were set; never contains null. Default: empty (nothing set)
 */
public record DefaultTagValues(Map<DefaultTagValue, String> given) {
    /** Nothing set. */
    public static final DefaultTagValues NONE = new DefaultTagValues(Map.of());

    public DefaultTagValues {
        Objects.requireNonNull(given, "given");
        var copy = new EnumMap<DefaultTagValue, String>(DefaultTagValue.class);
        given.forEach((k, v) -> copy.put(Objects.requireNonNull(k, "key"), Objects.requireNonNull(v, k.field())));
        given = Map.copyOf(copy);
    }

    /** From the four optional values (empty = unset). */
    public static DefaultTagValues of(Optional<String> environment, Optional<String> owner, Optional<String> project,
                                      Optional<String> costCenter) {
        return NONE.with(DefaultTagValue.ENVIRONMENT, environment).with(DefaultTagValue.OWNER, owner)
                .with(DefaultTagValue.PROJECT, project).with(DefaultTagValue.COST_CENTER, costCenter);
    }

    /** A copy with {@code which} set to the value, or unset when the value is empty. */
    public DefaultTagValues with(DefaultTagValue which, Optional<String> value) {
        var copy = new EnumMap<DefaultTagValue, String>(DefaultTagValue.class);
        copy.putAll(given);
        value.ifPresentOrElse(v -> copy.put(which, v), () -> copy.remove(which));
        return new DefaultTagValues(copy);
    }

    /** The value of {@code which}, or empty when it is unset. */
    public Optional<String> get(DefaultTagValue which) {
        return Optional.ofNullable(given.get(which));
    }
}
