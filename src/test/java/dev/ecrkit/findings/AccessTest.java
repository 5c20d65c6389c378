package dev.ecrkit.findings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ecrkit.json.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** The access report, table-driven: policies in, the grants of repository "app" out (golden JSON). Pure. */
class AccessTest {
    private static final String ROLE = "arn:aws:iam::210987654321:role/ci";
    private static final String PULL = "[\"ecr:BatchCheckLayerAvailability\",\"ecr:BatchGetImage\",\"ecr:GetDownloadUrlForLayer\"]";
    private static final String PUSH = "[\"ecr:BatchCheckLayerAvailability\",\"ecr:BatchGetImage\",\"ecr:CompleteLayerUpload\","
            + "\"ecr:GetDownloadUrlForLayer\",\"ecr:InitiateLayerUpload\",\"ecr:PutImage\",\"ecr:UploadLayerPart\"]";
    private static final String ORG = "{\"StringEquals\":{\"aws:PrincipalOrgID\":\"o-abc123\"}}";

    private static String policy(String... statements) {
        return "{\"Version\":\"2012-10-17\",\"Statement\":[" + String.join(",", statements) + "]}";
    }

    private static String grant(String principal, String level, String actions, String conditions, String from,
            String deniedWhen) {
        return "{\"principal\":\"" + principal + "\",\"level\":\"" + level + "\",\"actions\":" + actions
                + ",\"conditions\":" + conditions + ",\"from\":" + from + ",\"deniedWhen\":" + deniedWhen + "}";
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("no policy: nobody beyond the account's IAM identities", null, null, "[]"),
                Arguments.of("pull set, written in another order and case",
                        policy("{\"Sid\":\"Ci\",\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"" + ROLE + "\"},\"Action\":"
                                + "[\"ecr:GetDownloadUrlForLayer\",\"ecr:batchgetimage\",\"ecr:BatchCheckLayerAvailability\"]}"),
                        null, "[" + grant(ROLE, "pull", PULL, "{}", "[\"repository policy statement 0 (Sid Ci)\"]", "[]") + "]"),
                Arguments.of("push set plus one action, two principals, * under an organization condition",
                        policy("{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":[\"" + ROLE + "\",\"111122223333\"]},\"Action\":"
                                + PUSH.replace("]", ",\"ecr:DescribeImages\"]") + "}",
                                "{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"ecr:BatchGetImage\",\"Condition\":" + ORG + "}"),
                        null, "[" + grant("*", "custom", "[\"ecr:BatchGetImage\"]", ORG, "[\"repository policy statement 1\"]", "[]")
                                + "," + grant("111122223333", "push", PUSH.replace("\"ecr:GetDownloadUrlForLayer\"",
                                "\"ecr:DescribeImages\",\"ecr:GetDownloadUrlForLayer\""), "{}",
                                "[\"repository policy statement 0\"]", "[]")
                                + "," + grant(ROLE, "push", PUSH.replace("\"ecr:GetDownloadUrlForLayer\"",
                                "\"ecr:DescribeImages\",\"ecr:GetDownloadUrlForLayer\""), "{}",
                                "[\"repository policy statement 0\"]", "[]") + "]"),
                Arguments.of("ecr:* minus an unconditional Deny of deletes to everyone; Get* expanded",
                        policy("{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"" + ROLE + "\"},\"Action\":\"ecr:*\"}",
                                "{\"Effect\":\"Deny\",\"Principal\":\"*\",\"Action\":[\"ecr:Delete*\",\"ecr:BatchDeleteImage\","
                                        + "\"ecr:Get*\"]}"),
                        null, "[" + grant(ROLE, "custom", json(Access.ACTIONS.stream().filter(a -> !a.startsWith("ecr:Delete")
                                && !a.equals("ecr:BatchDeleteImage") && !a.startsWith("ecr:Get")).toList()), "{}",
                                "[\"repository policy statement 0\"]", "[]") + "]"),
                Arguments.of("a Deny with a condition is listed beside the grant, not subtracted",
                        policy("{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"" + ROLE + "\"},\"Action\":" + PUSH + "}",
                                "{\"Sid\":\"NoPushOutsideOrg\",\"Effect\":\"Deny\",\"Principal\":\"*\",\"Action\":[\"ecr:PutImage\","
                                        + "\"ecr:ListImages\"],\"Condition\":{\"StringNotEquals\":{\"aws:PrincipalOrgID\":\"o-abc123\"}}}"),
                        null, "[" + grant(ROLE, "push", PUSH, "{}", "[\"repository policy statement 0\"]",
                                "[{\"actions\":[\"ecr:PutImage\"],\"conditions\":{\"StringNotEquals\":{\"aws:PrincipalOrgID\":"
                                        + "\"o-abc123\"}},\"from\":\"repository policy statement 1 (Sid NoPushOutsideOrg)\"}]") + "]"),
                Arguments.of("a Deny for another principal leaves the grant; NotAction is the rest of the actions",
                        policy("{\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"lambda.amazonaws.com\"},\"NotAction\":"
                                + "[\"ecr:*Image*\",\"ecr:*Layer*\",\"ecr:*Lifecycle*\",\"ecr:*Tag*\",\"ecr:*Scan*\"]}",
                                "{\"Effect\":\"Deny\",\"Principal\":{\"AWS\":\"" + ROLE + "\"},\"Action\":\"*\"}"),
                        null, "[" + grant("lambda.amazonaws.com", "custom", "[\"ecr:CreateRepository\",\"ecr:DeleteRepository\","
                                + "\"ecr:DeleteRepositoryPolicy\",\"ecr:DescribeRepositories\",\"ecr:GetRepositoryPolicy\","
                                + "\"ecr:SetRepositoryPolicy\"]", "{}", "[\"repository policy statement 0\"]", "[]") + "]"),
                Arguments.of("registry policy statements on a matching repository pattern apply, others do not",
                        null,
                        policy("{\"Sid\":\"Replicate\",\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::444455556666:root\"},"
                                + "\"Action\":[\"ecr:CreateRepository\",\"ecr:ReplicateImage\"],\"Resource\":"
                                + "\"arn:aws:ecr:eu-west-1:123456789012:repository/a*\"}",
                                "{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::777788889999:root\"},"
                                + "\"Action\":\"ecr:ReplicateImage\",\"Resource\":\"arn:aws:ecr:eu-west-1:123456789012:repository/b*\"}"),
                        "[" + grant("arn:aws:iam::444455556666:root", "custom", "[\"ecr:CreateRepository\",\"ecr:ReplicateImage\"]",
                                "{}", "[\"registry policy statement 0 (Sid Replicate)\"]", "[]") + "]"));
    }

