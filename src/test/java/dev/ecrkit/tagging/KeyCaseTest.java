package dev.ecrkit.tagging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class KeyCaseTest {

    /** The worked examples of terraform-module-behaviour.md section 3.3, with case boundaries really split. */
    static Stream<Arguments> workedExamples() {
        return Stream.of(
                Arguments.of("cost-center", "CostCenter", "costCenter", "cost_center", "cost-center"),
                Arguments.of("data_class", "DataClass", "dataClass", "data_class", "data-class"),
                Arguments.of("CostCenter", "CostCenter", "costCenter", "cost_center", "cost-center"),
                Arguments.of("CreatedBy", "CreatedBy", "createdBy", "created_by", "created-by"),
                Arguments.of("ManagedBy", "ManagedBy", "managedBy", "managed_by", "managed-by"),
                Arguments.of("APIKey", "ApiKey", "apiKey", "api_key", "api-key"),
                Arguments.of("HTTPServer", "HttpServer", "httpServer", "http_server", "http-server"),
                Arguments.of("myKey", "MyKey", "myKey", "my_key", "my-key"),
                Arguments.of("Team Name", "TeamName", "teamName", "team_name", "team-name"),
                Arguments.of("  padded key ", "PaddedKey", "paddedKey", "padded_key", "padded-key"),
                Arguments.of("UPPER_CASE", "UpperCase", "upperCase", "upper_case", "upper-case"),
                Arguments.of("x--y__z", "XYZ", "xYZ", "x_y_z", "x-y-z"),
                Arguments.of("mixed-Case_key name", "MixedCaseKeyName", "mixedCaseKeyName", "mixed_case_key_name",
                        "mixed-case-key-name"),
                Arguments.of("2fa-code", "2faCode", "2faCode", "2fa_code", "2fa-code"),
                Arguments.of("team.name", "Team.Name", "team.name", "team.name", "team.name"),
                Arguments.of("aws:foo/bar", "Aws:Foo/Bar", "aws:foo/bar", "aws:foo/bar", "aws:foo/bar"),
                Arguments.of("A", "A", "a", "a", "a"));
    }

    @ParameterizedTest(name = "{0} -> {1} / {2} / {3} / {4}")
    @MethodSource("workedExamples")
    void apply_workedExamples_splitCaseBoundariesAndSeparators(String key, String pascal, String camel, String snake,
                                                               String kebab) {
        assertEquals(pascal, KeyCase.PASCAL_CASE.apply(key), "PascalCase");
        assertEquals(camel, KeyCase.CAMEL_CASE.apply(key), "camelCase");
        assertEquals(snake, KeyCase.SNAKE_CASE.apply(key), "snake_case");
        assertEquals(kebab, KeyCase.KEBAB_CASE.apply(key), "kebab-case");
        assertEquals(key, KeyCase.NONE.apply(key), "none");
    }

    @Test
    void words_splitAtLowerToUpperDigitToUpperAndAcronymEnds() {
        assertEquals(List.of("API", "Key"), KeyCase.words("APIKey"));
        assertEquals(List.of("HTTP", "Server"), KeyCase.words("HTTPServer"));
        assertEquals(List.of("my", "Key"), KeyCase.words("myKey"));
        assertEquals(List.of("Cost", "Center"), KeyCase.words("CostCenter"));
        assertEquals(List.of("2fa", "code"), KeyCase.words("2fa-code"));
        assertEquals(List.of("v2", "Key"), KeyCase.words("v2Key"));
        assertEquals(List.of("HTTP2", "Server"), KeyCase.words("HTTP2Server"));
    }

    @Test
    void words_separatorsOnly_giveNoWords() {
        assertEquals(List.of(), KeyCase.words(" -_\u00a0"));
        assertEquals("", KeyCase.PASCAL_CASE.apply("--"));
        assertEquals("", KeyCase.CAMEL_CASE.apply(""));
    }

    @Test
    void words_keepOtherCharactersInsideTheWord() {
        assertEquals(List.of("team.name", "Owner"), KeyCase.words("team.nameOwner"));
        assertEquals("my-team.name", KeyCase.KEBAB_CASE.apply("myTeam.name"));
        assertEquals("Ci=Build+Id@Host", KeyCase.PASCAL_CASE.apply("ci=build+id@host"));
    }

    @Test
    void pascalCase_isStableOnItsOwnOutput_exceptWhereCapitalsRunTogether() {
        workedExamples().map(a -> (String) a.get()[1]).filter(pascal -> !pascal.equals("XYZ"))
                .forEach(pascal -> assertEquals(pascal, KeyCase.PASCAL_CASE.apply(pascal), pascal));
        // a run of capitals is one acronym word
        assertEquals("Xyz", KeyCase.PASCAL_CASE.apply("XYZ"));
        assertEquals("Id", KeyCase.PASCAL_CASE.apply("ID"));
    }

    @Test
    void apply_nonAsciiLetters_areCasedToo() {
        assertEquals("ÉquipeNom", KeyCase.PASCAL_CASE.apply("équipe_nom"));
        assertEquals("équipe_nom", KeyCase.SNAKE_CASE.apply("ÉquipeNom"));
    }

    @Test
    void fromWire_acceptsExactWireValuesOnly() {
        assertEquals(Optional.of(KeyCase.PASCAL_CASE), KeyCase.fromWire("PascalCase"));
        assertEquals(Optional.of(KeyCase.CAMEL_CASE), KeyCase.fromWire("camelCase"));
        assertEquals(Optional.of(KeyCase.SNAKE_CASE), KeyCase.fromWire("snake_case"));
        assertEquals(Optional.of(KeyCase.KEBAB_CASE), KeyCase.fromWire("kebab-case"));
        assertEquals(Optional.of(KeyCase.NONE), KeyCase.fromWire(""));
        assertEquals(Optional.empty(), KeyCase.fromWire("pascalcase"));
        assertEquals(List.of("PascalCase", "camelCase", "snake_case", "kebab-case"), KeyCase.wireValues());
    }
}
