package dev.ecrkit.naming;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DerivedNameTest {
    @Test
    void validName_isKeptAsIs() {
        assertEquals("app-ecr-monitoring", DerivedName.of(NameKind.SNS_TOPIC, "app-ecr-monitoring"));
        assertEquals("team/app-ecr-image-pull", DerivedName.of(NameKind.ALARM, "team/app-ecr-image-pull"));
        assertEquals("team.app-ecr-events", DerivedName.of(NameKind.EVENT_RULE, "team.app-ecr-events"));
    }

    @Test
    void refusedCharacters_becomeDashesWithAStableHashOfTheWantedName() {
        String name = DerivedName.of(NameKind.SNS_TOPIC, "team/app.v2-ecr-monitoring");
        assertEquals("team-app-v2-ecr-monitoring-" + DerivedName.hash("team/app.v2-ecr-monitoring"), name);
        assertEquals(name, DerivedName.of(NameKind.SNS_TOPIC, "team/app.v2-ecr-monitoring"), "stable");
        assertEquals("29f56e84", DerivedName.hash("team/app.v2-ecr-monitoring"), "golden hash (SHA-256, first 8 hex)");
    }

    @Test
    void namesThatSanitizeAlike_stayApart() {
        assertNotEquals(DerivedName.of(NameKind.LAMBDA_FUNCTION, "team/app-x"),
                DerivedName.of(NameKind.LAMBDA_FUNCTION, "team.app-x"));
    }

    @Test
    void tooLongName_isCutToTheLimitWithTheHash() {
        String wanted = "a".repeat(100) + "-ecr-storage-metric";
        String name = DerivedName.of(NameKind.LAMBDA_FUNCTION, wanted);
        assertEquals(64, name.length());
        assertTrue(name.endsWith("-" + DerivedName.hash(wanted)), name);
        assertTrue(NameKind.LAMBDA_FUNCTION.isValid(name));
    }

    @Test
    void hash_isTheFirst8HexOfSha256() {
        // printf 'team/orders' | sha256sum
        assertEquals("68d5d602", DerivedName.hash("team/orders"));
    }

    @Test
    void cutEndingInADash_dropsTheDashBeforeTheHash() {
        // an event rule keeps 64 - 1 - 8 = 55 characters: 54 'a's and the '-' that replaced '/', which is dropped
        String wanted = "a".repeat(54) + "/" + "b".repeat(15);
        assertEquals("a".repeat(54) + "-" + DerivedName.hash(wanted), DerivedName.of(NameKind.EVENT_RULE, wanted));
    }

    @Test
    void nothingLeft_standsAsXBeforeTheHash() {
        assertEquals("x-" + DerivedName.hash("/"), DerivedName.of(NameKind.LAMBDA_FUNCTION, "/"));
        assertEquals("x-" + DerivedName.hash(""), DerivedName.of(NameKind.LAMBDA_FUNCTION, ""));
    }

    @Test
    void cut_neverSplitsASurrogatePair() {
        String wanted = "a".repeat(245) + "\uD83D\uDE00" + "b".repeat(20) + "\u0007";
        String name = DerivedName.of(NameKind.ALARM, wanted);
        assertEquals("a".repeat(245) + "-" + DerivedName.hash(wanted), name);
        assertTrue(NameKind.ALARM.isValid(name));
    }

    @Test
    void kmsAliasKind_allowsSlashesAndColons_andRefusesDots() {
        assertEquals("ecr/team/app:v2", DerivedName.of(NameKind.KMS_ALIAS, "ecr/team/app:v2"));
        assertEquals("ecr/team/app-v2-" + DerivedName.hash("ecr/team/app.v2"),
                DerivedName.of(NameKind.KMS_ALIAS, "ecr/team/app.v2"));
        assertEquals(250, NameKind.KMS_ALIAS.maxLength());
    }

    @ParameterizedTest
    @EnumSource(NameKind.class)
    void everyKind_acceptsItsOwnDerivedNameForHostileInput(NameKind kind) {
        for (String wanted : new String[] {"team/app", "x".repeat(600), "a b:c*d/e", "/", "::"}) {
            String name = DerivedName.of(kind, wanted);
            assertTrue(kind.isValid(name), kind + " refuses " + name);
        }
    }

    @Test
    void descriptions_fitTheirLimitWithAnEllipsis() {
        assertEquals("short", Descriptions.fit("short", 256));
        String cut = Descriptions.fit("x".repeat(300), Descriptions.LAMBDA_FUNCTION);
        assertEquals(256, cut.length());
        assertTrue(cut.endsWith("..."));
    }
}
