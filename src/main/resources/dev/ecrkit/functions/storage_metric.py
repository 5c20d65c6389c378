"""Publishes the size of one ECR repository as a CloudWatch metric.

AWS publishes no repository-size metric (AWS/ECR has only RepositoryPullCount), so ecrkit's Monitoring component runs
this function every hour: it pages through DescribeImages, sums imageSizeInBytes and puts two datapoints in the
ecrkit namespace with the repository as dimension: RepositorySizeInBytes (Bytes) and ImageCount (Count).

imageSizeInBytes is the size ECR reports for each image; layers shared between images count once per image, so the
sum is an upper bound of the storage the repository really uses.

Runs on the Lambda python3.12 runtime with the standard library and the boto3 that runtime provides; the clients are
injectable so tests need no boto3. Configuration comes from environment variables (names below).
"""

import json
import os

# Environment variables the function reads (ecrkit sets them; dev.ecrkit.Monitoring uses the same names).
ENV_REPOSITORY_NAME = "REPOSITORY_NAME"
ENV_REGISTRY_ID = "REGISTRY_ID"
ENV_METRIC_NAMESPACE = "METRIC_NAMESPACE"

# Metric names and dimension (the Monitoring alarm watches SIZE_METRIC).
SIZE_METRIC = "RepositorySizeInBytes"
COUNT_METRIC = "ImageCount"
DIMENSION = "RepositoryName"

# DescribeImages returns at most 1000 images per call (maxResults 1-1000,
# https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_DescribeImages.html).
PAGE_SIZE = 1000


def handler(event, context, ecr=None, cloudwatch=None, environ=None):
    """Lambda entry point. Returns what it published; raises on any AWS error so Lambda retries and dead-letters."""
    env = os.environ if environ is None else environ
    repository = env[ENV_REPOSITORY_NAME]
    registry = env[ENV_REGISTRY_ID]
    namespace = env[ENV_METRIC_NAMESPACE]
    ecr = ecr if ecr is not None else _client("ecr")
    cloudwatch = cloudwatch if cloudwatch is not None else _client("cloudwatch")

    size, count = repository_size(ecr, repository, registry)
    dimensions = [{"Name": DIMENSION, "Value": repository}]
    cloudwatch.put_metric_data(
        Namespace=namespace,
        MetricData=[
            {"MetricName": SIZE_METRIC, "Dimensions": dimensions, "Value": float(size), "Unit": "Bytes"},
            {"MetricName": COUNT_METRIC, "Dimensions": dimensions, "Value": float(count), "Unit": "Count"},
        ],
    )
    result = {"repositoryName": repository, "sizeInBytes": size, "imageCount": count}
    print(json.dumps(result))
    return result


def repository_size(ecr, repository, registry):
    """Sum of imageSizeInBytes and number of images of the repository, over every DescribeImages page."""
    request = {"repositoryName": repository, "registryId": registry, "maxResults": PAGE_SIZE}
    size = 0
    count = 0
    while True:
        page = ecr.describe_images(**request)
        for image in page.get("imageDetails", []):
            size += int(image.get("imageSizeInBytes", 0))
            count += 1
        token = page.get("nextToken")
        if not token:
            return size, count
        request["nextToken"] = token


def _client(service):
    import boto3  # provided by the Lambda runtime; imported lazily so tests run without it

    return boto3.client(service)
