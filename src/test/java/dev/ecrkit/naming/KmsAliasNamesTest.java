package dev.ecrkit.naming;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ecrkit.validation.Problems;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KmsAliasNamesTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        alias/ecr/app   | give the alias without the "alias/" prefix, which ecrkit adds, got "alias/ecr/app"
        aws/ecr         | must not start with "aws/" in any case (reserved for AWS managed keys), got "aws/ecr"
        AWS/ecr         | must not start with "aws/" in any case (reserved for AWS managed keys), got "AWS/ecr"
        ecr/app.v2      | must be 1 or more characters of [a-zA-Z0-9:/_-], got "ecr/app.v2"
        ecr app         | must be 1 or more characters of [a-zA-Z0-9:/_-], got "ecr app"
        ecr@app         | must be 1 or more characters of [a-zA-Z0-9:/_-], got "ecr@app"
        """)
    void badAlias_isNamedWithTheRule(String alias, String rule) {
        var p = new Problems();
        KmsAliasNames.check(p, "aliasName", alias);
        assertEquals(List.of("aliasName: " + rule), p.list().stream().map(Object::toString).toList());
    }

    @Test
    void alias_ofAtMost250CharactersAfterThePrefix() {
        var p = new Problems();
        KmsAliasNames.check(p, "aliasName", "a".repeat(250));
        KmsAliasNames.check(p, "aliasName", "prod/ecr:x_y-Z");
        assertTrue(p.isEmpty(), p.list().toString());
        KmsAliasNames.check(p, "aliasName", "a".repeat(251));
        assertEquals(List.of("aliasName: must have at most 250 characters (256 with the \"alias/\" prefix),"
                + " got \"251 characters\""), p.list().stream().map(Object::toString).toList());
        KmsAliasNames.check(p, "empty", "");
        assertEquals("empty: must be 1 or more characters of [a-zA-Z0-9:/_-], got \"\"", p.list().get(1).toString());
    }

    @Test
    void defaultAlias_keepsValidNames_andSanitizesDotsWithAStableDistinctSuffix() {
        assertEquals("ecr/team/app", KmsAliasNames.defaultFor("team/app"));
        String dotted = KmsAliasNames.defaultFor("team/app.v2");
        assertEquals("ecr/team/app-v2-" + DerivedName.hash("ecr/team/app.v2"), dotted);
        assertEquals(dotted, KmsAliasNames.defaultFor("team/app.v2"), "stable");
        assertNotEquals(KmsAliasNames.defaultFor("team/app-v2"), dotted, "a.b and a-b stay distinct");
        var p = new Problems();
        KmsAliasNames.check(p, "aliasName", dotted);
        assertTrue(p.isEmpty(), p.list().toString());
    }

    @Test
    void defaultAlias_ofALongRepositoryName_isCutToTheLimitWithAHash() {
        String repo = "a".repeat(256);
        String alias = KmsAliasNames.defaultFor(repo);
        assertEquals(KmsAliasNames.MAX_NAME_LENGTH, alias.length());
        assertTrue(alias.endsWith("-" + DerivedName.hash("ecr/" + repo)), alias);
        assertEquals(KmsAliasNames.MAX_LENGTH, KmsAliasNames.full(alias).length());
        assertNotEquals(alias, KmsAliasNames.defaultFor("a".repeat(255) + "b"));
    }

    @Test
    void defaultAlias_cutAfterASeparator_hasOneDashBeforeTheHash() {
        // "ecr/" + 236 characters, then '.': the cut keeps 241 characters, the last one the '-' that replaced '.'
        String repo = "a".repeat(236) + ".b" + "c".repeat(10);
        assertEquals("ecr/" + "a".repeat(236) + "-" + DerivedName.hash("ecr/" + repo), KmsAliasNames.defaultFor(repo));
    }
}