    private static String json(List<String> list) {
        return Json.write(list);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void grants(String what, String repositoryPolicy, String registryPolicy, String expected) {
        var resources = new ArrayList<PlannedResource>();
        resources.add(resource(Findings.REPOSITORY, "app", Map.of("name", "app")));
        resources.add(resource(Findings.REPOSITORY, "other", Map.of("name", "other")));
        if (repositoryPolicy != null) {
            resources.add(resource(Findings.REPOSITORY_POLICY, "app-policy", Map.of("repository", "app", "policy", repositoryPolicy)));
        }
        if (registryPolicy != null) {
            resources.add(resource(Access.REGISTRY_POLICY, "registry-policy", Map.of("policy", registryPolicy)));
        }
        var report = Access.of(resources);
        assertEquals(List.of("app", "other"), report.stream().map(Access.RepositoryAccess::repository).toList());
        var app = report.get(0);
        assertEquals("urn:app", app.urn());
        assertEquals(Json.parse(expected).orElseThrow(), Json.parse(Json.write(app.grants().stream()
                .map(Access.Grant::toMap).toList())).orElseThrow(), what);
    }

    @Test
    void sets_areTheDocumentedOnes_andLevelsFollowThem() {
        assertEquals(Json.parse(PULL).orElseThrow(), Access.PULL);
        assertEquals(Json.parse(PUSH).orElseThrow(), Access.PUSH);
        assertEquals(Access.ACTIONS, Access.ACTIONS.stream().sorted().distinct().toList());
        assertEquals(Access.ACTIONS, Access.expand(List.of("*"), false));
        assertEquals(Access.ACTIONS, Access.expand(List.of("ECR:*"), false));
        assertEquals(List.of(), Access.expand(List.of("s3:*", "ecr:GetAuthorizationToken"), false));
        assertEquals(List.of("ecr:DescribeImageReplicationStatus", "ecr:DescribeImageScanFindings",
                "ecr:DescribeImageSigningStatus", "ecr:DescribeImages"),
                Access.expand(List.of("ecr:DescribeImage?*"), false));
        var manage = new Access.Grant("*", Access.ACTIONS, Map.of(), List.of(), List.of());
        assertEquals("manage", manage.level());
        assertEquals(List.of(), manage.extra());
    }

    private static PlannedResource resource(String type, String name, Map<String, Object> inputs) {
        return new PlannedResource("urn:" + name, type, name, "", inputs, false, List.of(), Map.of(), "");
    }
}
