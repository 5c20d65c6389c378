package dev.ecrkit.naming;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A name derived from user input (usually the repository name plus a suffix) that a service accepts: the one
 * derived-name algorithm of ecrkit (observability, governance and function names, the default KMS alias). Pure.
 *
 * <p>For a wanted name and a {@link NameKind} (longest name {@code max}, allowed characters):
 * <ol>
 *   <li>a wanted name that is valid for the kind (1 to {@code max} allowed characters) is used as is, so names stay
 *       readable and migrate from the Terraform module unchanged;</li>
 *   <li>otherwise every character the kind refuses becomes {@code -};</li>
 *   <li>the result is cut to {@code max - 1 - }{@value #HASH_LENGTH} characters (never inside a surrogate pair);</li>
 *   <li>trailing {@code -} are removed, so the separator below is never doubled; an empty result becomes
 *       {@value #EMPTY_BASE};</li>
 *   <li>{@code -} and the first {@value #HASH_LENGTH} hex digits of the SHA-256 of the <em>wanted</em> name (UTF-8)
 *       are appended.</li>
 * </ol>
 * The hash keeps two wanted names apart that sanitize alike ({@code team/app} and {@code team.app}) and never changes
 * for the same input, so a name is stable across deployments.
 */
public final class DerivedName {
    /** Hex digits of the hash suffix: 8 (32 bits, enough to keep the names of one account apart). */
    public static final int HASH_LENGTH = 8;
    /** What stands before the hash when nothing of the wanted name is left (for example a wanted name of only "/"). */
    public static final String EMPTY_BASE = "x";
    /** The character that replaces each refused character, and separates the hash. */
    public static final char REPLACEMENT = '-';

    private DerivedName() {
    }

    /** The name for {@code wanted} under the rules of {@code kind} (see the class comment). */
    public static String of(NameKind kind, String wanted) {
        if (kind.isValid(wanted)) {
            return wanted;
        }
        var b = new StringBuilder();
        wanted.codePoints().forEach(c -> {
            if (kind.allows(c)) {
                b.appendCodePoint(c);
            } else {
                b.append(REPLACEMENT);
            }
        });
        String suffix = REPLACEMENT + hash(wanted);
        int keep = Math.min(b.length(), kind.maxLength() - suffix.length());
        if (keep > 0 && keep < b.length() && Character.isHighSurrogate(b.charAt(keep - 1))) {
            keep--;
        }
        String base = b.substring(0, keep);
        while (base.endsWith(String.valueOf(REPLACEMENT))) {
            base = base.substring(0, base.length() - 1);
        }
        return (base.isEmpty() ? EMPTY_BASE : base) + suffix;
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
