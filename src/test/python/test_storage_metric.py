"""Unit tests of storage_metric.py with fake ECR and CloudWatch clients (no boto3, no AWS)."""

import unittest

import storage_metric

ENV = {
    "REPOSITORY_NAME": "team/app",
    "REGISTRY_ID": "123456789012",
    "METRIC_NAMESPACE": "ecrkit/ECR",
}


class FakeEcr:
    """Answers describe_images from a list of pages and records every request."""

    def __init__(self, pages):
        self.pages = pages
        self.requests = []

    def describe_images(self, **request):
        self.requests.append(dict(request))
        index = len(self.requests) - 1
        return self.pages[index]


class FakeCloudWatch:
    def __init__(self):
        self.calls = []

    def put_metric_data(self, **request):
        self.calls.append(request)
        return {}


class FailingEcr:
    def describe_images(self, **request):
        raise RuntimeError("AccessDeniedException")


class StorageMetricTest(unittest.TestCase):
    def test_sums_image_sizes_over_every_page_and_publishes_both_metrics(self):
        ecr = FakeEcr([
            {"imageDetails": [{"imageSizeInBytes": 100}, {"imageSizeInBytes": 250}], "nextToken": "t1"},
            {"imageDetails": [{"imageSizeInBytes": 4_000_000_000}], "nextToken": "t2"},
            {"imageDetails": []},
        ])
        cloudwatch = FakeCloudWatch()

        result = storage_metric.handler({}, None, ecr=ecr, cloudwatch=cloudwatch, environ=ENV)

        self.assertEqual({"repositoryName": "team/app", "sizeInBytes": 4_000_000_350, "imageCount": 3}, result)
        self.assertEqual([
            {"repositoryName": "team/app", "registryId": "123456789012", "maxResults": 1000},
            {"repositoryName": "team/app", "registryId": "123456789012", "maxResults": 1000, "nextToken": "t1"},
            {"repositoryName": "team/app", "registryId": "123456789012", "maxResults": 1000, "nextToken": "t2"},
        ], ecr.requests)
        dimensions = [{"Name": "RepositoryName", "Value": "team/app"}]
        self.assertEqual([{
            "Namespace": "ecrkit/ECR",
            "MetricData": [
                {"MetricName": "RepositorySizeInBytes", "Dimensions": dimensions, "Value": 4_000_000_350.0,
                 "Unit": "Bytes"},
                {"MetricName": "ImageCount", "Dimensions": dimensions, "Value": 3.0, "Unit": "Count"},
            ],
        }], cloudwatch.calls)

    def test_empty_repository_publishes_zero_so_the_alarm_never_lacks_data(self):
        cloudwatch = FakeCloudWatch()
        result = storage_metric.handler({}, None, ecr=FakeEcr([{"imageDetails": []}]), cloudwatch=cloudwatch,
                                        environ=ENV)
        self.assertEqual(0, result["sizeInBytes"])
        self.assertEqual(0.0, cloudwatch.calls[0]["MetricData"][0]["Value"])

    def test_image_without_size_counts_as_zero_bytes(self):
        size, count = storage_metric.repository_size(FakeEcr([{"imageDetails": [{}, {"imageSizeInBytes": 7}]}]),
                                                     "team/app", "123456789012")
        self.assertEqual((7, 2), (size, count))

    def test_aws_error_propagates_and_nothing_is_published(self):
        cloudwatch = FakeCloudWatch()
        with self.assertRaises(RuntimeError):
            storage_metric.handler({}, None, ecr=FailingEcr(), cloudwatch=cloudwatch, environ=ENV)
        self.assertEqual([], cloudwatch.calls)

    def test_injected_clients_are_used_so_no_boto3_is_needed(self):
        def no_boto3(service):
            raise AssertionError("boto3 client requested for " + service)

        original = storage_metric._client
        storage_metric._client = no_boto3
        try:
            storage_metric.handler({}, None, ecr=FakeEcr([{"imageDetails": []}]), cloudwatch=FakeCloudWatch(),
                                   environ=ENV)
        finally:
            storage_metric._client = original

    def test_missing_configuration_is_an_error_naming_the_variable(self):
        with self.assertRaises(KeyError) as raised:
            storage_metric.handler({}, None, ecr=FakeEcr([]), cloudwatch=FakeCloudWatch(), environ={})
        self.assertIn("REPOSITORY_NAME", str(raised.exception))


if __name__ == "__main__":
    unittest.main()
