"""Quarantines the failing tags of an image (ecrkit Governance component, security_scan rules with blockOnFailure).

EventBridge invokes this function with a scan result at or above the rule's severity threshold: a basic scan
("ECR Image Scan"), an Amazon Inspector initial scan ("Inspector2 Scan") or an Inspector finding ("Inspector2
Finding"). For the scanned image (by digest) the function:

1. reads the image's current tags (DescribeImages) and keeps those matching the rule's tag patterns (all tags when
   the rule has none), never a tag that is already a quarantine tag (QUARANTINE_PREFIX);
2. for each failing tag T: adds the tag quarantined-T to the same image FIRST (PutImage with the image's own manifest
   and media type, as in "Retagging an image", https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-retag.html),
   THEN removes T (BatchDeleteImage by tag). Removing a tag deletes the image when it is its last tag
   (https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_BatchDeleteImage.html); the quarantine tag added
   first keeps the image, so it stays available for review by digest or by quarantined-T.

Details:
- Tag immutability only refuses a push of a tag that already exists (ImageTagAlreadyExistsException,
  https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-tag-mutability.html). In an IMMUTABLE repository the
  new tag quarantined-T can be added (it did not exist) and T can be removed: BatchDeleteImage documents no
  immutability failure. Removing T frees the name: afterwards T can be pushed again, with another image.
- If quarantined-T already names another image (an earlier quarantine of a re-pushed T), the image gets
  quarantined-T-<first 12 hex digits of its digest> instead, so no quarantined image loses its tag (in a MUTABLE
  repository PutImage would move the tag; in an IMMUTABLE one it would fail).
- T is removed only if it still names the scanned image (checked just before; a tag moved to a fixed image in a
  MUTABLE repository is left alone). A push that moves T between that check and the removal would lose T: the window
  is one API call.
- Every step is idempotent (a retry after a partial run finishes the job: PutImage of a tag the image already has
  answers ImageAlreadyExistsException, which is success here). Any other AWS error raises, so Lambda retries and then
  dead-letters the event.

Runs on the Lambda python3.12 runtime with the standard library and the boto3 the runtime provides; the ECR client is
injectable so tests need no boto3.
"""

import json
import os
import re

ENV_RULE_NAME = "RULE_NAME"
ENV_REPOSITORY_NAME = "REPOSITORY_NAME"
ENV_REGISTRY_ID = "REGISTRY_ID"
ENV_TAG_PATTERNS = "TAG_PATTERNS"
ENV_QUARANTINE_PREFIX = "QUARANTINE_PREFIX"

# Longest image tag PutImage accepts (https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_PutImage.html,
# imageTag: "Maximum length of 300").
MAX_TAG_LENGTH = 300
# Hex digits of the digest used to keep a second quarantine tag of the same name apart.
DIGEST_SUFFIX_LENGTH = 12


class QuarantineError(Exception):
    """ECR did not do what the quarantine needs."""


def handler(event, context, ecr=None, environ=None):
    """Lambda entry point. Returns what was done; raises on any AWS error so Lambda retries and dead-letters."""
    env = os.environ if environ is None else environ
    repository = env[ENV_REPOSITORY_NAME]
    prefix = env[ENV_QUARANTINE_PREFIX]
    patterns = json.loads(env.get(ENV_TAG_PATTERNS) or "[]")
    event_repository, digest = scanned_image(event)
    result = {"rule": env[ENV_RULE_NAME], "repository": repository, "digest": digest, "quarantined": [], "kept": []}
    if event_repository != repository:
        result["skipped"] = "event is about repository %r" % event_repository
        print(json.dumps(result, sort_keys=True))
        return result
    ecr = ecr if ecr is not None else _client("ecr")
    images = Images(ecr, repository, env[ENV_REGISTRY_ID])
    tags = images.tags_of(digest)
    if tags is None:
        result["skipped"] = "image no longer exists"
        print(json.dumps(result, sort_keys=True))
        return result
    failing = [t for t in tags if not t.startswith(prefix) and matches_any(t, patterns)]
    result["kept"] = [t for t in tags if t not in failing]
    if failing:
        manifest, media_type = images.manifest(digest)
        for tag in failing:
            quarantine_tag = images.add_quarantine_tag(tag, digest, prefix, tags, manifest, media_type)
            removed = images.remove_tag_if_on(tag, digest)
            result["quarantined"].append({"tag": tag, "quarantineTag": quarantine_tag, "removed": removed})
    print(json.dumps(result, sort_keys=True))
    return result


