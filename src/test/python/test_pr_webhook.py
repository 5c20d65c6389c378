"""Unit tests of pr_webhook.py: payloads from the user guides' sample events, and delivery to a local HTTP server
(success, 4xx, 5xx, redirect, timeout, refused connection, bad URL). Every request goes to 127.0.0.1 only."""

import contextlib
import hashlib
import hmac
import http.server
import io
import json
import socket
import threading
import time
import unittest

import pr_webhook
from ecr_fakes import ClientError, FakeEcr, sample_event

D1 = "sha256:" + "1" * 64
LOCAL = pr_webhook.UrlPolicy(schemes=("http",), allow_internal=True)
SECRET_ARN = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:hook-AbCdEf"


class Receiver(http.server.BaseHTTPRequestHandler):
    """Records each request; answers with the server's `status` after sleeping `delay` seconds."""

    def do_POST(self):  # noqa: N802 - http.server naming
        length = int(self.headers.get("Content-Length", "0"))
        self.server.requests.append({"path": self.path, "headers": dict(self.headers),
                                     "body": self.rfile.read(length)})
        time.sleep(self.server.delay)
        self.send_response(self.server.status)
        if 300 <= self.server.status < 400:
            self.send_header("Location", "http://127.0.0.1:%d/elsewhere" % self.server.server_port)
        self.send_header("Content-Length", "2")
        self.end_headers()
        self.wfile.write(b"ok")

    def log_message(self, *args):
        pass


class QuietServer(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):
        pass  # a client that timed out closes the socket under the sleeping handler; that is the point


class LocalServer:
    def __init__(self, status=200, delay=0.0):
        self.server = QuietServer(("127.0.0.1", 0), Receiver)
        self.server.requests = []
        self.server.status = status
        self.server.delay = delay
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05},
                                       daemon=True)
        self.thread.start()

    @property
    def url(self):
        return "http://127.0.0.1:%d/hooks/ecr?team=a" % self.server.server_port

    @property
    def requests(self):
        return self.server.requests

    def close(self):
        self.server.shutdown()
        self.server.server_close()


class FakeSecrets:
    def __init__(self, value):
        self.value = value
        self.calls = 0

    def get_secret_value(self, SecretId):  # noqa: N803 - boto3 naming
        self.calls += 1
        assert SecretId == SECRET_ARN
        return {"SecretString": self.value}


def environ(url, **extra):
    env = {"WEBHOOK_URL": url, "RULE_NAME": "release-approval", "RULE_TYPE": "approval",
           "REPOSITORY_NAME": "team/app", "REGISTRY_ID": "123456789012"}
    env.update(extra)
    return env


def local_sender(timeout=2.0):
    return lambda url, body, headers: pr_webhook.send(url, body, headers, policy=LOCAL, timeout=timeout)


def invoke(event, env, **kwargs):
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        result = pr_webhook.handler(event, None, environ=env, **kwargs)
    return result, out.getvalue()


