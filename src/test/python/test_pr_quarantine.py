"""Unit tests of pr_quarantine.py against a fake ECR with AWS's tag semantics (no boto3, no AWS)."""

import contextlib
import io
import json
import unittest

import pr_quarantine
from ecr_fakes import ClientError, FakeEcr, sample_event

D1 = "sha256:" + "1" * 64
D2 = "sha256:" + "2" * 64


def env(patterns=()):
    return {"RULE_NAME": "block-critical", "REPOSITORY_NAME": "team/app", "REGISTRY_ID": "123456789012",
            "TAG_PATTERNS": json.dumps(list(patterns)), "QUARANTINE_PREFIX": "quarantined-"}


def basic_scan(digest, tags=()):
    event = sample_event("ecr-image-scan")
    event["detail"]["image-digest"] = digest
    event["detail"]["image-tags"] = list(tags)
    return event


def run(ecr, event, patterns=()):
    with contextlib.redirect_stdout(io.StringIO()):
        return pr_quarantine.handler(event, None, ecr=ecr, environ=env(patterns))


class FakeEcrTest(unittest.TestCase):
    """The fake behaves as the API reference says, so the tests below can fail for the right reason."""

    def test_removing_the_last_tag_deletes_the_image(self):
        ecr = FakeEcr()
        ecr.push(D1, ["v1"])
        ecr.batch_delete_image(repositoryName="team/app", registryId="123456789012", imageIds=[{"imageTag": "v1"}])
        self.assertIsNone(ecr.tags(D1))

    def test_immutable_refuses_an_existing_tag_and_mutable_moves_it(self):
        immutable = FakeEcr("IMMUTABLE")
        immutable.push(D1, ["v1"])
        with self.assertRaises(ClientError):
            immutable.push(D2, ["v1"])
        mutable = FakeEcr()
        mutable.push(D1, ["v1"])
        mutable.push(D2, ["v1"])
        self.assertEqual([], mutable.tags(D1))
        self.assertEqual(["v1"], mutable.tags(D2))


