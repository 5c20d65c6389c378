package dev.ecrkit.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReplicationTest {
    private static List<String> problems(Replication r, String sourceRegion) {
        return ProblemLines.of(p -> r.validate(p, sourceRegion));
    }

    @Test
    void validConfiguration_hasNoProblems() {
        var r = Replication.of(ReplicationRule.of(ReplicationDestination.sameAccount("us-west-2"),
                ReplicationDestination.toRegistry("eu-west-1", "210987654321")).withRepositoryFilters("prod/", "team-a"));
        assertEquals(List.of(), problems(r, "us-east-1"));
        assertEquals(List.of("us-west-2", "eu-west-1"), r.regions());
    }

    @Test
    void moduleReplication_isOneRuleOfSameAccountDestinationsWithoutFilters() {
        var r = Replication.sameAccountRegions(List.of("us-west-2", "eu-west-1"));
        assertEquals(1, r.rules().size());
        assertEquals(List.of(ReplicationDestination.sameAccount("us-west-2"), ReplicationDestination.sameAccount("eu-west-1")),
                r.rules().get(0).destinations());
        assertEquals(List.of(), r.rules().get(0).repositoryFilters());
    }

    @Test
    void rules_atLeastOneAndAtMostTen() {
        assertEquals(List.of("rules: at least 1 rule is required"), problems(new Replication(List.of()), ""));
        var eleven = IntStream.range(0, 11).mapToObj(i -> ReplicationRule.of(ReplicationDestination.sameAccount("us-west-2")))
                .toList();
        assertEquals(List.of("rules: at most 10 rules, got 11"), problems(new Replication(eleven), ""));
        assertEquals(List.of(), problems(new Replication(eleven.subList(0, 10)), ""));
    }

    @Test
    void uniqueDestinations_atMostTwentyFiveAcrossAllRules() {
        var regions = List.of("us-east-1", "us-east-2", "us-west-1", "us-west-2", "eu-west-1", "eu-west-2", "eu-west-3",
                "eu-central-1", "eu-north-1", "eu-south-1", "ap-south-1", "ap-northeast-1", "ap-northeast-2",
                "ap-northeast-3", "ap-southeast-1", "ap-southeast-2", "ap-east-1", "ca-central-1", "sa-east-1",
                "me-south-1", "af-south-1", "il-central-1", "mx-central-1", "ap-southeast-3", "ap-southeast-4",
                "ap-south-2");
        var first = new ArrayList<ReplicationDestination>();
        regions.subList(0, 13).forEach(r -> first.add(ReplicationDestination.toRegistry(r, "210987654321")));
        var second = new ArrayList<ReplicationDestination>();
        regions.subList(13, 26).forEach(r -> second.add(ReplicationDestination.toRegistry(r, "210987654321")));
        var tooMany = Replication.of(new ReplicationRule(first, List.of()), new ReplicationRule(second, List.of()));
        assertEquals(List.of("rules: at most 25 unique destinations across all rules, got 26"),
                problems(tooMany, ""));
        // the same destination in two rules counts once
        var repeated = Replication.of(new ReplicationRule(first, List.of("a1")), new ReplicationRule(first, List.of("b1")),
                new ReplicationRule(second.subList(0, 12), List.of()));
        assertEquals(List.of(), problems(repeated, ""));
    }

    @Test
    void destinations_oneToOneHundredPerRule_noRepeats() {
        assertEquals(List.of("rules[0].destinations: at least 1 destination is required"),
                problems(Replication.of(new ReplicationRule(List.of(), List.of())), ""));
        var d = ReplicationDestination.sameAccount("us-west-2");
        assertEquals(List.of("rules[0].destinations[1]: is listed twice in this rule, got \"us-west-2\""),
                problems(Replication.of(ReplicationRule.of(d, d)), ""));
        var hundredOne = IntStream.range(0, 101).mapToObj(i -> d).toList();
        assertEquals("rules[0].destinations: at most 100 destinations per rule, got 101",
                problems(Replication.of(new ReplicationRule(hundredOne, List.of())), "").get(0));
    }

    @Test
    void filters_oneHundredAtMost_eachAPrefixOfTheApiPattern() {
        var d = ReplicationDestination.sameAccount("us-west-2");
        var hundred = IntStream.range(0, 100).mapToObj(i -> "team-" + i).toList();
        assertEquals(List.of(), problems(Replication.of(new ReplicationRule(List.of(d), hundred)), ""));
        var hundredOne = IntStream.range(0, 101).mapToObj(i -> "team-" + i).toList();
        assertEquals(List.of("rules[0].repositoryFilters: at most 100 filters per rule (1-100 when given), got 101"),
                problems(Replication.of(new ReplicationRule(List.of(d), hundredOne)), ""));
        assertEquals(List.of("rules[0].repositoryFilters[0]", "rules[0].repositoryFilters[1]", "rules[0].repositoryFilters[2]"),
                ProblemLines.fields(p -> Replication.of(new ReplicationRule(List.of(d), List.of("a", "Team", "x".repeat(257))))
                        .validate(p, "")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"us", "US-EAST-1", "us_east_1", "useast1", "us-west", "eu-west-1a", "a-very-long-region-name-1"})
    void badRegion_isNamed(String region) {
        assertEquals(List.of("rules[0].destinations[0].region: must be an AWS region name such as \"us-west-2\""
                + " (2-25 characters of [0-9a-z-]), got \"" + region + "\""),
                problems(Replication.of(ReplicationRule.of(ReplicationDestination.sameAccount(region))), ""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"us-gov-west-1", "cn-north-1", "ap-southeast-5", "eu-isoe-west-1", "il-central-1"})
    void everyRegionShape_isAccepted(String region) {
        assertEquals(List.of(), problems(Replication.of(ReplicationRule.of(ReplicationDestination.sameAccount(region))), ""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345678901", "1234567890123", "abcdefghijkl"})
    void badRegistryId_isNamed(String id) {
        assertEquals(List.of("rules[0].destinations[0].registryId"), ProblemLines.fields(p ->
                Replication.of(ReplicationRule.of(ReplicationDestination.toRegistry("us-west-2", id))).validate(p, "")));
    }

    @Test
    void destinationEqualToTheSource_isRejected_sameAccountBeforeDeploy_crossAccountWhenTheAccountIsKnown() {
        var r = Replication.of(ReplicationRule.of(ReplicationDestination.sameAccount("us-east-1"),
                ReplicationDestination.toRegistry("us-east-1", "123456789012"),
                ReplicationDestination.toRegistry("us-east-1", "210987654321")));
        assertEquals(List.of("rules[0].destinations[0].region: must differ from the stack's own region us-east-1 for a"
                + " destination in the same account: a registry cannot replicate to itself, got \"us-east-1\""),
                problems(r, "us-east-1"));
        assertEquals(List.of("rules[0].destinations[0].region", "rules[0].destinations[1].region"),
                ProblemLines.fields(p -> r.checkSource(p, "us-east-1", "123456789012")));
        assertEquals(List.of(), problems(r, ""), "no source region known: nothing to compare");
    }
}