class DeliveryTest(unittest.TestCase):
    def setUp(self):
        pr_webhook._secret_cache.clear()
        self.servers = []

    def tearDown(self):
        for s in self.servers:
            s.close()

    def server(self, **kwargs):
        s = LocalServer(**kwargs)
        self.servers.append(s)
        return s

    def test_success_posts_repository_tag_digest_action_time_and_rule_with_a_signature(self):
        s = self.server()
        secrets = FakeSecrets("It's a Secret to Everybody")
        env = environ(s.url, SIGNING_SECRET_ARN=SECRET_ARN, REQUIRE_APPROVAL_COUNT="2", APPROVAL_TIMEOUT_HOURS="48")

        result, log = invoke(sample_event("ecr-image-push"), env, secrets=secrets, sender=local_sender())

        self.assertEqual(200, result["status"])
        self.assertEqual(1, len(s.requests))
        request = s.requests[0]
        self.assertEqual("/hooks/ecr?team=a", request["path"])
        self.assertEqual("application/json", request["headers"]["Content-Type"])
        self.assertEqual("13cde686-328b-6117-af20-0e5566167482", request["headers"]["X-Ecrkit-Delivery"])
        expected = "sha256=" + hmac.new(b"It's a Secret to Everybody", request["body"], hashlib.sha256).hexdigest()
        self.assertEqual(expected, request["headers"]["X-Ecrkit-Signature-256"])
        body = json.loads(request["body"])
        self.assertEqual({"rule": "release-approval", "ruleType": "approval", "repository": "team/app",
                          "tag": "latest", "tags": ["latest"],
                          "digest": "sha256:7f5b2640fe6fb4f46592dfd3410c4a79dac4f89e4782432e0378abcd1234",
                          "action": "PUSH", "time": "2019-11-16T01:54:34Z", "account": "123456789012",
                          "region": "eu-west-1",
                          "approval": {"requiredApprovals": 2, "timeoutHours": 48, "enforcedByAws": False}},
                         {k: v for k, v in body.items() if k != "event"})
        self.assertEqual(sample_event("ecr-image-push"), body["event"])
        for private in (s.url, "It's a Secret", expected):
            self.assertNotIn(private, log)
        self.assertIn('"status": 200', log)

    def test_without_a_secret_the_body_is_not_signed(self):
        s = self.server(status=204)
        result, _ = invoke(sample_event("ecr-image-push"), environ(s.url), sender=local_sender())
        self.assertEqual(204, result["status"])
        self.assertNotIn("X-Ecrkit-Signature-256", s.requests[0]["headers"])

    def test_secret_is_read_once_per_execution_environment(self):
        s = self.server()
        secrets = FakeSecrets("k")
        env = environ(s.url, SIGNING_SECRET_ARN=SECRET_ARN)
        invoke(sample_event("ecr-image-push"), env, secrets=secrets, sender=local_sender())
        invoke(sample_event("ecr-image-push"), env, secrets=secrets, sender=local_sender())
        self.assertEqual(1, secrets.calls)
        self.assertEqual(2, len(s.requests))

    def test_4xx_answer_fails_the_invocation(self):
        s = self.server(status=403)
        with self.assertRaisesRegex(pr_webhook.DeliveryError, "HTTP 403"):
            invoke(sample_event("ecr-image-push"), environ(s.url), sender=local_sender())

    def test_5xx_answer_fails_the_invocation_so_lambda_retries(self):
        s = self.server(status=503)
        with self.assertRaisesRegex(pr_webhook.DeliveryError, "HTTP 503"):
            invoke(sample_event("ecr-image-push"), environ(s.url), sender=local_sender())

    def test_redirect_is_not_followed_and_fails(self):
        s = self.server(status=302)
        with self.assertRaisesRegex(pr_webhook.DeliveryError, "HTTP 302"):
            invoke(sample_event("ecr-image-push"), environ(s.url), sender=local_sender())
        self.assertEqual(1, len(s.requests))

    def test_timeout_fails_the_invocation(self):
        s = self.server(delay=1.5)
        started = time.monotonic()
        with self.assertRaisesRegex(pr_webhook.DeliveryError, "timeout|TimeoutError"):
            invoke(sample_event("ecr-image-push"), environ(s.url), sender=local_sender(timeout=0.3))
        self.assertLess(time.monotonic() - started, 1.5)

    def test_refused_connection_fails_the_invocation(self):
        probe = socket.socket()
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
        probe.close()
        with self.assertRaisesRegex(pr_webhook.DeliveryError, "ConnectionRefusedError"):
            invoke(sample_event("ecr-image-push"), environ("http://127.0.0.1:%d/x" % port), sender=local_sender())

    def test_bad_urls_fail_before_anything_is_sent(self):
        for url in ("http://", "not a url", "http://127.0.0.1:99999/x", "ftp://127.0.0.1/x"):
            with self.assertRaises(pr_webhook.DeliveryError, msg=url):
                pr_webhook.send(url, b"{}", {}, policy=LOCAL, timeout=1)


