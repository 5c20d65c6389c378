package dev.ecrkit.observability;

import dev.ecrkit.validation.Problems;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Checks of the e-mail addresses that subscribe to the alarm topic. Pure. */
public final class EmailAddresses {
    /**
     * The Terraform module's rule for {@code sns_topic_subscribers}:
     * {@code ^[a-zA-Z0-9._%+-]+@[a-zA-Z0-9.-]+\.[a-zA-Z]{2,}$} (terraform-module-behaviour.md section 1.7).
     */
    public static final Pattern ADDRESS = Pattern.compile("[a-zA-Z0-9._%+-]+@[a-zA-Z0-9.-]+\\.[a-zA-Z]{2,}");
    /** Longest local part: 64 characters (RFC 5321 section 4.5.3.1.1). */
    public static final int MAX_LOCAL_PART = 64;
    /** Longest domain: 255 characters (RFC 5321 section 4.5.3.1.2). */
    public static final int MAX_DOMAIN = 255;
    /** Longest address: 254 characters (RFC 5321 section 4.5.3.1.3: a 256-octet path minus the angle brackets). */
    public static final int MAX_ADDRESS = 254;

    private EmailAddresses() {
    }

    /** Adds a problem per invalid or repeated (ignoring case) address, at {@code field[i]}. */
    public static void check(Problems p, String field, List<String> addresses) {
        var seen = new HashMap<String, Integer>();
        for (int i = 0; i < addresses.size(); i++) {
            String a = addresses.get(i);
            String at = field + "[" + i + "]";
            if (!ADDRESS.matcher(a).matches()) {
                p.add(at, "must be an e-mail address (local@domain.tld)", a);
            } else if (a.length() > MAX_ADDRESS || a.indexOf('@') > MAX_LOCAL_PART
                    || a.length() - a.indexOf('@') - 1 > MAX_DOMAIN) {
                p.add(at, "must have at most " + MAX_LOCAL_PART + " characters before the @, " + MAX_DOMAIN
                        + " after it and " + MAX_ADDRESS + " in all", a);
            }
            Integer first = seen.putIfAbsent(a.toLowerCase(Locale.ROOT), i);
            if (first != null) {
                p.add(at, "repeats the address at index " + first + " (addresses are compared ignoring case)", a);
            }
        }
    }

    /** The stable key of an address in resource names: the address in lowercase. */
    public static String key(String address) {
        return address.toLowerCase(Locale.ROOT);
    }
}
