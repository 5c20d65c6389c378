package dev.ecrkit.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ecrkit.json.Json;
import dev.ecrkit.policy.AwsScope;
import dev.ecrkit.validation.Problems;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The destination registry's policy for cross-account replication (issue 21): golden, merged, refusals. */
class ReplicationSourcesTest {
    static final AwsScope DESTINATION = new AwsScope("aws", "eu-west-1", "123456789012");
    static final String USER = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"PullThroughCache\",\"Effect\":\"Allow\","
            + "\"Principal\":{\"AWS\":\"arn:aws:iam::123456789012:role/ci\"},\"Action\":\"ecr:BatchImportUpstreamImage\","
            + "\"Resource\":\"arn:aws:ecr:eu-west-1:123456789012:repository/docker-hub/*\"}]}";

    static String golden() throws IOException {
        try (InputStream in = ReplicationSourcesTest.class.getResourceAsStream("replication-sources.golden.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        }
    }

    @Test
    void userPolicyKept_thenTheGuidesStatement_sourceRootsSorted() throws IOException {
        var p = new Problems();
        var merged = ReplicationSources.merge(p, Optional.of(USER), List.of("444455556666", "111122223333"), DESTINATION);
        assertTrue(p.isEmpty(), p.list().toString());
        assertEquals(golden(), Json.pretty(Json.parse(merged.orElseThrow()).orElseThrow()).strip());
    }

    @Test
    void aloneWithoutUserPolicy_andThePartitionOfTheDestination() {
        var p = new Problems();
        var json = ReplicationSources.merge(p, Optional.empty(), List.of("111122223333"),
                new AwsScope("aws-cn", "cn-north-1", "123456789012")).orElseThrow();
        assertEquals("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"EcrkitCrossAccountReplication\",\"Effect\":\"Allow\","
                + "\"Principal\":{\"AWS\":\"arn:aws-cn:iam::111122223333:root\"},"
                + "\"Action\":[\"ecr:CreateRepository\",\"ecr:ReplicateImage\"],"
                + "\"Resource\":\"arn:aws-cn:ecr:cn-north-1:123456789012:repository/*\"}]}", json);
        assertEquals(Optional.of(USER), ReplicationSources.merge(p, Optional.of(USER), List.of(), DESTINATION));
        assertEquals(Optional.empty(), ReplicationSources.merge(p, Optional.empty(), List.of(), DESTINATION));
    }

    @Test
    void sidClash_namesBoth() {
        var p = new Problems();
        ReplicationSources.checkSids(p, USER.replace("PullThroughCache", ReplicationSources.SID));
        assertEquals(List.of("registryPolicy.Statement[0].Sid: is the Sid replicationSourceAccounts generates; rename it"
                + " (Sids must be unique), got \"EcrkitCrossAccountReplication\""), lines(p));
    }

    @Test
    void accounts_twelveDigits_once() {
        var p = new Problems();
        ReplicationSources.validate(p, "replicationSourceAccounts",
                List.of("111122223333", "arn:aws:iam::111122223333:root", "111122223333", "12345"));
        assertEquals(3, p.list().size(), lines(p).toString());
        assertTrue(lines(p).get(0).startsWith("replicationSourceAccounts[1]: must be a 12-digit AWS account id"), lines(p).get(0));
        assertTrue(lines(p).get(1).startsWith("replicationSourceAccounts[2]: is listed twice"), lines(p).get(1));
    }

    private static List<String> lines(Problems p) {
        return p.list().stream().map(Object::toString).toList();
    }
}
