"""Posts the event of an ECR pull request rule to the rule's webhook (ecrkit Governance component).

EventBridge invokes this function with the original event (no input transformer, so nothing is lost): a push
("ECR Image Action"), a basic scan ("ECR Image Scan"), or an Amazon Inspector initial scan ("Inspector2 Scan") or
finding ("Inspector2 Finding"). The function POSTs one JSON object:

    {"rule", "ruleType", "repository", "tag", "tags", "digest", "action", "time", "account", "region",
     "approval" (approval rules), "scan" (scan events), "event" (the full original event)}

"tag" is the pushed tag, or the first tag of a scanned image ("" when it has none); "tags" lists them all. When a
basic-scan event lists no tags, the image's current tags are read with DescribeImages. An event without a repository
or digest is refused (the function fails) instead of posting empty fields.

Delivery: HTTPS only; the host is resolved once, every address must be public (no loopback, private, link-local or
reserved address: the URL cannot reach the Lambda runtime API or internal services), and the connection goes to that
address (no second lookup). Connect and read time out after TIMEOUT_SECONDS. Redirects are not followed. Any answer
outside 2xx, and any network error, raises, so the invocation fails: Lambda retries it and then sends the event to
the function's dead-letter queue. With SIGNING_SECRET_ARN set, the body is signed like GitHub webhooks:
X-Ecrkit-Signature-256: sha256=<hex HMAC-SHA256 of the exact body bytes, keyed with the secret string>. The secret is
read from AWS Secrets Manager once per execution environment. The log records repository, tag, digest, status and
latency, never the URL, the secret, the signature or the response body.

Runs on the Lambda python3.12 runtime with the standard library and the boto3 the runtime provides; the AWS clients
and the sender are injectable so tests need neither boto3 nor the network.
"""

import hashlib
import hmac
import http.client
import ipaddress
import json
import os
import socket
import ssl
import time
import urllib.parse

# Environment variables (dev.ecrkit.governance.GovernancePlan sets them).
ENV_WEBHOOK_URL = "WEBHOOK_URL"
ENV_RULE_NAME = "RULE_NAME"
ENV_RULE_TYPE = "RULE_TYPE"
ENV_REPOSITORY_NAME = "REPOSITORY_NAME"
ENV_REGISTRY_ID = "REGISTRY_ID"
ENV_REQUIRE_APPROVAL_COUNT = "REQUIRE_APPROVAL_COUNT"
ENV_APPROVAL_TIMEOUT_HOURS = "APPROVAL_TIMEOUT_HOURS"
ENV_SIGNING_SECRET_ARN = "SIGNING_SECRET_ARN"

SIGNATURE_HEADER = "X-Ecrkit-Signature-256"
DELIVERY_HEADER = "X-Ecrkit-Delivery"
USER_AGENT = "ecrkit-pr-webhook/1"
# Connect and read timeout, well under the function's 60 s timeout (security-checks.md section 3: 15-30 s).
TIMEOUT_SECONDS = 15
# The answer body is read (and dropped) up to this many bytes so the connection closes cleanly.
MAX_RESPONSE_BYTES = 64 * 1024

_secret_cache = {}


class DeliveryError(Exception):
    """The webhook did not accept the event (non-2xx answer, network error, or refused URL)."""


class UrlPolicy:
    """Which URLs may be called: the schemes, and whether internal addresses are allowed (tests only)."""

    def __init__(self, schemes=("https",), allow_internal=False):
        self.schemes = tuple(schemes)
        self.allow_internal = allow_internal


PUBLIC_HTTPS = UrlPolicy()


def handler(event, context, environ=None, ecr=None, secrets=None, sender=None):
    """Lambda entry point. Returns the delivery summary; raises when the webhook does not accept the event."""
    env = os.environ if environ is None else environ
    payload = build_payload(event, env, ecr)
    body = json.dumps(payload, separators=(",", ":"), sort_keys=True).encode("utf-8")
    headers = {
        "Content-Type": "application/json",
        "User-Agent": USER_AGENT,
        DELIVERY_HEADER: str(event.get("id", "")),
    }
    secret_arn = env.get(ENV_SIGNING_SECRET_ARN, "")
    if secret_arn:
        headers[SIGNATURE_HEADER] = sign(secret_value(secrets, secret_arn), body)
    send_fn = sender if sender is not None else send
    started = time.monotonic()
    status = send_fn(env[ENV_WEBHOOK_URL], body, headers)
    summary = {
        "rule": payload["rule"],
        "repository": payload["repository"],
        "tag": payload["tag"],
        "digest": payload["digest"],
        "action": payload["action"],
        "status": status,
        "latencyMs": int((time.monotonic() - started) * 1000),
    }
    print(json.dumps(summary, sort_keys=True))
    return summary