class QuarantineTest(unittest.TestCase):
    def test_single_tag_image_is_tagged_quarantined_first_then_untagged_and_survives(self):
        ecr = FakeEcr()
        ecr.push(D1, ["v1"])

        result = run(ecr, basic_scan(D1, ["v1"]))

        self.assertEqual(["quarantined-v1"], ecr.tags(D1))
        methods = [c[0] for c in ecr.calls]
        self.assertLess(methods.index("put_image"), methods.index("batch_delete_image"))
        self.assertEqual([{"tag": "v1", "quarantineTag": "quarantined-v1", "removed": True}], result["quarantined"])

    def test_put_image_reuses_the_images_own_manifest_media_type_and_digest(self):
        ecr = FakeEcr()
        ecr.push(D1, ["v1"], media_type="application/vnd.oci.image.index.v1+json")
        run(ecr, basic_scan(D1))
        put = next(request for method, request in ecr.calls if method == "put_image")
        self.assertEqual({"imageTag": "quarantined-v1", "imageDigest": D1,
                          "imageManifestMediaType": "application/vnd.oci.image.index.v1+json"}, put)

    def test_image_with_several_tags_only_matching_tags_are_quarantined(self):
        ecr = FakeEcr()
        ecr.push(D1, ["v1.2", "latest", "build-7"])

        result = run(ecr, basic_scan(D1), patterns=["v*", "latest"])

        self.assertEqual(["build-7", "quarantined-v1.2", "quarantined-latest"], ecr.tags(D1))
        self.assertEqual(["build-7"], result["kept"])
        self.assertEqual(["v1.2", "latest"], [q["tag"] for q in result["quarantined"]])

    def test_no_patterns_quarantines_every_tag_but_never_a_quarantine_tag(self):
        ecr = FakeEcr()
        ecr.push(D1, ["v1", "quarantined-v0"])
        result = run(ecr, basic_scan(D1))
        self.assertEqual(["quarantined-v0", "quarantined-v1"], ecr.tags(D1))
        self.assertEqual(["quarantined-v0"], result["kept"])

    def test_tags_come_from_ecr_not_from_the_event_which_may_list_none(self):
        ecr = FakeEcr()
        ecr.push(D1, ["v1"])
        run(ecr, basic_scan(D1, tags=[]))  # the user guide's sample has "image-tags": []
        self.assertEqual(["quarantined-v1"], ecr.tags(D1))

    def test_immutable_repository_new_tag_is_added_and_failing_tag_removed(self):
        ecr = FakeEcr("IMMUTABLE")
        ecr.push(D1, ["v1", "latest"])

        run(ecr, basic_scan(D1), patterns=["v1"])

        self.assertEqual(["latest", "quarantined-v1"], ecr.tags(D1))
        # Removing v1 freed the name: immutability only refuses a tag that exists, so v1 can be pushed again.
        ecr.push(D2, ["v1"])
        self.assertEqual(["v1"], ecr.tags(D2))

    def test_immutable_second_quarantine_of_the_same_tag_gets_a_digest_suffix(self):
        ecr = FakeEcr("IMMUTABLE")
        ecr.push(D1, ["v1"])
        run(ecr, basic_scan(D1))
        ecr.push(D2, ["v1"])

        result = run(ecr, basic_scan(D2))

        self.assertEqual(["quarantined-v1"], ecr.tags(D1))
        self.assertEqual(["quarantined-v1-222222222222"], ecr.tags(D2))
        self.assertEqual("quarantined-v1-222222222222", result["quarantined"][0]["quarantineTag"])

    def test_mutable_second_quarantine_does_not_take_the_tag_from_the_first_image(self):
        ecr = FakeEcr()
        ecr.push(D1, ["v1"])
        run(ecr, basic_scan(D1))
        ecr.push(D2, ["v1"])
        run(ecr, basic_scan(D2))
        self.assertEqual(["quarantined-v1"], ecr.tags(D1))
        self.assertEqual(["quarantined-v1-222222222222"], ecr.tags(D2))

    def test_immutable_name_taken_between_check_and_put_falls_back_to_the_digest_suffix(self):
        ecr = FakeEcr("IMMUTABLE")
        ecr.push(D1, ["v1"])
        ecr.fail_next["put_image"] = "ImageTagAlreadyExistsException"
        result = run(ecr, basic_scan(D1))
        self.assertEqual(["quarantined-v1-111111111111"], ecr.tags(D1))
        self.assertTrue(result["quarantined"][0]["removed"])

    def test_retry_after_a_failed_removal_finishes_the_job(self):
        ecr = FakeEcr()
        ecr.push(D1, ["v1"])
        ecr.fail_next["batch_delete_image"] = "ThrottlingException"
        with self.assertRaises(ClientError):
            run(ecr, basic_scan(D1))
        self.assertEqual(["v1", "quarantined-v1"], ecr.tags(D1))

        result = run(ecr, basic_scan(D1))

        self.assertEqual(["quarantined-v1"], ecr.tags(D1))
        self.assertEqual([{"tag": "v1", "quarantineTag": "quarantined-v1", "removed": True}], result["quarantined"])

    def test_second_run_of_the_same_event_changes_nothing(self):
        ecr = FakeEcr()
        ecr.push(D1, ["v1"])
        run(ecr, basic_scan(D1))
        result = run(ecr, basic_scan(D1))
        self.assertEqual([], result["quarantined"])
        self.assertEqual(["quarantined-v1"], ecr.tags(D1))

    def test_put_image_already_exists_counts_as_done(self):
        ecr = FakeEcr()
        ecr.push(D1, ["v1"])
        # a concurrent invocation tags the image right after this one read its tags
        ecr.after["describe_images"] = lambda: ecr.push(D1, ["quarantined-v1"])
        result = run(ecr, basic_scan(D1))
        self.assertEqual("quarantined-v1", result["quarantined"][0]["quarantineTag"])
        self.assertEqual(["quarantined-v1"], ecr.tags(D1))

    def test_tag_moved_to_a_fixed_image_meanwhile_is_left_alone(self):
        ecr = FakeEcr()
        ecr.push(D1, ["v1"])
        ecr.push(D2, ["fix"])
        ecr.after["put_image"] = lambda: ecr.push(D2, ["v1"])  # someone pushes a fixed v1 during the quarantine

        result = run(ecr, basic_scan(D1))

        self.assertEqual(["quarantined-v1"], ecr.tags(D1))
        self.assertEqual(["fix", "v1"], ecr.tags(D2))
        self.assertFalse(result["quarantined"][0]["removed"])

    def test_inspector_scan_and_finding_events_name_the_image(self):
        for name, path in (("inspector-scan", ("detail", "image-digest")),
                           ("inspector-finding", None)):
            event = sample_event(name)
            if path:
                event["detail"]["image-digest"] = D1
            else:
                event["detail"]["resources"][0]["details"]["awsEcrContainerImage"]["imageHash"] = D1
            ecr = FakeEcr()
            ecr.push(D1, ["latest"])
            run(ecr, event)
            self.assertEqual(["quarantined-latest"], ecr.tags(D1), name)

    def test_event_of_another_repository_is_skipped_without_calling_ecr(self):
        ecr = FakeEcr()
        result = run(ecr, sample_event("ecr-image-scan", repository="team/other"))
        self.assertIn("skipped", result)
        self.assertEqual([], ecr.calls)

    def test_image_deleted_meanwhile_is_skipped(self):
        result = run(FakeEcr(), basic_scan(D1))
        self.assertEqual("image no longer exists", result["skipped"])

    def test_not_a_scan_event_fails_the_invocation(self):
        with self.assertRaises(ValueError):
            run(FakeEcr(), sample_event("ecr-image-push"))

    def test_aws_error_fails_the_invocation_and_keeps_the_failing_tag(self):
        ecr = FakeEcr()
        ecr.push(D1, ["v1"])
        ecr.fail_next["put_image"] = "AccessDeniedException"
        with self.assertRaises(ClientError):
            run(ecr, basic_scan(D1))
        self.assertEqual(["v1"], ecr.tags(D1))


class WildcardTest(unittest.TestCase):
    def test_star_matches_any_characters_and_everything_else_is_literal(self):
        self.assertTrue(pr_quarantine.matches_any("v1.2.3", ["v*"]))
        self.assertTrue(pr_quarantine.matches_any("release-1-rc", ["release-*-rc"]))
        self.assertTrue(pr_quarantine.matches_any("latest", ["latest"]))
        self.assertFalse(pr_quarantine.matches_any("v1x2", ["v1.2"]))
        self.assertFalse(pr_quarantine.matches_any("dev-latest", ["latest"]))
        self.assertTrue(pr_quarantine.matches_any("anything", []))


if __name__ == "__main__":
    unittest.main()
