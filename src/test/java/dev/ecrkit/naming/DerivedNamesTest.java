package dev.ecrkit.naming;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class DerivedNamesTest {
    private static final Pattern WORD = Pattern.compile("[a-z0-9-]");

    @Test
    void fittingName_isKeptAsIs() {
        assertEquals("orders-api", DerivedNames.derive("orders-api", WORD, 20));
    }

    @Test
    void changedOrCutName_getsTheHashOfTheOriginal() {
        assertEquals("team-orders-" + DerivedNames.hash("team/orders"), DerivedNames.derive("team/orders", WORD, 30));
        assertEquals("abcdefghijk-" + DerivedNames.hash("abcdefghijklmnopqrstuvwxyz"),
                DerivedNames.derive("abcdefghijklmnopqrstuvwxyz", WORD, 20));
        assertEquals(20, DerivedNames.derive("abcdefghijklmnopqrstuvwxyz", WORD, 20).length());
    }

    @Test
    void hash_isTheFirst8HexOfSha256() {
        // printf 'team/orders' | sha256sum
        assertEquals("68d5d602", DerivedNames.hash("team/orders"));
    }

    @Test
    void limitTooSmallForTheSuffix_isAProgrammingError() {
        assertThrows(IllegalArgumentException.class, () -> DerivedNames.derive("x", WORD, 9));
    }
}
