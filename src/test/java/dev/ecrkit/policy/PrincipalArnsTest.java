package dev.ecrkit.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ecrkit.validation.Problems;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PrincipalArnsTest {
    @ParameterizedTest(name = "{0} -> {1} {2} {3}")
    @CsvSource(delimiter = '|', textBlock = """
        arn:aws:iam::123456789012:root                                     | aws        | 123456789012 | ROOT
        arn:aws-cn:iam::123456789012:root                                  | aws-cn     | 123456789012 | ROOT
        arn:aws-us-gov:iam::123456789012:root                              | aws-us-gov | 123456789012 | ROOT
        arn:aws:iam::123456789012:user/alice                               | aws        | 123456789012 | USER
        arn:aws-cn:iam::123456789012:user/division/team/alice.b@corp       | aws-cn     | 123456789012 | USER
        arn:aws-us-gov:iam::123456789012:role/ci                           | aws-us-gov | 123456789012 | ROLE
        arn:aws:iam::123456789012:role/service-role/ecr+push=1,2           | aws        | 123456789012 | ROLE
        arn:aws:sts::123456789012:assumed-role/deploy/session-1            | aws        | 123456789012 | ASSUMED_ROLE
        arn:aws-cn:sts::123456789012:assumed-role/deploy/i-0abc            | aws-cn     | 123456789012 | ASSUMED_ROLE
        arn:aws-us-gov:sts::123456789012:assumed-role/deploy/bob@corp.com  | aws-us-gov | 123456789012 | ASSUMED_ROLE
        """)
    void validArns_parseInEverySupportedPartition(String arn, String partition, String account, PrincipalArns.Kind kind) {
        assertEquals(Optional.of(new PrincipalArns.Parsed(partition, account, kind)), PrincipalArns.parse(arn));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        arn:aws:iam::123456789012:group/admins       | IAM groups cannot be principals; name the users or a role instead
        arn:aws-iso:iam::123456789012:root           | partition must be one of aws, aws-cn, aws-us-gov
        arn:aws:iam::12345678901:root                | must be arn:<partition>:iam::<account>:root, arn:<partition>:iam::<account>:user/<name>, arn:<partition>:iam::<account>:role/<name> or arn:<partition>:sts::<account>:assumed-role/<role>/<session> (partition aws, aws-cn, aws-us-gov; account 12 digits)
        arn:aws:iam::123456789012:role/              | must be arn:<partition>:iam::<account>:root, arn:<partition>:iam::<account>:user/<name>, arn:<partition>:iam::<account>:role/<name> or arn:<partition>:sts::<account>:assumed-role/<role>/<session> (partition aws, aws-cn, aws-us-gov; account 12 digits)
        arn:aws:sts::123456789012:assumed-role/deploy | must be arn:<partition>:iam::<account>:root, arn:<partition>:iam::<account>:user/<name>, arn:<partition>:iam::<account>:role/<name> or arn:<partition>:sts::<account>:assumed-role/<role>/<session> (partition aws, aws-cn, aws-us-gov; account 12 digits)
        arn:aws:iam::123456789012:role/has space     | must be arn:<partition>:iam::<account>:root, arn:<partition>:iam::<account>:user/<name>, arn:<partition>:iam::<account>:role/<name> or arn:<partition>:sts::<account>:assumed-role/<role>/<session> (partition aws, aws-cn, aws-us-gov; account 12 digits)
        123456789012                                 | must be arn:<partition>:iam::<account>:root, arn:<partition>:iam::<account>:user/<name>, arn:<partition>:iam::<account>:role/<name> or arn:<partition>:sts::<account>:assumed-role/<role>/<session> (partition aws, aws-cn, aws-us-gov; account 12 digits)
        """)
    void badArns_nameTheListAndIndex(String arn, String rule) {
        var p = new Problems();
        PrincipalArns.check(p, "keyUsers", List.of("arn:aws:iam::123456789012:root", arn), PrincipalArns.ALL_KINDS);
        assertEquals(List.of("keyUsers[1]: " + rule + ", got \"" + arn + "\""),
                p.list().stream().map(Object::toString).toList());
    }
}
