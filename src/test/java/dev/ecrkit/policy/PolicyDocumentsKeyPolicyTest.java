package dev.ecrkit.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ecrkit.validation.Problems;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A complete key policy given as JSON ({@code customPolicy}). */
class PolicyDocumentsKeyPolicyTest {
    private static List<String> problems(String json) {
        var p = new Problems();
        PolicyDocuments.checkKeyPolicy(p, "customPolicy", json);
        return p.list().stream().map(Object::toString).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        `{"Version":"2012-10-17","Statement":[{"Sid":"Root","Effect":"Allow","Principal":{"AWS":"arn:aws:iam::123456789012:root"},"Action":"kms:*","Resource":"*"}]}`
        `{"Statement":{"Effect":"Allow","Principal":{"AWS":"*"},"Action":["kms:Decrypt"],"Resource":"*","Condition":{"StringEquals":{"kms:CallerAccount":"123456789012","kms:ViaService":"ecr.eu-west-1.amazonaws.com"}}}}`
        `{"Statement":[{"Effect":"Deny","Principal":"*","Action":"kms:*","Resource":"*","Condition":{"Bool":{"aws:SecureTransport":"false"}}}]}`
        """)
    void validKeyPolicies_pass(String json) {
        assertEquals(List.of(), problems(json));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        ``                                                                              | customPolicy: must be a policy document (JSON object with a Statement); an empty policy is not allowed, got ""
        `not json`                                                                      | customPolicy: must be a JSON object (a policy document), got "not json"
        `{"Version":"2012-10-17"}`                                                      | customPolicy: must have a Statement (an object or a non-empty list)
        `{"Statement":[{"Effect":"Permit","Principal":"*","Action":"kms:*"}]}`          | customPolicy.Statement[0].Effect: must be "Allow" or "Deny", got "Permit"
        `{"Statement":[{"Effect":"Allow","Action":"kms:*","Resource":"*"}]}`            | customPolicy.Statement[0].Principal: is required: every key policy statement names its principals
        `{"Statement":[{"Effect":"Allow","Principal":"*","Action":"kms:*","Resource":"*"}]}` | customPolicy.Statement[0].Principal: an Allow to every principal ("*") needs a condition that pins the caller: StringEquals/StringLike/ArnEquals/ArnLike on kms:CallerAccount, aws:PrincipalAccount, aws:PrincipalOrgID, aws:PrincipalArn, aws:SourceAccount, aws:SourceArn (or IpAddress aws:SourceIp, aws:SourceVpc(e)) with values without "*"
        `{"Statement":[{"Effect":"Allow","Principal":{"AWS":["arn:aws:iam::123456789012:root","*"]},"Action":"kms:*","Resource":"*","Condition":{"StringNotEquals":{"kms:CallerAccount":"111122223333"}}}]}` | customPolicy.Statement[0].Principal: an Allow to every principal ("*") needs a condition that pins the caller: StringEquals/StringLike/ArnEquals/ArnLike on kms:CallerAccount, aws:PrincipalAccount, aws:PrincipalOrgID, aws:PrincipalArn, aws:SourceAccount, aws:SourceArn (or IpAddress aws:SourceIp, aws:SourceVpc(e)) with values without "*"
        """)
    void badKeyPolicies_nameTheStatement(String json, String problem) {
        assertEquals(List.of(problem), problems(json == null ? "" : json));
    }

    @org.junit.jupiter.api.Test
    void over32KiB_isRejected() {
        String big = "{\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::123456789012:root\"},"
                + "\"Action\":\"kms:*\",\"Resource\":\"*\",\"Sid\":\"" + "x".repeat(33_000) + "\"}]}";
        assertEquals(List.of("customPolicy: at most 32768 characters, got \"" + big.length() + " characters\""),
                problems(big));
    }
}
