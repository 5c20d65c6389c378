"""Test doubles shared by the function tests: a fake ECR registry with AWS's tag semantics, and sample events."""

import json
import os

EVENTS = os.path.join(os.path.dirname(__file__), "..", "resources", "dev", "ecrkit", "events")
ACCOUNT = "123456789012"
REGION = "eu-west-1"


def sample_event(name, repository="team/app"):
    """The user guide's sample event `name` (test resources), about `repository`."""
    with open(os.path.join(EVENTS, name + ".json"), encoding="utf-8") as f:
        text = f.read()
    text = text.replace("{{ACCOUNT}}", ACCOUNT).replace("{{REGION}}", REGION).replace("{{REPOSITORY}}", repository)
    return json.loads(text)


class ClientError(Exception):
    """Shaped like botocore's ClientError: the code is in response["Error"]["Code"]."""

    def __init__(self, code):
        super().__init__(code)
        self.response = {"Error": {"Code": code, "Message": code}}


class FakeEcr:
    """One repository, modelled on the ECR API reference:

    - PutImage of a tag another image has: IMMUTABLE raises ImageTagAlreadyExistsException; MUTABLE moves the tag
      (the other image stays, untagged if that was its last tag). PutImage of a tag the image already has raises
      ImageAlreadyExistsException.
    - BatchDeleteImage by tag removes the tag; removing an image's last tag deletes the image. Unknown tags are
      reported as failures (failureCode ImageNotFound), not raised.
    - DescribeImages of an unknown image raises ImageNotFoundException.
    """

    def __init__(self, mutability="MUTABLE", repository="team/app", registry=ACCOUNT):
        self.mutability = mutability
        self.repository = repository
        self.registry = registry
        self.images = {}  # digest -> {"manifest", "mediaType", "tags"}
        self.calls = []
        self.fail_next = {}  # method -> error code raised once
        self.after = {}  # method -> callable run after the call

    def push(self, digest, tags, media_type="application/vnd.docker.distribution.manifest.v2+json"):
        manifest = json.dumps({"schemaVersion": 2, "mediaType": media_type, "config": {"digest": "cfg-" + digest}})
        for tag in tags:
            owner = self._owner(tag)
            if owner is not None and owner != digest:
                if self.mutability == "IMMUTABLE":
                    raise ClientError("ImageTagAlreadyExistsException")
                self.images[owner]["tags"].remove(tag)
        image = self.images.setdefault(digest, {"manifest": manifest, "mediaType": media_type, "tags": []})
        image["tags"].extend(t for t in tags if t not in image["tags"])

    def tags(self, digest):
        return list(self.images[digest]["tags"]) if digest in self.images else None

    def describe_images(self, repositoryName, registryId, imageIds):
        self._record("describe_images", repositoryName, registryId, imageIds=imageIds)
        image_id = imageIds[0]
        digest = image_id.get("imageDigest") or self._owner(image_id.get("imageTag"))
        if digest not in self.images:
            raise ClientError("ImageNotFoundException")
        detail = {"imageDigest": digest, "repositoryName": repositoryName}
        if self.images[digest]["tags"]:
            detail["imageTags"] = list(self.images[digest]["tags"])
        return self._done("describe_images", {"imageDetails": [detail]})

    def batch_get_image(self, repositoryName, registryId, imageIds):
        self._record("batch_get_image", repositoryName, registryId, imageIds=imageIds)
        images, failures = [], []
        for image_id in imageIds:
            digest = image_id.get("imageDigest") or self._owner(image_id.get("imageTag"))
            if digest in self.images:
                image = self.images[digest]
                images.append({"imageId": {"imageDigest": digest}, "imageManifest": image["manifest"],
                               "imageManifestMediaType": image["mediaType"]})
            else:
                failures.append({"imageId": image_id, "failureCode": "ImageNotFound"})
        return self._done("batch_get_image", {"images": images, "failures": failures})

    def put_image(self, repositoryName, registryId, imageManifest, imageTag, imageDigest=None,
                  imageManifestMediaType=None):
        self._record("put_image", repositoryName, registryId, imageTag=imageTag, imageDigest=imageDigest,
                     imageManifestMediaType=imageManifestMediaType)
        digest = next((d for d, i in self.images.items() if i["manifest"] == imageManifest), None)
        if digest is None or (imageDigest is not None and imageDigest != digest):
            raise ClientError("ImageDigestDoesNotMatchException")
        owner = self._owner(imageTag)
        if owner == digest:
            raise ClientError("ImageAlreadyExistsException")
        self.push(digest, [imageTag], self.images[digest]["mediaType"])
        return self._done("put_image", {"image": {"imageId": {"imageDigest": digest, "imageTag": imageTag}}})

    def batch_delete_image(self, repositoryName, registryId, imageIds):
        self._record("batch_delete_image", repositoryName, registryId, imageIds=imageIds)
        deleted, failures = [], []
        for image_id in imageIds:
            tag = image_id.get("imageTag")
            digest = self._owner(tag)
            if digest is None:
                failures.append({"imageId": image_id, "failureCode": "ImageNotFound"})
                continue
            self.images[digest]["tags"].remove(tag)
            if not self.images[digest]["tags"]:
                del self.images[digest]
            deleted.append({"imageDigest": digest, "imageTag": tag})
        return self._done("batch_delete_image", {"imageIds": deleted, "failures": failures})

    def _owner(self, tag):
        return next((d for d, i in self.images.items() if tag in i["tags"]), None)

    def _record(self, method, repositoryName, registryId, **request):
        assert repositoryName == self.repository, repositoryName
        assert registryId == self.registry, registryId
        self.calls.append((method, request))
        code = self.fail_next.pop(method, None)
        if code:
            raise ClientError(code)

    def _done(self, method, answer):
        hook = self.after.pop(method, None)
        if hook:
            hook()
        return answer
