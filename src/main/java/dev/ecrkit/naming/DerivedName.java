package dev.ecrkit.naming;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A name derived from user input (usually the repository name plus a suffix) that a service accepts. When the wanted
 * name is valid for its {@link NameKind} it is used as is, so names stay readable and migrate from the Terraform
 * module unchanged. Otherwise every character the service refuses becomes {@code -}, the result is cut to fit, and
 * {@code -} plus the first {@value #HASH_LENGTH} hex digits of the SHA-256 of the wanted name are appended. The hash
 * keeps two different wanted names apart ({@code team/app} and {@code team.app} sanitize alike) and never changes for
 * the same input, so a name is stable across deployments. Pure.
 */
public final class DerivedName {
    /** Hex digits of the hash suffix: 8 (32 bits, enough to keep the names of one account apart). */
    public static final int HASH_LENGTH = 8;

    private DerivedName() {
    }

    /** The name for {@code wanted} under the rules of {@code kind}. */
    public static String of(NameKind kind, String wanted) {
        if (kind.isValid(wanted)) {
            return wanted;
        }
        var b = new StringBuilder();
        wanted.codePoints().forEach(c -> b.append(kind.allows(c) ? new String(Character.toChars(c)) : "-"));
        String suffix = "-" + hash(wanted);
        int keep = Math.min(b.length(), kind.maxLength() - suffix.length());
        String base = b.substring(0, keep);
        while (base.endsWith("-")) {
            base = base.substring(0, base.length() - 1);
        }
        return (base.isEmpty() ? "x" : base) + suffix;
    }

    /** The first {@link #HASH_LENGTH} lowercase hex digits of the SHA-256 of {@code text} (UTF-8). */
    public static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, HASH_LENGTH);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}
