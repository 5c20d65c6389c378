package dev.ecrkit.stack;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** ecrkit's own version, from {@code dev/ecrkit/version.properties} (filtered by Maven from the pom's version). */
public final class Version {
    private Version() {
    }

    /** The version, {@code 0.1.0-SNAPSHOT} for example; "unknown" when the resource is missing (an unfiltered build). */
    public static String current() {
        try (InputStream in = Version.class.getResourceAsStream("/dev/ecrkit/version.properties")) {
            if (in == null) {
                return "unknown";
            }
            var p = new Properties();
            p.load(in);
            String v = p.getProperty("version", "unknown");
            return v.startsWith("${") ? "unknown" : v;
        } catch (IOException e) {
            return "unknown";
        }
    }
}
