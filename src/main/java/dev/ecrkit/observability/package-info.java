/**
 * PURE logic of the Logging and Monitoring components (no Pulumi types): their settings and validation, log
 * retention values, derived resource names, the alarms backed by real metrics, the push-count metric filter and the
 * {@code monitoringStatus} output. See {@code docs/logging.md} and {@code docs/monitoring.md}.
 */
package dev.ecrkit.observability;
