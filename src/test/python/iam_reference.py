"""Writes src/test/resources/dev/ecrkit/iam-reference.tsv, the IAM reference data IamPolicyCheck reads.

Run from the repository root on a machine with cfn-lint 1.51.0 installed (pip install cfn-lint==1.51.0):

    python3 src/test/python/iam_reference.py > src/test/resources/dev/ecrkit/iam-reference.tsv

Not a test (the unittest pattern is test_*.py): it documents how the committed file was made, and makes it again when
cfn-lint's data is updated. Sources:

- actions, their resource types, and the condition keys of each resource type: cfn-lint's
  cfnlint/data/AdditionalSpecs/Policies.json (MIT-0), which cfn-lint's maintenance script builds from the programmatic
  Service Authorization Reference (https://servicereference.us-east-1.amazonaws.com). It keeps action names in lower
  case and drops the action-level condition keys, so those are listed below by hand, each with the page it comes from;
- global condition keys: IAM User Guide, "AWS global condition context keys";
- condition operators: IAM User Guide, "IAM JSON policy elements: Condition operators".
"""
import json
import os
import sys

import cfnlint
import cfnlint.data.AdditionalSpecs

CFN_LINT_VERSION = "1.51.0"
SAR = "https://docs.aws.amazon.com/service-authorization/latest/reference/"
# The services whose actions ecrkit's policies name, and their SAR pages.
SERVICES = {
    "cloudwatch": "list_amazoncloudwatch.html",
    "ecr": "list_amazonelasticcontainerregistry.html",
    "events": "list_amazoneventbridge.html",
    "iam": "list_awsidentityandaccessmanagementiam.html",
    "kms": "list_awskeymanagementservice.html",
    "lambda": "list_awslambda.html",
    "logs": "list_amazoncloudwatchlogs.html",
    "secretsmanager": "list_awssecretsmanager.html",
    "sns": "list_amazonsns.html",
    "sqs": "list_amazonsqs.html",
    "sts": "list_awssecuritytokenservice.html",
    "xray": "list_awsx-ray.html",
}
KMS_CONDITIONS = "https://docs.aws.amazon.com/kms/latest/developerguide/kms-api-permissions-reference.html"
# Action-level condition keys that Policies.json does not carry (service, key, source page).
SERVICE_KEYS = [
    ("cloudwatch", "cloudwatch:namespace",
     "https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/iam-cw-condition-keys-namespace.html"),
    ("kms", "kms:CallerAccount", KMS_CONDITIONS),
    ("kms", "kms:EncryptionContext:${EncryptionContextKey}", KMS_CONDITIONS),
    ("kms", "kms:EncryptionContextKeys", KMS_CONDITIONS),
    ("kms", "kms:GrantIsForAWSResource", KMS_CONDITIONS),
    ("kms", "kms:ViaService", KMS_CONDITIONS),
]
GLOBAL_KEYS_PAGE = "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html"
# The keys with a section of their own on that page as of its last public source (awsdocs/iam-user-guide, May 2023,
# doc_source/reference_policies_condition-keys.md); keys added since (aws:SourceOrgID, ...) are missing until a policy
# needs one: add it here with its page.
GLOBAL_KEYS = [
    "aws:CalledVia", "aws:CalledViaFirst", "aws:CalledViaLast", "aws:CurrentTime", "aws:Ec2InstanceSourcePrivateIPv4",
    "aws:Ec2InstanceSourceVpc", "aws:EpochTime", "aws:FederatedProvider", "aws:MultiFactorAuthAge",
    "aws:MultiFactorAuthPresent", "aws:PrincipalAccount", "aws:PrincipalArn", "aws:PrincipalIsAWSService",
    "aws:PrincipalOrgID", "aws:PrincipalOrgPaths", "aws:PrincipalServiceName", "aws:PrincipalServiceNamesList",
    "aws:PrincipalTag/${TagKey}", "aws:PrincipalType", "aws:referer", "aws:RequestedRegion",
    "aws:RequestTag/${TagKey}", "aws:ResourceAccount", "aws:ResourceOrgID", "aws:ResourceOrgPaths",
    "aws:ResourceTag/${TagKey}", "aws:SecureTransport", "aws:SourceAccount", "aws:SourceArn", "aws:SourceIdentity",
    "aws:SourceIp", "aws:SourceVpc", "aws:SourceVpce", "aws:TagKeys", "aws:TokenIssueTime", "aws:UserAgent",
    "aws:userid", "aws:username", "aws:ViaAWSService", "aws:VpcSourceIp",
]
OPERATORS_PAGE = "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html"
# The base operators; the page adds ...IfExists to every one but Null, and the ForAllValues:/ForAnyValue: set prefixes.
OPERATORS = [
    "StringEquals", "StringNotEquals", "StringEqualsIgnoreCase", "StringNotEqualsIgnoreCase", "StringLike",
    "StringNotLike", "NumericEquals", "NumericNotEquals", "NumericLessThan", "NumericLessThanEquals",
    "NumericGreaterThan", "NumericGreaterThanEquals", "DateEquals", "DateNotEquals", "DateLessThan",
    "DateLessThanEquals", "DateGreaterThan", "DateGreaterThanEquals", "Bool", "BinaryEquals", "IpAddress",
    "NotIpAddress", "ArnEquals", "ArnLike", "ArnNotEquals", "ArnNotLike", "Null",
]


def main(out):
    path = os.path.join(os.path.dirname(cfnlint.data.AdditionalSpecs.__file__), "Policies.json")
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    installed = getattr(cfnlint, "__version__", None)
    if installed is None:
        from importlib.metadata import version
        installed = version("cfn-lint")
    if installed != CFN_LINT_VERSION:
        sys.exit(f"cfn-lint {CFN_LINT_VERSION} expected, {installed} installed: update CFN_LINT_VERSION and the header")
    w = out.write
    w("# IAM reference data for dev.ecrkit.IamPolicyCheck (test scope). Made by src/test/python/iam_reference.py.\n")
    w(f"# cfn-lint: actions, their resource types and resource-type condition keys, from cfn-lint {CFN_LINT_VERSION}\n")
    w("#   cfnlint/data/AdditionalSpecs/Policies.json (MIT-0), built from the Service Authorization Reference\n")
    w("#   (https://servicereference.us-east-1.amazonaws.com); action names in lower case, as cfn-lint stores them.\n")
    w("# SAR pages, \"Actions, resources, and condition keys for ...\":\n")
    for service, page in SERVICES.items():
        w(f"#   {service}: {SAR}{page}\n")
    w("# Other rows cite their page in the last column: action-level service keys (which Policies.json lacks), the\n")
    w("#   global condition keys (the page's sections as of May 2023) and the base condition operators.\n")
    w("# kind\tservice\tname\tvalue\tsource\n")
    for service in SERVICES:
        spec = data[service]
        for action, info in sorted(spec["Actions"].items()):
            w(f"action\t{service}\t{action}\t{','.join(info.get('Resources', []))}\tcfn-lint\n")
        for resource, info in sorted(spec["Resources"].items()):
            for key in info.get("ConditionKeys", []):
                w(f"resource-key\t{service}\t{resource}\t{key}\tcfn-lint\n")
    for service, key, page in SERVICE_KEYS:
        w(f"service-key\t{service}\t{key}\t\t{page}\n")
    for key in GLOBAL_KEYS:
        w(f"global-key\taws\t{key}\t\t{GLOBAL_KEYS_PAGE}\n")
    for operator in OPERATORS:
        w(f"operator\t\t{operator}\t\t{OPERATORS_PAGE}\n")


if __name__ == "__main__":
    main(sys.stdout)
