package dev.ecrkit.naming;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Names derived from another name (a repository name) for a resource with stricter rules. Pure.
 *
 * <p>{@link #derive} keeps a name that already fits unchanged. Otherwise it replaces every character outside the
 * target's set with {@link #REPLACEMENT}, cuts the result so that {@code -} plus an {@value #HASH_LENGTH}-character
 * hash of the <em>original</em> name fits, and appends that hash. Because the hash is taken from the original name,
 * two names that sanitize alike ({@code a.b} and {@code a-b}) still derive different names, and the same input
 * always derives the same name (no churn between deployments).
 */
public final class DerivedNames {
    /** The character that replaces each character outside the target's set. */
    public static final char REPLACEMENT = '-';
    /** Hex characters of the SHA-256 digest appended to a changed or cut name (32 bits: collisions need ~65k names). */
    public static final int HASH_LENGTH = 8;

    private DerivedNames() {
    }

    /**
     * {@code name} fitted to {@code allowedChar} (a regex matching one allowed character) and {@code maxLength}:
     * unchanged when it already fits, else sanitized, cut and suffixed with {@code -<hash of name>}.
     *
     * @throws IllegalArgumentException when {@code maxLength} leaves no room for the hash suffix
     */
    public static String derive(String name, Pattern allowedChar, int maxLength) {
        Objects.requireNonNull(name, "name");
        if (maxLength < HASH_LENGTH + 2) {
            throw new IllegalArgumentException("maxLength " + maxLength + " leaves no room for the hash suffix");
        }
        String clean = sanitize(name, allowedChar);
        if (clean.equals(name) && !name.isEmpty() && name.length() <= maxLength) {
            return name;
        }
        int room = maxLength - HASH_LENGTH - 1;
        String base = clean.length() > room ? clean.substring(0, room) : clean;
        return base + REPLACEMENT + hash(name);
    }

    /** {@code name} with every character that does not match {@code allowedChar} replaced by {@link #REPLACEMENT}. */
    public static String sanitize(String name, Pattern allowedChar) {
        var b = new StringBuilder(name.length());
        name.codePoints().forEach(cp -> {
            String c = new String(Character.toChars(cp));
            b.append(allowedChar.matcher(c).matches() ? c : String.valueOf(REPLACEMENT));
        });
        return b.toString();
    }

    /** The first {@value #HASH_LENGTH} hex characters of the SHA-256 digest of {@code name} (UTF-8). */
    public static String hash(String name) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, HASH_LENGTH);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