def build_payload(event, env, ecr=None):
    """The JSON object posted for `event`; raises ValueError for an event it cannot describe completely."""
    detail = event.get("detail") or {}
    kind = event.get("detail-type", "")
    scan = None
    if kind == "ECR Image Action":
        repository = detail.get("repository-name", "")
        digest = detail.get("image-digest", "")
        tag = detail.get("image-tag", "")
        tags = [tag] if tag else []
        action = detail.get("action-type", "")
    elif kind == "ECR Image Scan":
        repository = detail.get("repository-name", "")
        digest = detail.get("image-digest", "")
        tags = list(detail.get("image-tags") or [])
        if not tags and digest:
            tags = image_tags(ecr, env, repository, digest)
        action = "SCAN"
        scan = {"type": "BASIC", "status": detail.get("scan-status", ""),
                "findingSeverityCounts": detail.get("finding-severity-counts", {})}
    elif kind == "Inspector2 Scan":
        repository = repository_from_arn(detail.get("repository-name", ""))
        digest = detail.get("image-digest", "")
        tags = list(detail.get("image-tags") or [])
        action = "SCAN"
        scan = {"type": "ENHANCED", "status": detail.get("scan-status", ""),
                "findingSeverityCounts": detail.get("finding-severity-counts", {})}
    elif kind == "Inspector2 Finding":
        image = _first_image(detail)
        repository = image.get("repositoryName", "")
        digest = image.get("imageHash", "")
        tags = list(image.get("imageTags") or [])
        action = "FINDING"
        scan = {"type": "ENHANCED", "severity": detail.get("severity", ""), "title": detail.get("title", ""),
                "findingArn": detail.get("findingArn", ""), "status": detail.get("status", "")}
    else:
        raise ValueError("not an event a pull request rule reacts to: detail-type %r" % kind)
    if not repository or not digest:
        raise ValueError("the %s event names no repository or no image digest" % kind)
    payload = {
        "rule": env[ENV_RULE_NAME],
        "ruleType": env[ENV_RULE_TYPE],
        "repository": repository,
        "tag": tags[0] if tags else "",
        "tags": tags,
        "digest": digest,
        "action": action,
        "time": event.get("time", ""),
        "account": event.get("account", ""),
        "region": event.get("region", ""),
        "event": event,
    }
    if env.get(ENV_REQUIRE_APPROVAL_COUNT):
        payload["approval"] = {
            "requiredApprovals": int(env[ENV_REQUIRE_APPROVAL_COUNT]),
            "timeoutHours": int(env[ENV_APPROVAL_TIMEOUT_HOURS]),
            "enforcedByAws": False,
        }
    if scan is not None:
        payload["scan"] = scan
    return payload


def repository_from_arn(arn):
    """`team/app` from `arn:aws:ecr:eu-west-1:123456789012:repository/team/app` ("" when it is not one)."""
    marker = ":repository/"
    return arn.split(marker, 1)[1] if arn.startswith("arn:") and marker in arn else ""


def image_tags(ecr, env, repository, digest):
    """The current tags of an image (DescribeImages); [] when the image no longer exists."""
    ecr = ecr if ecr is not None else _client("ecr")
    try:
        answer = ecr.describe_images(repositoryName=repository, registryId=env[ENV_REGISTRY_ID],
                                     imageIds=[{"imageDigest": digest}])
    except Exception as e:  # noqa: BLE001 - only ImageNotFound is expected; anything else fails the invocation
        if error_code(e) == "ImageNotFoundException":
            return []
        raise
    details = answer.get("imageDetails") or [{}]
    return list(details[0].get("imageTags") or [])