class UrlPolicyTest(unittest.TestCase):
    def resolver(self, address):
        return lambda host, port, type=None: [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (address, port))]

    def test_the_function_only_calls_https_urls_on_public_addresses(self):
        public = self.resolver("93.184.216.34")
        self.assertEqual(("https", "hooks.example.com", 443, "/ecr?x=1", "93.184.216.34"),
                         pr_webhook.check_url("https://hooks.example.com/ecr?x=1", resolve=public))
        refused = {
            "http://hooks.example.com/ecr": public,
            "https://user:pw@hooks.example.com/ecr": public,
            "https://hooks.example.com/ecr#frag": public,
            "https://hooks.example.com/": self.resolver("127.0.0.1"),
            "https://metadata.example.com/": self.resolver("169.254.169.254"),
            "https://internal.example.com/": self.resolver("10.1.2.3"),
            "https://v6.example.com/": self.resolver("::1"),
            "https://ula.example.com/": self.resolver("fd00::1"),
        }
        for url, resolve in refused.items():
            with self.assertRaises(pr_webhook.DeliveryError, msg=url):
                pr_webhook.check_url(url, resolve=resolve)

    def test_unresolvable_host_fails(self):
        def fail(host, port, type=None):
            raise socket.gaierror("no such host")
        with self.assertRaisesRegex(pr_webhook.DeliveryError, "does not resolve"):
            pr_webhook.check_url("https://nowhere.invalid/", resolve=fail)


class PayloadTest(unittest.TestCase):
    env = environ("https://hooks.example.com/ecr", RULE_NAME="scan-gate", RULE_TYPE="security_scan")

    def test_github_signature_test_vector(self):
        self.assertEqual("sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17",
                         pr_webhook.sign("It's a Secret to Everybody", b"Hello, World!"))

    def test_basic_scan_without_tags_in_the_event_reports_the_images_current_tags(self):
        ecr = FakeEcr()
        event = sample_event("ecr-image-scan")
        ecr.push(event["detail"]["image-digest"], ["v1", "latest"])
        payload = pr_webhook.build_payload(event, self.env, ecr)
        self.assertEqual(("team/app", "v1", ["v1", "latest"], "SCAN"),
                         (payload["repository"], payload["tag"], payload["tags"], payload["action"]))
        self.assertEqual({"type": "BASIC", "status": "COMPLETE",
                          "findingSeverityCounts": {"CRITICAL": 10, "MEDIUM": 9}}, payload["scan"])
        self.assertNotIn("approval", payload)

    def test_basic_scan_of_a_deleted_image_has_no_tags(self):
        payload = pr_webhook.build_payload(sample_event("ecr-image-scan"), self.env, FakeEcr())
        self.assertEqual(("", []), (payload["tag"], payload["tags"]))

    def test_basic_scan_lookup_errors_other_than_not_found_fail(self):
        ecr = FakeEcr()
        ecr.fail_next["describe_images"] = "AccessDeniedException"
        with self.assertRaises(ClientError):
            pr_webhook.build_payload(sample_event("ecr-image-scan"), self.env, ecr)

    def test_inspector_scan_names_the_repository_not_its_arn(self):
        payload = pr_webhook.build_payload(sample_event("inspector-scan"), self.env)
        self.assertEqual(("team/app", "latest", "SCAN", "ENHANCED"),
                         (payload["repository"], payload["tag"], payload["action"], payload["scan"]["type"]))

    def test_inspector_finding_reports_severity_title_and_image(self):
        payload = pr_webhook.build_payload(sample_event("inspector-finding"), self.env)
        self.assertEqual(("team/app", "latest", "FINDING"), (payload["repository"], payload["tag"], payload["action"]))
        self.assertEqual("sha256:36c7b282abd0186e01419f2e58743e1bf635808231049bbc9d77e5EXAMPLE", payload["digest"])
        self.assertEqual(("MEDIUM", "CVE-2019-17498 - libssh2"),
                         (payload["scan"]["severity"], payload["scan"]["title"]))

    def test_events_it_cannot_describe_fail_instead_of_posting_empty_fields(self):
        push = sample_event("ecr-image-push")
        del push["detail"]["image-digest"]
        for event in (push, sample_event("ecr-image-delete") | {"detail-type": "ECR Image Deleted"}, {"time": "t"}):
            with self.assertRaises(ValueError):
                pr_webhook.build_payload(event, self.env)

    def test_repository_from_arn(self):
        self.assertEqual("team/app", pr_webhook.repository_from_arn(
            "arn:aws:ecr:eu-west-1:123456789012:repository/team/app"))
        self.assertEqual("", pr_webhook.repository_from_arn("team/app"))


if __name__ == "__main__":
    unittest.main()