def scanned_image(event):
    """(repository name, image digest) of a scan event; raises ValueError for other events."""
    detail = event.get("detail") or {}
    kind = event.get("detail-type", "")
    if kind == "ECR Image Scan":
        repository, digest = detail.get("repository-name", ""), detail.get("image-digest", "")
    elif kind == "Inspector2 Scan":
        arn = detail.get("repository-name", "")
        repository = arn.split(":repository/", 1)[1] if ":repository/" in arn else ""
        digest = detail.get("image-digest", "")
    elif kind == "Inspector2 Finding":
        resources = detail.get("resources") or [{}]
        image = ((resources[0] or {}).get("details") or {}).get("awsEcrContainerImage") or {}
        repository, digest = image.get("repositoryName", ""), image.get("imageHash", "")
    else:
        raise ValueError("not a scan event: detail-type %r" % kind)
    if not repository or not digest:
        raise ValueError("the %s event names no repository or no image digest" % kind)
    return repository, digest


def matches_any(tag, patterns):
    """Whether `tag` matches one of the EventBridge wildcard patterns (`*` = any characters); no patterns: True."""
    if not patterns:
        return True
    return any(re.fullmatch(".*".join(re.escape(part) for part in p.split("*")), tag, re.DOTALL) for p in patterns)


class Images:
    """The ECR calls of a quarantine, on one repository."""

    def __init__(self, ecr, repository, registry):
        self.ecr = ecr
        self.scope = {"repositoryName": repository, "registryId": registry}

    def tags_of(self, digest):
        """The image's tags, or None when it does not exist."""
        detail = self._describe({"imageDigest": digest})
        return None if detail is None else list(detail.get("imageTags") or [])

    def digest_of(self, tag):
        """The digest the tag names, or None when no image has it."""
        detail = self._describe({"imageTag": tag})
        return None if detail is None else detail.get("imageDigest")

    def manifest(self, digest):
        """(manifest, media type) of the image."""
        answer = self.ecr.batch_get_image(imageIds=[{"imageDigest": digest}], **self.scope)
        images = answer.get("images") or []
        if not images:
            raise QuarantineError("BatchGetImage returned no manifest: %s" % answer.get("failures"))
        return images[0]["imageManifest"], images[0].get("imageManifestMediaType", "")

    def add_quarantine_tag(self, tag, digest, prefix, current_tags, manifest, media_type):
        """Tags the image prefix+tag (or prefix+tag-<digest hex> when that name is another image's); returns it."""
        name = prefix + tag
        if name in current_tags:
            return name
        owner = self.digest_of(name)
        if owner is not None and owner != digest:
            name = self._unique(prefix, tag, digest)
            if name in current_tags:
                return name
        try:
            self._put(name, digest, manifest, media_type)
        except Exception as e:  # noqa: BLE001
            code = error_code(e)
            if code == "ImageAlreadyExistsException":
                return name  # the image already has this tag (a retry)
            if code == "ImageTagAlreadyExistsException" and name == prefix + tag:
                name = self._unique(prefix, tag, digest)  # IMMUTABLE repository: the name was taken meanwhile
                self._put(name, digest, manifest, media_type)
                return name
            raise
        return name

    def remove_tag_if_on(self, tag, digest):
        """Removes `tag` if it still names `digest`; returns whether it did."""
        if self.digest_of(tag) != digest:
            return False
        answer = self.ecr.batch_delete_image(imageIds=[{"imageTag": tag}], **self.scope)
        failures = [f for f in answer.get("failures") or [] if f.get("failureCode") != "ImageNotFound"]
        if failures:
            raise QuarantineError("BatchDeleteImage failed: %s" % failures)
        return bool(answer.get("imageIds"))

    def _unique(self, prefix, tag, digest):
        return "%s%s-%s" % (prefix, tag, digest.split(":", 1)[-1][:DIGEST_SUFFIX_LENGTH])

    def _put(self, name, digest, manifest, media_type):
        if len(name) > MAX_TAG_LENGTH:
            raise QuarantineError("quarantine tag %r is longer than %d characters" % (name, MAX_TAG_LENGTH))
        request = dict(self.scope, imageManifest=manifest, imageTag=name, imageDigest=digest)
        if media_type:
            request["imageManifestMediaType"] = media_type
        self.ecr.put_image(**request)

    def _describe(self, image_id):
        try:
            answer = self.ecr.describe_images(imageIds=[image_id], **self.scope)
        except Exception as e:  # noqa: BLE001
            if error_code(e) == "ImageNotFoundException":
                return None
            raise
        details = answer.get("imageDetails") or []
        return details[0] if details else None


def error_code(exc):
    """The AWS error code of a botocore ClientError (or of a test double with the same `response`)."""
    return (getattr(exc, "response", None) or {}).get("Error", {}).get("Code", "")


def _client(service):
    import boto3  # provided by the Lambda runtime; imported lazily so tests run without it

    return boto3.client(service)