def sign(secret, body):
    """GitHub-style signature of `body` (bytes): sha256=<hex HMAC-SHA256>."""
    return "sha256=" + hmac.new(secret.encode("utf-8"), body, hashlib.sha256).hexdigest()


def secret_value(secrets, arn):
    """The secret's string, read from Secrets Manager once per execution environment."""
    if arn not in _secret_cache:
        client = secrets if secrets is not None else _client("secretsmanager")
        value = client.get_secret_value(SecretId=arn).get("SecretString")
        if not value:
            raise ValueError("the signing secret has no SecretString")
        _secret_cache[arn] = value
    return _secret_cache[arn]


def check_url(url, policy=PUBLIC_HTTPS, resolve=socket.getaddrinfo):
    """Parses and checks `url`; returns (scheme, host, port, path, address) with the one address to connect to."""
    try:
        parts = urllib.parse.urlsplit(url)
        port = parts.port
    except ValueError as e:
        raise DeliveryError("invalid webhook URL") from e
    if parts.scheme not in policy.schemes:
        raise DeliveryError("webhook URL scheme must be one of %s" % ", ".join(policy.schemes))
    if not parts.hostname:
        raise DeliveryError("webhook URL has no host")
    if parts.username is not None or parts.password is not None or "@" in parts.netloc:
        raise DeliveryError("webhook URL must not contain user information")
    if parts.fragment:
        raise DeliveryError("webhook URL must not contain a fragment")
    port = port or (443 if parts.scheme == "https" else 80)
    try:
        infos = resolve(parts.hostname, port, type=socket.SOCK_STREAM)
    except OSError as e:
        raise DeliveryError("webhook host does not resolve") from e
    addresses = [info[4][0] for info in infos]
    if not addresses:
        raise DeliveryError("webhook host does not resolve")
    if not policy.allow_internal:
        for a in addresses:
            if not ipaddress.ip_address(a.split("%", 1)[0]).is_global:
                raise DeliveryError("webhook host resolves to a non-public address")
    path = parts.path or "/"
    if parts.query:
        path += "?" + parts.query
    return parts.scheme, parts.hostname, port, path, addresses[0]


class _PinnedHTTPConnection(http.client.HTTPConnection):
    def __init__(self, host, port, address, timeout):
        super().__init__(host, port, timeout=timeout)
        self._address = address

    def connect(self):
        self.sock = socket.create_connection((self._address, self.port), self.timeout)


class _PinnedHTTPSConnection(http.client.HTTPSConnection):
    def __init__(self, host, port, address, timeout):
        super().__init__(host, port, timeout=timeout, context=ssl.create_default_context())
        self._address = address

    def connect(self):
        sock = socket.create_connection((self._address, self.port), self.timeout)
        self.sock = self._context.wrap_socket(sock, server_hostname=self.host)


def send(url, body, headers, policy=PUBLIC_HTTPS, timeout=TIMEOUT_SECONDS, resolve=socket.getaddrinfo):
    """POSTs `body` to `url`; returns the 2xx status, raises DeliveryError otherwise (3xx included)."""
    scheme, host, port, path, address = check_url(url, policy, resolve)
    cls = _PinnedHTTPSConnection if scheme == "https" else _PinnedHTTPConnection
    connection = cls(host, port, address, timeout)
    try:
        connection.request("POST", path, body=body, headers=headers)
        response = connection.getresponse()
        response.read(MAX_RESPONSE_BYTES)
        status = response.status
    except (OSError, http.client.HTTPException) as e:
        raise DeliveryError("webhook delivery failed: %s" % type(e).__name__) from e
    finally:
        connection.close()
    if not 200 <= status < 300:
        raise DeliveryError("webhook answered HTTP %d" % status)
    return status


def error_code(exc):
    """The AWS error code of a botocore ClientError (or of a test double with the same `response`)."""
    return (getattr(exc, "response", None) or {}).get("Error", {}).get("Code", "")


def _first_image(detail):
    resources = detail.get("resources") or [{}]
    return ((resources[0] or {}).get("details") or {}).get("awsEcrContainerImage") or {}


def _client(service):
    import boto3  # provided by the Lambda runtime; imported lazily so tests run without it

    return boto3.client(service)
