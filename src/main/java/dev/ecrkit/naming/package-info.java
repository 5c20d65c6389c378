/**
 * PURE derived resource names (no Pulumi types): the names ecrkit gives to KMS aliases, topics, rules, functions,
 * roles, queues and alarms it derives from a repository name, sanitized to each service's character set and
 * length-limited with a stable hash suffix so two different repositories never derive the same name.
 */
package dev.ecrkit.naming;
